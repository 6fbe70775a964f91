"""Typed access to a TOML table: the checks every legal data file passes, each error naming its file and dotted key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from legal_templates.models import ID_PATTERN, LegalDataError, Origin


# --------------------------------------------------------------------------- typed access to a TOML table
class Table:
    """A TOML table read with type checks; every error names the file and the dotted key."""

    def __init__(self, data: Mapping[str, object], origin: Origin) -> None:
        self.data = data
        self.origin = origin

    def error(self, name: str, message: str) -> LegalDataError:
        return self.origin.error(message, name)

    def only(self, *allowed: str) -> None:
        # Unknown keys are refused so that a typo ("stauts") is caught, not silently ignored.
        for name in self.data:
            if name not in allowed:
                raise self.error(name, f"unknown key (expected one of {', '.join(allowed)})")

    def _get(self, name: str, kind: type | tuple[type, ...], label: str, required: bool) -> object:
        if name not in self.data:
            if required:
                raise self.error(name, "is required")
            return None
        value = self.data[name]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise self.error(name, f"must be {label}")
        return value

    def text(self, name: str, *, required: bool = True, empty: bool = False) -> str:
        value = self._get(name, str, "text", required)
        if value is None:
            return ""
        assert isinstance(value, str)
        if not empty and not value.strip():
            raise self.error(name, "must not be empty")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(name, bool, "true or false", False)
        return default if value is None else bool(value)

    def number(self, name: str, *, required: bool = False) -> int | None:
        value = self._get(name, int, "a whole number", required)
        assert value is None or isinstance(value, int)
        return value

    def choice(self, name: str, options: Sequence[str], *, default: str | None = None) -> str:
        value = self.text(name, required=default is None, empty=True)
        if not value and default is not None:
            return default
        if value not in options:
            raise self.error(name, f"{value!r} is not one of {', '.join(options)}")
        return value

    def texts(self, name: str, *, required: bool = True, nonempty: bool = False) -> tuple[str, ...]:
        value = self._get(name, list, "a list of texts", required)
        items = value if isinstance(value, list) else []
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{name}[{index}]", "must be a non-empty text")
        if nonempty and not items:
            raise self.error(name, "must list at least one entry")
        return tuple(str(item) for item in items)

    def tables(self, name: str, *, required: bool = False, nonempty: bool = False) -> list[Table]:
        value = self._get(name, list, "a list of tables ([[" + name + "]])", required)
        items = value if isinstance(value, list) else []
        if nonempty and not items:
            raise self.error(name, "must have at least one entry")
        tables = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.error(f"{name}[{index}]", "must be a table")
            tables.append(Table(item, self.origin.at(f"{name}[{index}]")))
        return tables

    def table(self, name: str) -> Table | None:
        value = self._get(name, dict, "a table", False)
        return Table(value, self.origin.at(name)) if isinstance(value, dict) else None


def identifier(table: Table, name: str = "id") -> str:
    value = table.text(name)
    if not ID_PATTERN.match(value):
        raise table.error(name, f"{value!r} must be lower-case letters, digits, '.', '_' or '-'")
    return value
