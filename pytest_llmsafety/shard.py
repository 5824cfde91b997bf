"""``--llm-shard=K/N``: run one of N slices of the suite cases, e.g. one per CI job.

A case's shard is a hash of its suite name, case id and variant values, so
it never depends on which other cases exist: adding or removing a case moves
no other case to another shard, and every target (and the reference) of a
case-variant lands in the same shard. Cases outside the shard are
*deselected*, never ignored: syrupy still sees every suite file, so their
baselines are not reported unused (nor deleted by ``--snapshot-update``).
Only suite cases are sharded; other tests in the same run run in every shard.
Merge the shards' JSON reports with ``llmsafety merge``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Mapping
from typing import Any

import pytest

__all__ = ["ShardSelector", "add_merge_parser", "parse_shard", "shard_of"]

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/4"`` -> ``(2, 4)``; a usage error names the option and the expected form."""
    match = _SHARD.match(text)
    if match is None:
        raise pytest.UsageError(
            f"pytest-llmsafety: --llm-shard {text!r}: expected K/N, e.g. 1/4 (K from 1 to N)"
        )
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 1 <= index <= count:
        raise pytest.UsageError(
            f"pytest-llmsafety: --llm-shard {text}: K must be between 1 and N, and N at least 1"
        )
    return index, count


def shard_of(suite: str, case_id: str, variant: Mapping[str, str], count: int) -> int:
    """The 1-based shard of a case-variant among ``count`` shards (stable across versions)."""
    parts = [suite, case_id, *(f"{k}={v}" for k, v in variant.items())]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


class ShardSelector:
    """Deselects the suite cases of other shards (registered only with ``--llm-shard``)."""

    def __init__(self, index: int, count: int) -> None:
        self.index = index
        self.count = count

    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        from .collect import CaseItem

        kept: list[pytest.Item] = []
        other: list[pytest.Item] = []
        for item in items:
            if isinstance(item, CaseItem):
                case = item.case
                if shard_of(case.suite, case.id, case.variant, self.count) != self.index:
                    other.append(item)
                    continue
            kept.append(item)
        if other:
            config.hook.pytest_deselected(items=other)
            items[:] = kept

    def pytest_report_header(self) -> str:
        return f"llmsafety: shard {self.index}/{self.count} of the suite cases"


# -- `llmsafety merge`: the shards' reports as one ------------------------------


def add_merge_parser(sub: Any) -> None:
    """Register ``llmsafety merge`` on the ``llmsafety`` command's subparsers."""
    merge = sub.add_parser(
        "merge",
        help="combine JSON reports (e.g. the shards of one --llm-shard run) into one, "
        "with summary and gates recomputed over all cases",
    )
    merge.add_argument("reports", nargs="+", help="JSON reports written with --llm-report")
    merge.add_argument("-o", "--output", required=True, help="the merged JSON report")
    merge.add_argument(
        "--check", action="store_true", help="exit 1 when a gate fails on the merged cases"
    )
    merge.set_defaults(func=cmd_merge)


def cmd_merge(args: argparse.Namespace) -> int:
    from .report.format import verdict_line
    from .report.json_report import ReportError, load_reports, write_json_atomically

    try:
        documents, document = load_reports(args.reports)
    except ReportError as exc:
        print(f"llmsafety merge: {exc}", file=sys.stderr)
        return 2
    cases = sum(len(d["cases"]) for d in documents)
    duplicates = cases - len(document["cases"])
    try:
        write_json_atomically(args.output, document)
    except OSError as exc:
        print(f"llmsafety merge: cannot write {args.output}: {exc}", file=sys.stderr)
        return 2
    summary = document["summary"]
    for gate in summary["gates"]:
        print(gate.get("description") or gate)
    note = f" ({duplicates} repeated cases: the later report's kept)" if duplicates else ""
    print(
        f"llmsafety merge: {len(documents)} reports, {len(document['cases'])} cases{note} "
        f"-> {args.output}; {verdict_line(summary)}"
    )
    return 1 if args.check and not summary["gates_passed"] else 0
