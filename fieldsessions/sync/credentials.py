"""Where the device token lives: the system keyring when one exists, else a private file.

The file fallback is `<config>/credentials/<hash>.json`, the folder created 0700 and each file
0600, written atomically (temporary file, fsync, rename, fsync of the folder) so a power cut
leaves either the old token or the new one. The password is never stored anywhere.
$FIELDSESSIONS_CREDENTIALS_DIR chooses the folder and turns the keyring off (tests, kiosks).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "fieldsessions-sync"
ENV_DIR = "FIELDSESSIONS_CREDENTIALS_DIR"


def _default_folder() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("fieldsessions", appauthor=False)) / "credentials"


def _account(server_url: str, device_id: str) -> str:
    return f"{server_url.rstrip('/')}|{device_id}"


class CredentialStore:
    """Saves, loads and forgets device tokens, one per (server, device)."""

    def __init__(self, folder: Path | None = None, *, use_keyring: bool | None = None) -> None:
        env = os.environ.get(ENV_DIR)
        if folder is None and env:
            folder = Path(env)
            use_keyring = False if use_keyring is None else use_keyring
        self.folder = folder or _default_folder()
        self.use_keyring = True if use_keyring is None else use_keyring

    # ---------------------------------------------------------------- keyring

    def _keyring_set(self, account: str, token: str) -> bool:
        if not self.use_keyring:
            return False
        try:
            import keyring
            import keyring.errors

            if getattr(keyring.get_keyring(), "priority", 0) <= 0:
                return False
            keyring.set_password(SERVICE, account, token)
        except Exception as exc:  # any backend failure means: use the file
            log.info("keyring not usable (%s); the token goes to a private file", exc)
            return False
        return True

    def _keyring_get(self, account: str) -> str | None:
        if not self.use_keyring:
            return None
        try:
            import keyring

            if getattr(keyring.get_keyring(), "priority", 0) <= 0:
                return None
            return keyring.get_password(SERVICE, account)
        except Exception as exc:  # a broken backend must not stop the file fallback
            log.info("keyring not readable (%s)", exc)
            return None

    def _keyring_delete(self, account: str) -> None:
        if not self.use_keyring:
            return
        with contextlib.suppress(Exception):
            import keyring

            keyring.delete_password(SERVICE, account)

    # ---------------------------------------------------------------- file

    def _path(self, account: str) -> Path:
        return self.folder / (hashlib.sha256(account.encode()).hexdigest()[:24] + ".json")

    def _ensure_folder(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if stat.S_IMODE(self.folder.stat().st_mode) != 0o700:
            os.chmod(self.folder, 0o700)

    def _write_file(self, account: str, token: str) -> None:
        self._ensure_folder()
        target = self._path(account)
        data = json.dumps({"account": account, "token": token}).encode()
        fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".token-", suffix=".tmp")
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.replace(temp, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        with contextlib.suppress(OSError):  # not every platform can fsync a folder
            folder_fd = os.open(self.folder, os.O_RDONLY)
            try:
                os.fsync(folder_fd)
            finally:
                os.close(folder_fd)

    def _read_file(self, account: str) -> str | None:
        path = self._path(account)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(doc, dict) or doc.get("account") != account:
            return None
        token = doc.get("token")
        return token if isinstance(token, str) and token else None

    # ---------------------------------------------------------------- public

    def save(self, server_url: str, device_id: str, token: str) -> str:
        """Store the token; returns where ("keyring" or the file's path)."""
        account = _account(server_url, device_id)
        if self._keyring_set(account, token):
            with contextlib.suppress(OSError):
                self._path(account).unlink()
            return "keyring"
        self._write_file(account, token)
        return str(self._path(account))

    def load(self, server_url: str, device_id: str) -> str | None:
        account = _account(server_url, device_id)
        return self._keyring_get(account) or self._read_file(account)

    def forget(self, server_url: str, device_id: str) -> None:
        account = _account(server_url, device_id)
        self._keyring_delete(account)
        with contextlib.suppress(OSError):
            self._path(account).unlink()
