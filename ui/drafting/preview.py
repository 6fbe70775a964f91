"""The draft as the reader will see it: the markup's blocks as HTML built only from escaped text,
with "[unverified - check before filing]" and "[MISSING: ...]" in red; and a highlighter that makes
the tokens in the editor easy to spot."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.drafting.compose import Block
from ui.analysis.marks import marked_html
from ui.look import ERROR, MUTED

STYLE = f"""
body {{ font-size: 10.5pt; }}
h2 {{ font-size: 14pt; margin-top: 6px; margin-bottom: 6px; }}
h3 {{ font-size: 11.5pt; margin-top: 10px; margin-bottom: 4px; }}
p {{ margin-top: 0; margin-bottom: 8px; }}
td.number {{ font-weight: 600; }}
table.exhibits td, table.exhibits th {{ padding: 3px 6px; }}
table.exhibits th {{ background: #e9eef0; text-align: left; }}
blockquote {{ margin-left: 24px; color: {MUTED}; }}
.mono {{ font-family: monospace; }}
"""


def blocks_html(blocks: list[Block], exhibits: list[dict[str, Any]], tr: Any = str) -> str:
    """HTML for the preview. Every piece of text goes through ``marked_html`` (escaped first)."""
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    bullets: list[str] = []

    def close_bullets() -> None:
        if bullets:
            out.append("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for block in blocks:
        if block.kind != "bullet":
            close_bullets()
        body = marked_html(block.text)
        if block.kind == "heading":
            out.append(f"<h2>{body}</h2>")
        elif block.kind == "subheading":
            out.append(f"<h3>{body}</h3>")
        elif block.kind == "numbered":
            out.append(
                '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td class="number" width="32" valign="top">{block.number}.</td><td>{body}</td></tr></table><p></p>'
            )
        elif block.kind == "bullet":
            bullets.append(body)
        elif block.kind == "quote":
            out.append(f"<blockquote>{body}</blockquote>")
        elif block.kind == "exhibits":
            out.append(exhibits_html(exhibits, tr))
        else:
            out.append(f"<p>{body}</p>")
    close_bullets()
    out.append("</body></html>")
    return "".join(out)


def exhibits_html(exhibits: list[dict[str, Any]], tr: Any = str) -> str:
    if not exhibits:
        return f"<p>{marked_html(tr('(No exhibits in this case yet.)'))}</p>"
    rows = [
        f"<tr><th>{html.escape(tr('Exhibit'))}</th><th>{html.escape(tr('Description'))}</th>"
        f"<th>{html.escape(tr('SHA-256'))}</th></tr>"
    ]
    for exhibit in exhibits:
        rows.append(
            f"<tr><td>{html.escape(str(exhibit['label']))}</td><td>{html.escape(str(exhibit['description']))}</td>"
            f'<td class="mono">{html.escape(str(exhibit["sha256"]))}</td></tr>'
        )
    return '<table class="exhibits" border="1" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


class TokenHighlighter(QSyntaxHighlighter):
    """In the editor: citation tokens muted, gap tokens red, headings bold. The text itself is unchanged."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        cite = QTextCharFormat()
        cite.setForeground(QColor("#2f5d62"))
        cite.setBackground(QColor("#e6eff0"))
        missing = QTextCharFormat()
        missing.setForeground(QColor(ERROR))
        missing.setBackground(QColor("#fbe4e2"))
        missing.setFontWeight(QFont.Weight.DemiBold)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        self.rules = [
            (QRegularExpression(r"^\s*#{1,2} .*$"), heading),
            (QRegularExpression(r"\[\[cite:[^\]]+\]\]"), cite),
            (QRegularExpression(r"\[\[exhibits\]\]"), cite),
            (QRegularExpression(r"\[\[missing:[^\]]+\]\]"), missing),
        ]

    def highlightBlock(self, text: str) -> None:
        for pattern, style in self.rules:
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), style)
