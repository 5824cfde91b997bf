"""HTTP plumbing shared by every provider: client, errors, retries' inputs, streams.

Providers differ in their JSON, not in how they fail. A 429 with a
``Retry-After`` date, a connection that drops mid-stream, a proxy that cuts a
body in half or echoes the API key into an error page: these look the same
whichever model sits behind the endpoint, so they are handled once, here, and
each provider module only turns its own JSON into a :class:`Completion`.

What this module guarantees to the runner (which owns retries and backoff):

* every failure is a :class:`ProviderError` with ``retryable``, ``status``,
  ``retry_after`` and a short ``cause`` for summaries, never a raw httpx error;
* the API key is removed from every message *before* anything shortens it
  (a key cut in half by truncation would no longer match and would leak);
* a stream that stops before the provider's final event is an error
  ("stream ended early"), never a short answer that gets scored.
"""

from __future__ import annotations

import email.utils
import functools
import json
import math
import ssl
import time
from abc import abstractmethod
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import httpx

from .base import ChatRequest, Completion, Provider, ProviderError, redact

if TYPE_CHECKING:
    from ..config import TargetConfig

__all__ = [
    "AUTH_STATUS",
    "RETRYABLE_STATUS",
    "HTTPProvider",
    "SSEEvent",
    "error_message",
    "flatten_usage",
    "is_retryable_status",
    "iter_ndjson",
    "iter_sse",
    "parse_retry_after",
    "snippet",
]

#: Statuses worth another try: timeouts, conflicts, rate limits, overload. Any
#: other 5xx is retried too (see :func:`is_retryable_status`).
RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 529})
#: A wrong or unauthorised key: retrying cannot help, and the runner stops
#: sending the target's remaining cases after the first one.
AUTH_STATUS = frozenset({401, 403})
#: 5xx statuses that describe the request, not a passing server condition.
_PERMANENT_5XX = frozenset({501, 505})
#: Longest error text kept from a body (after redaction).
_MESSAGE_CHARS = 500
_SNIPPET_CHARS = 200

#: Error ``type`` strings (Anthropic's names, which other servers echo) mapped
#: to the HTTP status they stand for, so an error that arrives inside a 200
#: stream is retried, or stops a target, exactly like its HTTP twin.
_ERROR_TYPE_STATUS: Mapping[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "rate_limit_exceeded": 429,
    "api_error": 500,
    "server_error": 500,
    "internal_error": 500,
    "overloaded_error": 529,
    "timeout_error": 504,
}


def is_retryable_status(status: int) -> bool:
    """True for statuses a later attempt can fix (rate limits, overload, 5xx)."""
    return status in RETRYABLE_STATUS or (500 <= status <= 599 and status not in _PERMANENT_5XX)


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait, from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date).

    OpenAI and Azure send ``retry-after-ms``, which is more precise; RFC 9110
    allows an HTTP date in ``Retry-After``, which some gateways use. A date in
    the past means "now" (0), and anything unparseable means "no hint" (None),
    so the runner falls back to its own backoff instead of failing.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis)
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return max(0.0, value / 1000.0)
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC dates are GMT; a naive parse means "-0000"
            return None
        current = time.time() if now is None else now
        return max(0.0, when.timestamp() - current)
    return max(0.0, seconds) if math.isfinite(seconds) else None


def snippet(text: str, limit: int = _SNIPPET_CHARS) -> str:
    """A short, single-purpose excerpt of a body for an error message."""
    text = text.strip()
    if not text:
        return "(empty body)"
    return text[:limit] + ("…" if len(text) > limit else "")


def error_message(text: str) -> str:
    """The human part of an error body: ``error.message``, ``error`` or ``message``.

    Works for OpenAI/Azure (``{"error": {"message"}}``), Anthropic
    (``{"type": "error", "error": {"type", "message"}}``), Ollama
    (``{"error": "..."}``) and anything else by falling back to a snippet.
    ``text`` must already be redacted: this function shortens it.
    """
    try:
        data = json.loads(text)
    except ValueError:
        return snippet(text)
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])[:_MESSAGE_CHARS]
        if isinstance(err, str) and err:
            return err[:_MESSAGE_CHARS]
        if isinstance(data.get("message"), str):
            return str(data["message"])[:_MESSAGE_CHARS]
    return snippet(text)


