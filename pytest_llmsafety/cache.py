"""The response and judge cache: one sqlite file under ``.llmsafety_cache/``.

``--llm-cache=use`` answers a request from the cache when the same request
was answered before, and writes every reply *as soon as it arrives* (before
it is scored), so a rerun, or a run resumed after a crash or ``kill -9``,
re-asks only what had not been answered. ``--llm-cache=replay`` never touches
the network: a request that is not in the cache is an error of its case.

An entry is keyed by a digest of everything that can change the reply: the
provider, base URL, model (and Azure deployment and API version), the
request parameters, the messages, the sample index and the seed, plus the
target's extra headers minus anything that looks like a credential. The API
key is never part of the key and never stored: replies are redacted by the
providers before they get here, and nothing else about a request is written
except its digest and the target's name (for ``llmsafety cache prune``).

Concurrency: every xdist worker opens the same file. sqlite in WAL mode lets
readers run alongside one writer, writers queue on sqlite's own file lock
(``busy_timeout``), and each ``put`` is one committed transaction, so a
process killed at any moment leaves every earlier reply in place. WAL needs
a local filesystem (not NFS); where WAL cannot be enabled sqlite's rollback
journal is used, which is slower but equally safe. ``benchmarks/cache_writers.py``
compares this with one file per entry (atomic replace).

Judges use the same store through :meth:`ResponseCache.get` and
:meth:`ResponseCache.put` with their own namespace (``"judge"``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .config import TargetConfig
    from .providers.base import ChatRequest, Completion

__all__ = [
    "CACHE_FILE",
    "CACHE_MODES",
    "COMPLETION_NAMESPACE",
    "DEFAULT_CACHE_DIR",
    "JUDGE_NAMESPACE",
    "CacheError",
    "CacheMode",
    "CacheStats",
    "ResponseCache",
    "add_cache_parser",
    "completion_from_json",
    "completion_to_json",
    "digest",
    "parse_age",
    "request_key",
]

CacheMode = Literal["off", "use", "replay"]
CACHE_MODES: tuple[CacheMode, ...] = ("off", "use", "replay")
DEFAULT_CACHE_DIR = ".llmsafety_cache"
CACHE_FILE = "cache.sqlite"
#: Model replies; judges use :data:`JUDGE_NAMESPACE` (any other name works too).
COMPLETION_NAMESPACE = "completion"
JUDGE_NAMESPACE = "judge"
#: Bump when what goes into a completion key changes, so old entries stop matching.
KEY_VERSION = 1
#: Seconds a writer waits for another process's write lock before failing.
BUSY_TIMEOUT_MS = 60_000

#: Header names never part of a key: they carry credentials, not request semantics.
_SECRET_HEADER_PARTS = ("authorization", "key", "token", "secret", "cookie", "password")

#: A rowid table with a unique index: replies are kilobytes, and a WITHOUT ROWID
#: table packs rows that large badly (measured: half the speed, twice the size).
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    target TEXT,
    created REAL NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (namespace, key)
)
"""


#: Keys per ``IN (...)`` query of :meth:`ResponseCache.get_many` (SQLite allows 999
#: parameters before 3.32).
_MANY = 500


class CacheError(Exception):
    """The cache file cannot be opened or used; the message says which file and why."""


