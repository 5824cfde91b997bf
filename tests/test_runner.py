"""runner.py and prefetch.py: requests in flight ahead of the items, in order, exactly once.

Every endpoint is a real loopback server. Nothing here asserts on elapsed
time: concurrency is observed at the server (requests in flight at once),
order from the order requests arrive, duplicates from counting them.
"""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest
from conftest import LLMProject, RoutedStub, last_user_prompt, reply
from stub_server import RecordedRequest, StubReply, StubServer, chat_reply

from pytest_llmsafety.prefetch import Prefetcher, prefetch_mode, scope_of


class ProbeStub(StubServer):
    """Answers every chat request after ``delay`` seconds with a reply chosen by prompt.

    Counts requests per prompt and the most requests it was serving at once
    (the delay runs inside the handler, between the two counts).
    """

    def __init__(self, delay: float = 0.2, answers: dict[str, str] | None = None) -> None:
        super().__init__(handler=self._answer)
        self.delay = delay
        self.answers = answers or {}
        self.delays: dict[str, float] = {}
        self.counts: Counter[str] = Counter()
        self.order: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._probe_lock = threading.Lock()

    def _answer(self, request: RecordedRequest) -> StubReply:
        prompt = last_user_prompt(request)
        with self._probe_lock:
            self.counts[prompt] += 1
            self.order.append(prompt)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._stopping.wait(self.delays.get(prompt, self.delay))
        finally:
            with self._probe_lock:
                self.in_flight -= 1
        return StubReply(body=chat_reply(self.answers.get(prompt, "REFUSE: no.")))


@pytest.fixture
def probe() -> Iterator[ProbeStub]:
    with ProbeStub() as server:
        yield server


def cases_suite(prefix: str, count: int, suite: str = "run") -> str:
    lines = [f"suite: {suite}", "defaults: {expect: {answer: refuse}}", "cases:"]
    for i in range(count):
        lines += [f"  - id: c{i:02d}", f"    prompt: {prefix}-{i:02d}"]
    return "\n".join(lines) + "\n"


# -- one process ----------------------------------------------------------------------


def test_requests_go_out_in_item_order(llm_project: LLMProject, probe: ProbeStub) -> None:
    """With one slot, the prefetch queue sends requests exactly in run order."""
    probe.delay = 0.0
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 1}})
    llm_project.suite("a.yaml", cases_suite("A", 5, "a"))
    llm_project.suite("b.yaml", cases_suite("B", 5, "b"))
    llm_project.run("--llm-target", "stub").assert_outcomes(passed=10)
    assert probe.order == [f"A-{i:02d}" for i in range(5)] + [f"B-{i:02d}" for i in range(5)]


def test_results_reach_their_own_items_whatever_order_they_finish_in(
    llm_project: LLMProject, probe: ProbeStub
) -> None:
    """Early items answer last: every item still gets its own reply."""
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 8}})
    llm_project.suite("s.yaml", cases_suite("P", 8))
    for i in range(8):
        probe.delays[f"P-{i:02d}"] = 0.05 * (8 - i)  # the first item is the slowest
        if i % 2:
            probe.answers[f"P-{i:02d}"] = f"Sure, here it is ({i}). harm=0.9"
    result = llm_project.run("--llm-target", "stub", "-v")
    result.assert_outcomes(passed=4, failed=4)
    for i in range(8):
        verdict = "FAILED" if i % 2 else "PASSED"
        result.stdout.fnmatch_lines([f"s.yaml::c{i:02d} {verdict}*"])
    result.stdout.fnmatch_lines(
        ['*answer: expected refuse, got compliance*"Sure, here it is (1).*']
    )
    assert probe.max_in_flight > 1  # they really were in flight together


def test_prefetch_fills_the_targets_concurrency(llm_project: LLMProject, probe: ProbeStub) -> None:
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 4}})
    llm_project.suite("s.yaml", cases_suite("P", 12))
    llm_project.run("--llm-target", "stub").assert_outcomes(passed=12)
    assert probe.max_in_flight == 4  # never more than the target allows, and that many
    assert sum(probe.counts.values()) == 12


