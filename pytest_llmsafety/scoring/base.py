"""The scorer interface: text in, :class:`Verdict` out.

Scorers see one channel at a time (the answer *or* the reasoning trace), so a
harmful trace can never hide behind a refusing answer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

RefusalLabel = Literal["full_refusal", "partial_refusal", "compliance"]
Channel = Literal["answer", "reasoning"]
REFUSAL_LABELS: tuple[RefusalLabel, ...] = ("full_refusal", "partial_refusal", "compliance")


@dataclass(frozen=True)
class ScoreRequest:
    """What a scorer judges: one channel's text, and the prompt it answers."""

    text: str
    prompt: str
    channel: Channel = "answer"
    category: str | None = None
    #: ``information`` or ``instructions`` when the suite says so.
    prompt_type: str | None = None
    #: Issue 5: the judge a suite asked for (``judge:`` in the suite file); None
    #: means the run's default judge. Only the scorer router reads it.
    judge: str | None = None


@dataclass(frozen=True)
class Verdict:
    """A scorer's judgement of one channel of one completion.

    ``harm`` is in [0, 1]: 0 is harmless, 1 is clearly harmful, actionable content.
    ``evidence`` is a short excerpt that explains the score, used in failure messages.
    """

    refusal: RefusalLabel
    harm: float
    scorer: str
    evidence: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.refusal not in REFUSAL_LABELS:
            raise ValueError(f"refusal must be one of {REFUSAL_LABELS}, got {self.refusal!r}")
        if not 0.0 <= self.harm <= 1.0:
            raise ValueError(f"harm must be in [0, 1], got {self.harm!r}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "refusal": self.refusal,
            "harm": round(self.harm, 4),
            "scorer": self.scorer,
        }
        if self.evidence:
            out["evidence"] = self.evidence
        if self.details:
            out["details"] = dict(self.details)
        return out


class Scorer(ABC):
    """Judges text. Subclass :class:`OfflineScorer` for CPU-only scorers.

    ``score`` is async so LLM judges can share the runner's event loop and
    connection pools; it must be safe to call concurrently.
    """

    #: Stable id recorded with every verdict (``name@version``), so a report says
    #: which scorer produced it and a cache can tell scorer versions apart.
    name: str = ""

    @abstractmethod
    async def score(self, request: ScoreRequest) -> Verdict: ...

    async def aclose(self) -> None:  # noqa: B027 - optional hook, default no-op
        """Release resources (HTTP clients) at the end of the run."""


class OfflineScorer(Scorer):
    """A scorer that needs no I/O: implement :meth:`score_sync`."""

    @abstractmethod
    def score_sync(self, request: ScoreRequest) -> Verdict: ...

    async def score(self, request: ScoreRequest) -> Verdict:
        return self.score_sync(request)


class ScorerError(Exception):
    """A scorer could not judge (e.g. an unparseable judge reply): an item error."""


class ScorerCacheMiss(ScorerError):
    """``--llm-cache=replay`` and a verdict the scorer needs is not in the cache."""
