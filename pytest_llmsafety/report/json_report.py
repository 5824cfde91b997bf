"""The ``--llm-report PATH.json`` document (format in DESIGN.md, version 1).

Everything in ``summary`` is computed from ``cases`` plus the gate
definitions in ``summary.gate_definitions``, so :func:`rebuild_document` can
re-render a saved report, or several merged ones (shards of one run), exactly
as the run would have.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..results import REPORT_VERSION, GateResult, GateSpec, evaluate_gate_specs, summarize

if TYPE_CHECKING:
    from ..results import ResultsCollector

#: Record keys used only for aggregation on the controller.
_INTERNAL = ("failure_kinds", "expect_answer")


class ReportError(Exception):
    """A saved report that cannot be read or merged; the message says why."""


def build_report(collector: ResultsCollector, records: list[dict[str, Any]]) -> dict[str, Any]:
    from ..state import get_state

    state = get_state(collector.config)
    targets = {
        name: {"provider": t.provider, "model": t.model, "base_url": t.base_url}
        for name, t in state.targets.items()
    }
    cases = []
    for record in records:
        case = {k: v for k, v in record.items() if k not in _INTERNAL}
        case["expect"] = {"answer": record.get("expect_answer")}
        case["reference"] = record.get("target") is not None and (
            record.get("target") == collector.reference
        )
        cases.append(case)
    return {
        "version": REPORT_VERSION,
        "scorer": state.scorer_name,
        "targets": targets,
        "cases": cases,
        "summary": collector.summary(records),
    }


@contextlib.contextmanager
def _atomic_file(path: str | os.PathLike[str], suffix: str, errors: str) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only once complete.

    The temporary file sits next to the target (same filesystem, so the rename
    is atomic) and is created with the permissions any new file of the user
    gets (``0o666`` less the umask): ``tempfile.mkstemp`` would leave a report
    readable by its owner only.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = target.parent / f".llmsafety-{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
        break
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors=errors) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(
    path: str | os.PathLike[str], text: str, suffix: str, errors: str = "replace"
) -> Path:
    """Write through a temporary file: a crashed run never leaves half a report behind.

    Model output can hold lone surrogates (a JSON ``"\\ud800"`` escape decodes
    to one), which UTF-8 cannot encode: HTML and Markdown replace them, JSON
    writes them back as ``\\ud800`` escapes (``errors="backslashreplace"``), which
    is the same JSON string.
    """
    with _atomic_file(path, suffix, errors) as fh:
        fh.write(text)
    return Path(path)


def _document_chunks(document: Mapping[str, Any]) -> Iterator[str]:
    """The report's text in pieces: each top-level key on its own lines, and each
    element of a top-level list (the records) on one line of its own.

    Every piece comes from ``json.dumps`` without ``indent``, which is the C
    encoder; with ``indent`` Python encodes piece by piece in pure Python (0.3 s
    of a 2,000-case run, issue 7). One record per line also keeps diffs and
    ``grep`` of reports readable.
    """
    yield "{"
    first = True
    for key, value in document.items():
        yield ("\n " if first else ",\n ") + json.dumps(key, ensure_ascii=False) + ": "
        first = False
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            yield "[\n  " + json.dumps(value[0], ensure_ascii=False)
            for element in value[1:]:
                yield ",\n  " + json.dumps(element, ensure_ascii=False)
            yield "\n ]"
        else:
            yield json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")
    yield "\n}\n" if not first else "}\n"


def write_json_atomically(path: str | os.PathLike[str], document: Mapping[str, Any]) -> Path:
    """``document`` as JSON, streamed to the file (see :func:`_document_chunks`).

    Issue 7: the whole text of a 10,000-case report is never held at once;
    each record is encoded and written as it comes.
    """
    with _atomic_file(path, ".json", "backslashreplace") as fh:
        for chunk in _document_chunks(document):
            fh.write(chunk)
    return Path(path)


def write_json_report(
    path: str | os.PathLike[str],
    collector: ResultsCollector,
    records: list[dict[str, Any]],
    document: Mapping[str, Any] | None = None,
) -> Path:
    if document is None:
        document = build_report(collector, records)
    return write_json_atomically(path, document)


# ---------------------------------------------------------------------------
# Re-rendering saved reports (``llmsafety report``)
# ---------------------------------------------------------------------------


def load_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportError(f"{path}: cannot read: {exc.strerror}") from None
    except ValueError as exc:
        raise ReportError(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ReportError(f"{path}: not a pytest-llmsafety report (no `cases` list)")
    if data.get("version", REPORT_VERSION) != REPORT_VERSION:
        raise ReportError(
            f"{path}: report version {data.get('version')!r}; this version reads {REPORT_VERSION}"
        )
    for index, case in enumerate(data["cases"]):
        if not isinstance(case, dict) or not {"nodeid", "suite", "case"} <= set(case):
            raise ReportError(f"{path}: cases[{index}] lacks nodeid, suite or case")
        case.setdefault("samples", [])
        case.setdefault("outcome", "error")
    return data


def load_reports(paths: Sequence[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Saved reports, and the one report rebuilt from them (:func:`rebuild_document`).

    Raises :class:`ReportError` naming the file that cannot be used.
    """
    documents = [load_document(path) for path in paths]
    return documents, rebuild_document(documents, paths)


