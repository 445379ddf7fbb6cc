"""Run by test_closing_cleanly in a subprocess: the real app (its main) on a demo data file,
one action done through the window, then the window closed while that action's work may
still run. argv: data file, action ("reports" or "sync"), server URL for "sync"."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldsessions.gui import application


def main() -> int:
    db, action = Path(sys.argv[1]), sys.argv[2]
    application.open_store(db, demo=True)
    if action == "sync":
        from fieldsessions.db.models import Device, Setting
        from fieldsessions.sync import engine
        from fieldsessions.sync.credentials import CredentialStore

        url = sys.argv[3]
        Setting.replace(key=engine.SERVER_KEY, value=url).execute()
        device_id = str(Device.select(Device.id).limit(1).scalar())
        CredentialStore().save(url, device_id, "token-of-this-laptop")
    from fieldsessions.db import store

    store.close_store()
    app = application.application()

    def window() -> QApplication:
        return next(w for w in QApplication.topLevelWidgets()
                    if type(w).__name__ == "MainWindow")

    def act() -> None:
        if action == "reports":
            window().show_tab(2)  # type: ignore[attr-defined]
        else:
            window().sync_action.trigger()  # type: ignore[attr-defined]
        print("acted", file=sys.stderr, flush=True)

    QTimer.singleShot(2500, act)
    QTimer.singleShot(2500 + int(sys.argv[-1]), lambda: window().close())  # type: ignore
    _ = app
    QTimer.singleShot(2500 + int(sys.argv[-1]) + 5, lambda: print(
        "closed", file=sys.stderr, flush=True))
    import logging

    from fieldsessions import app as entry

    handler = logging.StreamHandler()  # warnings and errors on stderr, with their level
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    code = entry.main(["--db", str(db)])
    print("returned", file=sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
