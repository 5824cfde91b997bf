"""Accuracy and speed of the offline refusal detector on a labelled corpus.

    python benchmarks/refusal_accuracy.py                      # each split, then everything
    python benchmarks/refusal_accuracy.py --split dev --errors # what to look at when tuning
    python benchmarks/refusal_accuracy.py --corpus my.jsonl    # your own labels (same fields)

The corpus (``tests/data/refusal_corpus.jsonl``, built by
``scripts/build_refusal_corpus.py``) has one JSON object per line with ``id``,
``prompt``, ``response``, ``label`` (full_refusal | partial_refusal |
compliance), ``style``, optionally ``reasoning`` and ``split`` (``dev``: tuned
on; ``test``: held out, never tuned on; ``dev3``: whole completions in real
models' styles, tuned on; ``blind3``: written with ``dev3`` but frozen and
measured blind, its errors never inspected while tuning, so ``--errors`` lists
them only with ``--split blind3``; ``dev4`` and ``blind4``: the same pair
again for the last round of issue 5, ``blind4`` written first; ``dev5`` and
``blind5``: the round after, ``blind5`` written first; ``dev6`` and
``blind6``: the round after that, ``blind6`` written first). Labels follow
``tests/data/REFUSAL_LABELS.md``.

Reported, per split:

* **binary accuracy**: refusal vs compliance, where ``partial_refusal`` counts
  as a refusal on both sides (XSTest's convention: the refusal rate is
  (full + partial) / n);
* **3-way accuracy** and the 3×3 confusion matrix (rows: label, columns:
  prediction);
* **per-style accuracy** (3-way), worst first;
* **responses/s** on one core: ``classify_refusal`` (the label alone) and
  ``HeuristicScorer.score_sync`` (label plus harm), over the whole corpus and
  over typical 1-2 KB answers (the corpus's completions are shorter than most
  real ones), best of several rounds, in this process only.

Targets for the default detector: binary >= 0.95, 3-way >= 0.90, >= 5,000
responses/s. The corpus is written by the project, so even the held-out split
is optimistic for models whose style differs from it: check a sample of your
own model's completions with ``llmsafety calibrate``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pytest_llmsafety.scoring.base import REFUSAL_LABELS, ScoreRequest
from pytest_llmsafety.scoring.heuristic import (
    _BENCH_SAMPLES,
    HeuristicScorer,
    _prepared_prompt,
    _prompt_context,
    classify_refusal,
)

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "refusal_corpus.jsonl"
SHORT = {"full_refusal": "full", "partial_refusal": "partial", "compliance": "comply"}
SPLIT_ORDER = (
    "dev",
    "test",
    "dev3",
    "blind3",
    "dev4",
    "blind4",
    "dev5",
    "blind5",
    "dev6",
    "blind6",
)
SPLIT_NOTES = {
    "dev": "tuned on",
    "test": "held out: never tuned on",
    "dev3": "real-model styles, tuned on",
    "blind3": "real-model styles, held out: errors never inspected while tuning",
    "dev4": "real-model styles and known weak spots, tuned on",
    "blind4": "real-model styles, held out: errors never inspected while tuning",
    "dev5": "known weak styles after heuristic@4, tuned on",
    "blind5": "real-model styles, held out: errors never inspected while tuning",
    "dev6": "known weak styles after heuristic@5, tuned on",
    "blind6": "real-model styles, held out: errors never inspected while tuning",
}
#: Splits whose individual errors ``--errors`` lists only when the split is named with ``--split``.
BLIND = frozenset({"blind3", "blind4", "blind5", "blind6"})


def load(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("label") not in REFUSAL_LABELS:
                raise SystemExit(f"{path}:{number}: label must be one of {REFUSAL_LABELS}")
            records.append(rec)
    return records


def predict(records: Sequence[dict[str, Any]]) -> list[str]:
    return [classify_refusal(r["response"] or "", r.get("prompt") or "")[0] for r in records]


def report(name: str, records: Sequence[dict[str, Any]], predicted: Sequence[str]) -> None:
    n = len(records)
    if not n:
        print(f"== {name}: no records")
        return
    gold = [r["label"] for r in records]
    exact = sum(g == p for g, p in zip(gold, predicted, strict=True))
    binary = sum(
        (g == "compliance") == (p == "compliance") for g, p in zip(gold, predicted, strict=True)
    )
    print(f"== {name}: {n} completions")
    print(f"binary accuracy (partial counted as refusal): {binary / n:.3f} ({binary}/{n})")
    print(f"3-way accuracy:                               {exact / n:.3f} ({exact}/{n})")
    confusion = Counter(zip(gold, predicted, strict=True))
    width = 9
    print("confusion (rows: label, columns: predicted)")
    print(" " * width + "".join(f"{SHORT[c]:>{width}}" for c in REFUSAL_LABELS))
    for g in REFUSAL_LABELS:
        row = "".join(f"{confusion[(g, p)]:>{width}}" for p in REFUSAL_LABELS)
        print(f"{SHORT[g]:<{width}}{row}")
    styles: dict[str, list[bool]] = {}
    for rec, pred in zip(records, predicted, strict=True):
        styles.setdefault(rec.get("style", "?"), []).append(rec["label"] == pred)
    print("per-style 3-way accuracy (worst first)")
    ranked = sorted(styles.items(), key=lambda kv: (sum(kv[1]) / len(kv[1]), kv[0]))
    for style, oks in ranked:
        print(f"  {style:30} {sum(oks) / len(oks):6.3f}  ({sum(oks)}/{len(oks)})")
    print()


def errors(records: Sequence[dict[str, Any]], predicted: Sequence[str]) -> None:
    for rec, pred in zip(records, predicted, strict=True):
        if rec["label"] != pred:
            text = " ".join(rec["response"].split())
            print(f"{rec['id']}: {SHORT[rec['label']]} -> {SHORT[pred]}: {text[:300]}")


def forget_prompts() -> None:
    """Empty the scorer's per-prompt memory, so each round meets every prompt anew."""
    _prepared_prompt.cache_clear()
    _prompt_context.cache_clear()


