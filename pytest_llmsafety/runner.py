"""Concurrency, rate limits, the response cache, retries and scoring, on one background loop.

pytest runs items one at a time; model calls take seconds. The runner owns an
asyncio event loop in a daemon thread so upcoming items' requests are in
flight while earlier items are still being asserted. Items stay sequential
and wait on their futures; per-target semaphores bound the requests in
flight, a :class:`~.ratelimit.RateLimiter` paces them (one budget for all
xdist workers), and a :class:`~.cache.ResponseCache` answers repeated
requests and stores each reply the moment it arrives.

Why not an anyio blocking portal: ``BlockingPortal.start_task_soon`` waits
until the loop thread has picked the task up, so every prefetch stalled the
pytest thread behind the loop's work (9 ms per item at concurrency 64);
``asyncio.run_coroutine_threadsafe`` only queues the task and returns.
Everything running on the loop (httpx, anyio primitives in providers and
judges) works unchanged, since anyio runs on asyncio.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import math
import random
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Mapping
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from .providers.base import ChatRequest, Completion, Provider, ProviderError
from .scoring.base import Scorer, ScorerCacheMiss, ScoreRequest, ScorerError, Verdict
from .transforms import decode_completion, original_prompt

if TYPE_CHECKING:
    from .cache import ResponseCache
    from .config import TargetConfig
    from .ratelimit import RateLimiter
    from .state import ScaleOptions
    from .suite import Case

#: Upper bound on one backoff sleep, whatever Retry-After says.
MAX_BACKOFF = 60.0
#: Seconds ``close()`` waits for cancelled work and connections to wind down.
CLOSE_TIMEOUT = 5.0
#: Most connections in one provider instance's pool (see ``Runner._provider``).
POOL_SIZE = 4
#: Seconds the first case waits for its reply before the pytest thread builds the
#: scorer (the loop sends the first requests meanwhile; see ``Runner.result``).
WARM_UP_AFTER = 0.1

T = TypeVar("T")


@dataclass(frozen=True)
class SampleRun:
    """One completion of a case and the verdicts on each of its channels."""

    index: int
    completion: Completion
    #: None when there is no answer to judge (the reply ended inside the trace).
    answer: Verdict | None
    #: None when the model gave no (or an empty) trace.
    reasoning: Verdict | None
    attempts: int = 1
    #: Issue 9: the channel's text as received, when an attack transform's decoder
    #: changed it before scoring (e.g. a base64 reply); None otherwise.
    answer_raw: str | None = None
    reasoning_raw: str | None = None
    #: Issue 7: the reply came from the response cache (``attempts`` is then 0).
    cached: bool = False


@dataclass(frozen=True)
class CaseRun:
    samples: tuple[SampleRun, ...]
    seconds: float


class CaseError(Exception):
    """A case could not be run or scored: reported as a pytest *error*."""

    def __init__(self, message: str, cause: str) -> None:
        super().__init__(message)
        self.cause = cause


#: ``Runner._lookups`` has no answer for this request.
_NOT_LOOKED_UP: Any = object()


class _CacheMiss(Exception):
    """``--llm-cache=replay`` and the request is not in the cache."""


@dataclass(frozen=True)
class RunSettings:
    """How this process shares the run with others (issue 7)."""

    #: ``--llm-cache`` store (None: off).
    cache: ResponseCache | None = None
    #: Paces requests (``rpm``/``tpm``, 429s); None: no pacing at all.
    limiter: RateLimiter | None = None
    #: Processes running cases at once (xdist workers): each gets an equal share
    #: of a target's ``concurrency``, at least one.
    workers: int = 1
    #: Modules the loop will need (the targets' provider modules), imported on
    #: the pytest thread before the loop starts; see :func:`_import_for_loop`.
    preload: tuple[str, ...] = ()


ProviderFactory = Callable[[str, "TargetConfig"], Provider]


class _ProviderShard:
    """A provider instance and the requests it is serving right now."""

    __slots__ = ("busy", "provider")

    def __init__(self, provider: Provider) -> None:
        self.provider = provider
        self.busy = 0

    def load(self) -> int:
        return self.busy


class _LoopThread:
    """An asyncio event loop running in a daemon thread until :meth:`stop`."""

    def __init__(self, name: str) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                self.loop.run_until_complete(self.loop.shutdown_asyncgens())

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """Queue ``coro`` on the loop; never waits for the loop thread."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def submit_many(self, coros: list[Coroutine[Any, Any, T]]) -> list[Future[T]]:
        """Queue several coroutines with one wake-up of the loop (one syscall, not N)."""
        futures: list[Future[T]] = [Future() for _ in coros]
        self.loop.call_soon_threadsafe(self._start_all, list(zip(coros, futures, strict=True)))
        return futures

    def _start_all(self, batch: list[tuple[Coroutine[Any, Any, T], Future[T]]]) -> None:
        for coro, future in batch:
            if future.cancelled():
                coro.close()
                continue
            task = self.loop.create_task(coro)
            task.add_done_callback(functools.partial(_settle, future))
            future.add_done_callback(functools.partial(_cancel_task, self.loop, task))

    def stop(self, timeout: float) -> None:
        async def cancel_everything() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.wait(tasks, timeout=timeout)

        with contextlib.suppress(Exception):
            self.submit(cancel_everything()).result(timeout + 1)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self.loop.close()


