"""The Evidence area and a case's Evidence tab: import, look, redact, export (issue 4, desktop part).

Every slow step (import, decoding, copies, bundles, verify) runs off the GUI thread on its own
vault connection and its own image decoder process; thumbnails and viewed bytes live only in memory.
"""
