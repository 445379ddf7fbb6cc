"""The translation catalogues stay in step with the code (issue 14, "Languages").

- Every .ts file in resources/translations holds exactly the strings pyside6-lupdate finds in
  the sources today (packaging/translations.py lists them): a string added, changed or removed
  without regenerating fails here, naming the strings and the command to run.
- A string literal the window shows (handed to a Qt text setter or widget constructor) goes
  through tr(); tr() and QCoreApplication.translate() get literal sources, never an f-string
  or a variable, since lupdate only finds literals.
- A finished translation keeps its source's %1..%N placeholders and its '&' shortcut letter.

Each check is also run on a planted case, so it is seen to fail.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "fieldsessions" / "gui"


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _translations_script()
Key = tuple[str, str, str]  # (context, source, disambiguation comment)


# -- the .ts files are up to date -------------------------------------------------------------

def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by its key, with its <translation> element."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: {key} has no <translation>"
            found[key] = translation
    return found


def stale_sentence(ts: Path, language: str, root: Path, scratch: Path) -> str | None:
    """None when `ts` holds exactly the strings lupdate finds in the sources under `root`;
    else the sentence that says which strings differ and what to run."""
    copy = scratch / ts.name
    shutil.copyfile(ts, copy)
    translations.lupdate(copy, language, root)
    committed, current = set(messages(ts)), set(messages(copy))
    if committed == current:
        return None

    def listed(keys: set[Key]) -> str:
        shown = [f"{context or '(no context)'}: {source!r}" + (f" ({comment})" if comment else "")
                 for context, source, comment in sorted(keys)[:10]]
        more = len(keys) - len(shown)
        return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")

    parts = []
    if current - committed:
        parts.append(f"new in the code: {listed(current - committed)}")
    if committed - current:
        parts.append(f"no longer in the code: {listed(committed - current)}")
    return (f"{ts.relative_to(root)} is out of date with the code ({'. '.join(parts)}). "
            f"Run `{translations.COMMAND}` and commit the .ts files.")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_ts_file_holds_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    sentence = stale_sentence(translations.ts_file(language), language, ROOT, tmp_path)
    assert sentence is None, sentence


def test_a_new_string_in_the_code_makes_the_ts_file_stale(tmp_path: Path) -> None:
    planted = tmp_path / "root"
    (planted / "fieldsessions" / "core").mkdir(parents=True)
    (planted / "forms").mkdir()
    (planted / "fieldsessions" / "core" / "said.py").write_text(
        'from fieldsessions.core.i18n import tr\n\nSAID = tr("Kept in the catalogue.")\n')
    ts = planted / "fieldsessions_fr.ts"
    translations.lupdate(ts, "fr", planted)
    assert stale_sentence(ts, "fr", planted, tmp_path) is None
    (planted / "fieldsessions" / "core" / "said.py").write_text(
        'from fieldsessions.core.i18n import tr\n\nSAID = tr("A sentence added later.")\n')
    sentence = stale_sentence(ts, "fr", planted, tmp_path)
    assert sentence == (
        "fieldsessions_fr.ts is out of date with the code (new in the code: (no context): "
        "'A sentence added later.'. no longer in the code: (no context): 'Kept in the "
        "catalogue.'). Run `python3 packaging/dev.py translations` and commit the .ts files.")


# -- window strings are marked, tr() gets literals ---------------------------------------------

# Qt methods whose arguments are text the user reads.
TEXT_SETTERS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setSpecialValueText",
    "setPrefix", "setSuffix", "setTabText", "setTabToolTip", "setItemText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addAction", "addMenu", "addTab",
    "insertTab", "addItem", "addItems", "insertItem", "insertItems", "addButton",
    "showMessage", "setButtonText", "setNameFilter", "setNameFilters",
    "information", "warning", "critical", "question", "about",  # QMessageBox's
    "getText", "getItem", "getInt", "getDouble",  # QInputDialog's
    "getOpenFileName", "getSaveFileName", "getExistingDirectory",  # QFileDialog's
})
# Qt classes whose constructor takes text the user reads.
TEXT_WIDGETS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QTableWidgetItem", "QListWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "QCommandLinkButton", "QDockWidget", "QWizardPage",
})
TRANSLATING = frozenset({"tr", "translate", "_tr"})
LETTERS = re.compile(r"[^\W\d_]")
MARKUP = re.compile(r"<[^>]*>|&\w+;")  # HTML tags and entities are not words
LOGGERS = frozenset({"log", "logger", "logging"})  # log.warning(...) is for developers


def _shows_words(text: str) -> bool:
    text = MARKUP.sub("", text).strip()
    return bool(LETTERS.search(text)) and not text.startswith(("http://", "https://"))


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _bare_literals(node: ast.AST) -> Iterator[ast.AST]:
    """String literals with letters in `node` that do not go through a translating call."""
    if isinstance(node, ast.Call) and _called_name(node) in TRANSLATING:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _shows_words(node.value):
            yield node
        return
    if isinstance(node, ast.JoinedStr):
        if any(isinstance(part, ast.Constant) and _shows_words(str(part.value))
               for part in node.values):
            yield node
        return
    for child in ast.iter_child_nodes(node):
        yield from _bare_literals(child)


def unmarked_strings(source: str, name: str) -> list[str]:
    """`name:line: text` for each literal shown by Qt without tr()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        called = _called_name(node)
        if called not in TEXT_SETTERS and called not in TEXT_WIDGETS:
            continue
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        arguments = list(node.args)
        if called in {"addItem", "insertItem"} and len(arguments) > 1:
            arguments = arguments[:-1]  # addItem(text, data): the data is not shown
        arguments += [keyword.value for keyword in node.keywords
                      if keyword.arg not in {"objectName", "userData", "data", "dir"}]
        for argument in arguments:
            for literal in _bare_literals(argument):
                found.append(f"{name}:{literal.lineno}: {ast.unparse(literal)}")
    return found


