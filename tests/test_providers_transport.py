"""providers/transport.py: the pieces every provider shares, tested on their own.

Retry-After parsing, usage flattening, the SSE and NDJSON readers, the status
classes, and error-body extraction. Behaviour over real HTTP is in
``test_providers_faults.py`` and the per-provider modules.
"""

from __future__ import annotations

import email.utils
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest
from conftest import FAKE_API_KEY, complete_error, make_provider, run_complete
from stub_server import StubReply, StubServer

from pytest_llmsafety.providers.base import ChatRequest, Message
from pytest_llmsafety.providers.transport import (
    SSEEvent,
    error_message,
    flatten_usage,
    is_retryable_status,
    iter_ndjson,
    iter_sse,
    parse_retry_after,
)

NOW = 1_750_000_000.0

# -- Retry-After ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({"Retry-After": "7"}, 7.0, id="seconds"),
        pytest.param({"retry-after": "0"}, 0.0, id="zero-lowercase"),
        pytest.param({"Retry-After": "1.5"}, 1.5, id="fraction"),
        pytest.param({"Retry-After": "-3"}, 0.0, id="negative-is-now"),
        pytest.param({"retry-after-ms": "250", "Retry-After": "9"}, 0.25, id="ms-wins"),
        pytest.param({"retry-after-ms": "x", "Retry-After": "9"}, 9.0, id="bad-ms-falls-back"),
        pytest.param({"Retry-After": "soon"}, None, id="garbage"),
        pytest.param({"Retry-After": "inf"}, None, id="infinite"),
        pytest.param({}, None, id="absent"),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected


def test_retry_after_http_date() -> None:
    date = email.utils.formatdate(NOW + 30, usegmt=True)  # "Mon, 16 Jun 2025 ... GMT"
    assert parse_retry_after({"Retry-After": date}, now=NOW) == pytest.approx(30.0)


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    date = email.utils.formatdate(NOW - 600, usegmt=True)
    assert parse_retry_after({"Retry-After": date}, now=NOW) == 0.0


# -- statuses --------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 425, 429, 500, 502, 503, 504, 520, 529, 599])
def test_retryable_statuses(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422, 501, 505])
def test_permanent_statuses(status: int) -> None:
    assert not is_retryable_status(status)


# -- usage -----------------------------------------------------------------------------


def test_usage_flattens_nested_details_and_promotes_reasoning_tokens() -> None:
    usage = flatten_usage(
        {
            "prompt_tokens": 21,
            "completion_tokens": 96,
            "total_tokens": 117,
            "prompt_tokens_details": {"cached_tokens": 4, "audio_tokens": None},
            "completion_tokens_details": {"reasoning_tokens": 58, "audio_tokens": 0},
        }
    )
    assert usage == {
        "prompt_tokens": 21,
        "completion_tokens": 96,
        "total_tokens": 117,
        "prompt_tokens_details.cached_tokens": 4,
        "completion_tokens_details.audio_tokens": 0,
        "reasoning_tokens": 58,
    }


def test_usage_survives_nulls_strings_floats_and_booleans() -> None:
    usage = flatten_usage(
        {
            "input_tokens": 12.0,
            "output_tokens": "30",
            "cache_read_input_tokens": None,
            "service_tier": "standard",
            "cached": True,
            "weird": float("nan"),
            "server_tool_use": None,
            "list": [1, 2],
        }
    )
    assert usage == {
        "input_tokens": 12,
        "output_tokens": 30,
        "prompt_tokens": 12,
        "completion_tokens": 30,
        "total_tokens": 42,
    }
    assert all(type(v) is int for v in usage.values())


@pytest.mark.parametrize("raw", [None, [], "12", 3, {"a": {"b": {"c": {"d": {"e": 1}}}}}])
def test_usage_of_odd_shapes_never_raises(raw: Any) -> None:
    usage = flatten_usage(raw)
    assert all(isinstance(k, str) and type(v) is int for k, v in usage.items())


