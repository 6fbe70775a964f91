"""Developer tools, not shipped (pyproject's package list and the PyInstaller spec leave tools/ out).

``python -m tools.screenshots OUTDIR [--language km]`` draws the docs' pictures (`make screenshots`).
"""