def unliteral_translations(source: str, name: str) -> list[str]:
    """`name:line: call` for each tr()/translate()/QT_TR_NOOP() whose source (or
    disambiguation) is not a plain string literal: lupdate cannot see an f-string or a
    variable."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        called = _called_name(node)
        if called == "tr":
            texts = node.args[:2]
        elif called == "QT_TR_NOOP":
            texts = node.args[:1]
        elif called == "translate" and node.args and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) \
                and node.func.value.id in {"QCoreApplication", "QApplication"}:
            context = node.args[0]
            if isinstance(context, ast.Constant) and context.value == "":
                continue  # the catalogue's own lookup (core.i18n's installed function)
            texts = node.args[1:3]
        else:
            continue
        if not texts or any(not (isinstance(text, ast.Constant)
                                 and (isinstance(text.value, str) or text.value is None))
                            for text in texts):
            found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return found


def _gui_modules() -> list[Path]:
    return sorted(path for path in GUI.glob("*.py"))


def test_every_string_the_window_shows_is_marked_for_translation() -> None:
    found = [hit for path in _gui_modules()
             for hit in unmarked_strings(path.read_text(encoding="utf-8"),
                                         str(path.relative_to(ROOT)))]
    assert not found, ("These strings are shown by the window without self.tr(), so they "
                       "cannot be translated: " + "; ".join(found))


def test_translated_sources_are_literals_lupdate_can_find() -> None:
    found = [hit for path in translations.sources() if path.suffix == ".py"
             for hit in unliteral_translations(path.read_text(encoding="utf-8"),
                                               str(path.relative_to(ROOT)))]
    assert not found, ("These tr() calls get an f-string or a variable, which lupdate cannot "
                       "find; pass the literal template and put values in with fill(): "
                       + "; ".join(found))


PLANTED_WINDOW = '''
class Page(QWidget):
    def __init__(self, count):
        self.title = QLabel("Sessions this week")
        self.title.setToolTip(f"{count} sessions")
        self.ok = QPushButton(self.tr("&Save"))
        self.box.addItem(self.tr("The system's language"), "")
        self.box.addItem("Français", "fr")
        self.setWindowTitle(fill(self.tr("Roll for %1"), count))
        self.note.setText("—")
        self.rule.setText("<br>")
        log.warning("the sync thread did not stop in %d ms", 100)
        self.url.setPlaceholderText("https://sync.example.org")
'''


def test_the_scan_finds_unmarked_window_strings() -> None:
    assert unmarked_strings(PLANTED_WINDOW, "page.py") == [
        "page.py:4: 'Sessions this week'",
        "page.py:5: f'{count} sessions'",
        "page.py:8: 'Français'",
    ]


def test_the_scan_finds_translations_lupdate_cannot_see() -> None:
    planted = '''
said = tr(f"{n} sessions")
late = tr(WORD)
fine = tr("Late", "attendance mark")
marked = QT_TR_NOOP(title)
ambiguous = tr("Late", comment)
window = QCoreApplication.translate("Page", text)
form = QCoreApplication.translate("Page", "Settings", None)
lookup = QCoreApplication.translate("", source, disambiguation)
'''
    assert unliteral_translations(planted, "said.py") == [
        "said.py:2: tr(f'{n} sessions')",
        "said.py:3: tr(WORD)",
        "said.py:5: QT_TR_NOOP(title)",
        "said.py:6: tr('Late', comment)",
        "said.py:7: QCoreApplication.translate('Page', text)",
    ]


# -- translations keep placeholders and shortcut letters ----------------------------------------

PLACEHOLDER = re.compile(r"%\d+")


def has_shortcut(text: str) -> bool:
    """An '&' that marks a shortcut letter (not '&&', not '& ' between words)."""
    return re.search(r"&(?![&\s])", text.replace("&&", "")) is not None


def broken_translations(ts: Path) -> list[str]:
    """One line per finished translation that lost or added a placeholder or lost its '&'."""
    broken = []
    for (context, source, _comment), element in messages(ts).items():
        text = element.text or ""
        if element.get("type") in {"unfinished", "obsolete", "vanished"} or not text:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            broken.append(f"{ts.name}: {context}: {source!r} -> {text!r} (placeholders "
                          f"{sorted(set(PLACEHOLDER.findall(source)))} needed)")
        if has_shortcut(source) and not has_shortcut(text):
            broken.append(f"{ts.name}: {context}: {source!r} -> {text!r} (no '&' shortcut)")
    return broken


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_placeholders_and_shortcuts(language: str) -> None:
    broken = broken_translations(translations.ts_file(language))
    assert not broken, "These translations must be fixed in Qt Linguist: " + "; ".join(broken)


def test_the_check_finds_a_lost_placeholder_and_a_lost_shortcut(tmp_path: Path) -> None:
    ts = tmp_path / "fieldsessions_fr.ts"
    ts.write_text('''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Page</name>
    <message><source>Roll for %1</source><translation>Appel</translation></message>
    <message><source>&amp;Save</source><translation>Enregistrer</translation></message>
    <message><source>Terms &amp; names</source><translation>Termes et noms</translation></message>
    <message><source>%1 of %2</source><translation>%2 sur %1</translation></message>
    <message><source>&amp;Open %1</source><translation type="unfinished"></translation></message>
</context>
</TS>
''', encoding="utf-8")
    assert broken_translations(ts) == [
        "fieldsessions_fr.ts: Page: 'Roll for %1' -> 'Appel' (placeholders ['%1'] needed)",
        "fieldsessions_fr.ts: Page: '&Save' -> 'Enregistrer' (no '&' shortcut)",
    ]

