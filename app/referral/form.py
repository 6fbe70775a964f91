"""A referral form for a partner that does not run Saksi: a PDF summary and an HTCDS-aligned JSON, encrypted.

Built only from the parts of the case the client agreed to share with that partner (a consent with use
``referral`` whose recipient, in words, is the partner; limited parts limit the form). The PDF is in the
partner's language (English, Khmer or Thai: headings and labels translated here, the case's own words as
recorded), shaped with the bundled fonts through app/writers/pdf_text.py like the draft filings. The JSON uses HTCDS 2.0
field names where one fits (``prs_Gender``, ``vic_MethodsOfControl``, ``hte_Type``, ``cas_ReferredOrganisation``
...) and keeps Saksi's own names, under ``saksi``, for what HTCDS has no field for.

Both files go into one ZIP encrypted with age (the age file format, through pyrage; scrypt for a passphrase,
X25519 for an age public key): the partner opens it with the standard ``age`` tool (``age -d``), nothing of
Saksi's. Without the partner's age key, Saksi makes a passphrase of 160 random bits (typed like the recovery
code) that is shown once, to be read to the partner by phone. The export is audited: partner, language,
parts, consent, file and how it was encrypted; the plaintext never touches the disk.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyrage

from app.cases import vocab
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.common.exports import audited, safe_name
from app.referral.packages import parts_of, restrict
from app.writers.referral_pdf import form_pdf
from storage import office
from storage.errors import InputRejected, PermissionDenied
from storage.files import utc_now
from storage.keyslots import new_recovery_code
from storage.phrases import MAY_NOT_EXPORT_CASES
from storage.vault import Vault

FORMAT = "saksi.referral-form/1"
LANGUAGES = ("en", "km", "th")
SUFFIX = ".zip.age"

# Headings and labels in each language; the case's own words are printed as recorded.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Referral of a case",
        "from": "From",
        "to": "To",
        "date": "Date",
        "reference": "Case reference",
        "lawyer": "Lawyer",
        "consent": "Consent",
        "consent_text": "The client agreed on {date} to share these parts of the case with {recipient}: {parts}.",
        "client": "The client",
        "name": "Name",
        "sex": "Sex",
        "age": "Age",
        "age_recruited": "Age when recruited",
        "nationality": "Nationality",
        "languages": "Languages",
        "contact": "Safe contact",
        "documents": "Identity documents",
        "journey": "Recruitment and journey",
        "recruited": "Recruited",
        "channel": "How",
        "job": "Job offered",
        "route": "Route",
        "compound": "Compound",
        "controls": "Means of control",
        "exit": "Left the compound",
        "detention": "Detention",
        "facility": "Facility",
        "since": "Since",
        "charges": "Charges",
        "facts": "Facts",
        "people": "People involved",
        "remedies": "Losses and remedies",
        "deadlines": "Deadlines",
        "needs": "The client's needs",
        "notes": "Notes",
        "none": "none recorded",
        "footer": "Made by Saksi from the parts of the case the client agreed to share. Sending office's fingerprint: {fingerprint}.",
        "note": "",
    },
    "km": {
        "title": "លិខិតបញ្ជូនសំណុំរឿង",
        "from": "ពី",
        "to": "ជូន",
        "date": "កាលបរិច្ឆេទ",
        "reference": "លេខយោងសំណុំរឿង",
        "lawyer": "មេធាវី",
        "consent": "ការយល់ព្រម",
        "consent_text": "កូនក្តីបានយល់ព្រមនៅថ្ងៃ {date} ឱ្យចែករំលែកផ្នែកទាំងនេះនៃសំណុំរឿងជាមួយ {recipient}៖ {parts}។",
        "client": "កូនក្តី",
        "name": "ឈ្មោះ",
        "sex": "ភេទ",
        "age": "អាយុ",
        "age_recruited": "អាយុនៅពេលត្រូវបានជ្រើសរើស",
        "nationality": "សញ្ជាតិ",
        "languages": "ភាសា",
        "contact": "ទំនាក់ទំនងដែលមានសុវត្ថិភាព",
        "documents": "ឯកសារអត្តសញ្ញាណ",
        "journey": "ការជ្រើសរើស និងការធ្វើដំណើរ",
        "recruited": "ត្រូវបានជ្រើសរើស",
        "channel": "តាមរបៀប",
        "job": "ការងារដែលបានសន្យា",
        "route": "ផ្លូវធ្វើដំណើរ",
        "compound": "បរិវេណ",
        "controls": "មធ្យោបាយគ្រប់គ្រង",
        "exit": "បានចាកចេញពីបរិវេណ",
        "detention": "ការឃុំខ្លួន",
        "facility": "កន្លែងឃុំខ្លួន",
        "since": "តាំងពី",
        "charges": "ការចោទប្រកាន់",
        "facts": "អង្គហេតុ",
        "people": "អ្នកពាក់ព័ន្ធ",
        "remedies": "ការខាតបង់ និងសំណង",
        "deadlines": "ថ្ងៃផុតកំណត់",
        "needs": "តម្រូវការរបស់កូនក្តី",
        "notes": "កំណត់ចំណាំ",
        "none": "មិនបានកត់ត្រា",
        "footer": "បង្កើតដោយ Saksi ពីផ្នែកនៃសំណុំរឿងដែលកូនក្តីបានយល់ព្រមចែករំលែក។ ស្នាមម្រាមដៃរបស់ការិយាល័យផ្ញើ៖ {fingerprint}។",
        "note": "Khmer labels not yet reviewed by a native speaker; the case's own words are as recorded.",
    },
    "th": {
        "title": "แบบส่งต่อกรณี",
        "from": "จาก",
        "to": "ถึง",
        "date": "วันที่",
        "reference": "เลขอ้างอิงกรณี",
        "lawyer": "ทนายความ",
        "consent": "ความยินยอม",
        "consent_text": "ผู้รับความช่วยเหลือยินยอมเมื่อวันที่ {date} ให้ส่งส่วนเหล่านี้ของกรณีแก่ {recipient}: {parts}",
        "client": "ผู้รับความช่วยเหลือ",
        "name": "ชื่อ",
        "sex": "เพศ",
        "age": "อายุ",
        "age_recruited": "อายุเมื่อถูกชักชวน",
        "nationality": "สัญชาติ",
        "languages": "ภาษา",
        "contact": "ช่องทางติดต่อที่ปลอดภัย",
        "documents": "เอกสารประจำตัว",
        "journey": "การชักชวนและการเดินทาง",
        "recruited": "ถูกชักชวน",
        "channel": "วิธีการ",
        "job": "งานที่เสนอ",
        "route": "เส้นทาง",
        "compound": "สถานที่ถูกกักตัว",
        "controls": "วิธีการควบคุม",
        "exit": "ออกจากสถานที่",
        "detention": "การกักตัว",
        "facility": "สถานที่กักตัว",
        "since": "ตั้งแต่",
        "charges": "ข้อกล่าวหา",
        "facts": "ข้อเท็จจริง",
        "people": "บุคคลที่เกี่ยวข้อง",
        "remedies": "ความเสียหายและการเยียวยา",
        "deadlines": "กำหนดเวลา",
        "needs": "ความต้องการของผู้รับความช่วยเหลือ",
        "notes": "บันทึก",
        "none": "ไม่ได้บันทึก",
        "footer": "จัดทำโดย Saksi จากส่วนของกรณีที่ผู้รับความช่วยเหลือยินยอมให้ส่งต่อ ลายนิ้วมือของสำนักงานผู้ส่ง: {fingerprint}",
        "note": "Thai labels not yet reviewed by a native speaker; the case's own words are as recorded.",
    },
}

PART_LABELS = {"interview": "needs"}  # the part's heading in LABELS, where its key differs
HTCDS_GENDER = {"female": "Feminine", "male": "Masculine", "other": "NonConforming", "unknown": "NonSpecifiedUnknown"}


@dataclass(frozen=True)
class FormResult:
    path: Path
    passphrase: str  # "" when encrypted to the partner's age key
    parts: list[str]
    size: int


# ----------------------------------------------------------------------------- consent
def form_consent(case: Case, recipient: str, parts: list[str]) -> str:
    """The consent that lets this partner (named in words) receive these parts; refused (exit 6) otherwise."""
    wanted = " ".join(recipient.split()).casefold()
    for consent in case.consents:
        named = " ".join(consent.recipient.split()).casefold()
        usable = consent.use == "referral" and not consent.withdrawn_on and named and named == wanted
        if usable and (not consent.parts or set(parts) <= set(consent.parts)):
            return consent.id
    raise InputRejected(
        "The case {reference} has no consent to refer these parts to {recipient}. Record the client's consent (use 'referral', recipient {recipient}) first; nothing was written.",
        reference=case.reference,
        recipient=recipient,
    )


# ----------------------------------------------------------------------------- the summary, as rows
def _terms(terms: tuple[vocab.Term, ...], codes: list[str] | str | None) -> str:
    if not codes:
        return ""
    items = [codes] if isinstance(codes, str) else codes
    return ", ".join(vocab.label(terms, c) for c in items if c and c != "unknown")


def _countries(codes: list[str]) -> str:
    return ", ".join(vocab.label(vocab.COUNTRIES, c) for c in codes if c)


def _when(value: dict[str, Any]) -> str:
    day = str(value.get("date") or "")
    return f"~{day}" if day and value.get("approximate") else day


def _join(*bits: str) -> str:
    return "; ".join(b for b in bits if b)


def sections(
    document: dict[str, Any], parts: list[str], labels: dict[str, str]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(label, value)]) for each consented part that has something recorded."""
    case = Case.model_validate(document)
    out: list[tuple[str, list[tuple[str, str]]]] = []
    if "client" in parts:
        c = case.client
        rows = [
            (labels["name"], ", ".join(n.text for n in c.names)),
            (labels["sex"], _terms(vocab.SEX, c.sex)),
            (labels["age"], "" if c.age is None else str(c.age)),
            (labels["age_recruited"], "" if c.age_at_recruitment is None else str(c.age_at_recruitment)),
            (labels["nationality"], _countries(c.nationalities)),
            (labels["languages"], ", ".join(c.languages)),
        ]
        rows += [(labels["contact"], f"{ct.kind}: {ct.value}") for ct in c.contacts if ct.safe_to_contact]
        rows += [
            (
                labels["documents"],
                _join(_terms(vocab.DOCUMENT_TYPES, d.type), d.number, _terms(vocab.HELD_BY, d.held_by)),
            )
            for d in c.documents
        ]
        out.append((labels["client"], rows))
    if "journey" in parts:
        r, t = case.recruitment, case.transportation
        rows = [
            (labels["recruited"], _join(r.when.date, _countries([r.country]), r.place)),
            (
                labels["channel"],
                _join(_terms(vocab.RECRUITMENT_CHANNEL, r.channel), _terms(vocab.PLATFORMS, r.platforms)),
            ),
            (labels["job"], _join(_terms(vocab.JOBS_ADVERTISED, r.job_advertised), r.job_description)),
            (labels["route"], _join(_countries(t.route), _terms(vocab.TRANSPORT_MODES, t.modes))),
        ]
        for compound in case.compounds:
            rows.append(
                (
                    labels["compound"],
                    _join(
                        _countries([compound.country]),
                        compound.place,
                        compound.name,
                        "–".join(x for x in (compound.arrived.date, compound.left.date) if x),
                        _terms(vocab.SCAM_WORK, compound.scam_work),
                    ),
                )
            )
            rows.append((labels["controls"], _terms(vocab.CONTROLS, compound.controls)))
        rows.append((labels["exit"], _join(_terms(vocab.EXIT_KINDS, case.exit.kind), case.exit.when.date)))
        out.append((labels["journey"], rows))
    if "detention" in parts:
        d = case.detention
        rows = [
            (labels["detention"], _terms(vocab.YES_NO, d.detained)),
            (labels["facility"], _join(d.facility, _countries([d.country]))),
            (labels["since"], d.since),
        ]
        out.append((labels["detention"], rows))
    if "charges" in parts:
        rows = [
            (ch.offence, _join(ch.authority, ch.case_number, _terms(vocab.CHARGE_STAGES, ch.stage), ch.next_date))
            for ch in case.charges
        ]
        out.append((labels["charges"], rows))
    if "facts" in parts:
        out.append((labels["facts"], [(_when(f.when.model_dump()) or "-", f.statement) for f in case.facts]))
    if "people" in parts:
        out.append((labels["people"], [(_terms(vocab.PERSON_ROLES, p.role), p.name) for p in case.people]))
    if "remedies" in parts:
        rows = [
            (_terms(vocab.REMEDY_KINDS, m.kind), _join(f"{m.amount.amount} {m.amount.currency}".strip(), m.notes))
            for m in case.remedies
        ]
        out.append((labels["remedies"], rows))
    if "deadlines" in parts:
        out.append((labels["deadlines"], [(d.due_on, d.title) for d in case.deadlines if not d.done]))
    if "interview" in parts:
        out.append((labels["needs"], [("", case.interview.needs)]))
    if "notes" in parts:
        out.append((labels["notes"], [("", case.notes)]))
    return [(heading, [(k, v) for k, v in rows if v]) for heading, rows in out]