def digest(key: str | Mapping[str, Any]) -> str:
    """The stored key: a hex digest as given, or the SHA-256 of canonical JSON of a mapping."""
    if isinstance(key, str):
        return key
    canonical = json.dumps(
        key, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def request_key(config: TargetConfig, request: ChatRequest) -> dict[str, Any]:
    """Everything about a request that can change the reply, and nothing secret."""
    headers = {
        name.lower(): value
        for name, value in config.headers.items()
        if not any(part in name.lower() for part in _SECRET_HEADER_PARTS)
        and name.lower() != (config.api_key_header or "").lower()
    }
    params = dict(request.params)
    return {
        "v": KEY_VERSION,
        "provider": config.provider,
        "base_url": (config.base_url or "").rstrip("/"),
        "model": config.model,
        "deployment": config.deployment,
        "api_version": config.api_version,
        "headers": headers,
        "params": params,
        "messages": [[m.role, m.content] for m in request.messages],
        "sample": request.sample,
        "seed": params.get("seed"),
    }


def completion_to_json(completion: Completion) -> dict[str, Any]:
    return {
        "answer": completion.answer,
        "reasoning": completion.reasoning,
        "finish_reason": completion.finish_reason,
        "raw_finish_reason": completion.raw_finish_reason,
        "trace_state": completion.trace_state,
        "usage": dict(completion.usage),
        "metadata": dict(completion.metadata),
    }


def completion_from_json(data: Mapping[str, Any]) -> Completion:
    from .providers.base import Completion

    return Completion(
        answer=str(data.get("answer") or ""),
        reasoning=data.get("reasoning"),
        finish_reason=data.get("finish_reason") or "stop",
        raw_finish_reason=data.get("raw_finish_reason"),
        trace_state=data.get("trace_state") or "none",
        usage=dict(data.get("usage") or {}),
        metadata=dict(data.get("metadata") or {}),
    )


@dataclass(frozen=True)
class CacheStats:
    """What ``llmsafety cache stats`` prints."""

    path: Path
    bytes: int
    #: (namespace, target) -> (entries, oldest created, newest created)
    groups: dict[tuple[str, str | None], tuple[int, float, float]]

    @property
    def entries(self) -> int:
        return sum(count for count, _, _ in self.groups.values())


class ResponseCache:
    """One cache file, shared by every process of a run (and by later runs).

    Thread-safe: one connection per instance, guarded by a lock, so the
    runner's event loop and a judge running elsewhere can share it. Open it
    in the process that uses it (never carry a connection across ``fork``).
    """

    def __init__(self, directory: str | os.PathLike[str], mode: CacheMode = "use") -> None:
        if mode not in ("use", "replay"):
            raise ValueError(f"a cache is opened in mode use or replay, not {mode!r}")
        self.mode: CacheMode = mode
        self.directory = Path(directory)
        self.path = self.directory / CACHE_FILE
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        #: Lookups answered and missed by this instance (for tests and summaries).
        self.hits = 0
        self.misses = 0
        self.writes = 0

    @property
    def replay(self) -> bool:
        """True when nothing may be sent: a miss must become an error, not a request."""
        return self.mode == "replay"

    # -- the API (model replies and judges alike) -----------------------------------

    def get(self, namespace: str, key: str | Mapping[str, Any]) -> Any | None:
        """The stored JSON value, or None when there is none."""
        stored = digest(key)
        with self._lock:
            try:
                row = (
                    self._connection()
                    .execute(
                        "SELECT value FROM entries WHERE namespace = ? AND key = ?",
                        (namespace, stored),
                    )
                    .fetchone()
                )
            except sqlite3.Error as exc:
                raise CacheError(f"cannot read the llmsafety cache {self.path}: {exc}") from None
            if row is None:
                self.misses += 1
                return None
            self.hits += 1
        return json.loads(row[0])

    def get_many(self, namespace: str, digests: Sequence[str]) -> dict[str, str]:
        """The stored JSON text of each of ``digests`` found, in one query per 500.

        The runner asks for a prefetched batch at once (see ``Runner.submit_many``):
        one query instead of one per case, and one wait for the GIL instead of one
        per case on the runner's loop. Values stay JSON text, parsed when used;
        :meth:`count` records each lookup when it is used.
        """
        found: dict[str, str] = {}
        with self._lock:
            try:
                conn = self._connection()
                for start in range(0, len(digests), _MANY):
                    chunk = digests[start : start + _MANY]
                    marks = ",".join("?" * len(chunk))
                    query = (
                        f"SELECT key, value FROM entries WHERE namespace = ? AND key IN ({marks})"
                    )
                    found.update(conn.execute(query, (namespace, *chunk)).fetchall())
            except sqlite3.Error as exc:
                raise CacheError(f"cannot read the llmsafety cache {self.path}: {exc}") from None
        return found

    def count(self, hit: bool) -> None:
        """Record one lookup answered from :meth:`get_many`'s result."""
        with self._lock:
            if hit:
                self.hits += 1
            else:
                self.misses += 1

    def put(
        self,
        namespace: str,
        key: str | Mapping[str, Any],
        value: Any,
        *,
        target: str | None = None,
    ) -> None:
        """Store a JSON-serialisable value, committed before this returns.

        ``target`` only labels the entry (for ``llmsafety cache prune --target``).
        In replay mode nothing is written: a replayed run leaves the cache as it was.
        """
        if self.replay:
            return
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        stored = digest(key)
        with self._lock:
            try:
                self._connection().execute(
                    "INSERT OR REPLACE INTO entries (namespace, key, target, created, value) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (namespace, stored, target, time.time(), text),
                )
            except sqlite3.Error as exc:
                raise CacheError(f"cannot write the llmsafety cache {self.path}: {exc}") from None
            self.writes += 1

    # -- model replies -----------------------------------------------------------------

    def get_completion(
        self, config: TargetConfig, request: ChatRequest, *, stored: str | None = None
    ) -> Completion | None:
        """The stored reply to ``request`` (``stored``: its :meth:`completion_digest`)."""
        data = self.get(COMPLETION_NAMESPACE, stored or request_key(config, request))
        return None if data is None else completion_from_json(data)

    def completion_digest(self, config: TargetConfig, request: ChatRequest) -> str:
        """The stored key of ``request``'s reply."""
        return digest(request_key(config, request))

    def look_up_completions(self, digests: Sequence[str]) -> dict[str, str]:
        """:meth:`get_many` on the replies: found digest -> stored JSON text."""
        return self.get_many(COMPLETION_NAMESPACE, digests)

    def completion_from_text(self, text: str) -> Completion:
        """A reply from :meth:`look_up_completions`' text (counted as a hit)."""
        self.count(hit=True)
        return completion_from_json(json.loads(text))

    def put_completion(
        self,
        target: str,
        config: TargetConfig,
        request: ChatRequest,
        completion: Completion,
        *,
        stored: str | None = None,
    ) -> None:
        self.put(
            COMPLETION_NAMESPACE,
            stored or request_key(config, request),
            completion_to_json(completion),
            target=target,
        )

    # -- maintenance ---------------------------------------------------------------------

    def stats(self) -> CacheStats:
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    "SELECT namespace, target, COUNT(*), MIN(created), MAX(created) "
                    "FROM entries GROUP BY namespace, target ORDER BY namespace, target"
                )
                .fetchall()
            )
        size = sum(
            p.stat().st_size
            for p in self.directory.glob(f"{CACHE_FILE}*")
            if p.is_file()  # the database and its -wal / -shm files
        )
        return CacheStats(
            self.path, size, {(ns, target): (n, lo, hi) for ns, target, n, lo, hi in rows}
        )

    def prune(
        self,
        *,
        older_than: float | None = None,
        target: str | None = None,
        namespace: str | None = None,
        now: float | None = None,
    ) -> int:
        """Delete matching entries (all of them when no filter is given); return the count."""
        clauses: list[str] = []
        args: list[Any] = []
        if older_than is not None:
            clauses.append("created < ?")
            args.append((time.time() if now is None else now) - older_than)
        if target is not None:
            clauses.append("target = ?")
            args.append(target)
        if namespace is not None:
            clauses.append("namespace = ?")
            args.append(namespace)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._lock:
            conn = self._connection()
            deleted = conn.execute(f"DELETE FROM entries{where}", args).rowcount
            if deleted:
                conn.execute("VACUUM")
        return int(deleted)

    def keys(self, namespace: str) -> Iterator[str]:
        """Stored digests of one namespace (for tests and tools)."""
        with self._lock:
            rows = (
                self._connection()
                .execute("SELECT key FROM entries WHERE namespace = ?", (namespace,))
                .fetchall()
            )
        return iter([row[0] for row in rows])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the connection ------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        if self.replay and not self.path.is_file():
            # Replay must not create an empty cache and then report every case missing
            # as if each had been forgotten: say the cache itself is missing.
            raise CacheError(
                f"--llm-cache=replay: no cache at {self.path}; record one first with "
                "--llm-cache=use"
            )
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            ignore = self.directory / ".gitignore"
            if not ignore.exists():
                # Like .pytest_cache: replies are run artefacts, not sources.
                ignore.write_text("# created by pytest-llmsafety\n*\n", encoding="utf-8")
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # autocommit: every put is its own committed write
                check_same_thread=False,  # guarded by self._lock
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self.replay:
                # WAL: readers never block the writer and a commit is one append;
                # NORMAL sync survives a killed process (only power loss can lose
                # the last commits, and then the request is simply asked again).
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"cannot open the llmsafety cache {self.path}: {exc}") from None
        return conn