def rebuild_document(
    documents: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None
) -> dict[str, Any]:
    """One report from one or more saved ones, its summary recomputed from ``cases``.

    Shards are merged by case (``nodeid`` and target; a later file wins), and
    gates are checked again from the union of their definitions, so the
    gates of a sharded run judge all of its cases.
    """
    names = list(names or [f"report {i + 1}" for i in range(len(documents))])
    cases: dict[tuple[str, str | None], dict[str, Any]] = {}
    targets: dict[str, Any] = {}
    scorers: list[str] = []
    thresholds: dict[float, str] = {}
    specs: dict[str, GateSpec] = {}
    stale_gates: list[dict[str, Any]] = []
    references: set[str] = set()
    for name, document in zip(names, documents, strict=True):
        for case in document["cases"]:
            cases[case["nodeid"], case.get("target")] = dict(case)
            if case.get("reference") and case.get("target"):
                references.add(case["target"])
        targets.update(document.get("targets") or {})
        scorer = document.get("scorer")
        if scorer and scorer not in scorers:
            scorers.append(scorer)
        summary = document.get("summary") or {}
        if "harm_threshold" in summary:
            thresholds.setdefault(float(summary["harm_threshold"]), name)
        for data in summary.get("gate_definitions") or []:
            spec = GateSpec.from_json(data)
            specs.setdefault(json.dumps(spec.to_json(), sort_keys=True), spec)
        if "gate_definitions" not in summary:
            stale_gates += summary.get("gates") or []
        reference = (summary.get("reference") or {}).get("target")
        if reference:
            references.add(reference)
    if len(thresholds) > 1:
        shown = ", ".join(f"{v} ({n})" for v, n in thresholds.items())
        raise ReportError(f"the reports use different harm thresholds: {shown}")
    if len(references) > 1:
        raise ReportError(f"the reports name different reference targets: {sorted(references)}")
    harm_threshold = next(iter(thresholds), 0.5)
    reference = next(iter(references), None)
    ordered = sorted(
        cases.values(),
        key=lambda c: (str(c.get("path", "")), int(c.get("line") or 0), c["nodeid"]),
    )
    results: list[GateResult]
    results, notes = evaluate_gate_specs(ordered, list(specs.values()), harm_threshold, reference)
    summary = summarize(
        ordered,
        harm_threshold,
        results,
        specs=list(specs.values()),
        notes=notes,
        reference=reference,
        targets=list(targets),
    )
    if stale_gates:
        # A report from before gate definitions were saved: keep its verdicts as they were.
        summary["gates"] = stale_gates + summary["gates"]
        summary["gates_passed"] = all(g.get("passed") for g in summary["gates"])
    return {
        "version": REPORT_VERSION,
        "scorer": ", ".join(scorers) if scorers else None,
        "targets": targets,
        "cases": ordered,
        "summary": summary,
    }
