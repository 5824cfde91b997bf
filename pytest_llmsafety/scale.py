"""Issue 7 wiring: the ``--llm-cache``/``--llm-shard`` options and how the processes
of one run find each other.

Under xdist the controller creates one directory for the run and hands it
to every worker in ``workerinput`` (with the ``--dist`` mode, which workers
cannot read themselves: xdist resets it to ``no`` on workers). The shared
rate-limit state lives there; the controller deletes it when the run ends.
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from .state import LLMSafetyState, ScaleOptions

_SHARED_DIR = "llmsafety_shared_dir"
_DIST = "llmsafety_dist"
_CACHE_DIR = "llmsafety_cache_dir"


def add_options(parser: pytest.Parser, group: Any) -> None:
    group.addoption(
        "--llm-cache",
        choices=("off", "use", "replay"),
        default=None,
        help="Response cache: off (default), use (answer repeated requests from the cache "
        "and store every reply as it arrives; a rerun or a resumed run re-asks only what "
        "was not answered) or replay (never send a request; a case missing from the cache "
        "is an error).",
    )
    group.addoption(
        "--llm-cache-dir",
        metavar="DIR",
        help="Cache directory (default: .llmsafety_cache in the rootdir).",
    )
    group.addoption(
        "--llm-shard",
        metavar="K/N",
        help="Run only the K-th of N slices of the suite cases (stable by case; "
        "merge the shards' reports with `llmsafety merge`).",
    )
    parser.addini(
        "llmsafety_gc_freeze",
        "Freeze the heap of runs of 500+ cases from Python's cycle collector "
        "(periodically and at exit), which otherwise rescans every item and report "
        "again and again (default true).",
        type="bool",
        default=True,
    )
    parser.addini("llmsafety_cache", "Default for --llm-cache (off).", default="")
    parser.addini(
        "llmsafety_cache_dir",
        "Default for --llm-cache-dir, relative to the rootdir.",
        default="",
    )


def scale_options(config: pytest.Config, state: LLMSafetyState) -> ScaleOptions:
    """Cache settings and this process's place in the run, from options and xdist."""
    mode = config.getoption("llm_cache") or str(config.getini("llmsafety_cache") or "off")
    if mode not in ("off", "use", "replay"):
        raise pytest.UsageError(
            f"pytest-llmsafety: llmsafety_cache: {mode!r} is not off|use|replay"
        )
    option_dir = config.getoption("llm_cache_dir")
    ini_dir = str(config.getini("llmsafety_cache_dir") or "")
    if option_dir:
        cache_dir = config.invocation_params.dir / option_dir
    elif ini_dir:
        cache_dir = config.rootpath / ini_dir
    else:
        cache_dir = config.rootpath / ".llmsafety_cache"
    workerinput: dict[str, Any] | None = getattr(config, "workerinput", None)
    if workerinput is None:
        dist = str(getattr(config.option, "dist", "no") or "no")
        return ScaleOptions(cache_mode=mode, cache_dir=cache_dir, dist=dist)  # type: ignore[arg-type]
    if workerinput.get(_CACHE_DIR):
        cache_dir = Path(workerinput[_CACHE_DIR])  # resolved once, on the controller
    shared = workerinput.get(_SHARED_DIR)
    if shared is None and os.environ.get("PYTEST_XDIST_TESTRUNUID") and _has_limits(state):
        # A worker started without our controller's help: derive the run's directory.
        uid = os.environ["PYTEST_XDIST_TESTRUNUID"]
        shared = str(Path(tempfile.gettempdir()) / f"llmsafety-{uid}")
    workers = workerinput.get("workercount") or os.environ.get("PYTEST_XDIST_WORKER_COUNT") or 1
    return ScaleOptions(
        cache_mode=mode,  # type: ignore[arg-type]
        cache_dir=cache_dir,
        shared_dir=None if shared is None else Path(shared),
        workers=int(workers),
        dist=str(workerinput.get(_DIST) or "load"),
    )


def _has_limits(state: LLMSafetyState) -> bool:
    return any(t.rpm is not None or t.tpm is not None for t in state.targets.values())