_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 7 * 86400.0}


def parse_age(text: str) -> float:
    """Seconds in ``90s``, ``15m``, ``12h``, ``7d`` or ``2w`` (a bare number is days)."""
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _UNITS else "d"
    number = value[:-1] if value[-1:] in _UNITS else value
    try:
        seconds = float(number) * _UNITS[unit]
    except ValueError:
        raise ValueError(f"{text!r} is not an age like 90s, 15m, 12h, 7d or 2w") from None
    if seconds < 0:
        raise ValueError(f"{text!r}: an age cannot be negative")
    return seconds


# -- `llmsafety cache stats|prune` -------------------------------------------------


def add_cache_parser(sub: Any) -> None:
    """Register ``llmsafety cache`` on the ``llmsafety`` command's subparsers."""
    cache = sub.add_parser("cache", help="inspect or prune the response and judge cache")
    actions = cache.add_subparsers(dest="cache_command", required=True)
    stats = actions.add_parser("stats", help="entries per namespace and target, size, ages")
    prune = actions.add_parser("prune", help="delete entries by age and/or target")
    for parser in (stats, prune):
        parser.add_argument(
            "--dir",
            default=DEFAULT_CACHE_DIR,
            help=f"cache directory (default: {DEFAULT_CACHE_DIR} in the current directory)",
        )
    prune.add_argument("--older-than", metavar="AGE", help="e.g. 30m, 12h, 7d, 2w")
    prune.add_argument("--target", metavar="NAME", help="only entries of this target or judge")
    prune.add_argument(
        "--namespace", choices=(COMPLETION_NAMESPACE, JUDGE_NAMESPACE), help="only model or judge"
    )
    prune.add_argument(
        "--all", action="store_true", help="delete every entry (needed when no filter is given)"
    )
    stats.set_defaults(func=cmd_cache)
    prune.set_defaults(func=cmd_cache)


