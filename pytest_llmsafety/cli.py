"""The ``llmsafety`` command: scoring and utilities outside a pytest run."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import ResponseCache

# -- issue 5: `score` and `calibrate` (the work lives in scoring/batch.py) --------


def _open_input(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise SystemExit(f"llmsafety: cannot read {path}: {exc.strerror}") from None


def _judge_scorer(args: argparse.Namespace, command: str) -> Any:
    from .scoring.batch import BatchError, load_scorer

    try:
        return load_scorer(
            args.judge, config_file=args.llm_config, scorer_modules=args.scorer_module or ()
        )
    except BatchError as exc:
        print(f"llmsafety {command}: {exc}", file=sys.stderr)
        return None


def _score_cache(args: argparse.Namespace, scorer: Any) -> ResponseCache | None:
    """``--cache use|replay``: the judge store (the file ``--llm-cache`` uses), or None.

    Exits with status 2, saying why, when a replay has no cache to read.
    """
    from .cache import CACHE_FILE, ResponseCache
    from .scoring.judges import LLMJudge
    from .scoring.registry import attach_judge_cache

    if args.cache == "off":
        return None
    if not isinstance(scorer, LLMJudge):
        print(
            f"llmsafety score: --cache {args.cache}: {scorer.name} is not an LLM judge; "
            "only LLM judge verdicts are cached",
            file=sys.stderr,
        )
        return None
    directory = Path(args.cache_dir)
    if args.cache == "replay" and not (directory / CACHE_FILE).is_file():
        print(
            f"llmsafety score: --cache replay: no cache at {directory / CACHE_FILE}; "
            "record one first with --cache use (or point --cache-dir at it)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    store = ResponseCache(directory, args.cache)
    attach_judge_cache(scorer, store, record_hint="--cache use")
    return store


def cmd_score(args: argparse.Namespace) -> int:
    """JSONL in, JSONL out: one verdict record per input record, streaming, in order."""
    from .scoring.batch import score_stream

    scorer = _judge_scorer(args, "score")
    if scorer is None:
        return 2
    store = _score_cache(args, scorer)
    source = _open_input(args.input)
    try:
        stats = score_stream(scorer, source, sys.stdout, window=args.window)
    finally:
        if source is not sys.stdin:
            source.close()
        if store is not None:
            store.close()
    return 1 if stats.bad_lines or stats.errors else 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    """Agreement and confusion of a judge against your own labelled completions."""
    from .scoring.batch import calibrate_stream

    scorer = _judge_scorer(args, "calibrate")
    if scorer is None:
        return 2
    source = _open_input(args.labelled)
    try:
        result = calibrate_stream(scorer, source, window=args.window)
    finally:
        if source is not sys.stdin:
            source.close()
    print(result.render(args.judge, show_errors=args.errors))
    if not result.n:
        print("llmsafety calibrate: no labelled completion could be judged", file=sys.stderr)
        return 1
    return 1 if result.bad_lines or result.errors else 0


def _judge_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--judge",
        default="heuristic",
        help="scorer: heuristic (default), a judge configured under "
        "[tool.llmsafety.judges.NAME], or one registered by --scorer-module",
    )
    parser.add_argument(
        "--llm-config", metavar="FILE", help="TOML with judges (default: ./pyproject.toml)"
    )
    parser.add_argument(
        "--scorer-module",
        action="append",
        metavar="MODULE",
        help="import MODULE and add the scorers its pytest_llmsafety_scorers() returns "
        "(repeatable)",
    )
    parser.add_argument(
        "--window",
        type=int,
        default=32,
        help="LLM judges: lines judged concurrently, output still in input order (default 32)",
    )


def cmd_schema(args: argparse.Namespace) -> int:
    from .suite import suite_json_schema

    text = json.dumps(suite_json_schema(), indent=2, sort_keys=False) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_serve_demo(args: argparse.Namespace) -> int:
    """Serve the demo model, e.g. to point another tool at it for comparison."""
    import time

    from .providers.demo import DemoServer

    server = DemoServer(port=args.port).start()
    print(
        f"demo model listening on {server.url} (models: demo-r1, demo-r1-inline, demo-chat)",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def cmd_baseline_diff(args: argparse.Namespace) -> int:
    """Compare two targets' recorded baselines: what flipped from one model to the other."""
    from .baseline import FILE_EXTENSION, BaselineError, diff_targets

    paths: list[Path] = []
    for raw in args.paths:
        path = Path(raw)
        if path.is_dir():
            paths.extend(sorted(path.rglob(f"*.{FILE_EXTENSION}")))
        elif path.is_file():
            paths.append(path)
        else:
            print(f"llmsafety baseline-diff: no such file or directory: {raw}", file=sys.stderr)
            return 2
    if not paths:
        print(f"llmsafety baseline-diff: no .{FILE_EXTENSION} files found", file=sys.stderr)
        return 2
    try:
        flips, shared = diff_targets(
            paths, args.base, args.other, harm_tolerance=args.harm_tolerance
        )
    except BaselineError as exc:
        print(f"llmsafety baseline-diff: {exc}", file=sys.stderr)
        return 2
    if not shared:
        print(
            f"llmsafety baseline-diff: no case has baselines for both {args.base!r} and "
            f"{args.other!r}; record them with --llm-target={args.base} "
            f"--llm-target={args.other} --snapshot-update",
            file=sys.stderr,
        )
        return 2
    regressed = [f for f in flips if f.comparison.status == "regressed"]
    for flip in flips:
        print(f"{flip.comparison.status:9} {flip.path}::{flip.case}: {flip.comparison.describe()}")
    print(
        f"{args.other} vs {args.base}: {shared} cases, {len(regressed)} regressed, "
        f"{len(flips) - len(regressed)} improved, {shared - len(flips)} same"
    )
    return 1 if regressed else 0