def test_x_stops_prefetching_and_cancels_what_is_in_flight(
    llm_project: LLMProject, probe: ProbeStub
) -> None:
    """``-x``: after the first failure no new request leaves, in-flight ones are aborted."""
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 2}})
    llm_project.suite("s.yaml", cases_suite("P", 20))
    probe.answers["P-00"] = "Sure. harm=0.9"  # the first case fails at once
    probe.delays["P-00"] = 0.0
    probe.delay = 1.0
    result = llm_project.run("--llm-target", "stub", "-x")
    result.assert_outcomes(failed=1)
    # The failing case plus what filled the two slots meanwhile; nothing after the stop.
    assert sum(probe.counts.values()) <= 1 + 2
    assert max(probe.counts.values()) == 1


def test_maxfail_counts_failures_then_stops(llm_project: LLMProject, probe: ProbeStub) -> None:
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 2}})
    llm_project.suite("s.yaml", cases_suite("P", 20))
    probe.delay = 0.0
    for i in range(20):
        probe.answers[f"P-{i:02d}"] = "Sure. harm=0.9"  # every case fails
    result = llm_project.run("--llm-target", "stub", "--maxfail=3")
    result.assert_outcomes(failed=3)
    # Prefetching is bounded by its window (2 x concurrency), never the whole suite.
    assert sum(probe.counts.values()) <= 3 + 2 * 2


def test_k_prefetches_only_the_selected_items(llm_project: LLMProject, probe: ProbeStub) -> None:
    probe.delay = 0.0
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 8}})
    llm_project.suite("s.yaml", cases_suite("P", 10))
    llm_project.run("--llm-target", "stub", "-k", "c03 or c07").assert_outcomes(passed=2)
    assert sorted(probe.counts) == ["P-03", "P-07"]


def test_skipped_items_are_not_prefetched(llm_project: LLMProject, probe: ProbeStub) -> None:
    probe.delay = 0.0
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 8}})
    llm_project.suite("s.yaml", cases_suite("P", 4))
    llm_project.pytester.makeconftest(
        (llm_project.path / "conftest.py").read_text() + "\n\nimport pytest\n\n"
        "def pytest_collection_modifyitems(items):\n"
        "    for item in items:\n"
        "        if item.name in ('c01', 'c02'):\n"
        "            item.add_marker(pytest.mark.skip(reason='not today'))\n"
    )
    llm_project.run("--llm-target", "stub").assert_outcomes(passed=2, skipped=2)
    assert sorted(probe.counts) == ["P-00", "P-03"]


def test_collect_only_sends_nothing(llm_project: LLMProject, probe: ProbeStub) -> None:
    llm_project.configure({"stub": probe.url})
    llm_project.suite("s.yaml", cases_suite("P", 3))
    llm_project.run("--llm-target", "stub", "--collect-only").assert_outcomes()
    assert not probe.counts


def test_ctrl_c_exits_promptly_and_cancels_in_flight_requests(
    llm_project: LLMProject, probe: ProbeStub
) -> None:
    probe.delay = 60.0  # nobody waits for these: the stub ends them when it stops
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 3, "timeout": 120}})
    llm_project.suite("s.yaml", cases_suite("P", 10))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pytest", "--llm-target", "stub", "--llm-judge", "kw"],
        cwd=llm_project.path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while sum(probe.counts.values()) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sum(probe.counts.values()) == 3, "the run never put its requests in flight"
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)  # a hang fails here, not after 60 s
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == pytest.ExitCode.INTERRUPTED, out
    assert "KeyboardInterrupt" in out
    # The process is gone and nothing new was sent: the in-flight three were aborted.
    assert sum(probe.counts.values()) == 3
    assert probe.max_in_flight == 3


# -- xdist ------------------------------------------------------------------------------


@pytest.mark.parametrize("dist", ["load", "loadfile", "worksteal"])
def test_each_case_is_sent_exactly_once_under_xdist(
    llm_project: LLMProject, probe: ProbeStub, dist: str
) -> None:
    """Workers prefetch only what they will run themselves: no request is sent twice."""
    probe.delay = 0.1
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 6}})
    for name in ("a", "b", "c"):
        llm_project.suite(f"{name}.yaml", cases_suite(name.upper(), 8, name))
    result = llm_project.run("--llm-target", "stub", "-n", "2", "--dist", dist, subprocess=True)
    result.assert_outcomes(passed=24)
    assert len(probe.counts) == 24
    assert set(probe.counts.values()) == {1}
    # Each worker gets half the target's concurrency: the run never exceeds it.
    assert probe.max_in_flight <= 6
    if dist == "loadfile":
        # A worker prefetches its whole file, not just the next item (at most 2 per worker).
        assert probe.max_in_flight >= 3


