"""``saksi case identification``: record, show and remove the authority's decision, including a negative one
(which is kept, and leaves the filings saying "a presumed victim"); the same field the case page edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import AS_ADMIN, case_info, demo_vault, saksi

pytestmark = pytest.mark.e2e


def test_record_a_negative_decision_then_an_identification_then_remove_it(tmp_path: Path) -> None:
    folder = demo_vault(tmp_path, ADMIN, PASSPHRASE, cases=1, paralegal=False)
    config = tmp_path / "config"
    reference = next(iter(case_info(folder, ADMIN, PASSPHRASE, config)))

    def run(*args: object) -> str:
        done = saksi("case", "identification", folder, reference, *args, config=config, **AS_ADMIN)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert run() == "No identification decision recorded: the filings call the client a presumed victim."
    negative = run("--by", "Screening team", "--date", "2025-01-20", "--outcome", "not_identified")
    assert negative == (
        "Not identified as a victim by Screening team on 2025-01-20: the filings call the client a presumed victim."
    )
    shown = saksi("case", "export", folder, reference, "--json", "-", config=config, **AS_ADMIN)
    assert '"outcome": "not_identified"' in shown.stdout
    identified = run("--by", "Social welfare office", "--date", "2025-02-03", "--reference", "SW-12")
    assert identified == "Identified as a victim by Social welfare office on 2025-02-03 (decision SW-12)."
    assert run("--clear") == "No identification decision recorded: the filings call the client a presumed victim."
    refused = saksi("case", "identification", folder, reference, "--outcome", "identified", config=config, **AS_ADMIN)
    assert refused.returncode == 6 and "--by (the authority) and --date" in refused.stderr


def test_a_decision_dated_in_the_future_is_refused_and_nothing_is_saved(tmp_path: Path) -> None:
    folder = demo_vault(tmp_path, ADMIN, PASSPHRASE, cases=1, paralegal=False)
    config = tmp_path / "config"
    reference = next(iter(case_info(folder, ADMIN, PASSPHRASE, config)))
    args = ("--by", "Anti-Human Trafficking Police", "--reference", "AHT-9", "--outcome", "not_identified")
    refused = saksi(
        "case", "identification", folder, reference, *args, "--date", "2031-01-01", config=config, **AS_ADMIN
    )
    assert refused.returncode == 6
    assert "dated 2031-01-01, which is in the future" in refused.stderr and "Traceback" not in refused.stderr
    shown = saksi("case", "identification", folder, reference, config=config, **AS_ADMIN)
    assert shown.stdout.strip() == "No identification decision recorded: the filings call the client a presumed victim."
