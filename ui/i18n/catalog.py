"""The translation files as data, and the checks every translation must pass.

``python -m ui.i18n.catalog update km`` runs lupdate over ui/ (new and changed texts become
"unfinished") and compiles ``saksi_km.qm``; `make translations` runs it after ui.i18n.extract.
``python -m ui.i18n.catalog todo km [FILE]`` writes the texts still to translate as JSON:
``[{"context", "source", "old", "translation"}]``, where ``old`` is the earlier translation lupdate
kept for a changed text. Fill in ``translation`` and run ``python -m ui.i18n.catalog apply km FILE``:
each is checked (placeholders, tags, shortcuts), written into ``saksi_km.ts`` as finished, and the
.ts and .qm are updated. See ui/i18n/README.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ui.i18n.breaks import with_breaks

FOLDER = Path(__file__).resolve().parent
ROOT = FOLDER.parents[1]
# {name} and {name:spec} (str.format), %1 %L1 %n (Qt), and HTML tags; a "<" before a digit, a
# brace or a space is text ("<5", "< &Back").
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_.]*(?::[^{}]*)?\}|%L?\d+|%n|</?[A-Za-z][^<>]*>")
MNEMONIC = re.compile(r"&(?!&)\S")


@dataclass
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    element: ET.Element  # the <message>, to write a translation back

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def ts_path(language: str) -> Path:
    return FOLDER / f"saksi_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"saksi_{language}.qm"


def read(path: Path) -> tuple[ET.ElementTree[ET.Element], list[Message]]:
    tree = ET.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append(
                Message(
                    name,
                    element.findtext("source") or "",
                    translation.text or "",
                    translation.get("type") != "unfinished",
                    element,
                )
            )
    return tree, found


def problems(source: str, translation: str) -> list[str]:
    """What is wrong with ``translation`` of ``source`` (empty when it may be used)."""
    found = []
    if not translation.strip():
        found.append("no translation")
        return found
    wanted, given = Counter(PLACEHOLDER.findall(source)), Counter(PLACEHOLDER.findall(translation))
    if wanted != given:
        missing, extra = sorted((wanted - given).elements()), sorted((given - wanted).elements())
        found.append(f"placeholders differ: missing {missing}, extra {extra}")
    if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(translation)):
        found.append("the source has a keyboard shortcut (&) and the translation must have one too, or neither")
    if source.endswith("…") != translation.endswith("…"):
        found.append("a text ending in … (opens a dialog) must end in … in the translation too")
    return found


def todo(language: str) -> list[dict[str, str]]:
    _tree, messages = read(ts_path(language))
    return [
        {"context": m.context, "source": m.source, "old": m.translation, "translation": ""}
        for m in messages
        if not m.finished
    ]


def apply(language: str, entries: list[dict[str, str]]) -> list[str]:
    """Write the filled-in ``entries`` into the .ts (finished); return the ones refused, with why."""
    path = ts_path(language)
    tree, messages = read(path)
    by_key = {m.key: m for m in messages}
    refused = []
    for entry in entries:
        text = entry.get("translation", "")
        message = by_key.get((entry["context"], entry["source"]))
        wrong = ["not in the .ts (run `make translations`)"] if message is None else problems(entry["source"], text)
        if wrong or message is None:
            refused.append(f"{entry['context']}: {entry['source'][:60]!r}: {'; '.join(wrong)}")
            continue
        element = message.element.find("translation")
        assert element is not None
        element.text = text
        element.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    update(language)  # lupdate writes the file back in its own layout, then lrelease compiles it
    return refused


def update(language: str) -> None:
    """lupdate into saksi_<language>.ts, then compile the .qm."""
    lupdate(ts_path(language))
    compile_qm(ts_path(language), qm_path(language), language)


def lupdate(ts: Path) -> None:
    """Bring ``ts`` up to date with the texts of ui/ (no line numbers: they churn; no obsolete texts)."""
    lupdate_tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    command = [str(lupdate_tool), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def compile_qm(ts: Path, qm: Path, language: str, change: Callable[[str], str] = lambda text: text) -> None:
    """lrelease ``ts`` into ``qm``: finished translations only, each passed through ``change`` and given
    its line-break marks (ui.i18n.breaks). The .ts itself is not changed."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            translation.text = with_breaks(change(translation.text), language)
    with tempfile.TemporaryDirectory(prefix="saksi-i18n-") as folder:
        marked = Path(folder) / ts.name
        tree.write(marked, encoding="utf-8", xml_declaration=True)
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(marked), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    usage = "usage: python -m ui.i18n.catalog update LANG | todo LANG [OUT.json] | apply LANG FILE.json"
    if len(argv) < 2 or argv[0] not in ("update", "todo", "apply") or (argv[0] == "apply" and len(argv) != 3):
        print(usage, file=sys.stderr)
        return 2
    command, language = argv[0], argv[1]
    if command == "update":
        update(language)
        left = len(todo(language))
        print(f"{ts_path(language).name}: {left} texts to translate" if left else f"{ts_path(language).name}: complete")
        return 0
    if command == "todo":
        text = json.dumps(todo(language), ensure_ascii=False, indent=1) + "\n"
        if len(argv) > 2:
            Path(argv[2]).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    refused = apply(language, json.loads(Path(argv[2]).read_text(encoding="utf-8")))
    for line in refused:
        print(f"refused: {line}", file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
