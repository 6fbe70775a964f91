"""Legal frameworks, jurisdiction profiles and filing templates, as data (filled by later issues)."""
