"""The Cases and Deadlines areas: the case list, the case page, the guided intake interview.

Every edit goes through ``app.cases.case_files.CaseFiles.save`` with the version the page loaded, so a
concurrent edit is refused (``StaleCase``) instead of overwritten. User data is shown as plain
text only; vocabulary labels are translated in the Qt context "vocab".
"""
