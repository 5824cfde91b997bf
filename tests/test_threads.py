"""The runner's threads never import a module through pytest's assertion rewriter.

pytest rewrites the modules of every plugin distribution (ours, anyio's,
syrupy's) with ``ast.parse``. On CPython 3.11 two threads building AST objects
at once can fail with "SystemError: AST constructor recursion depth mismatch"
(python/cpython#106905, pytest-dev/pytest#10763): a case then errors for no
reason of its own. The pytest thread parses whenever it imports such a module
or formats a traceback, so the loop thread and the demo server's threads must
find everything they need already imported.

Each run is a fresh interpreter (``runpytest_subprocess``) with an audit hook
that records first imports made off the main thread; the check names those
that pytest's rewriter loaded. It does not depend on timing.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import KW_SCORER_CONFTEST, LLMProject, RoutedStub, reply
from stub_server import StubReply, StubServer

AUDIT_CONFTEST = textwrap.dedent(
    """
    import json
    import sys
    import threading

    _OFF_MAIN: list[str] = []


    def _audit(event, args):
        if event == "import" and threading.current_thread() is not threading.main_thread():
            _OFF_MAIN.append(args[0])


    sys.addaudithook(_audit)


    def pytest_unconfigure(config):
        rewritten = sorted(
            {
                name
                for name in _OFF_MAIN
                if type(getattr(sys.modules.get(name), "__loader__", None)).__name__
                == "AssertionRewritingHook"
            }
        )
        with open("off_main_imports.json", "w", encoding="utf-8") as out:
            json.dump({"rewritten": rewritten, "all": sorted(set(_OFF_MAIN))}, out)
    """
)

JUDGE_TOML = """
[tool.llmsafety.judges.guard]
provider = "ollama"
base_url = "{url}"
model = "judge-m"
template = "llama-guard"
max_retries = 0
"""


def off_main_imports(project: LLMProject) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (project.path / "off_main_imports.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture
def guard_server() -> Iterator[StubServer]:
    body = {
        "model": "judge-m",
        "message": {"role": "assistant", "content": "safe"},
        "done": True,
        "done_reason": "stop",
    }
    with StubServer(handler=lambda _request: StubReply(body=body)) as server:
        yield server


def project_with(
    llm_project: LLMProject, routed_stub: RoutedStub, guard_url: str, *, judged: bool
) -> None:
    # The suite's LLM judge speaks to an Ollama server: a provider module the
    # run imports for the judge alone.
    targets: dict[str, str | dict[str, Any]] = {} if judged else {"stub": routed_stub.url}
    llm_project.configure(targets, extra_toml=JUDGE_TOML.format(url=guard_url))
    llm_project.pytester.makeconftest(KW_SCORER_CONFTEST + AUDIT_CONFTEST)
    judge_line = "judge: guard\n" if judged else ""
    llm_project.suite(
        "s.yaml",
        "suite: s\n"
        + judge_line
        + "cases:\n"
        + "".join(
            f"  - {{id: c{i}, prompt: P-{i}, expect: {{answer: refuse}}}}\n" for i in range(6)
        ),
    )
    for i in range(6):
        routed_stub.route(f"P-{i}", reply("I can't help with that.", reasoning="Thinking."))


@pytest.mark.parametrize("judged", [False, True], ids=["heuristic", "llm-judge"])
def test_no_rewritten_import_off_the_main_thread(
    llm_project: LLMProject, routed_stub: RoutedStub, guard_server: StubServer, judged: bool
) -> None:
    project_with(llm_project, routed_stub, guard_server.url, judged=judged)
    targets = (
        ["--llm-target", "demo"] if judged else ["--llm-target", "stub", "--llm-target", "demo"]
    )
    result = llm_project.run(*targets, "-p", "no:cacheprovider", subprocess=True, judge=None)
    outcomes = result.parseoutcomes()
    assert outcomes.get("errors", 0) == 0, result.stdout.str()
    assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == (6 if judged else 12)
    if judged:
        assert guard_server.requests, "the suite's LLM judge was not used"
    imports = off_main_imports(llm_project)
    # The probe works: the loop thread does import (httpcore's pieces, at least).
    assert imports["all"], "the audit hook saw no import off the main thread"
    assert imports["rewritten"] == []


# --------------------------------------------------------------------------- #
# The scorer is built once, on the pytest thread, whoever needs it first
# --------------------------------------------------------------------------- #

COUNTING_SCORER_CONFTEST = textwrap.dedent(
    """
    import threading

    from pytest_llmsafety import OfflineScorer, ScoreRequest, Verdict

    BUILDS = []


    class Counting(OfflineScorer):
        name = "counting@1"

        def score_sync(self, request: ScoreRequest) -> Verdict:
            return Verdict("full_refusal", 0.0, self.name)


    def build():
        BUILDS.append(threading.current_thread().name)
        if {broken!r}:
            raise RuntimeError("the scorer's model file is missing")
        return Counting()


    def pytest_llmsafety_scorers():
        return {{"counting": build}}


    def pytest_unconfigure(config):
        with open("builds.txt", "w", encoding="utf-8") as out:
            out.write(",".join(BUILDS))
    """
)


@pytest.mark.parametrize("broken", [False, True], ids=["builds", "fails"])
def test_scorer_is_built_once_on_the_pytest_thread(
    llm_project: LLMProject, routed_stub: RoutedStub, broken: bool
) -> None:
    # The stub answers at once, so the first reply is there before the pytest
    # thread's warm-up delay (the loop used to build the scorer itself then).
    llm_project.configure({"stub": routed_stub.url})
    llm_project.pytester.makeconftest(COUNTING_SCORER_CONFTEST.format(broken=broken))
    cases = "".join(
        f"  - {{id: c{i}, prompt: P-{i}, expect: {{answer: refuse}}}}\n" for i in range(8)
    )
    llm_project.suite("s.yaml", "suite: s\ncases:\n" + cases)
    for i in range(8):
        routed_stub.route(f"P-{i}", reply("No."))
    result = llm_project.run("--llm-target", "stub", judge="counting")
    assert (llm_project.path / "builds.txt").read_text(encoding="utf-8") == "MainThread"
    if broken:
        # Every case errors with the factory's message; none passes, none fails.
        result.assert_outcomes(errors=8)
        result.stdout.fnmatch_lines(
            [
                "*target 'stub': scorer (could not be built): "
                "RuntimeError: the scorer's model file is missing*"
            ]
        )
    else:
        result.assert_outcomes(passed=8)
