"""Suite files become pytest items: one per case × target × variant.

Items are ``pytest.Function`` subclasses built with ``callobj=`` so fixtures,
``-k``, ``-m``, ``--lf`` and syrupy work through public API (see
shared notes: bare ``pytest.Item``s need private fixture internals).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

from .expectations import Failure, SafetyFailure
from .state import BASELINE_KEY, RECORD_KEY, get_state
from .suite import Case, SuiteError, load_suite
from .transforms import apply_transform

if TYPE_CHECKING:
    from .runner import CaseRun

CASE_KEY = pytest.StashKey["Case"]()
TARGET_KEY = pytest.StashKey["str | None"]()

#: Marker names that mean something to pytest itself: a suite tag or category
#: with one of these names would skip, xfail or parametrize cases by accident.
RESERVED_MARKERS = frozenset(
    {
        "skip",
        "skipif",
        "xfail",
        "parametrize",
        "usefixtures",
        "filterwarnings",
        "llmsafety",
        "tryfirst",
        "trylast",
    }
)


#: Why a case is skipped when no target is chosen.
NO_TARGET = "no --llm-target given (try --llm-target=demo, the built-in offline model)"


def _skip_at_case(reason: str) -> NoReturn:
    """Skip, reported at the case's line (as a skip raised by a fixture is).

    A skip *mark* would be folded per file with no line, and a plain
    ``pytest.skip`` would name this module's line.
    """
    try:
        exc = pytest.skip.Exception(reason, _use_item_location=True)
    except TypeError:  # a pytest without the keyword (none we support today)
        exc = pytest.skip.Exception(reason)
    raise exc


def item_name(case: Case, target: str | None, show_target: bool) -> str:
    """``id[target-variant...]``; parts are omitted when they say nothing."""
    parts = [target] if (show_target and target) else []
    parts.extend(case.variant.values())
    return f"{case.id}[{'-'.join(parts)}]" if parts else case.id


def _case_body() -> None:
    """Where a case's checks run, as far as tracebacks and fixtures are concerned.

    :meth:`CaseItem.runtest` runs them directly: the case asks for no fixture,
    so only autouse fixtures (the user's conftest) are set up around it.
    """


def baseline_failures(result: Any, mode: str | None) -> list[Failure]:
    """A regression fails the case; so does a missing baseline in strict mode.

    Under ``--snapshot-update`` the baseline was just re-recorded, so neither applies.
    """
    from .baseline import describe

    if result.recorded:
        return []
    if result.status == "regressed":
        return [Failure("answer", describe(result.comparison, result.name), "baseline")]
    if result.status == "new" and mode == "strict":
        return [
            Failure(
                "answer",
                f"no baseline for {result.name} (--llm-baseline=strict); "
                "record one with --snapshot-update",
                "baseline",
            )
        ]
    return []


class CaseItem(pytest.Function):
    """One case against one target (and one variant)."""

    @property
    def case(self) -> Case:
        return self.stash[CASE_KEY]

    @property
    def target(self) -> str | None:
        return self.stash[TARGET_KEY]

    def reportinfo(self) -> tuple[Any, int, str]:
        case = self.case
        return self.path, case.line - 1, f"{case.suite}::{self.name}"

    #: The scored run, from setup until the checks have run (then freed).
    _run: CaseRun | None = None

    def setup(self) -> None:
        """Autouse fixtures, then this case's run: an endpoint, scorer, truncation
        or baseline problem fails here, in setup, so pytest reports an *error*:
        never a pass, never a safety failure.

        The run is usually in flight already (prefetched). No fixture carries it:
        pytest's fixture machinery costs more per item than everything else the
        plugin does with a cached reply (issue 7).
        """
        super().setup()
        option = self.config.option
        if option.setuponly or option.setupplan:
            return  # a fixture listing: no model call
        self._run = self._obtain_run()

    def runtest(self) -> None:
        """The safety checks: thresholds on trace and answer, then the baseline."""
        __tracebackhide__ = True
        run, self._run = self._run, None
        if run is None:
            raise RuntimeError(f"{self.nodeid}: the case has no run (setup did not finish)")
        self.check_expectations(run)

    def teardown(self) -> None:
        self._run = None
        super().teardown()

    def _obtain_run(self) -> CaseRun:
        from .expectations import redaction_problem, truncation_problem
        from .results import sample_records
        from .runner import CaseError

        if self.target is None:
            _skip_at_case(NO_TARGET)
        state = get_state(self.config)
        record = self.stash[RECORD_KEY]
        try:
            run = state.runner.result(self.nodeid, self.target, self.case)
        except CaseError as exc:
            record["error"] = str(exc)
            record["error_cause"] = exc.cause
            run = None
        if run is None:  # fail outside the except block: no chained traceback
            pytest.fail(record["error"], pytrace=False)
        record["samples"] = sample_records(run)
        record["seconds"] = round(run.seconds, 3)
        problem = truncation_problem(self.case.expect, run)
        if problem is not None:
            record["error"] = problem
            record["error_cause"] = "truncated"
            pytest.fail(f"target {self.target!r}: {problem}", pytrace=False)
        # Issue 6: a trace the provider redacted cannot pass a reasoning expectation.
        problem = redaction_problem(self.case.expect, run)
        if problem is not None:
            record["error"] = problem
            record["error_cause"] = "redacted trace"
            pytest.fail(f"target {self.target!r}: {problem}", pytrace=False)
        if state.baselines is not None:
            self._check_baseline(state, run, record)
        return run

    def _check_baseline(self, state: Any, run: CaseRun, record: dict[str, Any]) -> None:
        """Compare with the snapshot baseline in setup, before any threshold is checked.

        A corrupt or foreign baseline is an *error* of the item (bad input), so
        this runs in setup; a regression is a failure raised with the threshold
        failures in the test body.
        """
        from .baseline import (
            BaselineError,
            Policy,
            assert_baseline,
            snapshot_name,
            verdict_snapshot,
        )

        case = self.case
        target = self.target
        assert target is not None
        assert state.baselines is not None
        settings = state.settings.baseline
        suite = case.baseline
        answer = case.expect.answer
        option = self.config.option
        writing = bool(
            getattr(option, "update_snapshots", False)
            or getattr(option, "update_new_snapshots_only", False)
        )
        policy = Policy(
            target=target,
            direction="comply" if answer is not None and answer.refusal == "comply" else "refuse",
            harm_tolerance=(
                suite.harm_tolerance
                if suite is not None and suite.harm_tolerance is not None
                else settings.harm_tolerance
            ),
            rate_tolerance=(
                suite.rate_tolerance
                if suite is not None and suite.rate_tolerance is not None
                else settings.rate_tolerance
            ),
            update=bool(getattr(option, "update_snapshots", False)),
        )
        name = snapshot_name(target, case.id, case.variant)
        try:
            result = assert_baseline(
                self._snapshot,
                policy,
                name,
                lambda: verdict_snapshot(run, target, case.variant, policy.direction),
                state.baselines,
                state.baselines.location_of(self),
                writing=writing,
            )
        except BaselineError as exc:
            record["error"] = str(exc)
            record["error_cause"] = "baseline"
            message = str(exc)
        else:
            message = ""
            state.baselines.used.add((result.location, name))
            record["baseline"] = result.to_json()
            self.stash[BASELINE_KEY] = result
        if message:
            pytest.fail(message, pytrace=False)

    def _snapshot(self) -> Any:
        """syrupy's ``snapshot`` fixture value for this item."""
        return self._request.getfixturevalue("snapshot")

    def check_expectations(self, run: Any) -> None:
        __tracebackhide__ = True
        from .expectations import evaluate

        state = get_state(self.config)
        failures = evaluate(self.case.expect, run)
        baseline = self.stash.get(BASELINE_KEY, None)
        if baseline is not None:
            failures.extend(baseline_failures(baseline, state.baseline_mode))
        state.record_failures(self, failures)
        if failures:
            raise SafetyFailure(failures)

    def repr_failure(  # type: ignore[override]  # Function narrows Node's signature
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> Any:
        """A safety failure is a verdict, not a crash: print it, no traceback."""
        if isinstance(excinfo.value, SafetyFailure) and not self.config.getoption("fulltrace"):
            return "\n".join(f.message for f in excinfo.value.failures)
        return super().repr_failure(excinfo)


class SuiteFile(pytest.File):
    """A YAML suite. Problems in it are collection errors naming file and line."""

    def collect(self) -> Iterator[pytest.Item]:
        state = get_state(self.config)
        try:
            suite = load_suite(self.path, known_transforms=tuple(state.transforms))
        except SuiteError as exc:
            # `from None` + CollectError: pytest prints just "file:line: message".
            raise self.CollectError(str(_relative(exc, self.config))) from None
        from .results import report_path

        state.suite_gates[report_path(self.path, self.config.rootpath)] = (
            suite.model.gate,
            suite.name,
        )
        judge = suite.model.judge
        if judge is not None and state.check_judge is not None:
            from .config import ConfigError

            try:
                state.check_judge(judge)
            except ConfigError as exc:
                text = self.path.read_text(encoding="utf-8", errors="replace")
                found = re.search(r"^judge\s*:", text, re.MULTILINE)
                line = text.count("\n", 0, found.start()) + 1 if found else 1
                where = _relative(SuiteError(self.path, line, ""), self.config)
                raise self.CollectError(f"{where.path}:{line}: judge: {exc}") from None
        self._fixtureinfo: Any = None
        self._marks: dict[str, pytest.MarkDecorator] = {}
        targets: list[str | None] = list(state.target_names) or [None]
        show_target = len(targets) > 1
        self._register_markers(suite.cases)
        for case in suite.cases:
            attack = case.variant.get("attack")
            if attack is not None and attack != "none":
                case = dataclasses.replace(
                    case, messages=apply_transform(case.messages, state.transforms[attack])
                )
            for target in targets:
                yield self._item(case, target, show_target)

    def _register_markers(self, cases: tuple[Case, ...]) -> None:
        """Register tags and categories so ``--strict-markers`` accepts them."""
        names: set[str] = set()
        for case in cases:
            names.update(case.tags)
            if case.category:
                names.add(case.category)
        bad = sorted(names & RESERVED_MARKERS)
        if bad:
            raise self.CollectError(
                f"{self.path}: tag or category {bad[0]!r} is a pytest marker name; choose another"
            )
        for name in sorted(names):
            get_state(self.config).register_marker(name)

    def _mark(self, name: str) -> pytest.MarkDecorator:
        # One decorator per name and file: pytest.mark.<name> re-reads the
        # registered markers on every access.
        decorator = self._marks.get(name)
        if decorator is None:
            decorator = self._marks[name] = getattr(pytest.mark, name)
        return decorator

    def _item(self, case: Case, target: str | None, show_target: bool) -> CaseItem:
        item = CaseItem.from_parent(
            self,
            name=item_name(case, target, show_target),
            callobj=_case_body,
            # No `originalname`: pytest >= 9.2 would then build the node id from
            # it and drop the bracket, giving every variant the same id.
            # Every item of a file has the same test function and the same visible
            # fixtures, so the closure is computed once (as parametrize does);
            # marks are added afterwards and never include `usefixtures`.
            fixtureinfo=self._fixtureinfo,
        )
        if self._fixtureinfo is None:
            self._fixtureinfo = getattr(item, "_fixtureinfo", None)
        item.stash[CASE_KEY] = case
        item.stash[TARGET_KEY] = target
        mark = self._mark("llmsafety")(
            suite=case.suite,
            case=case.id,
            category=case.category,
            type=case.prompt_type,
            target=target,
            **{k: v for k, v in case.variant.items() if k not in {"suite", "case", "target"}},
        )
        item.add_marker(mark)
        for tag in case.tags:
            item.add_marker(self._mark(tag))
        if case.category:
            item.add_marker(self._mark(case.category))
        keywords = [case.suite, *case.variant.values()]
        if target:
            keywords.append(target)
        if case.prompt_type:
            keywords.append(case.prompt_type)
        item.extra_keyword_matches.update(keywords)
        return item


def _relative(exc: SuiteError, config: pytest.Config) -> SuiteError:
    try:
        path = exc.path.resolve().relative_to(config.rootpath)
    except ValueError:
        return exc
    return SuiteError(path, exc.line, exc.message)
