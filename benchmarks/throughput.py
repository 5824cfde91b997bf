"""Wall time, CPU per case and peak memory of a real run against a bare async client.

    python benchmarks/throughput.py [--cases 2000 10000] [--concurrency 64]
                                    [--latency 0.2] [--repeat 1] [--replay]
                                    [--pytest-args="--llm-baseline=off"]

Starts ``benchmarks/stub.py`` (a fixed-latency OpenAI-compatible endpoint in
its own process, so it never competes with the client for the GIL), writes a
generated suite of N cases, then, side by side against the same endpoint:

* **bare**: ``httpx.AsyncClient`` + ``asyncio.Semaphore(concurrency)`` sending
  the same N requests and parsing the JSON (one client whose pool holds
  ``concurrency`` connections: what a hand-written script does);
* **bare (tuned)**: the same with the two fixes the plugin applies (pools of
  16 connections, no per-request ``sniffio`` import lookups), i.e. the best a
  bare client does here;
* **pytest**: ``pytest --llm-target=bench`` on the suite (collection, the
  heuristic scorer on trace and answer, records, the JSON report).

Each runs in a child process measured with ``os.wait4`` (wall time, user+system
CPU, peak RSS). ``--replay`` then runs the suite once more with
``--llm-cache=use`` (filling the cache) and twice with ``--llm-cache=replay``,
and reports replay speed; the endpoint's request counter shows replay sent
nothing. For scale it also times pytest alone on N parametrized tests that do
nothing (``assert n >= 0``): no replay can beat that. Prints figures; asserts
nothing. Targets (issue 7): wall time of the plugin at least 0.90 of the
bare client at N=2,000, concurrency 64, 0.2 s; at most 3 ms of CPU per case;
peak RSS at most 150 MB at 2,000 cases and 250 MB at 10,000; replay at least
2,000 cases/s.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchmarks share one suite generator

from collect import write_parametrized, write_suites  # noqa: E402

BARE = textwrap.dedent(
    """
    import asyncio, sys
    if {tuned}:
        # What the plugin does (runner.py): a missing sniffio fails fast.
        import importlib.util
        if importlib.util.find_spec("sniffio") is None:
            sys.modules["sniffio"] = None
    import httpx

    URL, N, C = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    POOL = 16 if {tuned} else C

    async def main():
        sem = asyncio.Semaphore(C)
        count = max(1, -(-C // POOL))
        limits = httpx.Limits(max_connections=POOL, max_keepalive_connections=POOL)
        clients = [httpx.AsyncClient(limits=limits, timeout=60) for _ in range(count)]
        busy = [0] * count

        async def one(i):
            async with sem:
                k = min(range(count), key=busy.__getitem__)
                busy[k] += 1
                try:
                    message = {{"role": "user", "content": f"Benchmark request {{i}}"}}
                    body = {{"model": "bench-model", "temperature": 0.6, "max_tokens": 512,
                            "messages": [message]}}
                    response = await clients[k].post(URL + "/chat/completions", json=body)
                    response.raise_for_status()
                    response.json()
                finally:
                    busy[k] -= 1

        await asyncio.gather(*(one(i) for i in range(N)))
        for client in clients:
            await client.aclose()

    asyncio.run(main())
    """
)


@dataclass
class Measure:
    label: str
    wall: float
    cpu: float
    rss_mb: float
    returncode: int
    output: str = ""
    #: Requests the endpoint received, and first arrival to last reply (seconds).
    requests: int = 0
    request_phase: float = 0.0


def stub_control(url: str, what: str) -> dict[str, float | None]:
    root = url.rsplit("/v1", 1)[0]
    method = "POST" if what == "reset" else "GET"
    request = urllib.request.Request(
        f"{root}/__{what}", method=method, data=b"" if method == "POST" else None
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        stats: dict[str, float | None] = json.loads(response.read())
    return stats


def run_measured(
    label: str, cmd: list[str], cwd: Path, env: dict[str, str], url: str | None = None
) -> Measure:
    if url is not None:
        stub_control(url, "reset")
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    measure = Measure(label, wall, cpu, usage.ru_maxrss / 1024, proc.returncode, output)
    if url is not None:
        stats = stub_control(url, "stats")
        measure.requests = int(stats["count"] or 0)
        if stats["first"] is not None and stats["last"] is not None:
            measure.request_phase = float(stats["last"]) - float(stats["first"]) + LATENCY[0]
    return measure


#: The endpoint's latency (set in main), added to the last arrival for the request phase.
LATENCY = [0.0]


def start_stub(latency: float, workdir: Path) -> tuple[subprocess.Popen[str], str]:
    stub = subprocess.Popen(
        [sys.executable, str(HERE / "stub.py"), "--latency", str(latency), "--max-seconds", "1800"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=workdir,
    )
    assert stub.stdout is not None
    line = stub.stdout.readline().strip()
    if not line.startswith("READY "):
        stub.kill()
        sys.exit(f"the stub did not start: {line!r}")
    return stub, line.split(" ", 1)[1]


def write_project(root: Path, url: str, cases: int, concurrency: int, files: int = 10) -> None:
    (root / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""
            [tool.pytest.ini_options]
            addopts = "-p no:cacheprovider"

            [tool.llmsafety.targets.bench]
            provider = "openai"
            base_url = "{url}"
            model = "bench-model"
            concurrency = {concurrency}
            timeout = 60
            max_retries = 2
            """
        )
    )
    write_suites(root, cases, files, tags=False)