def speed(
    records: Sequence[dict[str, Any]],
    fn: Callable[[dict[str, Any]], object],
    before_round: Callable[[], object] = lambda: None,
) -> float:
    best = 0.0
    for _ in range(5):
        before_round()
        start = time.perf_counter()
        for rec in records:
            fn(rec)
        best = max(best, len(records) / (time.perf_counter() - start))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--split",
        default=None,
        help="only this split (dev, test, dev3, blind3, dev4, blind4, dev5, blind5, dev6, "
        "blind6); default: each split, then everything",
    )
    parser.add_argument("--errors", action="store_true", help="list misclassified completions")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing")
    args = parser.parse_args(argv)
    records = load(args.corpus)
    predicted = predict(records)
    if args.split:
        chosen = [i for i, r in enumerate(records) if r.get("split") == args.split]
        views = [(f"split {args.split}", chosen, True)]
    else:
        splits = sorted(
            {str(r.get("split", "?")) for r in records},
            key=lambda s: (SPLIT_ORDER.index(s) if s in SPLIT_ORDER else len(SPLIT_ORDER), s),
        )
        views = []
        for split in splits:
            idx = [i for i, r in enumerate(records) if str(r.get("split", "?")) == split]
            note = SPLIT_NOTES.get(split)
            # Blind splits' individual errors are listed only when asked for by name.
            views.append(
                (f"split {split}" + (f" ({note})" if note else ""), idx, split not in BLIND)
            )
        views.append(("whole corpus", list(range(len(records))), False))
    for name, idx, show_errors in views:
        report(name, [records[i] for i in idx], [predicted[i] for i in idx])
        if args.errors and show_errors:
            errors([records[i] for i in idx], [predicted[i] for i in idx])
    if not args.no_speed:
        scorer = HeuristicScorer()
        label_rate = speed(records, lambda r: classify_refusal(r["response"], r["prompt"]))
        full_rate = speed(
            records,
            lambda r: scorer.score_sync(ScoreRequest(text=r["response"], prompt=r["prompt"])),
        )
        size = sum(len(r["response"]) for r in records) / len(records)
        print(f"speed on one core, corpus ({len(records)} completions, mean {size:,.0f} chars):")
        print(f"  classify_refusal (label only):          {label_rate:8,.0f} responses/s")
        print(f"  {scorer.name} score_sync (label + harm): {full_rate:8,.0f} responses/s")
        typical = [{"response": t, "prompt": p} for t, p in _BENCH_SAMPLES] * 200
        size = sum(len(r["response"]) for r in typical) / len(typical)
        label_rate = speed(typical, lambda r: classify_refusal(r["response"], r["prompt"]))
        full_rate = speed(
            typical,
            lambda r: scorer.score_sync(ScoreRequest(text=r["response"], prompt=r["prompt"])),
        )
        print(f"speed on one core, typical answers (mean {size:,.0f} chars):")
        print(f"  classify_refusal (label only):          {label_rate:8,.0f} responses/s")
        print(f"  {scorer.name} score_sync (label + harm): {full_rate:8,.0f} responses/s")
        # The same answers, each to a prompt never seen before: the scorer keeps
        # what it works out about a prompt (a run scores a case's answer and its
        # trace against one prompt), which the rounds above always find.
        fresh = [
            {"response": r["response"], "prompt": f"{r['prompt']} ({i})"}
            for i, r in enumerate(typical)
        ]
        label_rate = speed(
            fresh, lambda r: classify_refusal(r["response"], r["prompt"]), forget_prompts
        )
        full_rate = speed(
            fresh,
            lambda r: scorer.score_sync(ScoreRequest(text=r["response"], prompt=r["prompt"])),
            forget_prompts,
        )
        print("  the same, each to a prompt not seen before:")
        print(f"  classify_refusal (label only):          {label_rate:8,.0f} responses/s")
        print(f"  {scorer.name} score_sync (label + harm): {full_rate:8,.0f} responses/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
