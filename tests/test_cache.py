"""cache.py and ``--llm-cache``: keys, the store, use / replay / miss, resume after kill -9."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import LLMProject, RoutedStub, last_user_prompt, reply
from stub_server import RecordedRequest, StubReply, StubServer, chat_reply

from pytest_llmsafety.cache import (
    CACHE_FILE,
    COMPLETION_NAMESPACE,
    JUDGE_NAMESPACE,
    CacheError,
    ResponseCache,
    digest,
    parse_age,
    request_key,
)
from pytest_llmsafety.cli import main as cli_main
from pytest_llmsafety.config import TargetConfig
from pytest_llmsafety.providers.base import ChatRequest, Completion, Message

SECRET = "sk-test-CACHE-SECRET-0123456789"


def target(**extra: object) -> TargetConfig:
    values: dict[str, object] = {"provider": "openai", "base_url": "http://x/v1", "model": "m"}
    values.update(extra)
    return TargetConfig.model_validate(values)


def chat(prompt: str = "P", sample: int = 0, **params: object) -> ChatRequest:
    return ChatRequest(messages=(Message("user", prompt),), params=params, sample=sample)


# -- keys ------------------------------------------------------------------------------


def test_key_holds_what_changes_the_reply_and_nothing_secret() -> None:
    config = target(
        api_key_env="SOME_KEY",
        headers={"Authorization": "Bearer nope", "X-Api-Key": "nope", "anthropic-beta": "b1"},
    )
    key = request_key(config, chat("P", 2, temperature=0.5, seed=7))
    assert key["provider"] == "openai"
    assert key["base_url"] == "http://x/v1"
    assert key["model"] == "m"
    assert key["params"] == {"temperature": 0.5, "seed": 7}
    assert key["seed"] == 7
    assert key["sample"] == 2
    assert key["messages"] == [["user", "P"]]
    assert key["headers"] == {"anthropic-beta": "b1"}  # credentials never part of a key
    assert "nope" not in json.dumps(key)
    assert "SOME_KEY" not in json.dumps(key)


@pytest.mark.parametrize(
    ("change", "request_change"),
    [
        ({"model": "m2"}, {}),
        ({"base_url": "http://y/v1"}, {}),
        ({"provider": "ollama"}, {}),
        ({"deployment": "d"}, {}),
        ({}, {"prompt": "Q"}),
        ({}, {"sample": 1}),
        ({}, {"temperature": 0.9}),
        ({}, {"seed": 1}),
    ],
)
def test_every_part_of_the_key_matters(
    change: dict[str, object], request_change: dict[str, object]
) -> None:
    base = digest(request_key(target(), chat("P", 0, temperature=0.5)))
    prompt = str(request_change.pop("prompt", "P"))
    sample = int(request_change.pop("sample", 0))  # type: ignore[call-overload]
    params = {"temperature": 0.5, **request_change}
    other = digest(request_key(target(**change), chat(prompt, sample, **params)))
    assert other != base


def test_key_ignores_the_api_key_variable_and_dict_order() -> None:
    a = request_key(target(api_key_env="KEY_A"), chat("P", 0, top_p=1, temperature=0.5))
    b = request_key(target(api_key_env="KEY_B"), chat("P", 0, temperature=0.5, top_p=1))
    assert digest(a) == digest(b)


# -- the store ---------------------------------------------------------------------------


def test_put_get_roundtrip_and_judge_namespace(tmp_path: Path) -> None:
    with ResponseCache(tmp_path) as cache:
        completion = Completion(
            answer="A", reasoning="R", usage={"total_tokens": 3}, trace_state="complete"
        )
        cache.put_completion("t", target(), chat(), completion)
        assert cache.get_completion(target(), chat()) == completion
        assert cache.get_completion(target(), chat("other")) is None
        # The API judges use: any JSON value, under their own namespace.
        cache.put(JUDGE_NAMESPACE, {"judge": "guard", "text": "x"}, {"harm": 0.2}, target="guard")
        assert cache.get(JUDGE_NAMESPACE, {"text": "x", "judge": "guard"}) == {"harm": 0.2}
        assert cache.get(COMPLETION_NAMESPACE, {"judge": "guard", "text": "x"}) is None
        hexkey = "ab" * 32
        cache.put(JUDGE_NAMESPACE, hexkey, [1, 2])
        assert cache.get(JUDGE_NAMESPACE, hexkey) == [1, 2]
        assert (cache.hits, cache.misses) == (3, 2)
    assert (tmp_path / ".gitignore").read_text().strip().endswith("*")


def test_batch_lookup_finds_what_is_stored_in_one_query_per_500(tmp_path: Path) -> None:
    with ResponseCache(tmp_path) as cache:
        requests = [chat(f"P-{i}") for i in range(1203)]
        for i, request in enumerate(requests[:1200]):
            cache.put_completion("t", target(), request, Completion(answer=f"A-{i}"))
        digests = [cache.completion_digest(target(), r) for r in requests]
        queries: list[str] = []
        cache._connection().set_trace_callback(queries.append)
        found = cache.look_up_completions(digests)
        cache._connection().set_trace_callback(None)
        assert len([q for q in queries if q.startswith("SELECT")]) == 3  # 500 + 500 + 203
        assert set(found) == set(digests[:1200])  # the three never stored are absent
        assert cache.completion_from_text(found[digests[7]]) == Completion(answer="A-7")
        # The same reply as a lookup of its own; the batch's use is counted as a hit.
        assert cache.get_completion(target(), requests[7], stored=digests[7]) == Completion(
            answer="A-7"
        )
        assert (cache.hits, cache.misses) == (2, 0)


def test_replay_never_writes_and_needs_a_cache(tmp_path: Path) -> None:
    with pytest.raises(CacheError, match="no cache at"):
        ResponseCache(tmp_path / "none", "replay").get(JUDGE_NAMESPACE, "k")
    with ResponseCache(tmp_path) as cache:
        cache.put(JUDGE_NAMESPACE, "k", 1)
    with ResponseCache(tmp_path, "replay") as replay:
        assert replay.replay
        replay.put(JUDGE_NAMESPACE, "k2", 2)
        assert replay.get(JUDGE_NAMESPACE, "k") == 1
        assert replay.get(JUDGE_NAMESPACE, "k2") is None


WRITER = textwrap.dedent(
    """
    import sys
    from pytest_llmsafety.cache import ResponseCache
    directory, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with ResponseCache(directory) as cache:
        for i in range(count):
            cache.put("completion", f"{name}-{i}", {"i": i, "writer": name}, target=name)
            assert cache.get("completion", f"{name}-{i}") == {"i": i, "writer": name}
    """
)


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    """Four processes (xdist workers) writing the same file at once."""
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [
        subprocess.Popen([sys.executable, str(script), str(tmp_path / "c"), f"w{n}", "150"])
        for n in range(4)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    with ResponseCache(tmp_path / "c") as cache:
        stats = cache.stats()
        assert stats.entries == 600
        assert {t for _, t in stats.groups} == {"w0", "w1", "w2", "w3"}


def test_prune_by_target_age_and_everything(tmp_path: Path) -> None:
    with ResponseCache(tmp_path) as cache:
        for i in range(3):
            cache.put(COMPLETION_NAMESPACE, f"a{i}", i, target="a")
            cache.put(COMPLETION_NAMESPACE, f"b{i}", i, target="b")
        assert cache.prune(target="a") == 3
        assert cache.prune(older_than=3600) == 0
        assert cache.prune(older_than=0, now=time.time() + 1) == 3
        assert cache.stats().entries == 0


def test_parse_age() -> None:
    assert parse_age("90s") == 90
    assert parse_age("15m") == 900
    assert parse_age("2h") == 7200
    assert parse_age("7d") == parse_age("7") == 7 * 86400
    assert parse_age("1w") == 7 * 86400
    with pytest.raises(ValueError, match="not an age"):
        parse_age("soon")


def test_cache_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with ResponseCache(tmp_path) as cache:
        cache.put(COMPLETION_NAMESPACE, "a", 1, target="gpt")
        cache.put(JUDGE_NAMESPACE, "b", 1, target="guard")
    assert cli_main(["cache", "stats", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 entries" in out
    for word in ("completion", "judge", "gpt", "guard"):
        assert word in out
    assert cli_main(["cache", "prune", "--dir", str(tmp_path)]) == 2  # no filter, no --all
    assert "--all" in capsys.readouterr().err
    assert cli_main(["cache", "prune", "--dir", str(tmp_path), "--target", "gpt"]) == 0
    assert "deleted 1 entries" in capsys.readouterr().out
    assert cli_main(["cache", "prune", "--dir", str(tmp_path), "--all"]) == 0
    assert "deleted 1 entries" in capsys.readouterr().out
    assert cli_main(["cache", "stats", "--dir", str(tmp_path / "none")]) == 2


# -- the plugin ----------------------------------------------------------------------------


SUITE = """
suite: cached
defaults: {expect: {answer: refuse}}
cases:
  - {id: a, prompt: P-a}
  - {id: b, prompt: P-b}
  - {id: c, prompt: P-c, samples: 2}
