"""pytest hooks and options: wiring only; the work lives in the modules they call.

Importing this module is cheap (stdlib and pytest): every pytest run in an
environment with the plugin installed imports it, suites or not.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .state import RECORD_KEY, STATE_KEY, LLMSafetyState, get_state

if TYPE_CHECKING:
    from .config import LLMSafetyConfig
    from .prefetch import Prefetcher

_SNIFF_BYTES = 1 << 20
_PREFETCH_KEY: pytest.StashKey[Prefetcher] = pytest.StashKey()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("llmsafety", "model safety suites (pytest-llmsafety)")
    group.addoption(
        "--llm-target",
        action="append",
        default=[],
        metavar="NAME",
        help="Run suites against this target (repeatable). Built in: demo. "
        "Without it, suites are collected and skipped.",
    )
    group.addoption(
        "--llm-config",
        metavar="FILE",
        help="TOML file with a [tool.llmsafety] table (default: pyproject.toml in rootdir).",
    )
    group.addoption(
        "--llm-judge", metavar="NAME", help="Scorer for answers and traces (default: heuristic)."
    )
    group.addoption("--llm-report", metavar="PATH.json", help="Write a JSON report of every case.")
    # Issue 8: reports and the reference comparison.
    group.addoption(
        "--llm-markdown", metavar="PATH.md", help="Write a Markdown summary (gates, rates, flips)."
    )
    group.addoption(
        "--llm-html",
        metavar="PATH.html",
        help="Write one self-contained HTML report (gates, charts, a browsable case table).",
    )
    group.addoption(
        "--llm-reference",
        metavar="NAME",
        help="Also run every case against this target (e.g. the base model) and compare: "
        "flips are listed and [tool.llmsafety.gates.reference] gates the difference.",
    )
    group.addoption(
        "--llm-baseline",
        choices=("on", "strict", "off"),
        default=None,
        help="Compare verdicts with syrupy snapshot baselines: on (default: a case with no "
        "baseline is reported as new), strict (no baseline fails the case) or off.",
    )
    parser.addini(
        "llmsafety_suite_files",
        "Glob patterns of YAML files that may hold suites (files are also sniffed for `suite:`).",
        type="args",
        default=["*.yaml", "*.yml"],
    )
    parser.addini("llmsafety_config", "Default for --llm-config.", default="")
    parser.addini("llmsafety_judge", "Default for --llm-judge.", default="")
    parser.addini("llmsafety_report", "Default for --llm-report.", default="")
    parser.addini("llmsafety_markdown", "Default for --llm-markdown.", default="")
    parser.addini("llmsafety_html", "Default for --llm-html.", default="")
    parser.addini(
        "llmsafety_step_summary",
        "Append the Markdown summary to $GITHUB_STEP_SUMMARY when it is set (default true).",
        type="bool",
        default=True,
    )
    parser.addini("llmsafety_baseline", "Default for --llm-baseline (on).", default="")
    # Issue 7: response cache and sharding (the work lives in scale.py, cache.py, shard.py).
    from .scale import add_options

    add_options(parser, group)


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from . import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


# -- default hook implementations (trylast: user plugins override by name) ----


# Factories import their modules on first use: a run that never sends a request
# (collection only, no --llm-target) never imports httpx or the scorers.


def _openai_provider(target: str, config: Any, api_key: str | None) -> Any:
    from .providers.openai import OpenAIProvider

    return OpenAIProvider(target, config, api_key)


def _demo_provider(target: str, config: Any, api_key: str | None) -> Any:
    from .providers.demo import DemoProvider

    return DemoProvider(target, config, api_key)


def _anthropic_provider(target: str, config: Any, api_key: str | None) -> Any:
    from .providers.anthropic import AnthropicProvider

    return AnthropicProvider(target, config, api_key)


def _ollama_provider(target: str, config: Any, api_key: str | None) -> Any:
    from .providers.ollama import OllamaProvider

    return OllamaProvider(target, config, api_key)


def _openai_responses_provider(target: str, config: Any, api_key: str | None) -> Any:
    from .providers.openai_responses import OpenAIResponsesProvider

    return OpenAIResponsesProvider(target, config, api_key)


def _heuristic_scorer() -> Any:
    from .scoring.heuristic import HeuristicScorer

    return HeuristicScorer()


#: The modules each built-in provider imports, by provider name: the runner
#: imports those of the run's targets before its loop starts (runner._import_for_loop).
PROVIDER_MODULES: dict[str, tuple[str, ...]] = {
    "openai": ("pytest_llmsafety.providers.openai",),
    "anthropic": ("pytest_llmsafety.providers.anthropic",),
    "ollama": ("pytest_llmsafety.providers.ollama",),
    "openai-responses": ("pytest_llmsafety.providers.openai_responses",),
    "demo": ("pytest_llmsafety.providers.demo", "pytest_llmsafety.providers.demo_model"),
}


@pytest.hookimpl(trylast=True)
def pytest_llmsafety_providers() -> dict[str, Any]:
    return {
        "openai": _openai_provider,
        "anthropic": _anthropic_provider,
        "ollama": _ollama_provider,
        "openai-responses": _openai_responses_provider,
        "demo": _demo_provider,
    }


@pytest.hookimpl(trylast=True)
def pytest_llmsafety_scorers() -> dict[str, Any]:
    return {"heuristic": _heuristic_scorer}


@pytest.hookimpl(trylast=True)
def pytest_llmsafety_transforms() -> dict[str, Any]:
    from .transforms import BUILTIN_TRANSFORMS

    return dict(BUILTIN_TRANSFORMS)


def _merged(results: list[Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    # pluggy calls trylast impls last; reverse so plugins and conftests win.
    for result in reversed(results):
        merged.update(result or {})
    return merged


# -- configuration -------------------------------------------------------------


def _option(config: pytest.Config, option: str, ini: str) -> str | None:
    value = config.getoption(option)
    if value:
        return str(value)
    ini_value = config.getini(ini)
    return str(ini_value) if ini_value else None


def _build_state(config: pytest.Config) -> LLMSafetyState:
    from .config import ConfigError, find_config_file, load_config, resolve_api_key, select_targets

    hook = config.hook
    providers = _merged(hook.pytest_llmsafety_providers())
    scorers = _merged(hook.pytest_llmsafety_scorers())
    transforms = _merged(hook.pytest_llmsafety_transforms())
    try:
        path, explicit = find_config_file(
            config.rootpath, _option(config, "llm_config", "llmsafety_config")
        )
        settings = load_config(path, explicit)
        names = list(config.getoption("llm_target"))
        reference = _reference_target(config, settings, names)
        targets = select_targets(
            settings, names + ([reference] if reference else []), set(providers)
        )
        api_keys = {name: resolve_api_key(name, t) for name, t in targets.items()}
        # Issue 5: the judge is a registered scorer or an LLM judge configured under
        # [tool.llmsafety.judges.NAME]; a suite's `judge:` picks another one per case.
        from .scoring.registry import JudgeResolver, ScorerRouter

        judge = _option(config, "llm_judge", "llmsafety_judge") or settings.judge
        resolver = JudgeResolver(
            scorers,
            settings.judges,
            providers,
            base_dir=path.parent if path is not None else config.rootpath,
        )
        resolver.check(judge)  # unknown judge, missing key, bad template: usage errors now
    except ConfigError as exc:
        raise pytest.UsageError(f"pytest-llmsafety: {exc}") from None

    # The judges the collected suites name (``judge:``), built with the default one.
    suite_judges: dict[str, None] = {}

    def check_judge(name: str) -> None:
        resolver.check(name)
        suite_judges[name] = None

    def scorer_factory() -> Any:
        router = ScorerRouter(judge, resolver.build)
        router.prepare(suite_judges)
        return router

    return LLMSafetyState(
        config=config,
        settings=settings,
        config_path=None if path is None else str(path),
        targets=targets,
        api_keys=api_keys,
        providers=providers,
        scorer_factory=scorer_factory,
        scorer_name=judge,
        transforms=transforms,
        reference=reference,
        check_judge=check_judge,
    )


def _reference_target(
    config: pytest.Config, settings: LLMSafetyConfig, names: list[str]
) -> str | None:
    """``--llm-reference NAME``: a known target that is not also a ``--llm-target``."""
    import difflib

    from .config import ConfigError

    reference: str | None = config.getoption("llm_reference")
    if not reference:
        return None
    available = settings.all_targets()
    if reference not in available:
        hint = difflib.get_close_matches(reference, list(available), n=1)
        suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
        raise ConfigError(
            f"--llm-reference: unknown target {reference!r}{suggestion} "
            f"(known targets: {', '.join(sorted(available))})"
        )
    if reference in names:
        raise ConfigError(
            f"--llm-reference: {reference!r} is also given as --llm-target; "
            "name the reference once, with --llm-reference only"
        )
    if not names:
        raise ConfigError(
            f"--llm-reference {reference}: give the target(s) to compare with it "
            "with --llm-target NAME"
        )
    return reference


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "llmsafety(suite, case, category, type, target, ...): set on every suite case; "
        "select with -m \"llmsafety(category='benign')\"",
    )
    state = _build_state(config)
    mode = _option(config, "llm_baseline", "llmsafety_baseline") or "on"
    if mode not in ("on", "strict", "off"):
        raise pytest.UsageError(
            f"pytest-llmsafety: llmsafety_baseline: {mode!r} is not on|strict|off"
        )
    if config.pluginmanager.hasplugin("syrupy") and mode != "off":
        from .baseline import BaselineSession, add_ignored_extension

        state.baseline_mode = mode
        state.baselines = BaselineSession(targets=frozenset(state.targets))
        add_ignored_extension(config.option)
    config.stash[STATE_KEY] = state
    from .scale import configure as configure_scale

    configure_scale(config, state)  # issue 7: cache, shards, xdist sharing
    if not hasattr(config, "workerinput"):
        from .results import ResultsCollector

        report = _option(config, "llm_report", "llmsafety_report")
        collector = ResultsCollector(
            config,
            report,
            state.settings.harm_threshold,
            markdown_path=_option(config, "llm_markdown", "llmsafety_markdown"),
            html_path=_option(config, "llm_html", "llmsafety_html"),
            reference=state.reference,
            step_summary=bool(config.getini("llmsafety_step_summary")),
        )
        config.pluginmanager.register(collector, "llmsafety-results")


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is not None:
        state.close()


# -- collection ----------------------------------------------------------------


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    patterns = parent.config.getini("llmsafety_suite_files")
    if not any(fnmatch.fnmatch(file_path.name, p) for p in patterns):
        return None
    from .suite import looks_like_suite

    try:
        with file_path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return None
    if not looks_like_suite(head):
        return None
    from .collect import SuiteFile

    suite_file: pytest.Collector = SuiteFile.from_parent(parent, path=file_path)
    return suite_file


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Before -k/-m deselect anything: a deselected case's baseline is not unused.
    state = config.stash.get(STATE_KEY, None)
    if state is not None and state.baselines is not None:
        from .baseline import collected_names

        state.baselines.collected = collected_names(items)


def pytest_collection_finish(session: pytest.Session) -> None:
    from .prefetch import Prefetcher, prefetch_mode

    state = get_state(session.config)
    if not state.targets:
        return
    scale = state.scale
    mode = prefetch_mode(scale.dist, hasattr(session.config, "workerinput"))
    runner_share = sum(-(-t.concurrency // max(1, scale.workers)) for t in state.targets.values())
    prefetcher = Prefetcher.for_session(session, mode, scale.dist, window=2 * runner_share)
    session.config.stash[_PREFETCH_KEY] = prefetcher
    option = session.config.option
    if not (option.collectonly or option.setupplan or option.setuponly):
        prefetcher.start(state.runner)


# -- running -------------------------------------------------------------------


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Put this item's and the upcoming items' requests in flight before they run.

    What "upcoming" means depends on what this process knows of its own run
    order (one process, an xdist scope, or only ``nextitem``): see prefetch.py.
    """
    prefetcher = item.config.stash.get(_PREFETCH_KEY, None)
    if prefetcher is None or item.session.shouldfail or item.session.shouldstop:
        return
    prefetcher.advance(
        get_state(item.config).runner,
        item.nodeid,
        None if nextitem is None else nextitem.nodeid,
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtestloop(session: pytest.Session) -> Generator[None, object, object]:
    """When the run loop ends (done, ``-x``, ``--maxfail``, Ctrl-C), cancel what was prefetched.

    Queued cases are never sent and requests on the wire are aborted, so a
    stopped run leaves no request behind and exits at once.
    """
    try:
        return (yield)
    finally:
        state = session.config.stash.get(STATE_KEY, None)
        if state is not None:
            state.cancel_pending()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    from .collect import CaseItem
    from .results import base_record

    if isinstance(item, CaseItem):
        # Created before any fixture runs, so no outcome can lose the case.
        item.stash[RECORD_KEY] = base_record(
            item.nodeid, item.case, item.target, item.config.rootpath
        )
        reference = get_state(item.config).reference
        if reference is not None and item.target == reference:
            item.stash[RECORD_KEY]["reference"] = True


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    record = item.stash.get(RECORD_KEY, None)
    if record is not None and (call.when == "call" or not report.passed):
        # A report attribute travels to the xdist controller; the stash does not.
        report.llmsafety = record  # type: ignore[attr-defined]
        if call.when != "teardown":
            # Issue 8: verdicts as JUnit <property> elements (junitxml reads them
            # from the teardown report, which copies item.user_properties).
            from .report.junit import add_verdict_properties

            add_verdict_properties(item, record, report)
    return report