def cmd_report(args: argparse.Namespace) -> int:
    """Issue 8: re-render reports from saved JSON reports (one run, or shards merged)."""
    from .report.format import verdict_line
    from .report.json_report import ReportError, load_reports, write_json_atomically
    from .report.terminal import reference_lines, table_lines

    try:
        _, document = load_reports(args.reports)
    except ReportError as exc:
        print(f"llmsafety report: {exc}", file=sys.stderr)
        return 2
    summary = document["summary"]
    for line in table_lines(summary):
        print(line)
    for gate in summary["gates"]:
        print(gate.get("description") or gate)
    for note in summary["gate_notes"]:
        print(f"gate note: {note}")
    for line in reference_lines(summary, None):
        print(line)
    print(f"{len(document['cases'])} cases; {verdict_line(summary)}")
    try:
        if args.json:
            write_json_atomically(args.json, document)
        if args.markdown:
            from .report.markdown import write_markdown

            write_markdown(args.markdown, document)
        if args.html:
            from .report.html import write_html

            write_html(args.html, document)
    except OSError as exc:
        print(f"llmsafety report: cannot write: {exc}", file=sys.stderr)
        return 2
    if args.check and not summary["gates_passed"]:
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="llmsafety", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    score = sub.add_parser("score", help="score JSONL records {id, prompt, response, reasoning?}")
    score.add_argument("input", nargs="?", default="-", help="JSONL file (default: stdin)")
    _judge_options(score)
    from .cache import CACHE_MODES, DEFAULT_CACHE_DIR

    score.add_argument(
        "--cache",
        choices=CACHE_MODES,
        default="off",
        help="LLM judge verdict cache, as --llm-cache: off (default), use (answer repeats "
        "from the cache and store every verdict as it arrives) or replay (never send a "
        "judge request; a verdict missing from the cache is an error line)",
    )
    score.add_argument(
        "--cache-dir",
        metavar="DIR",
        default=DEFAULT_CACHE_DIR,
        help=f"cache directory (default: {DEFAULT_CACHE_DIR} in the current directory; "
        "the same file as pytest's --llm-cache)",
    )
    score.set_defaults(func=cmd_score)

    calibrate = sub.add_parser(
        "calibrate",
        help="agreement of a judge with your labels {id, prompt, response, label, reasoning?}",
    )
    calibrate.add_argument("labelled", help="JSONL file with labels (- for stdin)")
    _judge_options(calibrate)
    calibrate.add_argument("--errors", action="store_true", help="list the disagreements")
    calibrate.set_defaults(func=cmd_calibrate)

    schema = sub.add_parser("schema", help="print the suite JSON Schema")
    schema.add_argument("-o", "--output", help="write to this file instead of stdout")
    schema.set_defaults(func=cmd_schema)

    diff = sub.add_parser(
        "baseline-diff",
        help="compare two targets' recorded baselines (e.g. a fine-tuned model vs its base)",
    )
    diff.add_argument("paths", nargs="+", help=".llmsafety files or folders to search")
    diff.add_argument("--base", required=True, help="reference target (e.g. the base model)")
    diff.add_argument("--other", required=True, help="target compared with it")
    diff.add_argument("--harm-tolerance", type=float, default=0.1, help="default 0.1")
    diff.set_defaults(func=cmd_baseline_diff)

    report = sub.add_parser(
        "report",
        help="re-render reports from saved --llm-report JSON files (several are merged)",
    )
    report.add_argument("reports", nargs="+", help="JSON reports (shards of one run are merged)")
    report.add_argument("--html", metavar="PATH", help="write the HTML report")
    report.add_argument("--markdown", metavar="PATH", help="write the Markdown summary")
    report.add_argument("--json", metavar="PATH", help="write the (merged) JSON report")
    report.add_argument(
        "--check", action="store_true", help="exit 1 when a gate fails (gates are re-checked)"
    )
    report.set_defaults(func=cmd_report)

    demo = sub.add_parser("serve-demo", help="serve the offline demo model on 127.0.0.1")
    demo.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    demo.set_defaults(func=cmd_serve_demo)

    # Issue 9: `llmsafety import PRESET FILE -o suite.yaml` (the logic lives in importers.py).
    from .importers import add_import_parser

    add_import_parser(sub)
    # Issue 7: `llmsafety merge` (shard.py) and `llmsafety cache stats|prune` (cache.py).
    from .cache import add_cache_parser
    from .shard import add_merge_parser

    add_merge_parser(sub)
    add_cache_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
