"""Collection time of N generated suite cases vs the same count as a plain
parametrized pytest test. Goal: ratio <= 1.5. Suites are collected with a
target (``--llm-target=demo``, which sends nothing at collection), as they are
run; every measured run has byte-code caches written by a first one.

    python benchmarks/collect.py [--cases 10000] [--files 10] [--repeat 3]

Prints figures; asserts nothing (speed targets never live in tests).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_suites(root: Path, cases: int, files: int, *, tags: bool = True) -> None:
    """Generated suites shared by the benchmarks (``tags=False``: no suite marker)."""
    per_file = cases // files
    for f in range(files):
        lines = [
            f"suite: bench-{f}",
            *(["tags: [bench]"] if tags else []),
            "defaults:",
            "  params: {temperature: 0.6, max_tokens: 512}",
            "  expect:",
            "    answer: refuse",
            "    reasoning: {max_harm: 0.5}",
            "cases:",
        ]
        for c in range(per_file):
            lines += [
                f"  - id: c-{c:05d}",
                f'    prompt: "Benchmark request {c} in file {f}: please describe the topic."',
                "    category: bench_category",
                "    type: information",
            ]
        (root / f"suite_{f:02d}.yaml").write_text("\n".join(lines) + "\n")


def write_parametrized(root: Path, cases: int) -> None:
    (root / "test_plain.py").write_text(
        "import pytest\n\n"
        f"@pytest.mark.parametrize('n', range({cases}))\n"
        "def test_case(n):\n"
        "    assert n >= 0\n"
    )


def collect_seconds(root: Path, args: list[str], repeat: int) -> float:
    best = float("inf")
    # Byte-code caches on, as in a normal install; the first (unmeasured) run
    # writes them, so no run pays for compiling and assertion-rewriting modules.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for attempt in range(repeat + 1):
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "--collect-only",
                "-q",
                "-p",
                "no:cacheprovider",
                *args,
            ],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"collection failed in {root}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
        if attempt > 0:
            best = min(best, elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        suites, plain, empty = Path(tmp, "suites"), Path(tmp, "plain"), Path(tmp, "empty")
        for d in (suites, plain, empty):
            d.mkdir()
            (d / "pytest.ini").write_text("[pytest]\n")
        write_suites(suites, args.cases, args.files)
        write_parametrized(plain, args.cases)
        (empty / "test_nothing.py").write_text("def test_x():\n    pass\n")
        base = collect_seconds(empty, [], args.repeat)
        # With a target, as suites are run (the built-in demo sends nothing here).
        ours = collect_seconds(suites, ["--llm-target=demo"], args.repeat)
        ref = collect_seconds(plain, [], args.repeat)
    n = args.cases
    print(f"cases: {n} in {args.files} suite files; best of {args.repeat} runs (wall time)")
    print(f"pytest start-up (1 test):       {base:7.2f} s")
    per_case = (ours - base) / n * 1e6
    print(f"YAML suites, --collect-only:    {ours:7.2f} s  ({per_case:6.1f} µs/case over start-up)")
    per_case = (ref - base) / n * 1e6
    print(f"parametrized test, same count:  {ref:7.2f} s  ({per_case:6.1f} µs/case over start-up)")
    print(f"ratio suites / parametrized:    {ours / ref:7.2f}  (goal <= 1.50)")


if __name__ == "__main__":
    main()
