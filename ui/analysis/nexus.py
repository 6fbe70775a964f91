"""Non-punishment, charge by charge: the legal basis (international and national provisions, each
with its status), the facts that tie the charge to the trafficking, the model argued, the lawyer's
own argument, and what is still missing, recomputed as the form changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.analysis import elements as analysis
from app.cases import vocab
from app.cases.model import Case, Charge, Nexus
from legal_templates.loader import LegalDataError, default_user_dir
from legal_templates.party_status import INSTRUMENTS as PARTY_INSTRUMENTS
from legal_templates.party_status import load_party_table, party_sentence
from storage.phrases import UNVERIFIED_MARKER
from ui import i18n
from ui.analysis.context import Context
from ui.analysis.marks import citation_line, citation_tooltip, marked_html, status_name, tr
from ui.cases import text
from ui.cases.tables import WARN_AMBER
from ui.i18n import QT_TRANSLATE_NOOP
from ui.look import ERROR
from ui.widgets import label

IdRole = Qt.ItemDataRole.UserRole
INTERNATIONAL = ("actip.14.7", "ilo-p29.4.2", "ohchr.principle7", "ohchr.guideline4.5")
MODELS = (
    ("", QT_TRANSLATE_NOOP("Analysis", "Not chosen yet")),
    (
        "compulsion",
        QT_TRANSLATE_NOOP("Analysis", "Duress (compulsion), UNODC paper para. 17: the client was compelled to act"),
    ),
    (
        "causation",
        QT_TRANSLATE_NOOP(
            "Analysis", "Causation, UNODC paper paras 18-22: the act was a direct consequence of the trafficking"
        ),
    ),
    (  # the UNODC paper names no presumption model (legal review item 4): no source is attributed to it
        "presumption",
        QT_TRANSLATE_NOOP("Analysis", "Presumption: no source read; fill in its source before filing"),
    ),
)


def checkable_list() -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setUniformItemSizes(False)
    return widget


def fit_height(widget: QListWidget, most: int = 240) -> None:
    """As tall as its rows (up to ``most`` pixels), so the form below stays in view."""
    rows = sum(max(widget.sizeHintForRow(i), 0) for i in range(widget.count()))
    widget.setFixedHeight(min(most, rows + 2 * widget.frameWidth() + 6))


class NexusPanel(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.charge_id = ""
        self._saved_argument = ""
        self._filling = False
        self.charges = QListWidget()
        self.charges.setWordWrap(True)
        self.charges.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.heading = label(role="subheading")
        self.details = label(role="muted")
        self.basis = checkable_list()
        self.basis_text = QLabel()
        self.basis_text.setTextFormat(Qt.TextFormat.RichText)
        self.basis_text.setWordWrap(True)
        self.basis_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = checkable_list()
        self.model = QComboBox()
        for code, name in MODELS:
            self.model.addItem(tr(name), code)
        self.argument = QPlainTextEdit()
        self.argument.setPlaceholderText(
            tr("In your own words: how this charge follows from what was done to the client.")
        )
        self.argument.setTabChangesFocus(True)
        self.argument.setMinimumHeight(90)
        self.save_argument = QPushButton(tr("Save the argument"))
        self.missing = QLabel()
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setWordWrap(True)
        self.empty = label(
            tr(
                "No charges are recorded for this case. Add them in the Proceedings tab; then argue "
                "non-punishment here, charge by charge."
            ),
            "muted",
        )
        self.charges.currentItemChanged.connect(lambda *_: self._charge_changed())
        self.basis.itemChanged.connect(lambda *_: self._form_changed(save=True))
        self.basis.currentItemChanged.connect(lambda *_: self._show_basis_text())
        self.facts.itemChanged.connect(lambda *_: self._form_changed(save=True))
        self.model.currentIndexChanged.connect(lambda *_: self._form_changed(save=True))
        self.argument.textChanged.connect(lambda: self._form_changed(save=False))
        self.save_argument.clicked.connect(self.save)
        self._build()

    def _build(self) -> None:
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(
            label(tr("Ticks and the model are saved as you choose them; the argument when you save it."), "muted")
        )
        layout.addSpacing(6)
        layout.addWidget(label(tr("1. Legal basis: tick the provisions you argue from"), "subheading"))
        layout.addWidget(self.basis)
        layout.addWidget(self.basis_text)
        layout.addWidget(label(tr("2. Facts that tie this charge to the trafficking"), "subheading"))
        layout.addWidget(self.facts)
        model_row = QHBoxLayout()
        model_row.addWidget(label(tr("3. Model argued:"), "subheading", wrap=False))
        model_row.addWidget(self.model, 1)
        layout.addLayout(model_row)
        argument_row = QHBoxLayout()
        argument_row.addWidget(label(tr("4. The argument, in your words"), "subheading", wrap=False))
        argument_row.addStretch(1)
        argument_row.addWidget(self.save_argument)
        layout.addLayout(argument_row)
        layout.addWidget(self.argument, 1)
        self.form = form

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(label(tr("Charges"), "subheading"))
        side_layout.addWidget(self.charges, 1)
        side_layout.addSpacing(8)
        side_layout.addWidget(label(tr("What is still missing"), "subheading"))
        side_layout.addWidget(self.missing)
        side_layout.addWidget(
            label(
                tr("This list checks the file, not the merits: the lawyer judges whether the argument holds."), "muted"
            )
        )
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(side)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        self.split = split
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(split, 1)
        self.spacer = QWidget()
        outer.addWidget(self.spacer, 1)

    # ---- showing
    def current_charge(self) -> Charge | None:
        return next((c for c in self.context.case.charges if c.id == self.charge_id), None)

    def refresh(self) -> None:
        case = self.context.case
        self.empty.setVisible(not case.charges)
        self.split.setVisible(bool(case.charges))
        self.spacer.setVisible(not case.charges)
        views = {v.charge_id: v for v in analysis.nexus(case, self.context.library, self.context.language)}
        ids = [c.id for c in case.charges]
        existing = [self.charges.item(i).data(IdRole) for i in range(self.charges.count())]
        self._filling = True
        if ids != existing:
            self.charges.clear()
            for charge in case.charges:
                item = QListWidgetItem()
                item.setData(IdRole, charge.id)
                self.charges.addItem(item)
        for index, charge in enumerate(case.charges):
            missing = len(views[charge.id].missing)
            status = (
                tr("{count} point(s) still missing").format(count=missing)
                if missing
                else tr("nothing flagged as missing")
            )
            self.charges.item(index).setText(f"{charge.offence}\n{status}")
        if ids != existing and self.current_charge() is not None:
            self.charges.setCurrentRow(ids.index(self.charge_id))
        self._filling = False
        if self.current_charge() is None and case.charges:
            self.charges.setCurrentRow(0)
        else:
            self._show_charge()

    def select_charge(self, charge_id: str) -> None:
        for index in range(self.charges.count()):
            if self.charges.item(index).data(IdRole) == charge_id:
                self.charges.setCurrentRow(index)

    def _charge_changed(self) -> None:
        if self._filling:
            return
        self.flush()
        item = self.charges.currentItem()
        self.charge_id = str(item.data(IdRole)) if item is not None else ""
        self._filling = True
        self._saved_argument = ""
        self.argument.setPlainText("")
        self._filling = False
        self._show_charge()

    def _show_charge(self) -> None:
        charge = self.current_charge()
        self.form.setEnabled(charge is not None)
        if charge is None:
            self.heading.setText("")
            self.details.setText("")
            self.missing.setText("")
            return
        self._filling = True
        try:
            self.heading.setText(charge.offence)
            parts = [
                text.term(vocab.CHARGE_KINDS, charge.kind),
                charge.statute,
                charge.authority,
                text.term(vocab.CHARGE_STAGES, charge.stage),
                tr("case no. {number}").format(number=charge.case_number) if charge.case_number else "",
            ]
            details = " · ".join(p for p in parts if p)
            if charge.administrative:  # the drafts route it to the penalty waiver (legal review item 7)
                details += "\n" + tr(
                    "An administrative penalty: the drafts argue it in the penalty-waiver request to the immigration "
                    "or labour authority, not to the prosecutor."
                )
            self.details.setText(details)
            self._fill_basis(charge)
            self._fill_facts(charge)
            fit_height(self.basis)
            fit_height(self.facts)
            self.model.setCurrentIndex(max(self.model.findData(charge.nexus.model), 0))
            # Keep what is being typed; replace the text only when it is the saved one.
            if self.argument.toPlainText() == self._saved_argument:
                self.argument.setPlainText(charge.nexus.argument)
            self._saved_argument = charge.nexus.argument
        finally:
            self._filling = False
        self._show_basis_text()
        self._form_changed(save=False)

    def basis_sections(self, charge: Charge) -> list[tuple[str, list[Any]]]:
        library, code = self.context.library, self.context.case.jurisdiction
        profile = None
        if code:
            try:
                profile = library.jurisdiction(code)
            except KeyError:
                profile = None
        international = list(profile.fallback_non_punishment) if profile else list(INTERNATIONAL)
        sections = [(tr("International"), [c for c in (_citation(library, i) for i in international) if c])]
        if profile is not None:
            sections.append((tr("National law: {country}").format(country=profile.name), list(profile.non_punishment)))
        else:
            country = text.country(code) if code else tr("no jurisdiction set")
            sections.append((tr("National law: {country} (no profile in the library)").format(country=country), []))
        shown = {c.id for _title, citations in sections for c in citations}
        earlier = [c for c in (_citation(library, i) for i in charge.nexus.basis if i not in shown) if c]
        if earlier:
            sections.append((tr("Chosen earlier"), earlier))
        return sections

    def _fill_basis(self, charge: Charge) -> None:
        sections = self.basis_sections(charge)
        wanted = [c.id for _t, citations in sections for c in citations]
        existing = [
            self.basis.item(i).data(IdRole) for i in range(self.basis.count()) if self.basis.item(i).data(IdRole)
        ]
        chosen = set(charge.nexus.basis)
        if wanted != existing:
            self.basis.clear()
            for title, citations in sections:
                heading = QListWidgetItem(title)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setForeground(QBrush(QColor("#333333")))
                self.basis.addItem(heading)
                if not citations:
                    none = QListWidgetItem(tr("No national provision is recorded; argue from the international ones."))
                    none.setFlags(Qt.ItemFlag.NoItemFlags)
                    self.basis.addItem(none)
                for citation in citations:
                    item = QListWidgetItem(citation_line(citation))
                    item.setData(IdRole, citation.id)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setToolTip(citation_tooltip(citation))
                    if citation.status == "unverified":
                        item.setForeground(QBrush(QColor(ERROR)))
                    self.basis.addItem(item)
        for index in range(self.basis.count()):
            item = self.basis.item(index)
            if item.data(IdRole):
                checked = item.data(IdRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill_facts(self, charge: Charge) -> None:
        facts = self.context.case.facts
        labels = self.context.labels
        existing = [self.facts.item(i).data(IdRole) for i in range(self.facts.count())]
        if existing != [f.id for f in facts] or not facts:
            self.facts.clear()
            for fact in facts:
                item = QListWidgetItem()
                item.setData(IdRole, fact.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                self.facts.addItem(item)
            if not facts:
                none = QListWidgetItem(tr("No facts yet: record them in the Matrix and facts tab or the Facts tab."))
                none.setFlags(Qt.ItemFlag.NoItemFlags)
                self.facts.addItem(none)
        chosen = set(charge.nexus.fact_ids)
        for index, fact in enumerate(facts):
            item = self.facts.item(index)
            exhibits = [labels[i] for i in fact.evidence_ids if i in labels]
            item.setText(fact.statement + (f" ({', '.join(exhibits)})" if exhibits else ""))
            item.setToolTip(fact.statement)
            item.setCheckState(Qt.CheckState.Checked if fact.id in chosen else Qt.CheckState.Unchecked)

    def _show_basis_text(self) -> None:
        item = self.basis.currentItem()
        citation_id = item.data(IdRole) if item is not None else None
        citation = _citation(self.context.library, citation_id) if citation_id else None
        if citation is None:
            self.basis_text.setText(marked_html(tr("Select a provision to read its text here.")))
            return
        body = (
            citation.text
            if not citation.placeholder
            else tr("The provision is not known yet: {what}").format(what=citation.text)
        )
        lines = [f"<b>{marked_html(citation.instrument)}, {marked_html(citation.article)}</b>", marked_html(body)]
        if citation.labelled_gloss:
            lines.append(marked_html(citation.labelled_gloss))
        lines.append(marked_html(tr("Source: {source}").format(source=citation.source)))
        status = status_name(citation.status) + (f" {UNVERIFIED_MARKER}" if citation.status == "unverified" else "")
        lines.append(marked_html(tr("Status: {status}").format(status=status)))
        party = party_line(citation, self.context.case.jurisdiction)
        if party:
            lines.append(marked_html(party))
        if citation.note:
            lines.append(marked_html(citation.note))
        self.basis_text.setText("<br>".join(lines))

    # ---- the form
    def form_nexus(self) -> Nexus:
        basis = [
            str(self.basis.item(i).data(IdRole))
            for i in range(self.basis.count())
            if self.basis.item(i).data(IdRole) and self.basis.item(i).checkState() == Qt.CheckState.Checked
        ]
        fact_ids = [
            str(self.facts.item(i).data(IdRole))
            for i in range(self.facts.count())
            if self.facts.item(i).data(IdRole) and self.facts.item(i).checkState() == Qt.CheckState.Checked
        ]
        return Nexus(
            basis=basis,
            fact_ids=fact_ids,
            model=self.model.currentData() or "",
            argument=self.argument.toPlainText().strip(),
        )

    def missing_now(self) -> list[str]:
        """What is still missing for the current charge, with the form as it is now (saved or not)."""
        charge = self.current_charge()
        if charge is None:
            return []
        trial = self.context.case.model_copy(deep=True)
        for candidate in trial.charges:
            if candidate.id == charge.id:
                candidate.nexus = self.form_nexus()
        view = next(
            v for v in analysis.nexus(trial, self.context.library, self.context.language) if v.charge_id == charge.id
        )
        return list(view.missing)

    def _form_changed(self, save: bool) -> None:
        if self._filling or self.current_charge() is None:
            return
        missing = self.missing_now()
        if missing:
            self.missing.setText("\n".join(f"• {m}" for m in missing))
            self.missing.setStyleSheet(f"color: {WARN_AMBER};")
        else:
            self.missing.setText(tr("Nothing is flagged as missing for this charge."))
            self.missing.setStyleSheet("")
        dirty = self.argument.toPlainText().strip() != self._saved_argument
        self.save_argument.setEnabled(dirty)
        if save:
            self.save()

    def save(self) -> bool:
        charge = self.current_charge()
        if charge is None or self._filling:
            return True
        nexus = self.form_nexus()
        if nexus == charge.nexus:
            return True
        charge_id = charge.id

        def change(case: Case) -> None:
            for candidate in case.charges:
                if candidate.id == charge_id:
                    candidate.nexus = nexus

        saved = self.context.edit(self, change)
        if saved:
            self._saved_argument = nexus.argument
            self.save_argument.setEnabled(False)
        return saved

    def flush(self) -> bool:
        """Save an argument typed but not yet saved (before switching charge or closing)."""
        if self.current_charge() is None:
            return True
        if self.argument.toPlainText().strip() != self._saved_argument:
            return self.save()
        return True


def party_line(citation: Any, code: str) -> str:
    """Where the State of the proceedings stands under the treaty a citation comes from, as the drafts say
    it (legal_templates/party-status.toml): a treaty binds only its parties, and an unconfirmed status is
    shown with the unverified marker. Empty for national law, soft law, or no jurisdiction."""
    instrument = str(citation.id).split(".", 1)[0]
    if not code or instrument not in PARTY_INSTRUMENTS:
        return ""
    try:
        table = load_party_table(default_user_dir())
    except LegalDataError:
        return ""
    language = "km" if i18n.effective(i18n.current()) == "km" else "en"
    sentence = party_sentence(table, code, instrument, language, gap=lambda what: f"{UNVERIFIED_MARKER} ({what})")
    return tr("Party status: {sentence}").format(sentence=sentence)


def _citation(library: Any, citation_id: str) -> Any:
    try:
        return library.citation(citation_id)
    except KeyError:
        return None