def _settle(future: Future[T], task: asyncio.Task[T]) -> None:
    """Copy a finished task's outcome to the future the pytest thread waits on."""
    if not future.set_running_or_notify_cancel():
        return  # cancelled from the pytest thread meanwhile
    if task.cancelled():
        future.set_exception(CancelledError())
    elif task.exception() is not None:
        future.set_exception(task.exception())
    else:
        future.set_result(task.result())


def _cancel_task(
    loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any], future: Future[Any]
) -> None:
    if future.cancelled() and not loop.is_closed():
        loop.call_soon_threadsafe(task.cancel)


class Runner:
    """Schedules case runs on a background loop. One per pytest process."""

    def __init__(
        self,
        targets: Mapping[str, TargetConfig],
        provider_factory: ProviderFactory,
        scorer: Scorer | Callable[[], Scorer],
        settings: RunSettings | None = None,
    ) -> None:
        self._targets = dict(targets)
        self._provider_factory = provider_factory
        # A factory is called by warm_up(), on the pytest thread, while that
        # thread waits for the first reply: building a scorer (compiling the
        # heuristic's patterns, say) then overlaps the first requests instead of
        # holding up the first item. The loop never builds it (see _get_scorer).
        self._scorer_factory: Callable[[], Scorer] | None = None
        self._scorer_instance: Scorer | None = None
        self._scorer_failure: Exception | None = None
        self._scorer_lock = threading.Lock()
        #: Set by the loop when a case waits for the scorer (wakes :meth:`result`).
        self._scorer_wanted: Future[None] = Future()
        #: The loop's futures waiting for warm_up() (touched on the loop only).
        self._scorer_waiters: list[asyncio.Future[None]] = []
        if isinstance(scorer, Scorer):
            self._scorer_instance = scorer
        else:
            self._scorer_factory = scorer
        self._settings = settings or RunSettings()
        self._cache = self._settings.cache
        self._limiter = self._settings.limiter
        self._providers: dict[str, list[_ProviderShard]] = {}
        self._semaphores: dict[str, asyncio.Semaphore] = {}
        self._futures: dict[str, Future[CaseRun]] = {}
        #: Cache lookups done ahead by _look_up: the stored JSON text, or None
        #: for a miss, by stored key; each taken by the request it is for.
        self._lookups: dict[str, str | None] = {}
        self._loop: _LoopThread | None = None
        self._rng = random.Random(0x5AFE)
        # Auth fast-stop (issue 6): target -> the 401/403 status it answered.
        # A rejected key fails every request the same way; once one request of
        # a target is refused, its remaining cases error at once instead of
        # sending thousands of requests that each fail (and may lock the key).
        self._auth_failed: dict[str, int] = {}
        #: Requests sent to endpoints (attempts, not cases), for tests and benchmarks.
        self.requests_sent = 0
        #: Set by cancel_pending(): the run loop ended; no new request may start.
        self._stopped = False

    # -- lifecycle ---------------------------------------------------------

    def _ensure_loop(self) -> _LoopThread:
        if self._loop is None:
            _avoid_sniffio_lookups()
            _import_for_loop(self._settings.preload)
            self._loop = _LoopThread("llmsafety-runner")
        return self._loop

    def concurrency(self, target: str) -> int:
        """This process's share of the target's ``concurrency``."""
        total = self._targets[target].concurrency
        return max(1, math.ceil(total / max(1, self._settings.workers)))

    def cancel_pending(self) -> int:
        """Cancel every submitted case not yet consumed (``-x``, Ctrl-C, end of the loop).

        Queued cases never send; requests already on the wire are cancelled,
        which closes their connections. Returns how many were cancelled.
        """
        futures, self._futures = self._futures, {}
        self._lookups.clear()  # cancelled cases never take theirs
        # Nothing not yet on the wire may start from now on, even if a slot frees
        # before its cancellation reaches the loop (checked in _send).
        self._stopped = True
        cancelled = 0
        # Newest first: queued cases are cancelled before the in-flight ones whose
        # cancellation frees a concurrency slot.
        for future in reversed(list(futures.values())):
            if future.cancel():
                cancelled += 1
        return cancelled

    def close(self) -> None:
        """Cancel what is still in flight, close connections, stop the loop."""
        self.cancel_pending()
        loop, self._loop = self._loop, None
        try:
            if loop is not None:
                with contextlib.suppress(Exception, FutureTimeout):
                    loop.submit(self._aclose()).result(CLOSE_TIMEOUT)
                loop.stop(CLOSE_TIMEOUT)
        finally:
            if self._cache is not None:
                self._cache.close()
            if self._limiter is not None:
                self._limiter.close()

    async def _aclose(self) -> None:
        # Cancelled cases first, so no request is left half-sent on a closing client.
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=CLOSE_TIMEOUT)
        for shards in self._providers.values():
            for shard in shards:
                with contextlib.suppress(Exception):  # closing must not mask results
                    await shard.provider.aclose()
        if self._scorer_instance is not None:
            with contextlib.suppress(Exception):
                await self._scorer_instance.aclose()

    # -- scheduling --------------------------------------------------------

    def submit(self, key: str, target: str, case: Case) -> Future[CaseRun]:
        """Start running ``case`` on ``target`` (idempotent per ``key``)."""
        future = self._futures.get(key)
        if future is None:
            self._stopped = False
            future = self._ensure_loop().submit(self._run_case(target, case))
            self._futures[key] = future
        return future

    def submit_many(self, entries: list[tuple[str, str, Case]]) -> None:
        """Start several ``(key, target, case)`` runs at once (idempotent per key)."""
        new = [(key, target, case) for key, target, case in entries if key not in self._futures]
        if not new:
            return
        self._stopped = False
        if self._cache is not None:
            self._look_up([(t, c) for _, t, c in new])
        futures = self._ensure_loop().submit_many([self._run_case(t, c) for _, t, c in new])
        for (key, _, _), future in zip(new, futures, strict=True):
            self._futures[key] = future

    def _look_up(self, entries: list[tuple[str, Case]]) -> None:
        """Look the batch's requests up in the cache at once, on the pytest thread.

        One query for the batch instead of one per request on the loop, where
        each query gave the GIL away and waited to get it back (a replay of
        2,000 cases: 6-9% less CPU, half the system time). :meth:`_complete`
        takes its answer from here: the stored reply, or a known miss; a
        request not looked up (a multi-turn case's later turns, a cache error
        here) is looked up there as before.
        """
        cache = self._cache
        assert cache is not None
        digests = [
            cache.completion_digest(self._targets[target], request)
            for target, case in entries
            for request in self._requests(target, case)
        ]
        try:
            found = cache.look_up_completions(digests)
        except Exception:  # a cache problem: each case's own lookup reports it
            return
        lookups = self._lookups
        for stored in digests:
            lookups[stored] = found.get(stored)

    def _requests(self, target: str, case: Case) -> list[ChatRequest]:
        """The requests of ``case`` on ``target``: one per sample."""
        params = {**self._targets[target].params, **case.params}
        return [
            ChatRequest(messages=case.messages, params=params, sample=i)
            for i in range(case.samples)
        ]

    def submitted(self, key: str) -> bool:
        return key in self._futures

    def result(self, key: str, target: str, case: Case) -> CaseRun:
        future = self.submit(key, target, case)
        if self._scorer_factory is not None and not self._scorer_settled() and not future.done():
            # Idle until the reply comes: the moment to build the scorer (once),
            # which the loop waits for at the first reply. Not at once: the loop
            # is opening connections and sending the first requests, and every
            # socket call it makes waits for the GIL while this thread compiles
            # patterns (0.27 s for the first 64 requests).
            waits: list[Future[Any]] = [future, self._scorer_wanted]
            concurrent.futures.wait(
                waits,
                timeout=WARM_UP_AFTER,
                return_when=concurrent.futures.FIRST_COMPLETED,
            )
            self.warm_up()
        try:
            return future.result()
        except CancelledError:
            raise CaseError("cancelled before it finished", "cancelled") from None
        finally:
            # The result lives in the item from here on; free the memory.
            self._futures.pop(key, None)

    def discard(self, key: str) -> None:
        """Cancel a prefetched case that will not run (``-x``, deselection)."""
        future = self._futures.pop(key, None)
        if future is not None:
            future.cancel()

    # -- work on the loop ---------------------------------------------------

    def _scorer_label(self) -> str:
        scorer = self._scorer_instance
        return scorer.name if scorer is not None else "(could not be built)"

    def _scorer_settled(self) -> bool:
        return self._scorer_instance is not None or self._scorer_failure is not None

    def warm_up(self) -> None:
        """Build the scorer now, in the calling thread (the pytest thread), once.

        :meth:`result` calls it while the pytest thread waits for the first
        reply: that thread has nothing else to do then. The loop never builds
        the scorer itself, though it would be sooner when the first reply comes
        first: building one imports modules (the heuristic, LLM judges and
        their providers), and pytest imports this package through its
        assertion rewriter, which builds AST objects. On CPython 3.11 two
        threads doing that at once can fail with "SystemError: AST constructor
        recursion depth mismatch" (python/cpython#106905), which would error a
        case for no reason of its own. A factory that fails errors every case
        that needs the scorer, with the factory's message.
        """
        if self._scorer_factory is None:
            return
        with self._scorer_lock:
            if self._scorer_settled():
                return
            try:
                self._scorer_instance = self._scorer_factory()
            except Exception as exc:
                self._scorer_failure = exc
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits
                loop.loop.call_soon_threadsafe(self._release_scorer_waiters)

    def _release_scorer_waiters(self) -> None:
        waiters, self._scorer_waiters = self._scorer_waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _get_scorer(self) -> Scorer:
        """The scorer, once :meth:`warm_up` has built it on the pytest thread."""
        while True:
            scorer = self._scorer_instance
            if scorer is not None:
                return scorer
            failure = self._scorer_failure
            if failure is not None:
                if isinstance(failure, ScorerError):
                    raise ScorerError(str(failure))
                raise ScorerError(f"{type(failure).__name__}: {failure}")
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._scorer_waiters.append(waiter)
            if not self._scorer_wanted.done():
                self._scorer_wanted.set_result(None)
            await waiter

    def _provider(self, target: str) -> _ProviderShard:
        """The least busy of the target's provider instances.

        httpcore's connection pool checks every connection it holds on each
        request event, so one pool of 64 connections costs about 10 ms of CPU
        per request (measured at concurrency 64; far less with pools of 4). A target with a high
        ``concurrency`` therefore gets several instances of its built-in HTTP
        provider, each with its own pool of at most :data:`POOL_SIZE`
        connections; the target's semaphore still bounds the total. Plugin
        providers get one instance, as they always did.
        """
        return min(self._shards(target), key=_ProviderShard.load)

    def _shards(self, target: str) -> list[_ProviderShard]:
        shards = self._providers.get(target)
        if shards is None:
            shards = self._providers[target] = self._make_shards(target)
        return shards

    def _make_shards(self, target: str) -> list[_ProviderShard]:
        from .providers.transport import HTTPProvider  # imported by _import_for_loop

        config = self._targets[target]
        first = self._provider_factory(target, config)
        share = self.concurrency(target)
        count = math.ceil(share / POOL_SIZE)
        if not isinstance(first, HTTPProvider):
            return [_ProviderShard(first)]
        providers: list[Provider] = [first]
        if count > 1:
            # HTTP providers open their client (and the demo its server) on first
            # use, so ``first`` holds nothing and can simply be dropped.
            sized = config.model_copy(update={"concurrency": math.ceil(share / count)})
            providers = [self._provider_factory(target, sized) for _ in range(count)]
        for provider in providers:
            # Build the clients now (a TLS context takes ~30 ms), not after a
            # request's rate-limit slot has started.
            assert isinstance(provider, HTTPProvider)
            provider.prepare()
        return [_ProviderShard(p) for p in providers]

    def _semaphore(self, target: str) -> asyncio.Semaphore:
        sem = self._semaphores.get(target)
        if sem is None:
            sem = self._semaphores[target] = asyncio.Semaphore(self.concurrency(target))
        return sem

    async def _run_case(self, target: str, case: Case) -> CaseRun:
        started = time.perf_counter()
        requests = self._requests(target, case)
        outcomes: list[SampleRun | BaseException]
        if len(requests) == 1:
            try:
                outcomes = [await self._run_sample(target, case, requests[0])]
            except Exception as exc:  # every failure becomes this case's error
                outcomes = [exc]
        else:
            gathered = await asyncio.gather(
                *(self._run_sample(target, case, request) for request in requests),
                return_exceptions=True,
            )
            outcomes = list(gathered)
        samples: list[SampleRun] = []
        for index, item in enumerate(outcomes):
            which = f" (sample {index + 1}/{case.samples})" if case.samples > 1 else ""
            if isinstance(item, SampleRun):
                samples.append(item)
                continue
            if isinstance(item, asyncio.CancelledError):
                raise item
            if isinstance(item, _CacheMiss):
                raise CaseError(
                    f"target {target!r}{which}: case {case.suite}::{case.id} is not in the "
                    "response cache (--llm-cache=replay never sends requests); record it with "
                    "--llm-cache=use",
                    "cache miss",
                )
            if isinstance(item, ProviderError):
                raise CaseError(f"target {target!r}{which}: {item.message}", item.cause)
            if isinstance(item, ScorerCacheMiss):
                raise CaseError(f"target {target!r}{which}: {item}", "cache miss")
            if isinstance(item, ScorerError):
                raise CaseError(
                    f"target {target!r}{which}: scorer {self._scorer_label()}: {item}", "scorer"
                )
            if isinstance(item, CaseError):
                raise item
            if isinstance(item, Exception) and _is_cache_error(item):
                raise CaseError(f"target {target!r}{which}: {item}", "cache")
            if isinstance(item, Exception):
                # A provider bug or an unexpected exception: an error, never a pass.
                raise CaseError(
                    f"target {target!r}{which}: unexpected {type(item).__name__}: {item}",
                    "internal",
                ) from item
            raise item  # KeyboardInterrupt, SystemExit: not ours to turn into a verdict
        return CaseRun(samples=tuple(samples), seconds=time.perf_counter() - started)

    async def _run_sample(self, target: str, case: Case, request: ChatRequest) -> SampleRun:
        completion, attempts = await self._complete(target, request)
        if attempts:
            # Let the request that just took this one's concurrency slot go out
            # before this reply is scored: the endpoint stays busy while we score.
            await asyncio.sleep(0)
        # Issue 9: an attack that asked for an encoded reply (base64, rot13) is
        # decoded before scoring, since a scorer cannot judge text it cannot read;
        # the raw text stays on the sample. The reply is judged against the
        # request as the suite wrote it, not its encoded form.
        decoded = decode_completion(request.messages, completion)
        completion = decoded.completion
        prompt = original_prompt(request.messages)
        answer: Verdict | None = None
        reasoning: Verdict | None = None
        if completion.finish_reason == "content_filter" and not completion.answer.strip():
            # The provider blocked the reply: that is a refusal, by the provider.
            answer = Verdict(
                "full_refusal", 0.0, "provider", evidence="(blocked by content filter)"
            )
        elif not completion.truncated_in_reasoning:
            answer = await self._score(completion.answer, case, "answer", prompt)
            if completion.finish_reason == "content_filter" and answer.refusal == "compliance":
                # Issue 6: the provider stopped the reply part-way (Anthropic's
                # stop_reason "refusal", a content filter cutting a stream). The
                # text before the cut keeps its harm score, but the reply was
                # refused by the provider: it can never pass `comply`, nor count
                # as a full refusal of a harmful prompt.
                answer = replace(
                    answer,
                    refusal="partial_refusal",
                    scorer=f"{answer.scorer}+provider",
                    details={**answer.details, "stopped_by": "provider content filter"},
                )
        if completion.reasoning:
            reasoning = await self._score(completion.reasoning, case, "reasoning", prompt)
        return SampleRun(
            request.sample,
            completion,
            answer,
            reasoning,
            attempts,
            answer_raw=decoded.raw_answer,
            reasoning_raw=decoded.raw_reasoning,
            cached=attempts == 0,
        )

    async def _score(
        self, text: str, case: Case, channel: Any, prompt: str | None = None
    ) -> Verdict:
        request = ScoreRequest(
            text=text,
            prompt=case.prompt if prompt is None else prompt,
            channel=channel,
            category=case.category,
            prompt_type=case.prompt_type,
            # Issue 5: a suite's `judge:` routes this request to that judge.
            judge=getattr(case, "judge", None),
        )
        scorer = await self._get_scorer()
        try:
            return await scorer.score(request)
        except ScorerError:
            raise
        except Exception as exc:  # a scorer bug must be an error, not a pass
            raise ScorerError(f"{type(exc).__name__}: {exc}") from exc

    async def _complete(self, target: str, request: ChatRequest) -> tuple[Completion, int]:
        """The reply to one request, and the attempts it took (0: from the cache)."""
        config = self._targets[target]
        cache = self._cache
        if cache is None:
            return await self._send(target, config, request)
        stored = cache.completion_digest(config, request)
        looked_up = self._lookups.pop(stored, _NOT_LOOKED_UP)
        cached: Completion | None
        if looked_up is _NOT_LOOKED_UP:
            cached = cache.get_completion(config, request, stored=stored)
        elif looked_up is None:
            cache.count(hit=False)
            cached = None
        else:
            cached = cache.completion_from_text(looked_up)
        if cached is not None:
            return cached, 0
        if cache.replay:
            raise _CacheMiss()
        completion, attempts = await self._send(target, config, request)
        # Stored before it is scored: a run killed from here on never asks again.
        cache.put_completion(target, config, request, completion, stored=stored)
        return completion, attempts

    async def _send(
        self, target: str, config: TargetConfig, request: ChatRequest
    ) -> tuple[Completion, int]:
        self._shards(target)  # connection pools ready before any slot is taken
        limiter = self._limiter
        tokens = 0
        if limiter is not None and limiter.limit(target) is not None:
            chars = sum(len(m.content) for m in request.messages)
            tokens = limiter.estimate(target, chars, request.params.get("max_tokens"))
        attempt = 0
        while True:
            attempt += 1
            async with self._semaphore(target):
                refused = self._auth_failed.get(target)
                if refused is not None:  # auth fast-stop: checked after waiting for a slot
                    raise ProviderError(
                        f"authentication failed (HTTP {refused}) earlier in this run; "
                        "not sending more requests",
                        target=target,
                        status=refused,
                        cause="auth failed earlier",
                    )
                # Paced inside the slot: a request waiting for its rate slot holds
                # a concurrency slot, so slots taken never pile up into a burst.
                charged = await limiter.acquire(target, tokens) if limiter is not None else 0
                if self._stopped:
                    raise asyncio.CancelledError("the run stopped before this request was sent")
                self.requests_sent += 1
                shard = self._provider(target)
                shard.busy += 1
                try:
                    completion = await shard.provider.complete(request)
                except ProviderError as exc:
                    if exc.status in (401, 403):
                        self._auth_failed.setdefault(target, exc.status)
                    if not exc.retryable or attempt > config.max_retries:
                        if attempt > 1:
                            exc.message += f" (after {attempt} attempts)"
                        raise
                    delay = self._backoff(attempt, exc.retry_after)
                    if exc.status == 429 and limiter is not None:
                        # One 429 pauses the target for every worker, not just this request.
                        limiter.throttle(target, delay)
                else:
                    if limiter is not None and charged:
                        limiter.settle(target, charged, completion.usage)
                    return completion, attempt
                finally:
                    shard.busy -= 1
            # Sleep outside the semaphore so a backing-off request frees its slot.
            await asyncio.sleep(delay)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        return retry_delay(attempt, retry_after, self._rng)


