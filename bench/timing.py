"""The one timing helper every benchmark uses."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(fn: Callable[[], object], runs: int = 7) -> float:
    """Median wall time of ``runs`` calls (the median shrugs off a run disturbed by the other core)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
