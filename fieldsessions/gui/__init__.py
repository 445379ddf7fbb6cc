"""The desktop app (PySide6 Qt Widgets): the only package that imports Qt."""
