"""Schemathesis over the server's OpenAPI spec: generated requests, valid and invalid, with and
without a device token, never get a server error (5xx)."""

from __future__ import annotations

import time
from typing import Any

import hypothesis
import hypothesis.errors
import pytest
import schemathesis
from hypothesis import HealthCheck, given
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.integration.conftest import Backend, ServerProcess, token_for

EXAMPLES = 50  # per operation and mode: the whole run stays well under two minutes


@pytest.mark.slow
def test_generated_requests_over_the_openapi_spec_never_get_a_server_error(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    _device, token = token_for(server, "ann")
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    labels = {op.label for op in operations}
    assert {"POST /v1/sync/push", "GET /v1/sync/changes", "GET /v1/sync/hello",
            "POST /v1/auth/device"} <= labels
    started = time.monotonic()
    failures: list[str] = []
    calls = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategy = operation.as_strategy(generation_mode=mode)

            @given(case=strategy)
            @hypothesis.settings(max_examples=EXAMPLES, deadline=None, database=None,
                                 derandomize=True,
                                 suppress_health_check=list(HealthCheck))
            def run(case: Any) -> None:
                nonlocal calls
                headers = dict(case.headers or {})
                headers.setdefault("Authorization", f"Bearer {token}")
                calls += 1
                case.call_and_validate(headers=headers, checks=[not_a_server_error],
                                       timeout=30)

            try:
                run()
            except hypothesis.errors.Unsatisfiable:
                continue  # nothing to make invalid (an operation without parameters)
            except Exception as exc:  # collect every operation's failure, then report
                failures.append(f"{operation.label} [{mode.value}]: {exc}"[:2000])
    assert not failures, "\n\n".join(failures)
    assert calls >= 100
    assert time.monotonic() - started < 120
