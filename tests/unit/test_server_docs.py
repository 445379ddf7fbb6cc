"""The server's /docs page opens on a network with no internet (issue 13 point 18)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.server.app import create_app


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns that httpx2 would be preferred
        from fastapi.testclient import TestClient
    with TestClient(create_app(f"sqlite:///{tmp_path / 'server.sqlite'}", rate=0)) as client:
        yield client


def test_docs_load_every_script_and_style_from_the_server_itself(api: Any) -> None:
    """Nothing on /docs is fetched from another host (FastAPI's default uses a CDN)."""
    page = api.get("/docs")
    assert page.status_code == 200
    links = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
    assert links and all(link.startswith("/") for link in links), links
    for link in links:
        asset = api.get(link)
        assert asset.status_code == 200 and len(asset.content) > 100, link
    assert api.get("/redoc").status_code == 404  # ReDoc needs a CDN: not offered