def _age(seconds: float) -> str:
    for unit, size in (("d", 86400.0), ("h", 3600.0), ("m", 60.0)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.0f}s"


def cmd_cache(args: argparse.Namespace) -> int:
    import sys

    directory = Path(args.dir)
    if not (directory / CACHE_FILE).is_file():
        print(f"llmsafety cache: no cache at {directory / CACHE_FILE}", file=sys.stderr)
        return 2
    try:
        with ResponseCache(directory) as cache:
            if args.cache_command == "stats":
                stats = cache.stats()
                now = time.time()
                print(f"{stats.path}: {stats.entries} entries, {stats.bytes / 1e6:.1f} MB")
                for (namespace, target), (count, oldest, newest) in stats.groups.items():
                    print(
                        f"  {namespace:<10} {target or '-':<24} {count:>8} entries, "
                        f"newest {_age(now - newest)} old, oldest {_age(now - oldest)} old"
                    )
                return 0
            filters = (args.older_than, args.target, args.namespace)
            if all(f is None for f in filters) and not args.all:
                print(
                    "llmsafety cache prune: give --older-than, --target or --namespace "
                    "(or --all to delete everything)",
                    file=sys.stderr,
                )
                return 2
            try:
                older = None if args.older_than is None else parse_age(args.older_than)
            except ValueError as exc:
                print(f"llmsafety cache prune: --older-than {exc}", file=sys.stderr)
                return 2
            deleted = cache.prune(older_than=older, target=args.target, namespace=args.namespace)
            print(f"llmsafety cache prune: deleted {deleted} entries from {cache.path}")
            return 0
    except CacheError as exc:
        print(f"llmsafety cache: {exc}", file=sys.stderr)
        return 2
