"""Every PDF and DOCX the app writes: filings, findings, transcripts, the exhibit index, the referral form.

page.py sets up the page once (A4, margins, metadata, the embedded starting font, the running header and footer);
pdf_text.py shapes and breaks text for ReportLab; docx_fonts.py names and embeds the fonts in Word files.
"""
