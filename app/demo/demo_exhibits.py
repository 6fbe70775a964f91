"""Synthetic exhibits for demo cases: drawn chat screenshots, a job ad, a passport page marked SPECIMEN, a PDF.

Everything is drawn here (Pillow, ReportLab) from the case's synthetic data; nothing
resembles a real person's document: the passport page is a grey box stamped SPECIMEN.
"""

from __future__ import annotations

import io
import random
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from app.cases.model import Case
from app.evidence.locker import EvidenceLocker
from app.writers.fonts import role_family
from storage.evidence import Provenance

CHAT_LINES = [
    ("them", "Hello! We have an IT job for you. Salary 1500 USD per month."),
    ("me", "What is the work exactly?"),
    ("them", "Office work, customer support. Free room, free food, free visa."),
    ("me", "Where is the office?"),
    ("them", "Near the border. Our driver will pick you up. Bring your passport."),
    ("me", "OK. When do I start?"),
    ("them", "Next week. Do not tell anyone, the places are limited."),
]


@cache
def _font(size: int, script: str = "Latin") -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    family = role_family(script)
    if family is not None:
        return ImageFont.truetype(str(family.regular), size)
    return ImageFont.load_default()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def chat_screenshot(rng: random.Random, handle: str) -> bytes:
    image = Image.new("RGB", (540, 960), (230, 235, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 540, 70), fill=(40, 120, 180))
    draw.text((20, 22), f"{handle}  (synthetic demo chat)", fill="white", font=_font(22))
    y = 100
    for side, text in CHAT_LINES[: rng.randint(4, len(CHAT_LINES))]:
        width = min(420, 14 * len(text) // 2 + 40)
        x = 20 if side == "them" else 540 - width - 20
        draw.rounded_rectangle((x, y, x + width, y + 90), 14, fill="white" if side == "them" else (200, 240, 200))
        words, line, lines = text.split(), "", []
        for word in words:
            if len(line) + len(word) > width // 11:
                lines.append(line)
                line = ""
            line += word + " "
        lines.append(line)
        for number, part in enumerate(lines[:3]):
            draw.text((x + 14, y + 10 + number * 24), part, fill="black", font=_font(19))
        y += 110
    return _png(image)


def job_ad(rng: random.Random, job: str, salary: str) -> bytes:
    image = Image.new("RGB", (800, 600), (250, 210, 60))
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "WE ARE HIRING!", fill=(150, 0, 0), font=_font(64))
    draw.text((40, 150), f"{job.replace('_', ' ').upper()} STAFF", fill="black", font=_font(44))
    draw.text((40, 230), f"Salary {salary} USD / month", fill="black", font=_font(36))
    for number, line in enumerate(["Free accommodation", "Free visa and ticket", "No experience needed"]):
        draw.text((60, 310 + number * 50), f"- {line}", fill="black", font=_font(30))
    draw.text((40, 500), "Contact on Telegram (synthetic demo advertisement)", fill=(60, 60, 60), font=_font(24))
    draw.text((40, 540), "ការងារប្រាក់ខែខ្ពស់", fill=(60, 60, 60), font=_font(28, "Khmer"))
    return _png(image)


def passport_specimen(name: str, number: str) -> bytes:
    image = Image.new("RGB", (900, 620), (215, 220, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 120, 300, 460), fill=(170, 175, 180))
    draw.text((360, 130), "PASSPORT (SYNTHETIC)", fill="black", font=_font(34))
    for number_line, (label, value) in enumerate([("Name", name), ("No.", number), ("Nationality", "DEMO")]):
        draw.text((360, 210 + number_line * 60), f"{label}: {value}", fill="black", font=_font(28))
    stamp = Image.new("RGBA", (900, 620), (0, 0, 0, 0))
    ImageDraw.Draw(stamp).text((120, 240), "SPECIMEN", fill=(200, 0, 0, 160), font=_font(150))
    image.paste(stamp.rotate(18), (0, 0), stamp.rotate(18))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def statement_pdf(case: Case) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.writers.pdf_text import base_font

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont(base_font(), 14)
    canvas.drawString(72, 770, "Shelter intake note (synthetic demo document)")
    canvas.setFont(base_font(), 11)
    for number, fact in enumerate(case.facts[:8]):
        canvas.drawString(72, 730 - number * 20, f"- {fact.statement[:90]}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def attach(locker: EvidenceLocker, case: Case, rng: random.Random) -> int:
    """Add three or four synthetic exhibits to a demo case; returns how many."""
    handle = next((i.value for p in case.people for i in p.identifiers), "@demo")
    salary = case.recruitment.promised_salary.amount or "1500"
    files = [
        (
            "job-ad.png",
            job_ad(rng, case.recruitment.job_advertised or "it", salary),
            Provenance(
                received_from="client",
                via="phone transfer",
                source_app="Facebook",
                description="Screenshot of the job advertisement",
            ),
        ),
        (
            "chat-recruiter.png",
            chat_screenshot(rng, handle),
            Provenance(
                received_from="client",
                via="phone transfer",
                source_app="Telegram",
                description="Chat with the recruiter",
            ),
        ),
        (
            "passport.jpg",
            passport_specimen(case.client.display_name, case.client.documents[0].number),
            Provenance(received_from="family", via="messaging app", description="Copy of passport page (SPECIMEN)"),
        ),
    ]
    if rng.random() < 0.5:
        files.append(
            (
                "shelter-note.pdf",
                statement_pdf(case),
                Provenance(received_from="other", via="email", description="Shelter intake note"),
            )
        )
    stored = {}
    for filename, data, provenance in files:
        result = locker.import_bytes(case.reference, data, filename, provenance)
        if result.item is not None:
            stored[filename] = result.item.id
    _link(case, stored)
    return len(files)


def _link(case: Case, stored: dict[str, str]) -> None:
    """Exhibits support facts: the job ad and the chat corroborate the recruitment, the passport copy its retention."""
    for fact in case.facts:
        text = fact.statement.lower()
        if "advertisement" in text:
            fact.evidence_ids = [stored[n] for n in ("job-ad.png", "chat-recruiter.png") if n in stored]
        elif "passport" in text and "passport.jpg" in stored:
            fact.evidence_ids = [stored["passport.jpg"]]