def test_usage_canonical_names_from_each_provider() -> None:
    anthropic = flatten_usage({"input_tokens": 5, "output_tokens": 7})
    ollama = flatten_usage({"prompt_eval_count": 5, "eval_count": 7})
    responses = flatten_usage(
        {"input_tokens": 5, "output_tokens": 7, "output_tokens_details": {"reasoning_tokens": 3}}
    )
    for usage in (anthropic, ollama, responses):
        assert (usage["prompt_tokens"], usage["completion_tokens"], usage["total_tokens"]) == (
            5,
            7,
            12,
        )
    assert responses["reasoning_tokens"] == 3
    assert "output_tokens_details.reasoning_tokens" not in responses


# -- stream readers ----------------------------------------------------------------------


async def _lines(*lines: str) -> AsyncIterator[str]:
    for line in lines:
        yield line


async def _collect_sse(*lines: str) -> list[SSEEvent]:
    return [event async for event in iter_sse(_lines(*lines))]


async def _collect_ndjson(*lines: str) -> list[Any]:
    return [value async for value in iter_ndjson(_lines(*lines))]


def test_sse_events_names_comments_and_multiline_data() -> None:
    events = anyio.run(
        _collect_sse,
        ": keep-alive",
        "event: message_start",
        'data: {"a": 1}',
        "",
        "",
        "data:no-space",
        "data: second line",
        "id: 7",
        "",
        "data: [DONE]",
    )
    assert events == [
        SSEEvent("message_start", '{"a": 1}'),
        SSEEvent("", "no-space\nsecond line"),
        # The last event had no blank line after it; the provider decides
        # whether the stream was complete, not the reader.
        SSEEvent("", "[DONE]"),
    ]


def test_sse_event_without_data_is_not_dispatched() -> None:
    assert anyio.run(_collect_sse, "event: ping", "", ": comment", "") == []


def test_ndjson_skips_blank_lines_and_rejects_garbage() -> None:
    assert anyio.run(_collect_ndjson, '{"a": 1}', "", "  ", "[2]") == [{"a": 1}, [2]]
    with pytest.raises(ValueError, match=r"^Expecting"):
        anyio.run(_collect_ndjson, '{"a": 1}', '{"done": tr')


# -- error bodies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('{"error": {"message": "bad key", "type": "x"}}', "bad key", id="openai"),
        pytest.param(
            '{"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}',
            "Overloaded",
            id="anthropic",
        ),
        pytest.param('{"error": "model not found"}', "model not found", id="ollama"),
        pytest.param('{"message": "Forbidden"}', "Forbidden", id="gateway"),
        pytest.param("<html>502</html>", "<html>502</html>", id="html"),
        pytest.param("", "(empty body)", id="empty"),
    ],
)
def test_error_message(body: str, expected: str) -> None:
    assert error_message(body) == expected


# -- the key is redacted before anything is shortened, for every provider ----------------

PROVIDER_BASES = {
    "openai": lambda s: s.url,
    "anthropic": lambda s: s.url,
    "ollama": lambda s: s.origin,
    "openai-responses": lambda s: s.url,
}


@pytest.mark.parametrize("provider", sorted(PROVIDER_BASES))
@pytest.mark.parametrize(
    "reply",
    [
        # The key straddles the 500-character cut of error.message.
        pytest.param(
            StubReply(400, {"error": {"message": "m" * 482 + " " + FAKE_API_KEY}}),
            id="json-message-at-limit",
        ),
        # The key straddles the 200-character snippet of a text body.
        pytest.param(StubReply(502, "x" * 180 + " key=" + FAKE_API_KEY), id="text-at-limit"),
        pytest.param(
            StubReply(200, "not json; Authorization: Bearer " + FAKE_API_KEY), id="non-json-200"
        ),
        pytest.param(
            StubReply(200, {"error": {"message": f"key {FAKE_API_KEY} over quota"}}),
            id="error-in-200",
        ),
    ],
)
def test_api_key_never_in_an_error(
    stub_server: StubServer, provider: str, reply: StubReply
) -> None:
    stub_server.enqueue(reply)
    base = PROVIDER_BASES[provider](stub_server)
    error = complete_error(make_provider(provider, base, api_key=FAKE_API_KEY))
    shown = f"{error} {error.message} {error.cause}"
    for fragment in (FAKE_API_KEY, FAKE_API_KEY[:14], FAKE_API_KEY[-12:]):
        assert fragment not in shown
    (request,) = stub_server.requests
    assert FAKE_API_KEY in " ".join(request.headers.values())  # but it was sent


