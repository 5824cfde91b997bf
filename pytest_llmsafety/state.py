"""Per-run plugin state, kept on ``config.stash`` (never in module globals).

Built once in ``pytest_configure`` from the command line and configuration,
so every configuration problem is a usage error before collection starts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .baseline import BaselineSession
    from .cache import CacheMode, ResponseCache
    from .config import LLMSafetyConfig, TargetConfig
    from .expectations import Failure
    from .providers.base import Provider
    from .runner import Runner
    from .scoring.base import Scorer
    from .transforms import Transform

STATE_KEY = pytest.StashKey["LLMSafetyState"]()
RECORD_KEY = pytest.StashKey[dict[str, Any]]()
#: The item's :class:`~.baseline.BaselineResult`, from setup to the test body.
BASELINE_KEY = pytest.StashKey[Any]()


@dataclass(frozen=True)
class ScaleOptions:
    """Issue 7: the response cache, and how this process shares the run with others."""

    #: ``--llm-cache``: off | use | replay.
    cache_mode: CacheMode = "off"
    cache_dir: Path | None = None
    #: xdist: a directory every process of the run sees (shared rate-limit state).
    shared_dir: Path | None = None
    #: Processes running cases (xdist workers), which share each target's concurrency.
    workers: int = 1
    #: xdist ``--dist`` mode as the controller saw it ("no" in a single process).
    dist: str = "no"


@dataclass
class LLMSafetyState:
    config: pytest.Config
    settings: LLMSafetyConfig
    config_path: str | None
    #: Selected targets, in command-line order.
    targets: dict[str, TargetConfig]
    api_keys: dict[str, str | None]
    providers: Mapping[str, Callable[[str, TargetConfig, str | None], Provider]]
    scorer_factory: Callable[[], Scorer]
    scorer_name: str
    transforms: Mapping[str, Transform]
    #: Issue 8: the ``--llm-reference`` target (also in ``targets``), or None.
    reference: str | None = None
    #: Checks judge names (a suite's ``judge:``) when suites are collected.
    check_judge: Callable[[str], None] | None = None
    #: on | strict | off (``--llm-baseline``); None when syrupy is not loaded.
    baseline_mode: str | None = None
    baselines: BaselineSession | None = None
    scale: ScaleOptions = field(default_factory=ScaleOptions)
    #: Each collected suite's ``gate:`` block (None: none), by its report path, so
    #: the gates need not parse suites again (the xdist controller, which collects
    #: nothing, still does).
    suite_gates: dict[str, Any] = field(default_factory=dict)
    _runner: Runner | None = None
    _cache: ResponseCache | None = None
    _markers: set[str] = field(default_factory=set)

    @property
    def target_names(self) -> list[str]:
        return list(self.targets)

    @property
    def runner(self) -> Runner:
        if self._runner is None:
            from .plugin import PROVIDER_MODULES
            from .runner import Runner, build_run_settings

            preload = {
                m: None for t in self.targets.values() for m in PROVIDER_MODULES.get(t.provider, ())
            }
            settings = build_run_settings(self.targets, self.scale, self.cache, tuple(preload))
            # The scorer is built on the pytest thread while it waits for the first reply.
            from .scoring.registry import with_judge_cache

            # LLM judges keep their verdicts in the same --llm-cache store (issues 5, 7).
            scorer = with_judge_cache(self.scorer_factory, settings.cache)
            self._runner = Runner(self.targets, self._make_provider, scorer, settings)
        return self._runner

    @property
    def cache(self) -> ResponseCache | None:
        """This process's response cache (None with ``--llm-cache=off``).

        LLM judges store verdicts here too, under their own namespace
        (``cache.get("judge", key)`` / ``cache.put("judge", key, value)``).
        """
        if self._cache is None and self.scale.cache_mode in ("use", "replay"):
            from .cache import ResponseCache

            assert self.scale.cache_dir is not None
            self._cache = ResponseCache(self.scale.cache_dir, self.scale.cache_mode)
        return self._cache

    def _make_provider(self, name: str, target: TargetConfig) -> Provider:
        return self.providers[target.provider](name, target, self.api_keys.get(name))

    def cancel_pending(self) -> None:
        """Issue 7: cancel prefetched cases that were not consumed (end of the run loop)."""
        if self._runner is not None:
            self._runner.cancel_pending()

    def close(self) -> None:
        if self._runner is not None:
            self._runner.close()
            self._runner = None
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    def register_marker(self, name: str) -> None:
        if name not in self._markers:
            self._markers.add(name)
            self.config.addinivalue_line(
                "markers", f"{name}: pytest-llmsafety suite tag or category"
            )

    def record_failures(self, item: pytest.Item, failures: list[Failure]) -> None:
        record = item.stash.get(RECORD_KEY, None)
        if record is not None:
            record["failures"] = [f.message for f in failures]
            record["failure_kinds"] = sorted({f.kind for f in failures})


def get_state(config: pytest.Config) -> LLMSafetyState:
    return config.stash[STATE_KEY]
