"""A busy line for the few seconds a key is derived (creating or unlocking a vault): a moving bar and what is
happening, shown at once where the user is looking. The work itself runs on a ``ui.jobs`` worker, so the bar
moves and the window repaints; the job's own dialog appears only after half a second, and Argon2id often ends
before that, which left nothing on screen but a disabled button (issue 13)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QWidget

from ui import jobs
from ui.widgets import label


class BusyLine(QWidget):
    """Hidden until ``follow(job, text)``; hides itself when that job has delivered. It keeps its height
    while hidden, so the form does not jump when it appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = label(role="muted", wrap=False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate: Argon2id has no progress to report
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(12)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.bar)
        row.addWidget(self.text, 1)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.hide()

    def follow(self, job: jobs.Job, text: str) -> None:  # type: ignore[type-arg]
        self.text.setText(text)
        self.show()
        job.finished.connect(self.hide)
