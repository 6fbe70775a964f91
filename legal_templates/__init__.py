"""Legal frameworks, jurisdiction profiles and suggestion rules, as data (see README.md and loader.py)."""
