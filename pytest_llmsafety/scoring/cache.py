"""Judge verdict caching: one key function, a small in-memory store, the format on disk.

A judge call costs money and seconds, and a safety run scores the same text
again and again (reruns, ``--lf``, several suites sharing a benign answer,
``llmsafety score`` over overlapping files). Verdicts are cached by everything
that can change them and nothing else: the judge, its model and endpoint, its
template (name, version and the text itself), its sampling parameters, and
the scored input (channel, prompt, text, category, prompt type).

:func:`judge_cache_key` is the contract: the on-disk store uses the same
key, so the two can never disagree about what "the same judgement" means.
:class:`MemoryCache` is the first level: bounded, least-recently-used, per
process. With ``--llm-cache=use|replay`` (or
``llmsafety score --cache``) the second level is the run's
:class:`~pytest_llmsafety.cache.ResponseCache`, namespace ``"judge"``: a verdict
is read through (memory, then disk) and written to disk the moment the judge's
reply has been read. A stored verdict carries :data:`FORMAT_VERSION`, so a
verdict stored in another shape is a miss (asked again), never a crash.

The key never contains a credential: judge API keys come from environment
variables and reach only the provider's HTTP headers; the key is a digest of
the fields below (none of them secret), and the stored value is the
judgement alone.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from .base import ScoreRequest

__all__ = ["FORMAT_VERSION", "KEY_VERSION", "MemoryCache", "judge_cache_key"]

#: Bump when the key's recipe changes, so old stored entries stop matching.
KEY_VERSION = 2
#: Bump when the shape of a stored verdict changes: entries of another format
#: are misses (asked again under ``use``, a cache miss under ``replay``).
FORMAT_VERSION = 1

V = TypeVar("V")


def judge_cache_key(
    *,
    judge: str,
    template: str,
    template_version: str,
    template_digest: str,
    model: str,
    base_url: str | None,
    params: Mapping[str, Any],
    request: ScoreRequest,
    chunk: tuple[int, int] | None = None,
    provider: str | None = None,
    deployment: str | None = None,
    api_version: str | None = None,
) -> str:
    """A stable hex digest identifying one judge verdict.

    ``template_digest`` is a hash of the template's text, so editing a
    template without bumping its version still misses the cache. ``chunk`` is
    the (start, end) of the scored slice of a long text, when it was split.
    ``provider``, ``deployment`` and ``api_version`` tell apart endpoints that
    share a URL and a model name (they matter once verdicts outlive a run).
    """
    payload = {
        "v": KEY_VERSION,
        "judge": judge,
        "template": template,
        "template_version": template_version,
        "template_digest": template_digest,
        "model": model,
        "base_url": (base_url or "").rstrip("/"),
        "provider": provider,
        "deployment": deployment,
        "api_version": api_version,
        "params": params,
        "channel": request.channel,
        "prompt": request.prompt,
        "text": request.text,
        "category": request.category,
        "prompt_type": request.prompt_type,
        "chunk": list(chunk) if chunk is not None else None,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class MemoryCache(Generic[V]):
    """A bounded least-recently-used map, safe to share between threads.

    ``hits`` and ``misses`` count lookups, for reports and tests.
    """

    def __init__(self, max_entries: int = 10_000) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._data: OrderedDict[str, V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> V | None:
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: V) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0
