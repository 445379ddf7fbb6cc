"""Every command of the window has its picture, the same in the menu and on the toolbar, and
the toolbar keeps its words beside the pictures."""

from PySide6.QtCore import Qt

from fieldsessions.gui.helpers import ACTION_SIZES, ICONS


def test_every_action_icon_is_rendered_in_every_size():
    svgs = sorted((ICONS / "actions").glob("*.svg"))
    assert len(svgs) >= 11
    for svg in svgs:
        for size in ACTION_SIZES:
            assert (ICONS / "actions" / f"{svg.stem}-{size}.png").is_file(), (svg.stem, size)


def test_menu_and_toolbar_commands_show_their_icons(qtbot, window):
    qtbot.waitUntil(lambda: not window.take_roll_action.icon().isNull())
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.isSeparator() or not action.text() or action in window.tab_actions:
                continue
            assert not action.icon().isNull(), action.text()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for action in window.toolbar.actions():
        assert not action.icon().isNull() and action.text()