# ----------------------------------------------------------------------------- the JSON
def _htcds(terms: tuple[vocab.Term, ...], codes: list[str]) -> list[str]:
    mapped = {t.code: t.htcds for t in terms if t.htcds}
    return sorted({mapped[c] for c in codes if c in mapped})


def form_json(document: dict[str, Any], parts: list[str], meta: dict[str, Any]) -> dict[str, Any]:
    """The consented parts in HTCDS 2.0 field names where one fits; the rest under ``saksi``."""
    case = Case.model_validate(document)
    out: dict[str, Any] = {
        "format": FORMAT,
        "standard": "HTCDS 2.0 field names and values where one fits; Saksi's own names under 'saksi'",
        **meta,
        "cas_Status": {t.code: t.htcds for t in vocab.CASE_STATUS}.get(case.status, "Active"),
        "con_Consent": True,
    }
    saksi: dict[str, Any] = {"reference": case.reference, "parts": parts}
    if "client" in parts:
        c = case.client
        out["prs_Gender"] = HTCDS_GENDER.get(c.sex, "NonSpecifiedUnknown")
        if len(c.date_of_birth) == 10:
            out["prs_Birthdate"] = c.date_of_birth
        out["prs_Citizenship"] = list(c.nationalities)
        if c.languages:
            out["prs_PrimaryLanguage"] = c.languages[0]
            if len(c.languages) > 1:
                out["prs_SecondaryLanguage"] = c.languages[1]
        if c.age_at_recruitment is not None:
            out["vic_AgeWhenTrafficked"] = c.age_at_recruitment
        saksi["names"] = [{"text": n.text, "kind": n.kind} for n in c.names]
        saksi["safe_contacts"] = [{"kind": x.kind, "value": x.value} for x in c.contacts if x.safe_to_contact]
        saksi["identity_documents"] = [{"type": d.type, "number": d.number, "held_by": d.held_by} for d in c.documents]
    if "journey" in parts:
        r = case.recruitment
        out["vic_RecruitmentWebsitesAndApps"] = _htcds(vocab.PLATFORMS, r.platforms)
        out["vic_MethodOfRecruitment"] = _htcds(vocab.RECRUITMENT_METHOD, [r.method or ""])
        out["vic_RelationshipToTrafficker"] = next(iter(_htcds(vocab.RELATIONSHIP, [r.recruiter_relationship])), "")
        controls = [c for compound in case.compounds for c in compound.controls]
        out["vic_MethodsOfControl"] = _htcds(vocab.CONTROLS, controls)
        # HTCDS has no forced criminality yet (UNMigration/HTCDS issue 28): scam work is ForcedLabour + Other
        out["vic_TypeOfExploitation"] = ["ForcedLabour", "Other"] if any(x.scam_work for x in case.compounds) else []
        events = [{"hte_Type": "Recruitment", "hte_Country": r.country, "hte_City": r.place, "hte_Date": r.when.date}]
        events += [{"hte_Type": "Transit", "hte_Country": c} for c in case.transportation.route[1:-1]]
        events += [
            {"hte_Type": "Exploitation", "hte_Country": x.country, "hte_City": x.place, "hte_Date": x.arrived.date}
            for x in case.compounds
        ]
        out["historic_events"] = [{k: v for k, v in e.items() if v} for e in events]
        saksi["scam_work"] = sorted({w for x in case.compounds for w in x.scam_work})
        saksi["exit"] = {"kind": case.exit.kind, "date": case.exit.when.date, "country": case.exit.country}
    if "people" in parts:
        roles = {t.code: t.htcds for t in vocab.PERSON_ROLES}
        out["perpetrators"] = [{"per_RoleInProcess": [roles.get(p.role, "Other")], "name": p.name} for p in case.people]
    if "detention" in parts:
        d = case.detention
        saksi["detention"] = {"detained": d.detained, "facility": d.facility, "country": d.country, "since": d.since}
    if "charges" in parts:
        saksi["charges"] = [
            {
                "offence": c.offence,
                "authority": c.authority,
                "case_number": c.case_number,
                "stage": c.stage,
                "next_date": c.next_date,
            }
            for c in case.charges
        ]
    if "facts" in parts:
        saksi["facts"] = [{"date": f.when.date, "statement": f.statement} for f in case.facts]
    if "remedies" in parts:
        saksi["remedies"] = [
            {"kind": m.kind, "amount": m.amount.amount, "currency": m.amount.currency} for m in case.remedies
        ]
    if "deadlines" in parts:
        saksi["deadlines"] = [{"due_on": d.due_on, "title": d.title} for d in case.deadlines if not d.done]
    if "interview" in parts:
        saksi["needs"] = case.interview.needs
    if "notes" in parts:
        out["cco_CaseComment"] = case.notes
    out = {k: v for k, v in out.items() if v not in ("", [], None)}  # nothing recorded: no field, not an empty one
    out["saksi"] = saksi
    return out


