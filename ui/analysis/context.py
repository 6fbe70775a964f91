"""What the analysis panels share: the open case (a CaseDoc, shared with the case page when given),
the legal library, the case's exhibits, and the one way to save an edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from app.analysis import elements as analysis
from app.analysis.summary_words import LANGUAGES
from app.cases.model import Case, Fact
from app.evidence.locker import case_items
from storage.evidence import Item
from storage.vault import Vault
from ui import i18n, vault_ops
from ui.cases.doc import CaseDoc


class Context:
    def __init__(self, vault: Vault, doc: CaseDoc, library: Any) -> None:
        self.vault, self.doc, self.library = vault, doc, library
        self.exhibits: list[Item] = []

    @property
    def case(self) -> Case:
        return self.doc.case

    @property
    def language(self) -> str:
        """Summaries and still-missing lines follow the interface language where app/analysis/summary_words.py has it."""
        chosen = i18n.current().split("_")[0]
        return chosen if chosen in LANGUAGES else "en"

    @property
    def who(self) -> str:
        return self.vault.user.name

    def load_exhibits(self) -> None:
        """The case's exhibits (deleted ones excluded): a quick read of one table."""
        case_id = self.case.id
        self.exhibits = vault_ops.now(self.vault, lambda v: case_items(v, case_id))

    @property
    def labels(self) -> dict[str, str]:
        return {i.id: i.label for i in self.exhibits}

    def exhibit(self, item_id: str) -> Item | None:
        return next((i for i in self.exhibits if i.id == item_id), None)

    def exhibit_text(self, item: Item) -> str:
        description = item.provenance[0].provenance.description if item.provenance else ""
        return f"{item.label} · {item.filename}" + (f" — {description}" if description else "")

    def frameworks(self) -> list[str]:
        """The chosen frameworks that the library knows (the defaults when none were chosen)."""
        chosen = self.case.analysis.frameworks or list(analysis.DEFAULT_FRAMEWORKS)
        return [f for f in chosen if f in self.library.frameworks]

    def selectable_frameworks(self) -> list[Any]:
        """Frameworks with elements that facts can be tagged with (Palermo, ILO indicators, ILO-EC, others)."""
        return [f for f in self.library.frameworks.values() if any(not e.placeholder for e in f.elements)]

    def elements(self) -> list[Any]:
        return [e for f in self.frameworks() for e in self.library.framework(f).elements if not e.placeholder]

    def element_name(self, element_id: str) -> str:
        """'Deception (ILO indicators of forced labour)': the same label exists in several frameworks."""
        from ui.analysis.matrix import framework_name

        try:
            element = self.library.element(element_id)
        except KeyError:
            return element_id
        return f"{element.label} ({framework_name(self.library.framework(element.framework))})"

    def fact(self, fact_id: str) -> Fact | None:
        return next((f for f in self.case.facts if f.id == fact_id), None)

    def matrix(self) -> list[analysis.Row]:
        return analysis.matrix(self.case, self.library, self.frameworks(), {i.id for i in self.exhibits})

    def edit(self, owner: QWidget, change: Callable[[Case], None]) -> bool:
        """Apply ``change`` to a copy of the case and save it; a refusal is explained plainly."""
        return self.doc.edit(owner, change)
