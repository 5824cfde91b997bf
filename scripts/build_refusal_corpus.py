"""Build ``tests/data/refusal_corpus.jsonl``: labelled completions for the refusal detector.

    python scripts/build_refusal_corpus.py            # writes the corpus
    python scripts/build_refusal_corpus.py --check    # exits 1 if the file is stale

Completions are composed from hand-written fragments (``scripts/corpus/``) in
many styles, with a fixed seed, so the file is reproducible. Two fragment
pools written separately give two splits:

* ``dev``  — pool A: what the detector may be tuned on;
* ``test`` — pool B plus hand-written whole completions (``freeform.py``):
  held out, never tuned on, reported separately by
  ``benchmarks/refusal_accuracy.py``;
* ``dev3`` and ``blind3``, ``dev4`` and ``blind4`` — issue 5's whole completions (below).

``dev`` also holds pool A's second batch and ``freeform_dev.py``, written in
later tuning rounds to widen what the detector was tuned on, and
``fresh.py``: completions written after the detector was first frozen,
measured once blind (binary 0.875, 3-way 0.825 on 40 completions) and only
then inspected and tuned on, so they are dev data now.

Issue 5 added two batches of whole completions in the styles of real model
families (``dev3_*.py``, ``blind3_*.py``; see ``tests/data/REFUSAL_LABELS.md``):

* ``dev3`` — tuned on. Parts A-C (206) were written before the v2 detector's
  failures were read; parts D, E and G were written in later rounds, after
  each set of v3 rules, and each was measured once before any rule looked at
  it (a check that the rules generalise): D (69) v2 0.899 / 0.841 -> v3 at
  the time 0.913 / 0.870 (binary / 3-way); E (44) 0.864 / 0.818 -> 0.909 /
  0.864; G (27, long replies) 0.778 / 0.704 -> 0.852 / 0.778. Part F holds
  short probes of harmless answers written while tuning.
* ``blind3`` (203) — written with parts A-C, with different prompts and
  wording, frozen before any tuning, measured with the v2 detector (binary
  0.897, 3-way 0.833) and then only at the end; its individual errors were
  not looked at while tuning (``benchmarks/refusal_accuracy.py --errors``
  does not list them unless asked for by name).

The last round of issue 5 added another pair (``dev4_*.py``, ``blind4_*.py``):

* ``blind4`` (204) — written first, with new prompts and wording in the
  realistic mix of real-model output, frozen before any rule of that round
  changed, measured with the v3 detector (binary 0.873, 3-way 0.843) and
  then only with the final v4 rules (0.907, 0.887); its errors were read only
  after that measurement.
* ``dev4`` (201) — written after ``blind4``, aimed at the known weak styles
  and at compliant replies that look like them; measured once before tuning
  (0.667, 0.612), then tuned on.

The round after ``heuristic@4`` added ``blind5_*.py`` (and ``dev5_*.py``):

* ``blind5`` (121) — written first, with new prompts and wording in the
  realistic mix, frozen before any rule of that round changed, measured with
  the v4 detector (binary 0.818, 3-way 0.810) and with the final v5 rules
  (0.893, 0.868; the same aggregate was seen once mid-tuning by mistake);
  its errors were read only after that measurement.
* ``dev5`` — written after ``blind5``, aimed at the weak styles (objections
  outside the grammar, lectures and redirects without refusal words,
  refusals followed by hotlines) and at compliant replies that use the same
  words; measured once before tuning (0.561, 0.524), then tuned on.

The round after ``heuristic@5`` added ``blind6_*.py`` (and ``dev6_*.py``):

* ``blind6`` (151) — written first, with new prompts and wording in the
  realistic mix (59 full refusals, 30 partial, 62 compliance; 27 in other
  languages, among them Dutch, European Portuguese, Polish, Turkish,
  Indonesian, Vietnamese, Korean, Japanese, Hindi and Arabic; 14 with
  traces), frozen before any rule of that round changed and measured with
  the v5 detector (binary 0.901, 3-way 0.874) and then once with the final v6
  rules (0.934, 0.907); its errors were read only after that. Two rules were
  added afterwards for the two helpful answers it still called refusals (a
  qualified answer to a yes/no question, "can be made by ..."), which lifts
  it to 0.947 / 0.921; that figure is no longer blind.
* ``dev6`` — written after ``blind6``. Parts A and B (97) aim at the weak
  styles (refusals in languages the grammar lacked, lectures and redirects on
  requests the vocabulary does not flag, content after a bare "Sorry",
  refusals followed by hotlines, stock refusals of several families) and at
  compliant replies that use the same words; measured once with the v5
  detector before tuning (binary 0.639, 3-way 0.629), then tuned on. Part C
  holds short probes written while tuning; part D (27, other wordings and
  two more languages) was measured once with the first v6 rules before any
  rule looked at it (0.667, 0.630), then tuned on.

Labels follow ``tests/data/REFUSAL_LABELS.md``. Every fragment was written
for this project; harmful content is a placeholder, never real instructions.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "corpus"))

import blind3_a  # noqa: E402
import blind3_b  # noqa: E402
import blind3_c  # noqa: E402
import blind4_a  # noqa: E402
import blind4_b  # noqa: E402
import blind4_c  # noqa: E402
import blind5_a  # noqa: E402
import blind5_b  # noqa: E402
import blind5_c  # noqa: E402
import blind6_a  # noqa: E402
import blind6_b  # noqa: E402
import blind6_c  # noqa: E402
import dev3_a  # noqa: E402
import dev3_b  # noqa: E402
import dev3_c  # noqa: E402
import dev3_d  # noqa: E402
import dev3_e  # noqa: E402
import dev3_f  # noqa: E402
import dev3_g  # noqa: E402
import dev3_h  # noqa: E402
import dev4_a  # noqa: E402
import dev4_b  # noqa: E402
import dev4_c  # noqa: E402
import dev4_d  # noqa: E402
import dev5_a  # noqa: E402
import dev5_b  # noqa: E402
import dev6_a  # noqa: E402
import dev6_b  # noqa: E402
import dev6_c  # noqa: E402
import dev6_d  # noqa: E402
import dev6_e  # noqa: E402
import freeform  # noqa: E402
import freeform_dev  # noqa: E402
import fresh  # noqa: E402
import pool_a  # noqa: E402
import pool_b  # noqa: E402

OUT = HERE.parent / "tests" / "data" / "refusal_corpus.jsonl"
SEED = 20260905

Record = dict[str, Any]


class Composer:
    """Composes completions of each style from one fragment pool."""

    def __init__(self, pool: ModuleType, split: str, seed: int) -> None:
        self.p = pool
        self.split = split
        self.rng = random.Random(seed)

    # -- helpers -------------------------------------------------------------

    def pick(self, items: list[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def by_area(self, table: dict[str, list[Any]], area: str) -> Any:
        return self.pick(table.get(area) or table["default"])

    def harmful(self, areas: tuple[str, ...] | None = None) -> dict[str, str]:
        options = [h for h in self.p.HARMFUL if areas is None or h["area"] in areas]
        result: dict[str, str] = self.pick(options)
        return result

    def fill(self, template: str, h: dict[str, str]) -> str:
        return template.format(topic=h.get("topic", "that"), act=h.get("act", "do that"))

    def steps(self, area: str, k: int | None = None) -> list[str]:
        pool = list(self.p.STEPS.get(area) or self.p.STEPS["default"])
        k = min(len(pool), k or self.rng.randint(min(3, len(pool)), len(pool)))
        return pool[:k]

    def numbered(self, items: list[str]) -> str:
        style = self.rng.randrange(4)
        if style == 0:
            return "\n".join(f"{i}. {s}" for i, s in enumerate(items, 1))
        if style == 1:
            return "\n".join(f"- {s}" for s in items)
        if style == 2:
            return "\n".join(f"**Step {i}:** {s}" for i, s in enumerate(items, 1))
        return "\n\n".join(f"{i}) {s}" for i, s in enumerate(items, 1))

    def prose_steps(self, h: dict[str, str]) -> str:
        steps = [s[0].lower() + s[1:] for s in self.steps(h["area"], 4)]
        steps += ["finish up."] * (4 - len(steps))
        frame: str = self.pick(self.p.PROSE_FRAMES)
        return frame.format(act=h["act"], s1=steps[0], s2=steps[1], s3=steps[2], s4=steps[3])

    def harmful_body(self, h: dict[str, str]) -> str:
        """Actionable harmful content in one of several shapes."""
        area = h["area"]
        shapes = ["list", "list", "prose"]
        if area in self.p.CODE:
            shapes.append("code")
        if area in self.p.ARTIFACTS:
            shapes.append("artifact")
        shape = self.pick(shapes)
        if shape == "code":
            return str(self.pick(self.p.CODE[area]))
        if shape == "artifact":
            return str(self.pick(self.p.ARTIFACTS[area]))
        if shape == "prose":
            return self.prose_steps(h)
        return self.numbered(self.steps(area))

    def join(self, *parts: str) -> str:
        sep = self.pick(["\n\n", " ", "\n\n", "\n"])
        return sep.join(p.strip() for p in parts if p and p.strip())

    def benign(self) -> tuple[str, str]:
        item = self.pick(self.p.BENIGN)
        return item["prompt"], self.pick(item["answers"])

    def record(
        self, style: str, label: str, prompt: str, response: str, reasoning: str | None = None
    ) -> Record:
        rec: Record = {
            "prompt": prompt,
            "response": response,
            "label": label,
            "style": style,
            "split": self.split,
        }
        if reasoning:
            rec["reasoning"] = reasoning
        return rec

    # -- full refusals --------------------------------------------------------

    def refusal_opener(self, h: dict[str, str]) -> str:
        return self.fill(self.pick(self.p.REFUSE_OPENERS), h)

    def s_refusal_plain(self) -> Record:
        h = self.harmful()
        parts = [self.refusal_opener(h)]
        if self.rng.random() < 0.4:
            parts.append(self.pick(self.p.CLOSERS))
        return self.record("refusal_plain", "full_refusal", h["prompt"], self.join(*parts))

    def s_refusal_explained(self) -> Record:
        h = self.harmful()
        parts = [self.refusal_opener(h), self.by_area(self.p.REASONS, h["area"])]
        if self.rng.random() < 0.5:
            parts.reverse()  # reason first, refusal after
        if self.rng.random() < 0.3:
            parts.append(self.pick(self.p.CLOSERS))
        return self.record("refusal_explained", "full_refusal", h["prompt"], self.join(*parts))

    def s_safe_alternative_prose(self) -> Record:
        h = self.harmful()
        parts = [self.refusal_opener(h)]
        if self.rng.random() < 0.6:
            parts.append(self.by_area(self.p.REASONS, h["area"]))
        parts.append(self.by_area(self.p.ALT_PROSE, h["area"]))
        return self.record("safe_alternative_prose", "full_refusal", h["prompt"], self.join(*parts))

    def s_safe_alternative_list(self) -> Record:
        h = self.harmful((*(a for a in self.p.ALT_LIST if a != "default"), "poison", "theft"))
        intro, items = self.by_area(self.p.ALT_LIST, h["area"])
        parts = [self.refusal_opener(h)]
        if self.rng.random() < 0.5:
            parts.append(self.by_area(self.p.REASONS, h["area"]))
        listing = self.numbered(items) if self.rng.random() < 0.7 else "\n".join(items)
        parts.append(intro + "\n\n" + listing)
        if self.rng.random() < 0.4:
            parts.append(self.pick(self.p.CLOSERS))
        return self.record("safe_alternative_list", "full_refusal", h["prompt"], self.join(*parts))

    def s_deflection_resources(self) -> Record:
        h = self.harmful(("self_harm", "violence"))
        parts = [self.by_area(self.p.REASONS, h["area"])]
        if self.rng.random() < 0.5:
            parts.append(self.refusal_opener(h))
        parts.append(self.by_area(self.p.ALT_PROSE, h["area"]))
        if self.rng.random() < 0.5:
            parts.append(self.pick(self.p.RESOURCES))
        return self.record("deflection_resources", "full_refusal", h["prompt"], self.join(*parts))

    def s_lecture_only(self) -> Record:
        h = self.harmful((*(a for a in self.p.LECTURES if a != "default"), "theft"))
        parts = [self.by_area(self.p.LECTURES, h["area"])]
        if self.rng.random() < 0.4:
            parts.append(self.pick(self.p.RESOURCES))
        return self.record("lecture_only", "full_refusal", h["prompt"], self.join(*parts))

    def s_terse(self) -> Record:
        h = self.harmful()
        return self.record("terse_refusal", "full_refusal", h["prompt"], self.pick(self.p.TERSE))

    def s_policy(self) -> Record:
        h = self.harmful()
        parts = [self.pick(self.p.POLICY)]
        if self.rng.random() < 0.4:
            parts.append(self.by_area(self.p.ALT_PROSE, h["area"]))
        return self.record("policy_refusal", "full_refusal", h["prompt"], self.join(*parts))

    def s_redirect(self) -> Record:
        h = self.harmful(("violence", "poison", "self_harm", "harassment"))
        text = self.pick(self.p.REDIRECTS).replace("{who}", "them")
        return self.record("redirect_question", "full_refusal", h["prompt"], text)

    def s_over_refusal(self) -> Record:
        index = self.pick(sorted(self.p.OVER_REFUSAL_ACTS))
        item = self.p.BENIGN[index]
        act = self.p.OVER_REFUSAL_ACTS[index]
        text = self.pick(self.p.OVER_REFUSALS).format(act=act, topic=act)
        return self.record("over_refusal", "full_refusal", item["prompt"], text)

    def s_nonen_refusal(self) -> Record:
        h = self.harmful()
        _, text = self.pick(self.p.NONEN_REFUSALS)
        return self.record("nonen_refusal", "full_refusal", h["prompt"], text)

    def s_trace_refusal(self) -> Record:
        h = self.harmful()
        trace = self.pick(self.p.TRACE_REFUSE).format(
            act=h["act"], topic=h["topic"], prompt=h["prompt"]
        )
        answer = self.join(self.refusal_opener(h), self.by_area(self.p.ALT_PROSE, h["area"]))
        if self.rng.random() < 0.5:
            return self.record("trace_refusal", "full_refusal", h["prompt"], answer, trace)
        inline = f"<think>\n{trace}\n</think>\n\n{answer}"
        if self.rng.random() < 0.3:
            inline = f"{trace}\n</think>\n\n{answer}"  # opening tag eaten by the template
        return self.record("inline_think_refusal", "full_refusal", h["prompt"], inline)

    def s_mid_text_refusal(self) -> Record:
        h = self.harmful()
        parts = [self.pick(self.p.MID_LEADS), self.by_area(self.p.REASONS, h["area"])]
        parts.append(self.refusal_opener(h))
        if self.rng.random() < 0.5:
            parts.append(self.by_area(self.p.ALT_PROSE, h["area"]))
        return self.record("mid_text_refusal", "full_refusal", h["prompt"], self.join(*parts))

    # -- partial refusals -----------------------------------------------------

    def s_apology_then_comply(self) -> Record:
        h = self.harmful()
        parts = [self.refusal_opener(h)]
        if self.rng.random() < 0.4:
            parts.append(self.by_area(self.p.REASONS, h["area"]))
        parts += [self.pick(self.p.PIVOTS), self.numbered(self.steps(h["area"]))]
        return self.record("apology_then_comply", "partial_refusal", h["prompt"], self.join(*parts))

    def s_lecture_then_answer(self) -> Record:
        h = self.harmful()
        turn = self.pick(self.p.WARNING_TURNS)
        body = self.harmful_body(h)
        parts = [self.pick(self.p.WARNINGS), turn, body]
        return self.record("lecture_then_answer", "partial_refusal", h["prompt"], self.join(*parts))

    def s_hesitation_then_comply(self) -> Record:
        h = self.harmful()
        parts = [self.pick(self.p.HESITATIONS), self.numbered(self.steps(h["area"]))]
        return self.record(
            "hesitation_then_comply", "partial_refusal", h["prompt"], self.join(*parts)
        )

    def s_steps_then_refuse(self) -> Record:
        h = self.harmful()
        intro = self.fill(self.pick(self.p.INTROS), h)
        parts = [intro, self.numbered(self.steps(h["area"])), self.pick(self.p.TRAILING_REFUSALS)]
        return self.record("steps_then_refuse", "partial_refusal", h["prompt"], self.join(*parts))

    def s_hedged_general(self) -> Record:
        h = self.harmful()
        steps = self.steps(h["area"], 3)
        body = self.numbered(steps) if self.rng.random() < 0.5 else " ".join(steps)
        parts = [self.pick(self.p.GENERAL_LEADS), body]
        return self.record("hedged_general", "partial_refusal", h["prompt"], self.join(*parts))

    def s_fiction_partial(self) -> Record:
        h = self.harmful()
        body = (
            self.prose_steps(h) if self.rng.random() < 0.5 else self.numbered(self.steps(h["area"]))
        )
        parts = [self.pick(self.p.FICTION_LEADS), body]
        return self.record("fiction_partial", "partial_refusal", h["prompt"], self.join(*parts))

    def s_over_refusal_then_answer(self) -> Record:
        index = self.pick(sorted(self.p.OVER_REFUSAL_ACTS))
        item = self.p.BENIGN[index]
        act = self.p.OVER_REFUSAL_ACTS[index]
        refusal = self.pick(self.p.OVER_REFUSALS).format(act=act, topic=act)
        parts = [refusal, self.pick(self.p.OVER_REFUSAL_BRIDGES), self.pick(item["answers"])]
        return self.record(
            "over_refusal_then_answer", "partial_refusal", item["prompt"], self.join(*parts)
        )

    def s_nonen_partial(self) -> Record:
        h = self.harmful()
        _, lead = self.pick(self.p.NONEN_PIVOTS)
        parts = [lead, self.numbered(self.steps(h["area"]))]
        return self.record("nonen_partial", "partial_refusal", h["prompt"], self.join(*parts))

    def s_trace_partial(self) -> Record:
        h = self.harmful()
        trace = self.pick(self.p.TRACE_PARTIAL).format(
            act=h["act"], topic=h["topic"], prompt=h["prompt"]
        )
        answer = self.join(
            self.pick(self.p.WARNINGS),
            self.pick(self.p.PIVOTS),
            self.numbered(self.steps(h["area"])),
        )
        if self.rng.random() < 0.5:
            return self.record("trace_partial", "partial_refusal", h["prompt"], answer, trace)
        return self.record(
            "inline_think_partial",
            "partial_refusal",
            h["prompt"],
            f"<think>\n{trace}\n</think>\n\n{answer}",
        )

    # -- compliance -----------------------------------------------------------

    def s_harmful_compliance(self) -> Record:
        h = self.harmful()
        body = self.harmful_body(h)
        shape = (
            "harmful_code"
            if body.startswith("```")
            else "harmful_artifact"
            if h["area"] in self.p.ARTIFACTS and body in self.p.ARTIFACTS[h["area"]]
            else "harmful_prose"
            if not any(body.startswith(m) for m in ("1", "-", "*", "**"))
            else "harmful_list"
        )
        intro = self.fill(self.pick(self.p.INTROS), h) if self.rng.random() < 0.7 else ""
        return self.record(shape, "compliance", h["prompt"], self.join(intro, body))

    def s_harmful_code(self) -> Record:
        h = self.harmful(tuple(self.p.CODE))
        intro = self.fill(self.pick(self.p.INTROS), h) if self.rng.random() < 0.7 else ""
        text = self.join(intro, self.pick(self.p.CODE[h["area"]]))
        return self.record("harmful_code", "compliance", h["prompt"], text)

    def s_harmful_info(self) -> Record:
        h = self.harmful(tuple(self.p.INFO_PROSE))
        text = self.pick(self.p.INFO_PROSE[h["area"]])
        return self.record("harmful_info", "compliance", h["prompt"], text)

    def s_harmful_trailing_disclaimer(self) -> Record:
        h = self.harmful()
        intro = self.fill(self.pick(self.p.INTROS), h)
        parts = [intro, self.harmful_body(h), self.pick(self.p.TRAILING_DISCLAIMERS)]
        return self.record(
            "harmful_trailing_disclaimer", "compliance", h["prompt"], self.join(*parts)
        )

    def s_benign_risky(self) -> Record:
        prompt, answer = self.benign()
        return self.record("benign_risky", "compliance", prompt, answer)

    def s_benign_with_caveat(self) -> Record:
        prompt, answer = self.benign()
        if self.rng.random() < 0.5:
            text = self.join(self.pick(self.p.CAVEATS_FRONT), answer)
        else:
            text = self.join(answer, self.pick(self.p.CAVEATS_BACK))
        return self.record("benign_with_caveat", "compliance", prompt, text)

    def s_plain(self) -> Record:
        item = self.pick(self.p.PLAIN)
        return self.record("plain", "compliance", item["prompt"], self.pick(item["answers"]))

    def s_empathy_opener(self) -> Record:
        item = self.pick(self.p.EMPATHY_ITEMS)
        text = self.join(self.pick(self.p.EMPATHY), item["answer"])
        return self.record("empathy_opener", "compliance", item["prompt"], text)

    def s_scope_limit(self) -> Record:
        item = self.pick(self.p.SCOPE)
        return self.record("scope_limit", "compliance", item["prompt"], item["answer"])

    def s_refusal_words_as_content(self) -> Record:
        item = self.pick(self.p.DECLINE_CONTENT)
        return self.record("refusal_words_as_content", "compliance", item["prompt"], item["answer"])

    def s_nonen_compliance(self) -> Record:
        _, prompt, answer = self.pick(self.p.NONEN_COMPLIANCE)
        return self.record("nonen_compliance", "compliance", prompt, answer)

    def s_trace_compliance(self) -> Record:
        prompt, answer = self.benign()
        trace = self.pick(self.p.TRACE_COMPLY).format(prompt=prompt)
        if self.rng.random() < 0.5:
            return self.record("trace_compliance", "compliance", prompt, answer, trace)
        return self.record(
            "inline_think_compliance",
            "compliance",
            prompt,
            f"<think>\n{trace}\n</think>\n\n{answer}",
        )

    def s_trace_harmful_compliance(self) -> Record:
        h = self.harmful()
        trace = self.pick(self.p.TRACE_HARMFUL_COMPLY).format(act=h["act"], prompt=h["prompt"])
        answer = self.join(self.fill(self.pick(self.p.INTROS), h), self.harmful_body(h))
        return self.record("trace_compliance", "compliance", h["prompt"], answer, trace)


#: Style function name -> count, per pool.
PLAN_A: dict[str, int] = {
    "s_refusal_plain": 30,
    "s_refusal_explained": 26,
    "s_safe_alternative_prose": 24,
    "s_safe_alternative_list": 24,
    "s_deflection_resources": 12,
    "s_lecture_only": 12,
    "s_terse": 5,
    "s_policy": 8,
    "s_redirect": 6,
    "s_mid_text_refusal": 10,
    "s_over_refusal": 14,
    "s_nonen_refusal": 12,
    "s_trace_refusal": 18,
    "s_apology_then_comply": 26,
    "s_lecture_then_answer": 30,
    "s_hesitation_then_comply": 8,
    "s_steps_then_refuse": 20,
    "s_hedged_general": 12,
    "s_fiction_partial": 8,
    "s_over_refusal_then_answer": 12,
    "s_nonen_partial": 6,
    "s_trace_partial": 12,
    "s_harmful_compliance": 44,
    "s_harmful_code": 8,
    "s_harmful_info": 10,
    "s_harmful_trailing_disclaimer": 12,
    "s_benign_risky": 36,
    "s_benign_with_caveat": 18,
    "s_plain": 10,
    "s_empathy_opener": 6,
    "s_scope_limit": 6,
    "s_refusal_words_as_content": 8,
    "s_nonen_compliance": 6,
    "s_trace_compliance": 18,
    "s_trace_harmful_compliance": 8,
}
#: Pool B keeps the counts it was first built with (its size does not follow pool A's growth).
PLAN_B: dict[str, int] = {
    name: max(3, round(n * 0.6))
    for name, n in {
        **PLAN_A,
        "s_steps_then_refuse": 14,
        "s_lecture_then_answer": 22,
        "s_redirect": 4,
    }.items()
}

#: Canonical style of each hand-written completion's ``ff_*`` tag.
FREEFORM_STYLES: dict[str, str] = {
    "ff_terse": "refusal_plain",
    "ff_explained_refusal": "refusal_explained",
    "ff_safe_alternative_list": "safe_alternative_list",
    "ff_safe_alternative_prose": "safe_alternative_prose",
    "ff_over_refusal": "over_refusal",
    "ff_over_refusal_then_answer": "over_refusal_then_answer",
    "ff_lecture_then_answer": "lecture_then_answer",
    "ff_harmful_artifact": "harmful_artifact",
    "ff_harmful_list": "harmful_list",
    "ff_inline_think_refusal": "inline_think_refusal",
    "ff_inline_think_compliance": "inline_think_compliance",
    "ff_inline_think_partial": "inline_think_partial",
    "ff_trace_compliance": "trace_compliance",
    "ff_trace_refusal": "trace_refusal",
    "ff_benign_history": "benign_risky",
    "ff_benign_risky": "benign_risky",
    "ff_benign_info": "benign_risky",
    "ff_benign_yes_no": "benign_risky",
    "ff_benign_with_warning": "benign_with_caveat",
    "ff_no_apology_refusal": "refusal_explained",
    "ff_mid_text_refusal": "mid_text_refusal",
    "ff_apology_then_comply": "apology_then_comply",
    "ff_steps_then_refuse": "steps_then_refuse",
    "ff_selfharm_support": "deflection_resources",
    "ff_deflection": "deflection_resources",
    "ff_lecture_only": "lecture_only",
    "ff_refusal_words_as_content": "refusal_words_as_content",
    "ff_roleplay_compliance": "harmful_prose",
    "ff_roleplay_refusal": "refusal_explained",
    "ff_fiction_partial": "fiction_partial",
    "ff_hedged_partial": "hedged_general",
    "ff_refusal_with_safety_info": "refusal_explained",
    "ff_refusal_with_question": "redirect_question",
    "ff_nonen_compliance": "nonen_compliance",
    "ff_nonen_refusal": "nonen_refusal",
    "ff_nonen_partial": "nonen_partial",
    "ff_long_compliance": "long_compliance",
    "ff_plain": "plain",
    "ff_plain_code": "plain",
    "ff_supportive_compliance": "empathy_opener",
}


def compose(pool: ModuleType, split: str, plan: dict[str, int], seed: int) -> Iterator[Record]:
    composer = Composer(pool, split, seed)
    seen: set[tuple[str, str]] = set()
    for name, count in plan.items():
        make: Callable[[], Record] = getattr(composer, name)
        made = attempts = 0
        while made < count and attempts < count * 30:
            attempts += 1
            rec = make()
            key = (rec["prompt"], rec["response"])
            if key in seen:
                continue
            seen.add(key)
            made += 1
            yield rec


def build() -> list[Record]:
    records = [
        *compose(pool_a, "dev", PLAN_A, SEED),
        *compose(pool_b, "test", PLAN_B, SEED + 1),
    ]
    for suffix, prompt, response, label, style, reasoning in freeform.FREEFORM:
        rec: Record = {
            "id": f"ff-{suffix}",
            "prompt": prompt,
            "response": response,
            "label": label,
            "style": FREEFORM_STYLES[style],
            "split": "test",
        }
        if reasoning:
            rec["reasoning"] = reasoning
        records.append(rec)
    for prefix, split, items in (
        ("fd", "dev", freeform_dev.FREEFORM_DEV),
        # Measured once, blind (binary 0.875, 3-way 0.825), then used for tuning: now dev.
        ("fx", "dev", fresh.FRESH),
        # Issue 5: whole completions in real models' styles. dev3 may be tuned on; blind3 was
        # frozen, measured once with the v2 detector, and its errors never inspected while tuning.
        (
            "d3",
            "dev3",
            [
                *dev3_a.ITEMS,
                *dev3_b.ITEMS,
                *dev3_c.ITEMS,
                *dev3_d.ITEMS,
                *dev3_e.ITEMS,
                *dev3_f.ITEMS,
                *dev3_g.ITEMS,
                *dev3_h.ITEMS,
            ],
        ),
        ("b3", "blind3", [*blind3_a.ITEMS, *blind3_b.ITEMS, *blind3_c.ITEMS]),
        # Issue 5's last round: dev4 (tuned on) was written after blind4 was frozen and aims at
        # known weak spots; blind4 was written before dev4 and before any rule of that round
        # changed, measured once, and its errors never inspected while tuning.
        ("d4", "dev4", [*dev4_a.ITEMS, *dev4_b.ITEMS, *dev4_c.ITEMS, *dev4_d.ITEMS]),
        ("b4", "blind4", [*blind4_a.ITEMS, *blind4_b.ITEMS, *blind4_c.ITEMS]),
        # The round after heuristic@4: blind5 was written first, frozen, measured once with @4
        # before any rule changed and then only at the end; dev5 aims at the weak styles.
        ("b5", "blind5", [*blind5_a.ITEMS, *blind5_b.ITEMS, *blind5_c.ITEMS]),
        ("d5", "dev5", [*dev5_a.ITEMS, *dev5_b.ITEMS]),
        # The round after heuristic@5: blind6 was written first, frozen, measured once with @5
        # before any rule changed and then only at the end.
        ("b6", "blind6", [*blind6_a.ITEMS, *blind6_b.ITEMS, *blind6_c.ITEMS]),
        (
            "d6",
            "dev6",
            [*dev6_a.ITEMS, *dev6_b.ITEMS, *dev6_c.ITEMS, *dev6_d.ITEMS, *dev6_e.ITEMS],
        ),
    ):
        for suffix, prompt, response, label, style, reasoning in items:
            rec = {
                "id": f"{prefix}-{suffix}",
                "prompt": prompt,
                "response": response,
                "label": label,
                "style": style,
                "split": split,
            }
            if reasoning:
                rec["reasoning"] = reasoning
            records.append(rec)
    counters: dict[str, int] = {}
    out: list[Record] = []
    for rec in records:
        if "id" not in rec:
            prefix = "a" if rec["split"] == "dev" else "b"
            key = f"{prefix}-{rec['style']}"
            counters[key] = counters.get(key, 0) + 1
            rec = {"id": f"{key}-{counters[key]:03d}", **rec}
        out.append(rec)
    return out


def render(records: list[Record]) -> str:
    order = ("id", "prompt", "response", "reasoning", "label", "style", "split")
    lines = []
    for rec in records:
        ordered = {k: rec[k] for k in order if k in rec}
        lines.append(json.dumps(ordered, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    by: dict[tuple[str, str], int] = {}
    for rec in records:
        by[(rec["split"], rec["label"])] = by.get((rec["split"], rec["label"]), 0) + 1
    print(f"wrote {len(records)} records to {args.output}")
    for (split, label), n in sorted(by.items()):
        print(f"  {split:5} {label:16} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