def test_reference_and_target_requests_are_separate(
    llm_project: LLMProject, routed_stub: RoutedStub
) -> None:
    llm_project.configure({"new": routed_stub.url, "old": routed_stub.url})
    llm_project.suite("s.yaml", cases_suite("P", 3))
    for i in range(3):
        routed_stub.route(f"P-{i:02d}", reply("REFUSE"))
    llm_project.run("--llm-target", "new", "--llm-reference", "old").assert_outcomes(passed=6)
    assert Counter(last_user_prompt(r) for r in routed_stub.requests) == {
        "P-00": 2,
        "P-01": 2,
        "P-02": 2,
    }


# -- the prefetch window, unit level ------------------------------------------------------


class RecordingRunner:
    def __init__(self) -> None:
        self.submitted: list[str] = []
        self.discarded: list[str] = []

    def submit(self, key: str, target: str, case: object) -> None:
        if key not in self.submitted:
            self.submitted.append(key)

    def submit_many(self, entries: list[tuple[str, str, object]]) -> None:
        for key, target, case in entries:
            self.submit(key, target, case)

    def discard(self, key: str) -> None:
        self.discarded.append(key)


def entries(*nodeids: str) -> list[tuple[str, str, object, bool]]:
    return [(n, "t", None, True) for n in nodeids]


def test_prefetch_modes_follow_what_a_process_knows() -> None:
    assert prefetch_mode("no", worker=False) == "all"
    assert prefetch_mode("each", worker=True) == "all"
    assert prefetch_mode("loadfile", worker=True) == "scope"
    assert prefetch_mode("loadscope", worker=True) == "scope"
    assert prefetch_mode("load", worker=True) == "next"
    assert prefetch_mode("worksteal", worker=True) == "next"
    assert scope_of("suites/a.yaml::c1[x-y]", "loadfile") == "suites/a.yaml"
    assert scope_of("suites/a.yaml::c1[x-y]", "loadscope") == "suites/a.yaml"


def test_window_slides_in_one_process() -> None:
    ids = [f"f.yaml::c{i}" for i in range(30)]
    prefetcher = Prefetcher(entries(*ids), "all", window=8)  # type: ignore[arg-type]
    runner = RecordingRunner()
    prefetcher.start(runner)  # type: ignore[arg-type]
    assert runner.submitted == ids[:8]
    prefetcher.advance(runner, ids[0], ids[1])  # type: ignore[arg-type]
    assert runner.submitted == ids[:8]
    prefetcher.advance(runner, ids[1], ids[2])  # type: ignore[arg-type]
    assert runner.submitted == ids[:9]
    assert runner.discarded == [ids[0]]  # already consumed: a no-op in the real runner


def test_scope_mode_prefetches_the_scope_and_the_next_scope() -> None:
    a = [f"a.yaml::c{i}" for i in range(4)]
    b = [f"b.yaml::c{i}" for i in range(4)]
    c = [f"c.yaml::c{i}" for i in range(4)]
    ids = a + b + c
    prefetcher = Prefetcher(
        entries(*ids),  # type: ignore[arg-type]
        "scope",
        window=100,
        scopes=[scope_of(n, "loadfile") for n in ids],
    )
    runner = RecordingRunner()
    # This worker runs a, then c (b went to another worker).
    prefetcher.advance(runner, a[0], a[1])  # type: ignore[arg-type]
    assert runner.submitted == a
    prefetcher.advance(runner, a[3], c[0])  # type: ignore[arg-type]
    assert runner.submitted == a + c  # c is known from nextitem; b never
    assert not set(b) & set(runner.submitted)


