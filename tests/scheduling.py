"""How ``make test`` hands the suite to its xdist workers: by file, longest first, a few long files split by test.

pytest-xdist's ``--dist loadfile`` keeps each file on one worker (its module fixtures are built once) but queues the
files by their number of tests, most first. The longest files have few tests (the release build, the Syncthing
exchange, the two-office referral), so they started last and the suite waited for them alone. Here the queue is
ordered by the seconds each file took (SECONDS, measured; a file not listed counts half a second a test), and the
files in SPLIT, whose fixtures are cheap to build again, go out test by test so that no one worker carries them.

A wrong or stale number only changes the order, never what runs. ``--dist`` other than loadfile is left to xdist.
"""

from __future__ import annotations

from typing import Any

from xdist.scheduler import LoadScopeScheduling

# Seconds per file on two cores with four workers (sum of its tests' durations, 2026-12-07; see the Makefile).
SECONDS = {
    "tests/artifact/test_release.py": 200.0,  # the PyInstaller build: first, so the rest of the suite runs beside it
    "tests/unit/test_drafting_templates.py": 120.0,
    "tests/e2e/test_exchange_syncthing.py": 90.0,
    "tests/gui/test_analysis_tab.py": 45.0,
    "tests/e2e/test_cli_vault.py": 40.0,
    "tests/e2e/test_cli_faults.py": 36.0,
    "tests/unit/test_vault.py": 35.0,
    "tests/unit/test_referral.py": 30.0,
    "tests/unit/test_evidence.py": 30.0,
    "tests/gui/test_drafting_tab.py": 30.0,
    "tests/unit/test_thai_filings.py": 29.0,
    "tests/gui/test_reports_area.py": 29.0,
    "tests/gui/test_vault_ops.py": 29.0,
    "tests/unit/test_blobstore.py": 28.0,
    "tests/gui/test_khmer_rendering.py": 28.0,
    "tests/unit/test_findings.py": 27.0,
    "tests/e2e/test_cli_drafts.py": 26.0,
    "tests/unit/test_filing_matrix.py": 25.0,
}
# Files whose tests are long and whose fixtures are function-scoped or cheap: one test per work unit.
SPLIT = frozenset({"tests/unit/test_drafting_templates.py", "tests/e2e/test_exchange_syncthing.py"})
PER_TEST = 0.5


def file_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


class LongestFirst(LoadScopeScheduling):
    """loadfile's scheduling with the work units ordered by SECONDS and the SPLIT files cut into single tests."""

    def __init__(self, config: Any, log: Any = None) -> None:
        super().__init__(config, log)
        self.tests_in: dict[str, int] = {}

    def _split_scope(self, nodeid: str) -> str:
        path = file_of(nodeid)
        return nodeid if path in SPLIT else path

    def weight(self, scope: str, tests: int) -> float:
        path = file_of(scope)
        if path in SECONDS:
            return SECONDS[path] * tests / self.tests_in[path]
        return PER_TEST * tests

    def schedule(self) -> None:
        """xdist's LoadScopeScheduling.schedule, with the queue in the order of ``weight``."""
        assert self.collection_is_completed
        if self.collection is not None:  # a node joined later: only hand out more work
            for node in self.nodes:
                self._reschedule(node)
            return
        if not self._check_nodes_have_same_collection():
            self.log("**Different tests collected, aborting run**")
            return
        self.collection = list(next(iter(self.registered_collections.values())))
        if not self.collection:
            return
        units: dict[str, dict[str, bool]] = {}
        for nodeid in self.collection:
            units.setdefault(self._split_scope(nodeid), {})[nodeid] = False
            self.tests_in[file_of(nodeid)] = self.tests_in.get(file_of(nodeid), 0) + 1
        for scope in sorted(units, key=lambda s: -self.weight(s, len(units[s]))):  # stable: ties keep their order
            self.workqueue[scope] = units[scope]
        for _ in range(max(0, len(self.nodes) - len(self.workqueue))):  # more workers than work
            unused, _assigned = self.assigned_work.popitem()
            unused.shutdown()
        for node in self.nodes:
            self._assign_work_unit(node)
        for node in self.nodes:  # at least two units each where there are enough (xdist #277)
            self._reschedule(node)
        if not self.workqueue:
            for node in self.nodes:
                node.shutdown()