def configure(config: pytest.Config, state: LLMSafetyState) -> None:
    """Called from ``pytest_configure``: options into state, helpers registered."""
    state.scale = scale_options(config, state)
    if state.scale.cache_mode == "replay" and state.targets:
        from .cache import CACHE_FILE

        assert state.scale.cache_dir is not None
        if not (state.scale.cache_dir / CACHE_FILE).is_file():
            raise pytest.UsageError(
                f"pytest-llmsafety: --llm-cache=replay: no cache at "
                f"{state.scale.cache_dir / CACHE_FILE}; record one first with --llm-cache=use "
                "(or point --llm-cache-dir at it)"
            )
    shard = config.getoption("llm_shard")
    if shard:
        from .shard import ShardSelector, parse_shard

        config.pluginmanager.register(ShardSelector(*parse_shard(shard)), "llmsafety-shard")
    if not hasattr(config, "workerinput") and state.scale.dist != "no":
        config.pluginmanager.register(XdistController(config, state), "llmsafety-xdist")
    if state.targets and config.getini("llmsafety_gc_freeze"):
        freezer = HeapFreezer()
        config.pluginmanager.register(freezer, "llmsafety-heap")
        # A cleanup, not an unconfigure hook: pytest collects garbage twice when
        # a session ends (in its unraisable-exception plugin's unconfigure and
        # again in the cleanup that plugin registers in its configure, which
        # runs after this one); cleanups run last-registered first, so this
        # thaws the heap after both, which then skip it (0.1 s after 2,000
        # cases when it thawed before the second).
        config.add_cleanup(freezer.thaw)


class HeapFreezer:
    """Keeps Python's cycle collector from rescanning a big run's heap again and again.

    A run keeps every item, case, record and report until it ends, so the heap
    only grows; each full collection rescans all of it, which took 4.6 s of a
    10,000-case run (0.46 ms per case). Every :data:`EVERY` items the young
    objects are collected once and the survivors frozen (``gc.freeze``): they
    stay alive and reference-counted, but later collections skip them.
    (Objects frozen here that later become unreachable cycles are only freed at
    exit; a run's objects live until then anyway.)

    At interpreter exit the heap is frozen once more, so shutdown frees objects
    by reference count without the collector's passes over all of them (0.4 s
    after a 2,000-case run, 0.75 s after pytest's own 10,000 trivial tests).
    Python never promises to finalize objects still alive at exit, and nothing
    is frozen before then, so a process that goes on after ``pytest.main`` (an
    IDE, pytester) collects normally. Runs shorter than ``EVERY`` items are
    not touched (beyond no collection while suites are parsed);
    ``llmsafety_gc_freeze = false`` turns all of it off.
    """

    EVERY = 500
    #: The exit hook is registered once per process, however many sessions run.
    _exit_hook = False

    def __init__(self) -> None:
        self._finished = 0
        self._frozen = False

    @pytest.hookimpl(wrapper=True)
    def pytest_collection(self, session: pytest.Session) -> Generator[None, object, object]:
        """No cycle collection while suites are parsed, and a freeze after.

        Collecting builds every item, case and YAML node at once, and the
        collector rescanned the growing heap over and over meanwhile (about
        0.25 s of 10,000 cases' collection). The few garbage cycles made
        meanwhile (about 200 objects for 2,000 cases) are frozen with the rest.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            return (yield)
        finally:
            if enabled:
                gc.enable()
            if len(session.items) >= self.EVERY:
                # Frozen as it is: a collection here rescanned the whole heap
                # (45 ms after 2,000 cases) to free a few hundred objects.
                self._freeze(collect=False)

    def pytest_runtest_logfinish(self) -> None:
        self._finished += 1
        if self._finished % self.EVERY == 0:
            self._freeze()

    def _freeze(self, collect: bool = True) -> None:
        if collect:
            gc.collect()
        gc.freeze()
        self._frozen = True

    def thaw(self) -> None:
        """After pytest's last collections: let later code collect normally."""
        if self._frozen:
            self._frozen = False
            gc.unfreeze()  # let later code (a pytester session, say) collect normally
            if not HeapFreezer._exit_hook:
                HeapFreezer._exit_hook = True
                atexit.register(gc.freeze)


class XdistController:
    """On the xdist controller: one shared directory per run, handed to every worker."""

    def __init__(self, config: pytest.Config, state: LLMSafetyState) -> None:
        self.config = config
        self.cache_dir = state.scale.cache_dir
        self.shared_dir: Path | None = None
        if _has_limits(state):
            self.shared_dir = Path(tempfile.mkdtemp(prefix="llmsafety-run-"))

    def pytest_configure_node(self, node: Any) -> None:
        node.workerinput[_DIST] = str(getattr(self.config.option, "dist", "load"))
        if self.cache_dir is not None:
            node.workerinput[_CACHE_DIR] = str(self.cache_dir)
        if self.shared_dir is not None:
            node.workerinput[_SHARED_DIR] = str(self.shared_dir)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        if self.shared_dir is not None:
            shutil.rmtree(self.shared_dir, ignore_errors=True)
            self.shared_dir = None
