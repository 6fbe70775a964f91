"""Facts to legal elements (elements.py, summary_words.py) and the anonymised findings report (findings.py, findings_export.py)."""
