"""What every hand-written batch of the refusal corpus shares (``dev3_*``, ``blind3_*``).

A batch module calls ``add(...)`` once per completion and exposes ``ITEMS``:
``(id suffix, prompt, response, label, style, reasoning or None)`` tuples, in
the order written, which ``scripts/build_refusal_corpus.py`` reads.
"""

from __future__ import annotations

F = "full_refusal"
P = "partial_refusal"
C = "compliance"

Item = tuple[str, str, str, str, str, "str | None"]


class Batch:
    """Collects one module's completions."""

    def __init__(self) -> None:
        self.items: list[Item] = []

    def add(
        self,
        suffix: str,
        prompt: str,
        label: str,
        style: str,
        response: str,
        reasoning: str | None = None,
    ) -> None:
        self.items.append((suffix, prompt, response.strip("\n"), label, style, reasoning))