"""


@pytest.fixture
def cached_project(
    llm_project: LLMProject, routed_stub: RoutedStub, monkeypatch: pytest.MonkeyPatch
) -> LLMProject:
    monkeypatch.setenv("LLMSAFETY_CACHE_KEY", SECRET)
    llm_project.configure(
        {"stub": {"base_url": routed_stub.url, "api_key_env": "LLMSAFETY_CACHE_KEY"}}
    )
    llm_project.suite("s.yaml", SUITE)
    for prompt in ("P-a", "P-b", "P-c"):
        routed_stub.route(prompt, reply(f"REFUSE: no ({prompt}).", "thinking"))
    return llm_project


def test_use_answers_a_rerun_from_the_cache(
    cached_project: LLMProject, routed_stub: RoutedStub
) -> None:
    first = cached_project.run("--llm-target", "stub", "--llm-cache=use", "--llm-report=1.json")
    first.assert_outcomes(passed=3)
    assert len(routed_stub.requests) == 4  # c has two samples
    second = cached_project.run("--llm-target", "stub", "--llm-cache=use", "--llm-report=2.json")
    second.assert_outcomes(passed=3)
    assert len(routed_stub.requests) == 4  # nothing asked again
    report = json.loads((cached_project.path / "2.json").read_text())
    samples = [s for case in report["cases"] for s in case["samples"]]
    assert all(s["cached"] and s["attempts"] == 0 for s in samples)
    assert [s["answer"] for s in samples][:1] == ["REFUSE: no (P-a)."]
    first_report = json.loads((cached_project.path / "1.json").read_text())
    assert not any("cached" in s for c in first_report["cases"] for s in c["samples"])


def test_default_is_off(cached_project: LLMProject, routed_stub: RoutedStub) -> None:
    cached_project.run("--llm-target", "stub").assert_outcomes(passed=3)
    cached_project.run("--llm-target", "stub").assert_outcomes(passed=3)
    assert len(routed_stub.requests) == 8
    assert not (cached_project.path / ".llmsafety_cache").exists()


def test_replay_sends_nothing_and_a_miss_is_an_error_naming_the_case(
    cached_project: LLMProject, routed_stub: RoutedStub
) -> None:
    cached_project.run("--llm-target", "stub", "--llm-cache=use", "--deselect", "s.yaml::b")
    asked = len(routed_stub.requests)
    result = cached_project.run("--llm-target", "stub", "--llm-cache=replay", "-v")
    result.assert_outcomes(passed=2, errors=1)
    assert len(routed_stub.requests) == asked  # replay never touched the network
    result.stdout.fnmatch_lines(
        [
            "*s.yaml::b ERROR*",
            "*target 'stub': case cached::b is not in the response cache"
            " (--llm-cache=replay never sends requests)*",
        ]
    )


def test_replay_of_a_changed_request_misses(
    cached_project: LLMProject, routed_stub: RoutedStub
) -> None:
    cached_project.run("--llm-target", "stub", "--llm-cache=use").assert_outcomes(passed=3)
    (cached_project.path / "s.yaml").write_text(
        SUITE.replace("defaults: {", "defaults: {params: {temperature: 0.1}, "), "utf-8"
    )
    result = cached_project.run("--llm-target", "stub", "--llm-cache=replay")
    result.assert_outcomes(errors=3)


def test_replay_without_a_cache_is_a_usage_error(cached_project: LLMProject) -> None:
    result = cached_project.run("--llm-target", "stub", "--llm-cache=replay")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--llm-cache=replay: no cache at *cache.sqlite*"])


def test_cache_dir_option_and_ini(cached_project: LLMProject, routed_stub: RoutedStub) -> None:
    cached_project.run("--llm-target", "stub", "--llm-cache=use", "--llm-cache-dir", "here")
    assert (cached_project.path / "here" / CACHE_FILE).is_file()
    pyproject = cached_project.path / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text()
        + '\n[tool.pytest.ini_options]\nllmsafety_cache = "replay"\n'
        + 'llmsafety_cache_dir = "here"\n'
    )
    asked = len(routed_stub.requests)
    cached_project.run("--llm-target", "stub").assert_outcomes(passed=3)
    assert len(routed_stub.requests) == asked


def test_api_key_is_never_stored(cached_project: LLMProject, routed_stub: RoutedStub) -> None:
    routed_stub.route("P-a", reply(f"REFUSE: your key {SECRET} is wrong", "thinking"))
    cached_project.run("--llm-target", "stub", "--llm-cache=use").assert_outcomes(passed=3)
    assert routed_stub.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    directory = cached_project.path / ".llmsafety_cache"
    files = [p for p in directory.iterdir() if p.is_file()]
    assert any(p.name == CACHE_FILE for p in files)
    for path in files:  # the database and its write-ahead log
        data = path.read_bytes()
        assert SECRET.encode() not in data, path
        assert SECRET[8:24].encode() not in data, path
    with sqlite3.connect(directory / CACHE_FILE) as conn:
        values = [row[0] for row in conn.execute("SELECT value FROM entries")]
    conn.close()
    assert len(values) == 4
    assert any("[REDACTED]" in value for value in values)  # echoed key redacted first


def test_cache_is_shared_by_xdist_workers(
    cached_project: LLMProject, routed_stub: RoutedStub
) -> None:
    for name in ("t", "u"):
        cached_project.suite(f"{name}.yaml", SUITE.replace("cached", name))
    result = cached_project.run(
        "--llm-target", "stub", "--llm-cache=use", "-n", "2", subprocess=True
    )
    result.assert_outcomes(passed=9)
    with ResponseCache(cached_project.path / ".llmsafety_cache") as cache:
        assert cache.stats().entries == 4  # three suites ask the same four requests
    result = cached_project.run(
        "--llm-target", "stub", "--llm-cache=replay", "-n", "2", subprocess=True
    )
    result.assert_outcomes(passed=9)


# -- resume after kill -9 -----------------------------------------------------------------


class SlowStub(StubServer):
    """Every reply takes ``delay`` seconds; records which prompts were asked."""

    def __init__(self, delay: float) -> None:
        super().__init__(handler=self._answer)
        self.delay = delay
        self.asked: list[str] = []

    def _answer(self, request: RecordedRequest) -> StubReply:
        self.asked.append(last_user_prompt(request))
        self._stopping.wait(self.delay)
        return StubReply(body=chat_reply("REFUSE: no."))


def test_resume_after_sigkill_reasks_at_most_what_was_in_flight(llm_project: LLMProject) -> None:
    concurrency = 4
    total = 40
    with SlowStub(0.15) as stub:
        llm_project.configure(
            {"stub": {"base_url": stub.url, "concurrency": concurrency, "timeout": 30}}
        )
        lines = ["suite: resume", "defaults: {expect: {answer: refuse}}", "cases:"]
        lines += [f"  - {{id: c{i:02d}, prompt: P-{i:02d}}}" for i in range(total)]
        llm_project.suite("s.yaml", "\n".join(lines) + "\n")
        args = ["-m", "pytest", "--llm-target", "stub", "--llm-judge", "kw", "--llm-cache=use"]
        proc = subprocess.Popen(
            [sys.executable, *args],
            cwd=llm_project.path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while len(stub.asked) < total // 2 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(stub.asked) >= total // 2, "the first run never got going"
            proc.send_signal(signal.SIGKILL)  # no cleanup, no atexit, nothing
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        first = list(stub.asked)
        with ResponseCache(llm_project.path / ".llmsafety_cache") as cache:
            answered = cache.stats().entries
        assert 0 < answered < total
        stub.asked.clear()
        result = llm_project.run("--llm-target", "stub", "--llm-cache=use", subprocess=True)
        result.assert_outcomes(passed=total)
        second = list(stub.asked)
    # Every reply that arrived before the kill was kept; only the rest is asked again.
    assert len(second) == total - answered
    assert len(set(second)) == len(second)
    assert sorted(set(first) | set(second)) == [f"P-{i:02d}" for i in range(total)]
    # Of what the first run sent, only what was still in flight is asked again.
    assert len(set(first) & set(second)) <= concurrency
