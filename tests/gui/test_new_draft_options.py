"""Every option of ``saksi draft`` is reachable from the desktop's New draft dialog: each shipped filing, each
language it is written in (Thai included, with the "not written by a native legal drafter" warning), and the
recipient (offered from the template, free to change). PDF and DOCX export are the Drafts tab's buttons."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import app.drafting.case_drafts
from app.drafting import compose as drafting
from ui.drafting.new_draft import NewDraftDialog

pytestmark = pytest.mark.gui


def test_each_shipped_filing_offers_each_of_its_languages(qtbot: QtBot) -> None:
    app.drafting.case_drafts.library.cache_clear()
    templates = drafting.list_templates(None)
    assert templates, "Saksi ships filing templates"
    dialog = NewDraftDialog(templates)
    qtbot.addWidget(dialog)
    dialog.show()
    offered_thai = []
    for template_id, info in templates.items():
        dialog.choose(template_id)
        languages = [dialog.language.itemData(i) for i in range(dialog.language.count())]
        assert languages == list(info.variants), template_id
        if info.recipients:
            assert dialog.recipient.currentText() == info.recipients[0]
        dialog.recipient.setCurrentText("Another office")
        assert dialog.values() == (template_id, languages[0], "Another office")
        if "th" in languages:
            dialog.choose(template_id, "th")
            assert dialog.language.currentText() == "Thai"
            if not info.variants["th"].native_drafter:
                assert dialog.native_note.isVisible()
                assert "Thai template was not written by a native legal drafter" in dialog.native_note.text()
            offered_thai.append(template_id)
    assert len(offered_thai) >= 5  # the five filings (issue 10), Thai for proceedings in Thailand
