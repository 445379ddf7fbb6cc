"""The first-run page, shown instead of the tabs while the data file is empty.

It offers the three ways to start: create a programme, import a roster, or open the demo data.
The page only asks; the main window does the work (through the database worker).

Signals:
    create_requested(): "Create a programme" was chosen.
    import_requested(): "Import a roster" was chosen.
    demo_requested(): "Open the demo data" was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from fieldsessions.gui.forms.welcome import Ui_WelcomePage


class WelcomePage(QWidget):
    create_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.createButton.clicked.connect(self.create_requested)
        self.ui.importButton.clicked.connect(self.import_requested)
        self.ui.demoButton.clicked.connect(self._on_demo_button_clicked)
        self.set_message("")

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Disable the choices while one of them is being carried out."""
        for button in (self.ui.createButton, self.ui.importButton, self.ui.demoButton):
            button.setEnabled(not busy)
        self.set_message(message)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        self.ui.messageLabel.setStyleSheet("color: #8f1d16;" if error else "")

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def focus_first(self) -> None:
        self.ui.createButton.setFocus()

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        self.demo_requested.emit()