def show(m: Measure, cases: int) -> None:
    phase = f"  requests {m.requests} in {m.request_phase:6.2f} s" if m.requests else ""
    print(
        f"  {m.label:<24} wall {m.wall:6.2f} s  cpu {m.cpu:6.2f} s "
        f"({m.cpu / cases * 1000:5.2f} ms/case)  peak RSS {m.rss_mb:6.1f} MB{phase}"
        + ("" if m.returncode in (0, 1) else f"  [exit {m.returncode}]")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best is shown")
    parser.add_argument("--replay", action="store_true", help="also measure cache replay")
    parser.add_argument("--pytest-args", default="", help="extra pytest arguments")
    parser.add_argument("--skip-bare", action="store_true")
    args = parser.parse_args()
    LATENCY[0] = args.latency
    # Byte-code caches on, as in a normal install: without them every run
    # recompiles (and pytest re-rewrites) the plugin's modules, 0.2-0.4 s that
    # the bare client, importing only compiled site-packages, never pays. A
    # warm-up run per N writes them before anything is measured.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("PYTEST_ADDOPTS", None)
    with tempfile.TemporaryDirectory(prefix="llmsafety-bench-") as tmp:
        stub, url = start_stub(args.latency, Path(tmp))
        try:
            print(
                f"endpoint {url}: {args.latency:g} s latency; concurrency {args.concurrency}; "
                f"best of {args.repeat}; {os.cpu_count()} CPUs"
            )
            for n in args.cases:
                root = Path(tmp) / f"n{n}"
                root.mkdir()
                write_project(root, url, n, args.concurrency)
                ideal = n / args.concurrency * args.latency
                print(f"N = {n} (ideal {ideal:.2f} s of requests at full concurrency)")
                best: dict[str, Measure] = {}

                def keep(m: Measure, best: dict[str, Measure] = best) -> None:
                    if m.label not in best or m.wall < best[m.label].wall:
                        best[m.label] = m

                warm = [sys.executable, "-m", "pytest", "-q", "--co", "--llm-target=bench"]
                subprocess.run(warm, cwd=root, env=env, capture_output=True, check=False)
                for _ in range(args.repeat):
                    if not args.skip_bare:
                        for tuned, label in ((False, "bare httpx"), (True, "bare httpx (tuned)")):
                            script = root / f"bare_{int(tuned)}.py"
                            script.write_text(BARE.format(tuned=tuned))
                            cmd = [sys.executable, str(script), url, str(n), str(args.concurrency)]
                            keep(run_measured(label, cmd, root, env, url))
                    cmd = [
                        sys.executable,
                        "-m",
                        "pytest",
                        "-q",
                        "--llm-target=bench",
                        "--llm-report=report.json",
                        *shlex.split(args.pytest_args),
                    ]
                    keep(run_measured("pytest-llmsafety", cmd, root, env, url))
                ours = best["pytest-llmsafety"]
                for label in ("bare httpx", "bare httpx (tuned)"):
                    if label in best:
                        show(best[label], n)
                show(ours, n)
                for label in ("bare httpx", "bare httpx (tuned)"):
                    if label in best:
                        bare = best[label]
                        phase = (
                            bare.request_phase / ours.request_phase if ours.request_phase else 0.0
                        )
                        print(
                            f"  speed vs {label}: {bare.wall / ours.wall:.2f} end to end "
                            f"(bare wall / plugin wall); {phase:.2f} over the request phase"
                        )
                if ours.returncode not in (0, 1):
                    print(ours.output[-3000:])
                if args.replay:
                    base = [sys.executable, "-m", "pytest", "-q", "--llm-target=bench"]
                    extra = shlex.split(args.pytest_args)
                    fill = run_measured(
                        "fill cache (use)", [*base, "--llm-cache=use", *extra], root, env, url
                    )
                    show(fill, n)
                    collect = run_measured(
                        "collect only", [*base, "--collect-only", *extra], root, env
                    )
                    replays = [
                        run_measured(
                            "replay", [*base, "--llm-cache=replay", *extra], root, env, url
                        )
                        for _ in range(2)
                    ]
                    replay = min(replays, key=lambda m: m.wall)
                    show(replay, n)
                    if replay.returncode not in (0, 1):
                        print(replay.output[-3000:])
                    run_part = max(1e-9, replay.wall - collect.wall)
                    print(
                        f"  replay: {n / replay.wall:8.0f} cases/s end to end; "
                        f"{n / run_part:8.0f} cases/s after start-up and collection "
                        f"({collect.wall:.2f} s)"
                    )
                    # pytest's own ceiling: N parametrized tests that do nothing,
                    # in a directory of their own (no suites, no target).
                    plain = root / "plain"
                    plain.mkdir(exist_ok=True)
                    write_parametrized(plain, n)
                    (plain / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
                    subprocess.run(
                        [sys.executable, "-m", "pytest", "-q", "--co"],
                        cwd=plain,
                        env=env,
                        capture_output=True,
                        check=False,
                    )
                    ceiling = run_measured(
                        "plain pytest", [sys.executable, "-m", "pytest", "-q"], plain, env
                    )
                    show(ceiling, n)
                    print(
                        f"  pytest alone: {n / ceiling.wall:8.0f} tests/s end to end for "
                        f"{n} parametrized tests that do nothing (the ceiling for replay)"
                    )
        finally:
            stub.terminate()
            stub.wait(10)


if __name__ == "__main__":
    main()