# -- plain requests skip the client's layers (issue 7), but not what they mean ------------


def test_plain_request_carries_the_client_headers_and_decodes_gzip(
    stub_server: StubServer,
) -> None:
    import gzip
    import json

    from stub_server import chat_reply

    from pytest_llmsafety import __version__

    body = gzip.compress(json.dumps(chat_reply("Zipped answer.")).encode())
    stub_server.enqueue(
        StubReply(
            200, body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )
    )
    provider = make_provider(
        "openai", stub_server.url, api_key=FAKE_API_KEY, headers={"X-Team": "safety"}
    )
    completion = run_complete(provider, "Hello")
    assert completion.answer == "Zipped answer."
    (request,) = stub_server.requests
    assert request.headers["user-agent"] == f"pytest-llmsafety/{__version__}"
    assert request.headers["x-team"] == "safety"
    assert request.headers["authorization"] == f"Bearer {FAKE_API_KEY}"
    assert "gzip" in request.headers["accept-encoding"]
    assert request.headers["content-type"] == "application/json"
    assert request.json["messages"][-1] == {"role": "user", "content": "Hello"}


def test_plain_requests_keep_cookies_as_the_client_does(stub_server: StubServer) -> None:
    """A gateway's stickiness or bot-check cookie comes back on the next request."""
    from stub_server import chat_reply

    stub_server.enqueue(
        StubReply(200, chat_reply("One."), headers={"Set-Cookie": "lb=node-7; Path=/"})
    )
    stub_server.enqueue(StubReply(200, chat_reply("Two.")))
    # A reply may also take the cookie back (the jar is only read when one is kept).
    stub_server.enqueue(
        StubReply(200, chat_reply("Three."), headers={"Set-Cookie": "lb=; Max-Age=0; Path=/"})
    )
    stub_server.enqueue(StubReply(200, chat_reply("Four.")))
    provider = make_provider("openai", stub_server.url)

    async def four() -> list[str]:
        try:
            answers = []
            for prompt in ("A", "B", "C", "D"):
                request = ChatRequest(messages=(Message("user", prompt),), params={}, sample=0)
                answers.append((await provider.complete(request)).answer)
            return answers
        finally:
            await provider.aclose()

    assert anyio.run(four) == ["One.", "Two.", "Three.", "Four."]
    first, second, third, fourth = stub_server.requests
    assert "cookie" not in first.headers
    assert second.headers["cookie"] == "lb=node-7"
    assert third.headers["cookie"] == "lb=node-7"  # kept across a reply without Set-Cookie
    assert "cookie" not in fourth.headers


def test_a_proxy_from_the_environment_is_honoured(
    stub_server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stub_server import chat_reply

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", stub_server.origin)
    stub_server.enqueue(StubReply(200, chat_reply("Via the proxy.")))
    # Nothing listens at this name: only a proxy can answer.
    provider = make_provider("openai", "http://model.invalid/v1")
    assert run_complete(provider).answer == "Via the proxy."
    (request,) = stub_server.requests
    assert request.path == "http://model.invalid/v1/chat/completions"  # absolute form


@pytest.mark.parametrize(
    ("env", "url", "proxied"),
    [
        pytest.param({}, "http://10.0.0.1/v1", False, id="none"),
        pytest.param({"HTTP_PROXY": "http://p:3128"}, "http://10.0.0.1/v1", True, id="http"),
        pytest.param({"HTTP_PROXY": "http://p:3128"}, "https://api.x/v1", False, id="other-scheme"),
        pytest.param({"HTTPS_PROXY": "http://p:3128"}, "https://api.x/v1", True, id="https"),
        pytest.param({"ALL_PROXY": "http://p:3128"}, "https://api.x/v1", True, id="all"),
        pytest.param(
            {"HTTPS_PROXY": "http://p:3128", "NO_PROXY": "api.x"},
            "https://api.x/v1",
            False,
            id="no-proxy",
        ),
    ],
)
def test_environment_proxies(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], url: str, proxied: bool
) -> None:
    from pytest_llmsafety.providers.transport import _environment_proxies

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert _environment_proxies(url) is proxied
