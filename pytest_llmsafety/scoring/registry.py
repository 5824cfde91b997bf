"""From a judge *name* to a :class:`Scorer`: registered scorers and configured LLM judges.

The plugin (``--llm-judge NAME``, ``judge = "NAME"``, a suite's ``judge:``)
and the ``llmsafety score`` / ``calibrate`` commands resolve names the same
way, here:

1. ``[tool.llmsafety.judges.NAME]`` exists: an LLM judge. Its ``scorer`` key
   (or, failing that, a scorer registered under the same NAME) names a
   factory from the ``pytest_llmsafety_scorers`` hook that builds it from the
   :class:`~pytest_llmsafety.config.JudgeConfig`; without one, the built-in
   :class:`~.judges.LLMJudge` is used with the table's ``template``.
2. Otherwise a scorer registered under NAME (``heuristic`` is built in).

A factory is called with no argument, or, when it accepts one, with the
judge's ``JudgeConfig`` (``None`` when the judge has no table). That is how a
team's own model-calling scorer gets its endpoint, model and ``params``.

The run's ``--llm-cache`` store reaches the built-in LLM judges through
:func:`with_judge_cache` (wrapping the scorer factory where the runner is
built) or :func:`attach_judge_cache` (``llmsafety score --cache``): judges are
built lazily, so the router keeps the store and hands it to each judge it
builds.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .base import Scorer, ScoreRequest, ScorerError, Verdict

if TYPE_CHECKING:
    from ..cache import ResponseCache
    from ..config import JudgeConfig, TargetConfig
    from ..providers.base import Provider

__all__ = [
    "JudgeResolver",
    "ScorerRouter",
    "attach_judge_cache",
    "call_factory",
    "with_judge_cache",
]

ScorerFactory = Callable[..., Scorer]
ProviderFactory = Callable[[str, "TargetConfig", "str | None"], "Provider"]


def call_factory(factory: ScorerFactory, config: JudgeConfig | None) -> Scorer:
    """``factory()`` or ``factory(config)``, whichever it accepts."""
    try:
        params = [
            p
            for p in inspect.signature(factory).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)
        ]
    except (TypeError, ValueError):  # a builtin without a signature
        params = []
    scorer: object = factory(config) if params else factory()
    if not isinstance(scorer, Scorer):
        got = type(scorer).__name__
        raise TypeError(f"scorer factory {factory!r} returned {got}, not a Scorer")
    return scorer


class JudgeResolver:
    """Builds the scorer for a judge name; every problem is a ``ConfigError``."""

    def __init__(
        self,
        factories: Mapping[str, ScorerFactory],
        judges: Mapping[str, JudgeConfig],
        providers: Mapping[str, ProviderFactory],
        *,
        base_dir: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.factories = dict(factories)
        self.judges = dict(judges)
        self.providers = dict(providers)
        self.base_dir = base_dir
        self.environ = environ

    @property
    def known(self) -> list[str]:
        return sorted({*self.factories, *self.judges})

    def check(self, name: str) -> None:
        """Raise ``ConfigError`` now for what would fail when building ``name``."""
        from ..config import ConfigError, resolve_api_key

        if name not in self.factories and name not in self.judges:
            raise ConfigError(
                f"unknown judge {name!r} (known: {', '.join(self.known)}; configure LLM judges "
                "under [tool.llmsafety.judges.NAME])"
            )
        config = self.judges.get(name)
        if config is None:
            return
        factory_name = config.scorer or (name if name in self.factories else None)
        if factory_name is not None and factory_name not in self.factories:
            raise ConfigError(
                f"judge {name!r}: scorer {factory_name!r} is not registered "
                f"(registered: {', '.join(sorted(self.factories))})"
            )
        if factory_name is None:
            from .judges import JudgeTemplateError, load_template

            if config.provider not in self.providers:
                raise ConfigError(
                    f"judge {name!r}: unknown provider {config.provider!r} "
                    f"(known providers: {', '.join(sorted(self.providers))})"
                )
            if not config.base_url and config.provider != "demo":
                raise ConfigError(f"judge {name!r}: `base_url` is required")
            try:
                load_template(config.template, self.base_dir)
            except JudgeTemplateError as exc:
                raise ConfigError(f"judge {name!r}: {exc}") from None
        try:
            resolve_api_key(name, config, self.environ)
        except ConfigError as exc:
            raise ConfigError(str(exc).replace("target ", "judge ", 1)) from None

    def build(self, name: str) -> Scorer:
        """The scorer for ``name`` (call :meth:`check` first for friendly errors)."""
        from ..config import resolve_api_key

        self.check(name)
        config = self.judges.get(name)
        if config is None:
            return call_factory(self.factories[name], None)
        factory_name = config.scorer or (name if name in self.factories else None)
        if factory_name is not None:
            return call_factory(self.factories[factory_name], config)
        from .heuristic import HeuristicScorer
        from .judges import LLMJudge, load_template

        api_key = resolve_api_key(name, config, self.environ)
        provider = self.providers[config.provider](f"judge:{name}", config.as_target(), api_key)
        template = load_template(config.template, self.base_dir)
        return LLMJudge(name, config, provider, template, fallback=HeuristicScorer())


class ScorerRouter(Scorer):
    """The run's scorer: the default judge, or the judge a suite names (``judge:``).

    Scorers are built on first use and closed together at the end of the run.
    """

    def __init__(self, default: str, build: Callable[[str], Scorer]) -> None:
        self.default = default
        self._build = build
        self._scorers: dict[str, Scorer] = {}
        self._store: ResponseCache | None = None
        self._record_hint: str | None = None
        self.name = self._get(default).name

    def prepare(self, names: Iterable[str]) -> None:
        """Build the judges ``names`` now (those the collected suites name).

        The runner builds its scorer on the pytest thread, so that importing
        a judge's modules never happens on its loop (see ``Runner.warm_up``).
        A judge that fails to build is left for its cases to report.
        """
        for name in names:
            with contextlib.suppress(Exception):
                self._get(name)

    def use_store(self, store: ResponseCache | None, *, record_hint: str | None = None) -> None:
        """Give ``store`` to every LLM judge, those built already and those built later."""
        self._store, self._record_hint = store, record_hint
        for scorer in self._scorers.values():
            attach_judge_cache(scorer, store, record_hint=record_hint)

    def _get(self, name: str) -> Scorer:
        scorer = self._scorers.get(name)
        if scorer is None:
            scorer = self._build(name)
            if self._store is not None:
                attach_judge_cache(scorer, self._store, record_hint=self._record_hint)
            self._scorers[name] = scorer
        return scorer

    def scorer_for(self, request: ScoreRequest) -> Scorer:
        name = request.judge or self.default
        try:
            return self._get(name)
        except Exception as exc:  # an unknown or broken suite judge: this item's error
            raise ScorerError(str(exc)) from None

    async def score(self, request: ScoreRequest) -> Verdict:
        return await self.scorer_for(request).score(request)

    async def aclose(self) -> None:
        for scorer in self._scorers.values():
            with contextlib.suppress(Exception):  # closing must not mask results
                await scorer.aclose()


def attach_judge_cache(
    scorer: Scorer, store: ResponseCache | None, *, record_hint: str | None = None
) -> None:
    """Let the LLM judges behind ``scorer`` keep their verdicts in ``store``.

    ``scorer`` is a :class:`ScorerRouter` (every judge it builds gets the
    store) or an :class:`~.judges.LLMJudge`; any other scorer (the heuristic,
    a team's own) is left as it is.
    """
    from .judges import LLMJudge

    if isinstance(scorer, (ScorerRouter, LLMJudge)):
        scorer.use_store(store, record_hint=record_hint)


def with_judge_cache(
    factory: Scorer | Callable[[], Scorer], store: ResponseCache | None
) -> Scorer | Callable[[], Scorer]:
    """``factory``, with ``store`` attached to what it builds (unchanged when None).

    The runner builds its scorer lazily, on its event loop; this keeps that
    and adds the run's ``--llm-cache`` store, so judge verdicts share it.
    """
    if store is None:
        return factory
    if isinstance(factory, Scorer):
        attach_judge_cache(factory, store)
        return factory

    def build() -> Scorer:
        scorer = factory()
        attach_judge_cache(scorer, store)
        return scorer

    return build
