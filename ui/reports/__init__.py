"""The Reports area: the findings report drawn from the case files, with small cells suppressed.

Everything shown comes from ``app.analysis.findings``: counts from 1 to k-1, and the cells hidden to
protect them, arrive as "x" and are drawn as a pale stub, never at their true size. Plain text only; labels are translated in the Qt
contexts "Reports", "findings" (titles and notes) and "vocab" (categories).
"""
