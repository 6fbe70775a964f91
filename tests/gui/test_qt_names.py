"""No widget hides a Qt method behind an attribute.

``self.size = label()`` on the evidence DetailPane (a QScrollArea) made ``pane.size()`` raise
"'QLabel' object is not callable" for any code that asks a widget its size; the same held for
``ExchangeDialog.result`` (QDialog.result), ``ReportsArea.scroll`` and ``EvidenceArea.find``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from pathlib import Path

from PySide6.QtCore import QObject

import ui

UI = Path(ui.__file__).resolve().parent


def _assigned(cls: type) -> set[str]:
    """The names the class's own code assigns as ``self.NAME = ...``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls)))):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "self":
                    names.add(part.attr)
    return names


def _qt_base(cls: type) -> type:
    """The nearest PySide6 class among the bases: the one whose methods must stay reachable."""
    return next(base for base in cls.__mro__ if base.__module__.startswith("PySide6"))


def test_no_ui_attribute_hides_a_qt_method() -> None:
    hidden: list[str] = []
    for info in pkgutil.walk_packages([str(UI)], "ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, QObject):
                continue
            base = _qt_base(cls)
            hidden += [
                f"{info.name}.{cls.__name__}.{attr} hides {base.__name__}.{attr}()"
                for attr in sorted(_assigned(cls))
                if callable(getattr(base, attr, None))
            ]
    assert not hidden, "\n".join(hidden)
