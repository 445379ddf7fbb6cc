"""The device token: in the keyring when one works, else in a private file written atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest

from fieldsessions.sync.credentials import ENV_DIR, CredentialStore

URL = "https://sync.example.org"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory. Its class priority is negative so keyring never picks it by
    itself; the fixture's instance says it is usable."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Any:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    backend.priority = 10  # type: ignore[misc]
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Any:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_token_goes_to_a_0600_file_in_a_0700_folder(
    tmp_path: Path, no_keyring: None
) -> None:
    folder = tmp_path / "credentials"
    credentials = CredentialStore(folder)
    where = credentials.save(URL, "device-1", "secret-token")
    assert Path(where).parent == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(Path(where).stat().st_mode) == 0o600
    assert credentials.load(URL, "device-1") == "secret-token"
    assert credentials.load(URL + "/", "device-1") == "secret-token"
    assert credentials.load(URL, "device-2") is None
    assert [p.name for p in folder.iterdir()] == [Path(where).name], "no temporary file left"


def test_saving_again_replaces_the_token_and_forget_removes_it(tmp_path: Path) -> None:
    credentials = CredentialStore(tmp_path / "c", use_keyring=False)
    credentials.save(URL, "d", "old")
    credentials.save(URL, "d", "new")
    assert credentials.load(URL, "d") == "new"
    credentials.forget(URL, "d")
    assert credentials.load(URL, "d") is None


def test_a_loose_folder_is_tightened_to_0700(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    CredentialStore(folder, use_keyring=False).save(URL, "d", "t")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_file_for_another_account_or_damaged_is_not_used(tmp_path: Path) -> None:
    credentials = CredentialStore(tmp_path / "c", use_keyring=False)
    path = Path(credentials.save(URL, "d", "t"))
    path.write_text('{"account": "someone else", "token": "x"}')
    assert credentials.load(URL, "d") is None
    path.write_text("not json")
    assert credentials.load(URL, "d") is None


def test_with_a_working_keyring_the_token_is_kept_there_and_not_on_disk(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    credentials = CredentialStore(tmp_path / "c")
    assert credentials.save(URL, "d", "kept-in-keyring") == "keyring"
    assert "kept-in-keyring" in memory_keyring.items.values()
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").iterdir())
    assert credentials.load(URL, "d") == "kept-in-keyring"
    credentials.forget(URL, "d")
    assert memory_keyring.items == {}


def test_the_environment_folder_turns_the_keyring_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "env"))
    credentials = CredentialStore()
    assert credentials.folder == tmp_path / "env"
    assert credentials.save(URL, "d", "t") != "keyring"
    assert memory_keyring.items == {}
