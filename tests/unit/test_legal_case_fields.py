"""legal_templates/case_fields.toml (the case fields rules may test) matches app/cases/model.py.

legal_templates cannot import app (the dependency runs app -> legal_templates), so the fields and
their codes are kept as data and this test keeps them in step with the model. When it fails after a
change to the case model or app/cases/vocab.py, regenerate the file:

    .venv/bin/python -m tests.unit.test_legal_case_fields
"""

from __future__ import annotations

import tomllib
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

from pydantic import AfterValidator, BaseModel

from app.cases.model import Case

FILE = Path(__file__).resolve().parents[2] / "legal_templates" / "case_fields.toml"
SECTIONS = ("client", "recruitment", "transportation", "compounds", "exit", "detention", "charges", "remedies")
HEADER = """\
# Fields of the case document (app/cases/model.py) that suggestion rules may test, with their kind and,
# for coded answers, the allowed codes (app/cases/vocab.py). Paths have no list indexes: "compounds.controls"
# looks at the controls of every compound. Generated; do not edit by hand:
#     .venv/bin/python -m tests.unit.test_legal_case_fields

[fields]
"""


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    if get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in get_args(annotation) if a is not type(None))
    if get_origin(annotation) is Annotated:
        base, *extra = get_args(annotation)
        return base, [*metadata, *extra]
    return annotation, metadata


def _codes(annotation: Any, metadata: list[Any]) -> tuple[str, ...]:
    """The codes a field accepts: a Literal, or the vocabulary captured by case_model._vocab's validator."""
    if get_origin(annotation) is typing.Literal:
        return tuple(str(a) for a in get_args(annotation) if a)
    for meta in metadata:
        if isinstance(meta, AfterValidator):
            for cell in meta.func.__closure__ or ():
                if isinstance(cell.cell_contents, tuple):
                    return tuple(cell.cell_contents)
    return ()


def _walk(model: type[BaseModel], prefix: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    for name, info in model.model_fields.items():
        if name == "id":
            continue
        annotation, metadata = _unwrap(info.annotation, list(info.metadata))
        path = f"{prefix}.{name}"
        if get_origin(annotation) is list:
            inner, inner_meta = _unwrap(get_args(annotation)[0], [])
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                yield from _walk(inner, path)
            else:
                yield path, "list", _codes(inner, inner_meta)
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _walk(annotation, path)
        else:
            kind = {bool: "bool", int: "number"}.get(annotation, "text")
            yield path, kind, _codes(annotation, metadata)


def model_fields() -> dict[str, dict[str, Any]]:
    fields: dict[str, dict[str, Any]] = {}
    for section in SECTIONS:
        annotation, _ = _unwrap(Case.model_fields[section].annotation, [])
        if get_origin(annotation) is list:
            annotation = get_args(annotation)[0]
        for path, kind, codes in _walk(annotation, section):
            fields[path] = {"kind": kind, "values": list(codes)} if codes else {"kind": kind}
    return fields


def render(fields: dict[str, dict[str, Any]]) -> str:
    lines = []
    for path, spec in fields.items():
        values = ", ".join(f'"{v}"' for v in spec.get("values", []))
        extra = f", values = [{values}]" if values else ""
        lines.append(f'"{path}" = {{ kind = "{spec["kind"]}"{extra} }}')
    return HEADER + "\n".join(lines) + "\n"


def test_case_fields_file_matches_the_case_model() -> None:
    shipped = tomllib.loads(FILE.read_text(encoding="utf-8"))["fields"]
    assert shipped == model_fields(), "case fields changed: run .venv/bin/python -m tests.unit.test_legal_case_fields"


def test_case_fields_exist_in_a_real_document() -> None:
    document = Case.model_validate({"compounds": [{}], "client": {"documents": [{}]}}).to_document()
    for path in tomllib.loads(FILE.read_text(encoding="utf-8"))["fields"]:
        node: Any = document
        for part in path.split("."):
            if isinstance(node, list):
                node = node[0] if node else {}
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif not (isinstance(node, dict) and not node):  # empty lists (charges, remedies) end the walk
                raise AssertionError(f"{path} not found at {part}")


if __name__ == "__main__":
    FILE.write_text(render(model_fields()), encoding="utf-8")
    print(f"wrote {FILE}")
