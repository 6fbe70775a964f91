"""The case page's Drafts tab: generate filings from templates, edit the markup with a live preview,
save versions, confirm citations for a draft, and export PDF or DOCX (app/drafting/case_drafts.py does the work)."""