def _as_int(value: object) -> int | None:
    """An integer token count, or None for anything that is not one.

    Servers send nulls, floats (``12.0``), numeric strings and booleans in
    usage blocks; a report must never crash on them.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        return int(number) if math.isfinite(number) else None
    return None


#: Names under which servers report the same count; the first one present
#: fills the canonical key, so reports compare across providers.
_CANONICAL_USAGE: Mapping[str, tuple[str, ...]] = {
    "prompt_tokens": ("prompt_tokens", "input_tokens", "prompt_eval_count"),
    "completion_tokens": ("completion_tokens", "output_tokens", "eval_count"),
    "reasoning_tokens": (
        "reasoning_tokens",
        "completion_tokens_details.reasoning_tokens",
        "output_tokens_details.reasoning_tokens",
    ),
}


def flatten_usage(raw: object) -> dict[str, int]:
    """A usage block as flat ``{name: int}``, plus canonical token names.

    Nested objects (``completion_tokens_details``, Anthropic's
    ``cache_creation``) become dotted keys; anything that is not an integer
    count is dropped. ``prompt_tokens``, ``completion_tokens``,
    ``total_tokens`` and ``reasoning_tokens`` are added from the provider's
    own names when it does not send them, and the nested reasoning count is
    promoted rather than repeated.
    """
    if not isinstance(raw, Mapping):
        return {}
    flat: dict[str, int] = {}

    def walk(prefix: str, value: Mapping[Any, Any], depth: int) -> None:
        for key, item in value.items():
            name = f"{prefix}{key}"
            if isinstance(item, Mapping):
                if depth < 3:
                    walk(f"{name}.", item, depth + 1)
                continue
            number = _as_int(item)
            if number is not None:
                flat[name] = number

    walk("", raw, 0)
    for canonical, names in _CANONICAL_USAGE.items():
        if canonical not in flat:
            found = next((flat[n] for n in names if n in flat), None)
            if found is not None:
                flat[canonical] = found
    for nested in _CANONICAL_USAGE["reasoning_tokens"][1:]:
        flat.pop(nested, None)
    if "total_tokens" not in flat and "prompt_tokens" in flat and "completion_tokens" in flat:
        flat["total_tokens"] = flat["prompt_tokens"] + flat["completion_tokens"]
    return flat


# ---------------------------------------------------------------------------
# Stream readers
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SSEEvent:
    """One server-sent event: its ``event:`` name (``""`` if none) and joined ``data:``."""

    event: str
    data: str


async def iter_sse(lines: AsyncIterator[str]) -> AsyncIterator[SSEEvent]:
    """Server-sent events from decoded lines, as the WHATWG spec dispatches them.

    A blank line ends an event; ``data:`` lines of one event are joined with
    newlines; lines starting with ``:`` are comments (keep-alives). An event
    not ended by a blank line before the stream closes is still dispatched:
    whether the stream was complete is the provider's call (it knows its
    final event), not the reader's.
    """
    event = ""
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield SSEEvent(event, "\n".join(data))
            event, data = "", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
    if data:
        yield SSEEvent(event, "\n".join(data))


async def iter_ndjson(lines: AsyncIterator[str]) -> AsyncIterator[Any]:
    """JSON values from newline-delimited JSON; blank lines are skipped.

    Raises :class:`ValueError` on a line that is not JSON (a cut or corrupted
    stream); the provider turns that into a retryable error.
    """
    async for line in lines:
        if line.strip():
            yield json.loads(line)


def _environment_proxies(url: str) -> bool:
    """True if ``HTTP(S)_PROXY``/``ALL_PROXY`` (less ``NO_PROXY``) send ``url`` through a proxy.

    httpx's client honours these (``trust_env``); requests that skip the client
    must not, so such targets keep going through it.
    """
    import urllib.parse
    import urllib.request

    proxies = urllib.request.getproxies()
    if not proxies:
        return False
    parsed = urllib.parse.urlsplit(url)
    if not (proxies.get(parsed.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parsed.hostname or "")


#: What httpx's client sends with every request (the plugin's headers win).
_CLIENT_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}


@functools.cache
def _no_trust_context() -> ssl.SSLContext:
    """A TLS context that verifies certificates and trusts no authority: fails closed."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``), built once.

    Every client verifies the same way; only the work of loading the CA
    bundle is shared.
    """
    return httpx.create_ssl_context()


# ---------------------------------------------------------------------------
# The shared provider base
# ---------------------------------------------------------------------------


class HTTPProvider(Provider):
    """A provider that talks JSON over HTTP, optionally streamed (SSE or NDJSON).

    Subclasses supply the URL, the request body, and the parsing of one JSON
    reply (:meth:`parse_body`) and of one stream (:meth:`parse_stream`). The
    client, authentication header, status handling, timeouts, connection
    errors and key redaction live here, so they behave the same everywhere.
    """

    #: ``sse`` or ``ndjson``: how this protocol streams.
    stream_format: ClassVar[Literal["sse", "ndjson"]] = "sse"
    #: Header that carries the key; ``Authorization`` gets a ``Bearer`` prefix.
    default_auth_header: ClassVar[str] = "Authorization"

    def __init__(self, target: str, config: TargetConfig, api_key: str | None) -> None:
        self.target = target
        self.config = config
        self._api_key = api_key
        self._base_url = (config.base_url or "").rstrip("/")
        self._client: httpx.AsyncClient | None = None
        #: httpx's transport for plain requests, which skip the client (issue 7).
        self._direct: httpx.AsyncBaseTransport | None = None
        self._no_direct = False
        self._cookies = httpx.Cookies()
        self._direct_headers: list[tuple[str, str]] = []
        self._direct_timeout: dict[str, float | None] = {}
        #: ``endpoint`` parsed once (parsing it for every request took ~11 us).
        self._direct_url: httpx.URL | None = None

    # -- what subclasses provide ------------------------------------------------

    @property
    @abstractmethod
    def endpoint(self) -> str:
        """The URL every request of this target is POSTed to."""

    @abstractmethod
    def build_body(self, request: ChatRequest) -> dict[str, Any]:
        """The JSON request body (including ``stream`` when ``config.stream``)."""

    @abstractmethod
    def parse_body(self, data: dict[str, Any], status: int) -> Completion:
        """A :class:`Completion` from one successful JSON reply object."""

    @abstractmethod
    async def parse_stream(self, lines: AsyncIterator[str]) -> Completion:
        """A :class:`Completion` from a streamed reply's decoded lines.

        Must raise :meth:`stream_ended_early` when the lines run out before the
        protocol's final event.
        """

    def error_completion(self, status: int, data: Any) -> Completion | None:
        """A reply for an HTTP error that is really a verdict (Azure's prompt filter).

        Called with the parsed error body of a >= 400 reply; returning None
        (the default) makes it an error.
        """
        return None

    # -- shared machinery ---------------------------------------------------------

    def auth_headers(self) -> dict[str, str]:
        if not self._api_key:
            return {}
        header = self.config.api_key_header or self.default_auth_header
        if header.lower() == "authorization":
            return {"Authorization": f"Bearer {self._api_key}"}
        return {header: self._api_key}

    def default_headers(self) -> dict[str, str]:
        """Headers before the user's ``headers`` (which win) and the key (which wins last)."""
        from .. import __version__

        return {"User-Agent": f"pytest-llmsafety/{__version__}"}

    def _headers(self) -> dict[str, str]:
        return {**self.default_headers(), **self.config.headers, **self.auth_headers()}

    def _limits(self) -> httpx.Limits:
        limit = self.config.concurrency
        return httpx.Limits(max_connections=limit, max_keepalive_connections=limit)

    @property
    def client(self) -> httpx.AsyncClient:
        """The httpx client: streams, and targets behind a proxy from the environment."""
        # Created on first use so it binds to the runner's event loop; one pool per target.
        if self._client is None:
            self._client = httpx.AsyncClient(
                headers=self._headers(),
                # One number for connect, write, pool and *read*: for a stream,
                # the read timeout is the longest silence between two chunks.
                timeout=httpx.Timeout(self.config.timeout),
                limits=self._limits(),
                follow_redirects=False,
                # Issue 7: the runner gives a busy target several small pools;
                # each would load the CA bundle again (~30 ms of CPU) without this.
                verify=default_ssl_context(),
            )
        return self._client

    def prepare(self) -> None:
        """Build what this target's requests will use, before the first one is due."""
        if self._direct_transport() is None:
            _ = self.client

    def _direct_transport(self) -> httpx.AsyncBaseTransport | None:
        """httpx's transport on its own, for plain (non-streamed) requests; None: use the client.

        Issue 7: a plain request needs nothing else the client adds on top of
        its transport here (no redirects, auth flows or hooks; cookies are kept
        the same way), and those layers cost about 0.17 ms of CPU per request,
        a sixth of it. Streams, and targets a proxy from the environment must
        reach (the client honours ``HTTP(S)_PROXY``), go through the client.
        """
        if self._direct is None and not self._no_direct:
            if self.config.stream or _environment_proxies(self.endpoint):
                self._no_direct = True
                return None
            https = self.endpoint.lower().startswith("https:")
            self._direct = httpx.AsyncHTTPTransport(
                # A plain-http endpoint never does TLS: a context that trusts
                # nothing fails closed if it ever did, and skips loading the CA
                # bundle (40 ms before the first request could leave).
                verify=default_ssl_context() if https else _no_trust_context(),
                limits=self._limits(),
            )
            self._direct_headers = list(
                httpx.Headers({**_CLIENT_HEADERS, **self._headers()}).multi_items()
            )
            self._direct_timeout = httpx.Timeout(self.config.timeout).as_dict()
            self._direct_url = httpx.URL(self.endpoint)
        return self._direct

    async def complete(self, request: ChatRequest) -> Completion:
        body = self.build_body(request)
        if self.config.stream:
            completion = await self._complete_streamed(body)
        else:
            try:
                status, content, headers = await self._post(body)
            except httpx.TimeoutException as exc:
                raise self._timeout(exc, started=False) from None
            except httpx.TransportError as exc:
                raise self._unreachable(exc) from None
            completion = self.parse_response(status, content, headers)
        return self._checked(completion)

    async def _post(self, body: dict[str, Any]) -> tuple[int, bytes, httpx.Headers]:
        """POST ``body`` as JSON; the reply's status, body and headers."""
        direct = self._direct_transport()
        if direct is None or self._direct_url is None:  # a proxy: the client routes it
            response = await self.client.post(self.endpoint, json=body)
            return response.status_code, response.content, response.headers
        request = httpx.Request(
            "POST",
            self._direct_url,
            json=body,
            headers=self._direct_headers,
            extensions={"timeout": self._direct_timeout},
        )
        # Cookies as the client keeps them (a gateway's stickiness or bot-check
        # cookie comes back on the next request). Each call builds urllib
        # stand-ins of the request: skipped when there is nothing to send or
        # keep, as with most APIs (~5% of the runner's CPU per request).
        cookies = self._cookies
        if len(cookies.jar):
            cookies.set_cookie_header(request)
        response = await direct.handle_async_request(request)
        response.request = request
        try:
            content = await response.aread()  # decodes gzip/deflate like the client
        finally:
            await response.aclose()
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            cookies.extract_cookies(response)
        return response.status_code, content, headers

    def parse_response(
        self, status: int, content: bytes, headers: Mapping[str, str] | None = None
    ) -> Completion:
        """Status check, JSON decoding and shape check, then :meth:`parse_body`."""
        headers = headers or {}
        if status >= 400:
            return self._http_failure(status, content, headers)
        try:
            data = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            raise self._error(
                f"reply is not JSON (HTTP {status}): {snippet(self._safe_text(content))}",
                status=status,
                retryable=True,
                cause="bad reply",
            ) from None
        if not isinstance(data, dict):
            raise self._error(
                f"reply is not a JSON object: {snippet(self._safe_text(content))}",
                status=status,
                cause="bad reply",
            )
        return self.parse_body(data, status)

    def _http_failure(self, status: int, content: bytes, headers: Mapping[str, str]) -> Completion:
        text = self._safe_text(content)
        try:
            data: Any = json.loads(text)
        except ValueError:
            data = None
        verdict = self.error_completion(status, data)
        if verdict is not None:
            return verdict
        raise self._error(
            f"HTTP {status}: {error_message(text)}",
            status=status,
            retryable=is_retryable_status(status),
            retry_after=parse_retry_after(headers),
            cause=f"http {status}",
        )

    async def _complete_streamed(self, body: dict[str, Any]) -> Completion:
        started = False
        try:
            async with self.client.stream("POST", self.endpoint, json=body) as response:
                started = True
                if response.status_code >= 400:
                    content = await response.aread()
                    return self._http_failure(response.status_code, content, response.headers)
                ctype = response.headers.get("content-type", "").lower()
                if self.stream_format == "sse" and ctype.startswith("application/json"):
                    # The server ignored ``stream: true`` and sent one JSON reply.
                    content = await response.aread()
                    return self.parse_response(response.status_code, content, response.headers)
                try:
                    return await self.parse_stream(response.aiter_lines())
                except ValueError as exc:  # a malformed event or NDJSON line
                    raise self._error(
                        f"stream carries a malformed event: {snippet(str(exc))}",
                        status=response.status_code,
                        retryable=True,
                        cause="bad reply",
                    ) from None
        except httpx.TimeoutException as exc:
            raise self._timeout(exc, started=started) from None
        except httpx.TransportError as exc:
            if not started:
                raise self._unreachable(exc) from None
            raise self._error(
                f"stream ended early: the connection broke ({type(exc).__name__}: {exc})",
                retryable=True,
                cause="stream ended early",
            ) from None

    def _checked(self, completion: Completion) -> Completion:
        """Last checks on a parsed reply, whatever the protocol."""
        if completion.finish_reason == "error":
            # The server says generation failed part-way: whatever text came
            # back is not the model's answer, so it must not be scored.
            raise self._error(
                "the reply ended with an error finish reason "
                f"({completion.raw_finish_reason or 'error'})",
                retryable=True,
                cause="error finish",
            )
        key = self._api_key
        shown = completion.answer + (completion.reasoning or "")
        if key and len(key) >= 4 and key in shown:
            # A proxy that echoes request headers into the body must not put the
            # key into a report.
            completion = replace(
                completion,
                answer=redact(completion.answer, [key]),
                reasoning=None
                if completion.reasoning is None
                else redact(completion.reasoning, [key]),
            )
        return completion

    # -- errors -----------------------------------------------------------------

    def stream_ended_early(self, waiting_for: str, events: int) -> ProviderError:
        """The error for a stream that closed cleanly but before its final event."""
        return self._error(
            f"stream ended early: closed after {events} event(s) without {waiting_for}; "
            "a partial reply is never scored",
            retryable=True,
            cause="stream ended early",
        )

    def stream_error(self, error: object, *, status: int | None = None) -> ProviderError:
        """An error reported inside a reply or stream (``{"error": ...}`` or an error event).

        The status, when the error carries one (``code``, ``status``) or its
        ``type`` names one, decides retrying and the auth fast-stop as for a
        real HTTP status; an error with no such hint arrived after the server
        accepted the request, so it is treated as a passing server fault.
        """
        message = "(no message)"
        kind = ""
        hinted: int | None = None
        if isinstance(error, Mapping):
            message = str(error.get("message") or error.get("error") or error)
            # ``type`` is "error" on a Responses error event: the code says more.
            kinds = (error.get("type"), error.get("code"))
            kind = next((str(k) for k in kinds if isinstance(k, str) and k and k != "error"), "")
            for key in ("status", "code", "status_code"):
                value = error.get(key)
                if isinstance(value, int) and not isinstance(value, bool) and value >= 400:
                    hinted = value
                    break
            if hinted is None:
                hinted = _ERROR_TYPE_STATUS.get(kind)
        elif error is not None:
            message = str(error)
        effective = hinted or status
        retryable = True if effective is None else is_retryable_status(effective)
        label = f"{kind}: " if kind and kind not in message else ""
        return self._error(
            f"the endpoint reported an error: {label}{redact(message, [self._api_key])}"[
                : _MESSAGE_CHARS + 40
            ],
            status=effective,
            retryable=retryable,
            cause="error reply",
        )

    def bad_reply(self, problem: str, data: object, status: int | None = None) -> ProviderError:
        """A well-formed JSON reply without the fields this protocol needs."""
        text = json.dumps(data, default=str) if not isinstance(data, str) else data
        return self._error(
            f"{problem}: {snippet(redact(text, [self._api_key]))}",
            status=status,
            cause="bad reply",
        )

    def _timeout(self, exc: Exception, *, started: bool) -> ProviderError:
        if started:
            message = f"stream stalled: no data for {self.config.timeout:g}s ({type(exc).__name__})"
        else:
            message = f"no reply within {self.config.timeout:g}s ({type(exc).__name__})"
        return self._error(message, retryable=True, cause="timeout")

    def _unreachable(self, exc: Exception) -> ProviderError:
        return self._error(
            f"cannot reach {self.endpoint}: {type(exc).__name__}: {exc}",
            retryable=True,
            cause="connection",
        )

    def _safe_text(self, content: bytes) -> str:
        """The body as text with the key removed *before* anything cuts it short."""
        return redact(content.decode("utf-8", "replace"), [self._api_key])

    def _error(self, message: str, **kwargs: Any) -> ProviderError:
        return ProviderError(redact(message, [self._api_key]), target=self.target, **kwargs)

    async def aclose(self) -> None:
        if self._direct is not None:
            await self._direct.aclose()
            self._direct = None
        if self._client is not None:
            await self._client.aclose()
            self._client = None