# ----------------------------------------------------------------------------- the export
def encrypt(data: bytes, age_recipient: str) -> tuple[bytes, str]:
    """``data`` in the age format: to the partner's age public key, else to a new passphrase (returned)."""
    if age_recipient.strip():
        try:
            recipient = pyrage.x25519.Recipient.from_str(age_recipient.strip())
        except pyrage.RecipientError:
            raise InputRejected(
                "That is not an age public key (it starts with age1...). Ask the partner for the key age-keygen printed."
            ) from None
        return bytes(pyrage.encrypt(data, [recipient])), ""
    passphrase = new_recovery_code()
    return bytes(pyrage.passphrase.encrypt(data, passphrase)), passphrase


def build_form(
    vault: Vault, reference: str, recipient: str, language: str, parts: list[str] | None = None
) -> tuple[bytes, bytes, str, list[str], Case]:
    """(PDF, JSON, consent id, parts, case): checked, in memory."""
    if not vault.user.may_export:
        raise PermissionDenied(MAY_NOT_EXPORT_CASES)
    if language not in LANGUAGES:
        raise InputRejected(
            "The form is written in English (en), Khmer (km) or Thai (th), not {language}.", language=language
        )
    if not recipient.strip():
        raise InputRejected("Name the partner organisation the form is for.")
    chosen = parts_of(parts)
    case, _version = CaseFiles(vault).load(reference)
    consent_id = form_consent(case, recipient, chosen)
    consent = next(c for c in case.consents if c.id == consent_id)
    document = restrict(case.to_document(), chosen)
    me = office.get_office(vault.conn)
    labels = LABELS[language]
    today = date.today().isoformat()
    info = {
        "from": me.name,
        "to": recipient.strip(),
        "date": today,
        "reference": case.reference,
        "lawyer": case.lawyer,
        "footer": labels["footer"].format(fingerprint=me.fingerprint),
    }
    part_names = ", ".join(labels[PART_LABELS.get(p, p)] for p in chosen)  # in the form's language
    consent_line = labels["consent_text"].format(
        date=consent.given_on or "-", recipient=recipient.strip(), parts=part_names
    )
    pdf = form_pdf(info, consent_line, sections(document, chosen, labels), labels, language)
    meta = {
        "language": language,
        "generated_at": utc_now(),
        "cas_ReferringOrganisation": me.name,
        "cas_ReferredOrganisation": recipient.strip(),
        "cas_OutgoingReferralDate": today,
        "sender_fingerprint": me.fingerprint,
        "consent": {"given_on": consent.given_on, "what": consent.what, "parts": chosen},
    }
    body = json.dumps(form_json(document, chosen, meta), ensure_ascii=False, indent=2).encode("utf-8")
    return pdf, body, consent_id, chosen, case


