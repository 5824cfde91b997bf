"""The heuristic scorer's fast paths find exactly what the plain code they replace finds.

``_Family`` skips groups that need a word the text lacks, ``_Alternation``
splits one slow regex into fast ones, and text preparation avoids
``str.translate``: each is checked here against the straightforward version,
on the labelled corpus and on spliced and mutated copies of it, so that a new
rule that one of them misreads fails here rather than changing labels.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from pytest_llmsafety.scoring import heuristic as h

CORPUS = Path(__file__).parent / "data" / "refusal_corpus.jsonl"
#: Characters that sit at word boundaries in awkward ways (not separators, not letters).
ODD = ["", " ", "\n", "\t", "’", "€", "‹", "™", ",", "'", "-", "é", "_", "Я", "中", "—", "İ"]
PHRASES = [
    "je ne peux pas vous aider",
    "ich kann ihnen leider nicht helfen",
    "lo siento, pero no puedo",
    "não posso ajudar",
    "nao vou fornecer",
    "mi dispiace, ma",
    "抱歉，我不能",
    "申し訳ありませんが",
    "извините, но я не могу",
    "hierzu werde ich leider keine",
    "üzgünüm, ama",
    "uzgunum ama",
    "tyvärr, men jag kan inte",
    "도와 드릴 수 없",
    "عذرا، لا أستطيع",
    "isso eu não posso fazer",
    "dat ga ik niet doen",
    "désolée, mais",
    "tôi không thể giúp",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    base = [r["response"] or "" for r in records[::2]] + [r["prompt"] or "" for r in records[::7]]
    base += [text for text, _ in h._BENCH_SAMPLES]
    rng = random.Random(5)
    spliced = []
    for _ in range(400):
        a, b = rng.choice(base), rng.choice(base)
        text = a[: rng.randint(0, len(a))] + rng.choice(ODD + PHRASES) + b[rng.randint(0, len(b)) :]
        chars = list(text)
        for _ in range(rng.randint(0, 12) if chars else 0):
            chars[rng.randrange(len(chars))] = rng.choice(ODD[1:])
        spliced.append("".join(chars))
    return base + spliced


def _translate_normalise(text: str) -> str:
    text = text.translate(h._APOSTROPHES)
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


def test_text_preparation_matches_translate(texts: list[str]) -> None:
    for text in texts:
        low = h._normalise(text)
        assert low == _translate_normalise(text)
        assert h._split_words(low) == low.translate(h._TOKEN_TABLE).split()


def _finditer_scan(family: h._Family, low: str, text: h._Tokens) -> list[tuple[int, int, float]]:
    """``_Family.scan`` as it was: every group whose head word is in ``text``, with finditer."""
    out = []
    family.compile_all()
    for key in family._keys & text.words:
        rx, weights = family._gated[key]
        out += [(m.start(), m.end(), weights[(m.lastindex or 1) - 1]) for m in rx.finditer(low)]
    if family._other is not None and text.script:
        rx, weights = family._other
        out += [(m.start(), m.end(), weights[(m.lastindex or 1) - 1]) for m in rx.finditer(low)]
    return out


def test_family_scan_skips_only_groups_that_find_nothing(texts: list[str]) -> None:
    families = [v for v in vars(h).values() if isinstance(v, h._Family)]
    rng = random.Random(7)
    for text in texts:
        low = h._normalise(text)
        tokens = h._tokens(low)
        start = rng.randrange(len(low) + 1)
        for part in (low, low[start : start + rng.randint(0, 400)]):
            for family in families:
                assert family.scan(part, tokens) == _finditer_scan(family, part, tokens)


def test_every_family_group_compiles() -> None:
    # Groups compile on first use: this is where a bad entry in any of them shows.
    families = [v for v in vars(h).values() if isinstance(v, h._Family)]
    assert len(families) >= 10
    for family in families:
        family.compile_all()
        assert set(family._gated) == family._keys


def test_family_compiles_a_group_when_a_text_first_has_its_word() -> None:
    family = h._Family([r"cannot\s+help", r"won't\s+help", r"will\s+not"])
    assert family._gated == {}
    low = "sorry, i cannot help."
    assert family.scan(low, h._tokens(low)) == [(9, 20, 1.0)]
    assert set(family._gated) == {"cannot"}
    assert family.scan("i will not", h._tokens("i will not")) == [(2, 10, 1.0)]
    assert set(family._gated) == {"cannot", "will"}


def test_family_entry_with_a_capturing_group_is_an_error_when_compiled() -> None:
    family = h._Family([r"cannot\s+(help)"])
    with pytest.raises(ValueError, match="capturing groups"):
        family.compile_all()
    # The group of entries without a Latin head word is compiled at once.
    with pytest.raises(ValueError, match="capturing groups"):
        h._Family(["\u4e0d(\u884c)"])


def test_alternation_finds_what_one_regex_finds(texts: list[str]) -> None:
    one = re.compile("|".join(f"(?:{p})" for p in h._REFUSAL_INTL_ENTRIES))
    for text in texts:
        low = h._normalise(text)
        script = h._tokens(low).script
        assert h._REFUSAL_INTL.spans(low, script) == [m.span() for m in one.finditer(low)]


def test_alternation_needs_a_literal_start() -> None:
    with pytest.raises(ValueError, match="literal"):
        h._Alternation([r"\bno\s+puedo"])
    with pytest.raises(ValueError, match="literal"):
        h._Alternation([r"(?:ab|cd)*e"])
    with pytest.raises(ValueError, match="literal"):
        h._Alternation([r"(?:ab|cd)??e"])


@pytest.mark.parametrize(
    "entries",
    [
        [r"(?<!\w)(?:ab|cd)e", r"be"],  # at a word start only
        [r"(?:ab\s+)?cd", r"(?:x|y)?cd"],  # optional first words
    ],
)
def test_alternation_word_starts_and_optional_groups(entries: list[str]) -> None:
    one = re.compile("|".join(f"(?:{p})" for p in entries))
    fast = h._Alternation(entries)
    for text in ("abe cde xabe ab cd xcd ycd cd", "zcde abcd be abe", "", "ab  cd"):
        assert fast.spans(text, False) == [m.span() for m in one.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:a|b)x", ["ax", "bx"]),
        (r"[ée]sol|tu(?:x|y)", ["ésol", "esol", "tu(?:x|y)"]),
        (r"(?:(?:jag|jeg)\s+kan|kan\s+ik)", [r"jag\s+kan", r"jeg\s+kan", r"kan\s+ik"]),
        (r"(?:a|b)?x", ["ax", "bx", "x"]),  # the group first, as re tries it
        (r"(?:a|b)??x", [r"(?:a|b)??x"]),
        (r"[a-z]x", [r"[a-z]x"]),
    ],
)
def test_literal_starts(pattern: str, expected: list[str]) -> None:
    assert h._literal_starts(pattern) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"\s+the\s+table\s+for\s+me\b", {"table"}),
        (r"\s+(?:usual|typical)\s*,", {"usual", "typical"}),
        (r"\s+off[-\s](?:limits|the\s+table)\b", {"off"}),
        (r"'s not\s+(?:mine|my\s+own)\b", {"not"}),
        (r"\s+bombs?\b", None),  # "bomb" or "bombs"
        (r"\s*table\s", None),  # "xtable" is one word
        (r"\s+table\b", None),  # "table€" is one word
        (r"\s+foo\s*bar\s", None),
        (r"\s+foo\s+bar|baz", None),  # the second alternative needs neither
        (r"\s+[a-z]+ing\b", None),
    ],
)
def test_required_words(body: str, expected: set[str] | None) -> None:
    assert h._required_words(body) == (None if expected is None else frozenset(expected))


def test_quantity_regex_matches_the_lookbehind_first_form() -> None:
    plain = re.compile(r"(?<![\w.])[0-9](?:" + h._QTY_REST + ")")
    rng = random.Random(3)
    pieces = ["1", "25", "3.5", " mg", "mg", " g", "%", " ml", "x", ".", " ", "a5", "_2", "10-20 "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for end in (len(text), 7):
            found = h._QTY_RX.search(text, 0, end)
            expected = plain.search(text, 0, end)
            assert (found and found.span()) == (expected and expected.span())