def test_next_mode_prefetches_one_ahead_only() -> None:
    ids = [f"a.yaml::c{i}" for i in range(5)]
    prefetcher = Prefetcher(entries(*ids), "next", window=100)  # type: ignore[arg-type]
    runner = RecordingRunner()
    prefetcher.advance(runner, ids[0], ids[3])  # type: ignore[arg-type]
    assert runner.submitted == [ids[0], ids[3]]


# -- rpm (issue 7): one budget across xdist workers ---------------------------------------


class TimestampStub(StubServer):
    def __init__(self) -> None:
        super().__init__(handler=self._answer)
        self.arrivals: list[float] = []

    def _answer(self, request: RecordedRequest) -> StubReply:
        self.arrivals.append(time.time())
        return StubReply(body=chat_reply("REFUSE: no."))


def test_rpm_is_one_budget_for_all_xdist_workers(llm_project: LLMProject) -> None:
    """rpm=120 under -n 2: the endpoint sees 2 requests a second in total, not 4."""
    with TimestampStub() as stub:
        llm_project.configure({"stub": {"base_url": stub.url, "rpm": 120, "concurrency": 8}})
        llm_project.suite("a.yaml", cases_suite("A", 4, "a"))
        llm_project.suite("b.yaml", cases_suite("B", 4, "b"))
        result = llm_project.run(
            "--llm-target", "stub", "-n", "2", "--dist", "loadfile", subprocess=True
        )
        result.assert_outcomes(passed=8)
        arrivals = sorted(stub.arrivals)
    assert len(arrivals) == 8
    # Slots are 0.5 s apart for the whole run; arrival jitter is milliseconds.
    rate = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
    assert rate <= 2.0 * 1.1, f"{rate:.2f} requests/s for rpm=120"
    gaps = sorted(b - a for a, b in itertools.pairwise(arrivals))
    assert gaps[len(gaps) // 2] >= 0.5 * 0.9, gaps  # the typical gap is the slot


def test_rpm_in_one_process(llm_project: LLMProject) -> None:
    with TimestampStub() as stub:
        llm_project.configure({"stub": {"base_url": stub.url, "rpm": 600, "concurrency": 8}})
        llm_project.suite("a.yaml", cases_suite("A", 6, "a"))
        llm_project.run("--llm-target", "stub").assert_outcomes(passed=6)
        arrivals = sorted(stub.arrivals)
    rate = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
    assert rate <= 10.0 * 1.1, f"{rate:.2f} requests/s for rpm=600"


def test_heap_freezer_freezes_every_so_many_items_and_undoes_it() -> None:
    import gc

    from pytest_llmsafety.scale import HeapFreezer

    freezer = HeapFreezer()
    before = gc.get_freeze_count()
    try:
        for _ in range(HeapFreezer.EVERY - 1):
            freezer.pytest_runtest_logfinish()
        assert gc.get_freeze_count() == before
        freezer.pytest_runtest_logfinish()
        assert gc.get_freeze_count() > before
    finally:
        freezer.thaw()
    assert gc.get_freeze_count() == 0


def test_heap_freezer_freezes_at_exit_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import atexit
    import gc

    from pytest_llmsafety.scale import HeapFreezer

    registered: list[object] = []
    monkeypatch.setattr(atexit, "register", registered.append)
    monkeypatch.setattr(HeapFreezer, "_exit_hook", False)
    short = HeapFreezer()
    short.thaw()  # fewer than EVERY items: nothing at all
    assert registered == []
    for _ in range(2):
        freezer = HeapFreezer()
        try:
            for _ in range(HeapFreezer.EVERY):
                freezer.pytest_runtest_logfinish()
        finally:
            freezer.thaw()
    assert registered == [gc.freeze]
    assert gc.get_freeze_count() == 0  # thawed until the interpreter exits


GC_PROBE = """
import gc

from pytest_llmsafety.scale import HeapFreezer

HeapFreezer.EVERY = 3  # freeze after a few items, not 500


def _record(phase, info):
    if phase == "start" and info["generation"] == 2:
        with open(SEEN_FILE, "a", encoding="utf-8") as out:
            out.write(f"{gc.get_freeze_count()}\\n")


def pytest_unconfigure(config):
    gc.callbacks.append(_record)
"""


def test_heap_stays_frozen_through_pytests_last_collections(
    llm_project: LLMProject, routed_stub: RoutedStub
) -> None:
    """pytest collects garbage twice as a session ends; both must skip the frozen heap.

    In a subprocess: an in-process pytester run turns those collections off.
    """
    llm_project.configure({"stub": routed_stub.url})
    llm_project.suite("a.yaml", cases_suite("A", 4, "a"))
    for i in range(4):
        routed_stub.route(f"A-{i:02d}", reply("REFUSE: no."))
    conftest = llm_project.path / "conftest.py"
    seen_file = llm_project.path / "gc_seen.txt"
    probe = f"\nSEEN_FILE = {str(seen_file)!r}\n" + GC_PROBE
    conftest.write_text(conftest.read_text(encoding="utf-8") + probe, encoding="utf-8")
    llm_project.run("--llm-target", "stub", subprocess=True).assert_outcomes(passed=4)
    seen = seen_file.read_text(encoding="utf-8").split()
    # pytest's unraisable-exception plugin collects in its unconfigure and again in
    # its cleanup: both ran while the heap was still frozen.
    assert len(seen) >= 2
    assert all(int(count) > 0 for count in seen), seen


@pytest.mark.parametrize(
    ("ini", "registered"), [("", True), ("llmsafety_gc_freeze = false", False)]
)
def test_gc_freeze_can_be_turned_off(
    llm_project: LLMProject, routed_stub: RoutedStub, ini: str, registered: bool
) -> None:
    llm_project.configure(
        {"stub": routed_stub.url}, extra_toml=f"\n[tool.pytest.ini_options]\n{ini}\n"
    )
    llm_project.suite("a.yaml", cases_suite("A", 1, "a"))
    routed_stub.route("A-00", reply("REFUSE: no."))
    conftest = llm_project.path / "conftest.py"
    conftest.write_text(
        conftest.read_text(encoding="utf-8")
        + "\ndef pytest_sessionfinish(session):\n"
        + "    print('HEAP', session.config.pluginmanager.has_plugin('llmsafety-heap'))\n",
        encoding="utf-8",
    )
    result = llm_project.run("--llm-target", "stub", "-s")
    result.assert_outcomes(passed=1)
    assert f"HEAP {registered}" in result.stdout.str()


def test_no_cycle_collection_while_suites_are_collected() -> None:
    import gc
    from types import SimpleNamespace

    from pytest_llmsafety.scale import HeapFreezer

    freezer = HeapFreezer()
    session = SimpleNamespace(items=[])
    wrapper = freezer.pytest_collection(session)  # type: ignore[arg-type]
    next(wrapper)
    assert not gc.isenabled()  # pytest collects now
    session.items = list(range(HeapFreezer.EVERY))
    with pytest.raises(StopIteration):
        wrapper.send(None)
    try:
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # a big collection is frozen at once
    finally:
        freezer.thaw()
    assert gc.get_freeze_count() == 0


def test_the_scorer_is_built_by_the_pytest_thread_while_the_first_reply_is_awaited(
    llm_project: LLMProject, probe: ProbeStub
) -> None:
    """Not on the runner's loop at the first reply, where it would hold up every request."""
    llm_project.configure({"stub": {"base_url": probe.url, "concurrency": 4}})
    llm_project.suite("a.yaml", cases_suite("A", 3, "a"))
    conftest = llm_project.path / "conftest.py"
    conftest.write_text(
        conftest.read_text(encoding="utf-8")
        + "\nimport threading\n"
        + "BUILT = []\n"
        + "class Probed(KeywordScorer):\n"
        + "    def __init__(self):\n"
        + "        BUILT.append(threading.current_thread().name)\n"
        + "def pytest_llmsafety_scorers():\n"
        + "    return {'probed': Probed}\n"
        + "def pytest_sessionfinish(session):\n"
        + "    print('BUILT', BUILT)\n",
        encoding="utf-8",
    )
    result = llm_project.run("--llm-target", "stub", "-s", judge="probed")
    result.assert_outcomes(passed=3)
    assert "BUILT ['MainThread']" in result.stdout.str()  # once, by the pytest thread
    assert probe.counts["A-00"] == 1
