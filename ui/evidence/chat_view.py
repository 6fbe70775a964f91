"""A chat exhibit shown as the conversation it was: messages with numbers, times and senders, attachments
named by their exhibit, the date order that was read and why (the lawyer can change it), a filter, and the
ways out: quote the chosen messages into a fact, or write a transcript PDF for court.

The messages come from the vault (a worker thread reads them); this widget never touches the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common.display import marked
from app.evidence.chat_exhibits import hidden_links
from storage.chats import StoredMessage
from storage.evidence import Item
from ui.evidence.common import marked_lines, translate
from ui.widgets import label

SENDER_COLOURS = ("#e8f1fb", "#eef7e9", "#fbf3e3", "#f3ecf9", "#e9f6f6", "#fbeaea")
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1


def format_name(fmt: str) -> str:
    return {
        "whatsapp-android": translate("Chat", "WhatsApp export (Android)"),
        "whatsapp-ios": translate("Chat", "WhatsApp export (iPhone)"),
        "telegram-desktop": translate("Chat", "Telegram Desktop export"),
    }.get(fmt, fmt)


def order_name(order: str) -> str:
    return {
        "DMY": translate("Chat", "day/month/year"),
        "MDY": translate("Chat", "month/day/year"),
        "YMD": translate("Chat", "year/month/day"),
    }.get(order, order)


def reason_text(summary: dict[str, Any]) -> str:
    """Why the dates were read in this order, in the interface's language."""
    code = str(summary.get("date_order_reason", ""))
    texts = {
        "year-first": translate("Chat", "The dates start with a four-digit year."),
        "only-valid": translate(
            "Chat", "Only this order makes every date in the file a real date (a day above 12 settles it)."
        ),
        "time-order": translate("Chat", "Both orders give real dates; this one keeps the messages in time order."),
        "shorter-span": translate(
            "Chat",
            "Both orders give real dates in time order; this one keeps the messages closer together in time. Check it against a date you know.",
        ),
        "ambiguous": translate(
            "Chat",
            "Every date reads both ways; day/month/year was chosen as most phones outside the United States write it. Check it against a date you know.",
        ),
        "none-valid": translate("Chat", "Some dates are not real dates in either order. Check them in the export."),
        "chosen": translate("Chat", "Chosen by {user}.").format(user=summary.get("date_order_chosen_by", "")),
    }
    return texts.get(code, "")


def undecodable_text(count: int) -> str:
    """What the lawyer must know before quoting: some bytes of the export were not text (each shows as �)."""
    if count <= 0:
        return ""
    if count == 1:
        return translate(
            "Chat",
            "1 byte of the export could not be decoded; it shows as � in its message. The stored file is as received.",
        )
    return translate(
        "Chat",
        "{count} bytes of the export could not be decoded; each shows as � in its message. The stored file is as received.",
    ).format(count=count)


def message_text(message: StoredMessage, labels: dict[str, str]) -> str:
    """The message as the list shows it: number, time and sender, then its text and what came with it."""
    when = message.time.replace("T", " ") if message.time else translate("Chat", "(date not readable)")
    # Only what came from the export is marked: a translated word keeps its Khmer line-break hints unescaped.
    sender = marked(message.sender) if message.sender else translate("Chat", "notice")
    lines = [f"#{message.seq}   {when}   {sender}"]
    if message.text:
        lines.append(marked_lines(message.text))
    notes = []
    if message.reply_to:
        notes.append(translate("Chat", "reply to #{seq}").format(seq=message.reply_to))
    if message.forwarded_from:
        notes.append(translate("Chat", "forwarded from {name}").format(name=marked(message.forwarded_from)))
    if message.edited:
        notes.append(translate("Chat", "edited {time}").format(time=message.edited.replace("T", " ")))
    if message.attachment:
        exhibit = labels.get(message.attachment_id or "")
        notes.append(
            translate("Chat", "attachment: exhibit {label}").format(label=exhibit)
            if exhibit
            else translate("Chat", "attachment {name} (not in the export)").format(name=marked(message.attachment))
        )
    if message.media_omitted:
        notes.append(translate("Chat", "media not included in the export"))
    for shown, href in hidden_links(message.extra):
        notes.append(
            translate("Chat", "link “{text}” goes to {target}").format(text=marked(shown), target=marked(href))
        )
    if labels.get(f"#{message.seq}"):
        notes.append(elsewhere_text(labels.get(f"#{message.seq}:count", "?"), labels[f"#{message.seq}"]))
    if notes:
        lines.append("— " + "; ".join(notes))
    return "\n".join(lines)


