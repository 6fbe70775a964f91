"""Synthetic demo cases (demo_cases.py) and their drawn exhibits (demo_exhibits.py), for trying Saksi without real data."""