def export_form(
    vault: Vault,
    reference: str,
    recipient: str,
    out: Path,
    *,
    language: str = "en",
    parts: list[str] | None = None,
    age_recipient: str = "",
) -> FormResult:
    """Write the encrypted form to ``out`` (a new file), audited before and after."""
    from app.cli.case_commands import write_new_file

    if out.exists() or out.is_symlink():
        raise InputRejected("{path} already exists; a form never overwrites a file.", path=out)
    pdf, body, consent_id, chosen, case = build_form(vault, reference, recipient, language, parts)
    stem = f"referral-{safe_name(case.reference)}-{language}"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr(f"{stem}.pdf", pdf)
        zipped.writestr(f"{stem}.json", body)
    sealed, passphrase = encrypt(archive.getvalue(), age_recipient)
    detail = {
        "reference": case.reference,
        "recipient": recipient.strip(),
        "language": language,
        "parts": chosen,
        "consent": consent_id,
        "file": out.name,
        "encrypted_to": "age public key" if age_recipient.strip() else "passphrase",
    }
    with audited(vault, "case.referral_form", f"case:{case.id}", detail):
        write_new_file(out, sealed)
    return FormResult(out, passphrase, chosen, len(sealed))


def open_form(data: bytes, secret: str) -> dict[str, bytes]:
    """Decrypt a form (passphrase or AGE-SECRET-KEY-...) and unzip it; the partner's side, for tests and checks."""
    if secret.startswith("AGE-SECRET-KEY-"):
        plain = bytes(pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(secret)]))
    else:
        plain = bytes(pyrage.passphrase.decrypt(data, secret))
    with zipfile.ZipFile(io.BytesIO(plain)) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}