def elsewhere_text(count: str, which: str) -> str:
    # Two forms rather than %n, as ui/cases/deadlines.py does: Khmer has no plural, English needs both.
    if count == "1":
        return translate("Chat", "appears in 1 other case: {which}").format(which=which)
    return translate("Chat", "appears in {count} other cases: {which}").format(count=count, which=which)


class ChatPane(QWidget):
    """The conversation. Signals carry what the lawyer asked for; the viewer runs it off the GUI thread."""

    quote_requested = Signal(list)  # message numbers
    transcript_requested = Signal(list)  # message numbers, empty for the whole chat
    date_order_requested = Signal(str)

    def __init__(
        self,
        item: Item,
        messages: list[StoredMessage],
        labels: dict[str, str],
        may_export: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item, self.messages, self.labels = item, messages, labels
        summary = item.metadata.get("chat", {})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        senders = ", ".join(marked(s) for s in summary.get("senders", []))
        about = translate("Chat", "{format}: {count} messages. Senders: {senders}").format(
            format=format_name(str(summary.get("format", ""))), count=len(messages), senders=senders
        )
        layout.addWidget(label(about))
        self.undecodable = label(undecodable_text(int(summary.get("undecodable_bytes") or 0)), "notice")
        self.undecodable.setVisible(bool(self.undecodable.text()))
        layout.addWidget(self.undecodable)
        if str(summary.get("format", "")).startswith("whatsapp"):
            layout.addLayout(self._date_order_row(summary))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Chat", "Show only messages containing…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(3)
        self._fill()
        layout.addWidget(self.list, 1)
        layout.addLayout(self._buttons(may_export))
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _date_order_row(self, summary: dict[str, Any]) -> QHBoxLayout:
        row = QHBoxLayout()
        order = str(summary.get("date_order", ""))
        text = translate("Chat", "Dates read as {order}. {reason}").format(
            order=order_name(order), reason=reason_text(summary)
        )
        self.order_label = label(text, "muted")
        row.addWidget(self.order_label, 1)
        self.order = QComboBox()
        for choice in summary.get("date_order_choices", []) or ["DMY", "MDY"]:
            self.order.addItem(order_name(choice), choice)
        self.order.setCurrentIndex(max(0, self.order.findData(order)))
        row.addWidget(self.order)
        self.apply_order = QPushButton(translate("Chat", "Read dates this way"))
        self.apply_order.clicked.connect(lambda: self.date_order_requested.emit(self.order.currentData()))
        row.addWidget(self.apply_order)
        return row

    def _fill(self) -> None:
        colours: dict[str, str] = {}
        for message in self.messages:
            entry = QListWidgetItem(message_text(message, self.labels))
            entry.setData(SEQ_ROLE, message.seq)
            if message.kind != "message":
                entry.setForeground(QBrush(QColor("#5b6670")))
                entry.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            else:
                colour = colours.setdefault(message.sender, SENDER_COLOURS[len(colours) % len(SENDER_COLOURS)])
                entry.setBackground(QBrush(QColor(colour)))
            self.list.addItem(entry)

    def _buttons(self, may_export: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.selected = label(role="muted")
        row.addWidget(self.selected, 1)
        self.quote_button = QPushButton(translate("Chat", "Quote into a fact"))
        self.quote_button.clicked.connect(lambda: self.quote_requested.emit(self.selected_seqs()))
        row.addWidget(self.quote_button)
        self.transcript_button = QPushButton(translate("Chat", "Transcript PDF…"))
        self.transcript_button.clicked.connect(lambda: self.transcript_requested.emit(self.selected_seqs()))
        self.transcript_button.setVisible(may_export)
        row.addWidget(self.transcript_button)
        return row

    def selected_seqs(self) -> list[int]:
        return sorted(int(i.data(SEQ_ROLE)) for i in self.list.selectedItems())

    def select(self, seqs: list[int]) -> None:
        self.list.clearSelection()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if int(entry.data(SEQ_ROLE)) in seqs:
                entry.setSelected(True)
                self.list.scrollToItem(entry)

    def _selection_changed(self) -> None:
        chosen = self.selected_seqs()
        self.quote_button.setEnabled(bool(chosen))
        self.selected.setText(
            translate("Chat", "{count} messages chosen (the transcript will have only these)").format(count=len(chosen))
            if chosen
            else translate("Chat", "Choose messages to quote them (Ctrl or Shift for several).")
        )

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(bool(needle) and needle not in entry.text().casefold())