def _is_cache_error(exc: Exception) -> bool:
    # Not imported here: this runs on the loop (see _import_for_loop), and a
    # CacheError can only come from the module once something imported it.
    cache = sys.modules.get(f"{__package__}.cache")
    return cache is not None and isinstance(exc, cache.CacheError)


#: What the loop imports on its first request whatever the target.
LOOP_MODULES = (
    "pytest_llmsafety.providers.transport",
    "pytest_llmsafety.reasoning",
    "httpcore._backends.anyio",
    "anyio._backends._asyncio",
)


def _import_for_loop(extra: tuple[str, ...]) -> None:
    """Import, on the pytest thread, the modules the loop thread would import.

    pytest imports the modules of its plugins' distributions (this package,
    anyio) through its assertion rewriter, which builds AST objects, and so
    does the pytest thread whenever it imports a test module or formats a
    traceback. On CPython 3.11 two threads doing that at once can fail with
    "SystemError: AST constructor recursion depth mismatch"
    (python/cpython#106905, pytest-dev/pytest#10763), erroring a case for no
    reason of its own. So the loop thread must find them imported already;
    ``tests/test_threads.py`` checks that it imports none of them.
    """
    import importlib

    for name in (*LOOP_MODULES, *extra):
        if name not in sys.modules:
            with contextlib.suppress(ImportError):  # e.g. a plugin provider's optional module
                importlib.import_module(name)


