"""Saksi's use cases and domain logic. Never imports PySide6 (a test enforces it)."""
