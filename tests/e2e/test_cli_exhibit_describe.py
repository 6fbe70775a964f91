"""``saksi evidence describe`` and ``saksi evidence renumber``: the desktop's description edit and
Move up/down from the command line, each kept in the exhibit's custody log (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.helpers import AS_ADMIN, office_vault, saksi

pytestmark = pytest.mark.e2e


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    folder, _code = office_vault(tmp_path, users=())
    made = saksi("case", "add", folder, "--json", "-", input_text='{"opened_on": "2025-03-01"}', **AS_ADMIN)
    assert made.returncode == 0, made.stderr
    reference = made.stdout.strip()
    files = tmp_path / "from-phone"
    files.mkdir()
    for name in ("c.txt", "a.txt", "b.txt"):
        (files / name).write_text(f"note {name}\n", encoding="utf-8")
    added = saksi(
        "evidence", "add", folder, reference, *(files / n for n in ("c.txt", "a.txt", "b.txt")),
        "--description", "notes from the client", **AS_ADMIN,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return folder, reference


def shown(folder: Path, reference: str, exhibit: str) -> dict[str, object]:
    out = saksi("evidence", "show", folder, reference, exhibit, "--json", **AS_ADMIN)
    assert out.returncode == 0, out.stderr
    found: dict[str, object] = json.loads(out.stdout)
    return found


def test_describe_changes_the_description_and_the_log_keeps_the_words_before(filled: tuple[Path, str]) -> None:
    folder, reference = filled
    assert shown(folder, reference, "E-1")["filename"] == "c.txt"  # numbered in the order given
    changed = saksi("evidence", "describe", folder, reference, "E-1", "Recruiter's job offer", **AS_ADMIN)
    assert changed.returncode == 0, changed.stderr
    assert "E-1 is now described as: Recruiter's job offer" in changed.stderr
    assert shown(folder, reference, "E-1")["description"] == "Recruiter's job offer"
    plain = saksi("evidence", "show", folder, reference, "E-1", **AS_ADMIN)
    assert "description: Recruiter's job offer" in plain.stdout
    log = saksi("vault", "log", folder, "--json", **AS_ADMIN)
    [entry] = [e for e in json.loads(log.stdout) if e["action"] == "evidence.describe"]
    assert entry["detail"]["previous"] == "notes from the client"
    again = saksi("evidence", "describe", folder, reference, "E-1", "Recruiter's job offer", **AS_ADMIN)
    assert again.returncode == 0 and "nothing changed" in again.stderr
    unknown = saksi("evidence", "describe", folder, reference, "E-9", "x", **AS_ADMIN)
    assert unknown.returncode == 6 and "E-9" in unknown.stderr


def test_renumber_moves_one_exhibit_and_the_rest_follow(filled: tuple[Path, str]) -> None:
    folder, reference = filled
    moved = saksi("evidence", "renumber", folder, reference, "E-3", "1", **AS_ADMIN)
    assert moved.returncode == 0, moved.stderr
    names = [shown(folder, reference, f"E-{n}")["filename"] for n in (1, 2, 3)]
    assert names == ["b.txt", "c.txt", "a.txt"]
    out_of_range = saksi("evidence", "renumber", folder, reference, "E-1", "7", **AS_ADMIN)
    assert out_of_range.returncode == 6 and "E-1, E-2, E-3" in out_of_range.stderr