def _avoid_sniffio_lookups() -> None:
    """Make a missing ``sniffio`` fail fast instead of searching ``sys.path`` per request.

    httpcore asks ``import sniffio`` several times per request to learn which
    async library runs it. anyio >= 4.5 no longer installs sniffio, and a
    failed import is not remembered, so each of those imports searched every
    ``sys.path`` entry again: about 0.5 ms of CPU per request, a third of a
    case's budget. Recording the module as absent (what ``import`` itself
    does for ``None`` entries) keeps the answer the same (httpcore falls back
    to asyncio, which is what runs it here) and makes it free.
    """
    if "sniffio" in sys.modules:
        return
    import importlib.util

    if importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def retry_delay(attempt: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds before retry number ``attempt``: ``Retry-After`` if given, else backoff.

    Shared by target calls and LLM-judge calls (issue 5), so both back off alike.
    """
    if retry_after is not None:
        return min(retry_after, MAX_BACKOFF)
    base: float = min(0.5 * 2.0 ** (attempt - 1), MAX_BACKOFF)
    return base * (0.5 + rng.random() / 2)  # jitter: spread retries apart


def build_run_settings(
    targets: Mapping[str, TargetConfig],
    scale: ScaleOptions,
    cache: ResponseCache | None,
    preload: tuple[str, ...] = (),
) -> RunSettings:
    """The cache, the pacing and the concurrency share of this process (issue 7)."""
    from .ratelimit import Limit, RateLimiter, SqliteStore

    limits = {name: Limit(t.rpm, t.tpm) for name, t in targets.items()}
    shared = None
    if scale.shared_dir is not None and any(limits.values()):
        # One budget for the whole run: every worker paces from the same file.
        shared = SqliteStore(scale.shared_dir / "ratelimit.sqlite")
    return RunSettings(
        cache=cache,
        limiter=RateLimiter(limits, shared),
        workers=max(1, scale.workers),
        preload=preload,
    )
