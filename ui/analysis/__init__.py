"""The case page's Analysis tab: frameworks, the proof matrix, facts and tags, suggestions, the
non-punishment nexus charge by charge, and the remedy basis (app/analysis/elements.py does the work)."""
