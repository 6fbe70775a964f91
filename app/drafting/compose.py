"""Drafting filings from templates lawyers can edit without code.

A filing template is Jinja2 text (rendered in a sandbox) that produces a light markup:

    # Heading                 ## Sub-heading            ### A third-level heading (and ####...)
    1. A numbered paragraph   (numbers are assigned in order; any "N." works)
    - A bullet                > A quotation
    [[exhibits]]              the table of exhibits (number, description, SHA-256)
    plain lines               a paragraph (blank lines separate blocks)

A line of plain text right after a numbered paragraph, a bullet, a quotation or a paragraph
continues it (as in Markdown): only a blank line or a new marker starts a new block, so
templates can wrap long paragraphs over several lines.

Templates call ``cite(id)`` (or ``cite(id, "ACTIP art. 14(7)")`` for a short form),
``quote(id)``, ``need(value, "what is missing")``, ``provision(id)`` (the citation's data, to
test ``.placeholder`` or ``.status`` without citing it), ``label(vocabulary, code)``,
``labels(vocabulary, codes)``,
``date_text(value, approximate)`` and ``money(amount)``; the context adds ``tagged(element)``
(the facts tagged as supporting an element, or any element under a prefix such as
"palermo.means") and ``supported(prefix)`` (those elements, with their facts).
legal_templates/filings/README.md explains them for lawyers.

Citations and gaps are kept in the draft as tokens, ``[[cite:ID]]`` after the cited
text and ``[[missing:what]]`` where the case lacks data, so the marker
"[unverified - check before filing]" shows until the lawyer confirms that citation for
this draft, and a gap stays visible until it is filled. Templates live in
legal_templates/filings/ (ID.toml metadata, ID.LANG.j2 text); files of the same id in
the user folder override them, new ids extend them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import SandboxedEnvironment

from app.cases import vocab
from app.cases.model import Case, Money
from legal_templates.loader import GLOSS_LABEL, SUMMARY_LABEL, Origin
from legal_templates.party_status import load_party_table, party_sentence
from legal_templates.toml_models import FilingFile, load
from storage.errors import InputRejected
from storage.phrases import UNVERIFIED_MARKER, missing

SHIPPED = Path(__file__).resolve().parents[2] / "legal_templates" / "filings"
TOKEN = re.compile(r"\[\[(cite|missing):([^\]]+)\]\]")
# Render-time only (never saved): where a treaty is cited for a State it may not bind, and where a paragraph states
# the State's party status to it. place_standing() turns them into words before the draft is saved.
STANDING_TOKEN = re.compile(r"\[\[(standing|party):([a-z0-9-]+)\]\]")
LANGUAGES = {"en": "English", "km": "Khmer", "th": "Thai"}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "km": ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
    "th": [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ],
}
# The labels a filing prints beside a summary or a working translation, in the filing's language: a Khmer filing
# says in Khmer that a text is a summary, not the official wording (the text itself stays as the library has it).
SUMMARY_LABELS = {
    "en": SUMMARY_LABEL,
    "km": "(សេចក្តីសង្ខេប មិនមែនជាអត្ថបទផ្លូវការទេ)",
    "th": "(สาระสำคัญ ไม่ใช่ถ้อยคำทางการ)",
}
GLOSS_LABELS = {
    "en": GLOSS_LABEL,
    "km": "ការបកប្រែសម្រាប់ការងាររបស់ Saksi មិនមែនជាការបកប្រែផ្លូវការទេ",
    "th": "คำแปลเพื่อการทำงานของ Saksi ไม่ใช่คำแปลทางการ",
}
# Beside the words of a provision confirmed in substance only, whose wording was read in a secondary source (legal-
# sources.md status C-S): the status marker a filing prints with the quotation (wording()).
WORDING_LABELS = {
    "en": "(wording as read in a secondary source, not checked against the official text; confirmed in substance only)",
    "km": "(ពាក្យពេចន៍ដូចដែលបានអានក្នុងប្រភពបន្ទាប់បន្សំ មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ៖ បញ្ជាក់តែខ្លឹមសារប៉ុណ្ណោះ)",
    "th": "(ถ้อยคำตามที่อ่านได้จากแหล่งข้อมูลรอง ยังไม่ได้ตรวจสอบกับตัวบททางการ: ยืนยันเฉพาะสาระสำคัญ)",
}
BUDDHIST_ERA = 543  # Thai documents count years in the Buddhist Era (B.E. = C.E. + 543 since 1941)


class TemplateError(InputRejected):
    """A template that cannot be read or rendered; the message names the file and line."""


@dataclass(frozen=True)
class Variant:
    language: str
    path: Path
    native_drafter: bool  # False: not written by a native legal drafter; shown in the UI and the draft


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    title: str
    description: str
    recipients: tuple[str, ...]
    variants: dict[str, Variant]
    origin: str  # "shipped" or the user folder


@dataclass
class Block:
    kind: str  # heading, subheading, subsubheading, para, numbered, bullet, quote, exhibits
    text: str = ""
    number: int = 0


@dataclass
class Rendered:
    text: str  # markup with tokens, as saved in the vault
    gaps: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- finding templates
def template_dirs(user_dir: Path | None) -> list[tuple[Path, str]]:
    dirs = [(SHIPPED, "shipped")]
    if user_dir is not None and (user_dir / "filings").is_dir():
        dirs.append((user_dir / "filings", str(user_dir / "filings")))
    return dirs


def list_templates(user_dir: Path | None = None) -> dict[str, TemplateInfo]:
    found: dict[str, TemplateInfo] = {}
    for folder, origin in template_dirs(user_dir):
        for meta in sorted(folder.glob("*.toml")):
            info = _read_meta(meta, origin)
            found[info.id] = info  # the user folder comes last and overrides
    return found


def _read_meta(path: Path, origin: str) -> TemplateInfo:
    # Checked by legal_templates.toml_models.FilingFile: a wrong key or type is refused naming file and key.
    file = f"filings/{path.name}" if origin == "shipped" else str(path)
    meta = load(FilingFile, path, Origin(file, "", origin != "shipped"))
    template_id = path.stem
    variants: dict[str, Variant] = {}
    for language, details in meta.languages.items():
        text = path.with_name(f"{template_id}.{language}.j2")
        if not text.is_file():
            raise TemplateError(
                "{file}: languages.{language}: the file {text_name} is missing.",
                file=path.name,
                language=language,
                text_name=text.name,
            )
        variants[language] = Variant(language, text, details.native_drafter)
    return TemplateInfo(template_id, meta.title, meta.description, tuple(meta.recipients), variants, origin)


def choose(template_id: str, language: str, user_dir: Path | None = None) -> tuple[TemplateInfo, Variant]:
    templates = list_templates(user_dir)
    if template_id not in templates:
        raise InputRejected(
            "There is no template '{template_id}'. Known: {known}.",
            template_id=template_id,
            known=", ".join(sorted(templates)),
        )
    info = templates[template_id]
    if language not in info.variants:
        raise InputRejected(
            "Template '{template_id}' has no '{language}' version ({languages}).",
            template_id=template_id,
            language=language,
            languages=", ".join(info.variants),
        )
    return info, info.variants[language]


# ----------------------------------------------------------------------------- rendering
class _Recorder:
    def __init__(self, library: Any, language: str = "en") -> None:
        self.library = library
        self.language = language
        self.gaps: list[str] = []
        self.citations: list[str] = []
        self.party: dict[str, dict[str, str]] = {}  # set by render(): the State's standing under each treaty
        self.own_titles: dict[str, str] = {}  # set by render(): a national law's English title -> its own-language one

    def _standing(self, citation_id: str) -> str:
        """A standing token after a treaty the State of the proceedings is not confirmed to be bound by."""
        status, row = standing(self.party, citation_id) if self.party else ("", {})
        if status in ("not_party", "unverified"):
            return f"[[standing:{row['key']}]]"
        return ""

    def _lookup(self, citation_id: str) -> Any:
        try:
            found = self.library.citation(citation_id)
        except KeyError:
            found = None
        if found is None:
            raise jinja2.TemplateRuntimeError(f"unknown citation '{citation_id}'")
        return found

    def _citation(self, citation_id: str) -> Any:
        found = self._lookup(citation_id)
        if citation_id not in self.citations:
            self.citations.append(citation_id)
        return found

    def _gap(self, what: str) -> str:
        if what not in self.gaps:
            self.gaps.append(what)
        return f"[[missing:{what}]]"

    def cite(self, citation_id: str, label: str = "") -> str:
        """ "ASEAN Convention ... (ACTIP, 2015), Art. 14(7)" (or the template's short form) and its marker token.

        A placeholder (a national provision nobody has verified) is cited as a visible gap.
        """
        found = self._citation(citation_id)
        if found.placeholder:
            return f"{self.instrument(found)}, {self._gap(found.text)}[[cite:{citation_id}]]"
        text = label or f"{self.instrument(found)}, {self.article(found)}"
        return f"{text}[[cite:{citation_id}]]{self._standing(citation_id)}"

    def quote(self, citation_id: str) -> str:
        """The text itself: quoted when verbatim, marked as a summary otherwise.

        A provision nobody has read (a placeholder, or status unverified) prints as a gap for the lawyer:
        its stored text is a research note, never law. Quotation marks go only around the instrument's
        own words: a stored text that already quotes them after a lead-in keeps its own marks.
        """
        found = self._citation(citation_id)
        if found.placeholder:
            return f"{self._gap(found.text)}[[cite:{citation_id}]]"
        if not readable(found):
            return f"{self._gap(unread_gap(found))}[[cite:{citation_id}]]"
        if found.status == "confirmed-verbatim":
            text = _quoted(found.text, getattr(found, "lead", ""))
            if found.gloss:
                text += f" ({GLOSS_LABELS.get(self.language, GLOSS_LABEL)}: {found.gloss})"
            return f"{text}[[cite:{citation_id}]]"
        return f"{SUMMARY_LABELS.get(self.language, SUMMARY_LABEL)} {found.text}[[cite:{citation_id}]]"

    def wording(self, citation_id: str) -> str:
        """The stored words of a provision in quotation marks, with its status marker: verbatim as quote() prints
        it; words confirmed in substance only (read in a secondary source) with WORDING_LABELS, never as the
        official text; a provision nobody has read as a gap. No gloss: the template chooses the language."""
        found = self._citation(citation_id)
        if found.placeholder or not readable(found):
            return self.quote(citation_id)
        label = (
            ""
            if found.status == "confirmed-verbatim"
            else " " + WORDING_LABELS.get(self.language, WORDING_LABELS["en"])
        )
        return f"{_quoted(found.text, getattr(found, 'lead', ''))}{label}[[cite:{citation_id}]]"

    def has(self, citation_id: str) -> bool:
        """Whether the legal library holds this citation (a template may cite a provision added later)."""
        try:
            return self.library.citation(citation_id) is not None
        except KeyError:
            return False

    def readable(self, citation_id: str) -> bool:
        """True when the provision's text was read (verbatim or in substance), so a filing may argue from it."""
        return readable(self._lookup(citation_id))

    def provision(self, citation_id: str) -> Any:
        """The citation's data (status, placeholder, article...), without citing it in the draft."""
        return self._lookup(citation_id)

    def unread(self, citation_id: str) -> str:
        """A marked gap saying the provision's text has not been read, with its citation token."""
        found = self._citation(citation_id)
        what = found.text if found.placeholder else unread_gap(found)
        return (
            f"{self.instrument(found)}, {self.article(found)} {self._gap(what)}[[cite:{citation_id}]]"
            f"{self._standing(citation_id)}"
        )

    def instrument(self, found: Any) -> str:
        """The instrument's name in the filing's language: a treaty by party-status.toml's name, a national law by
        its own-language title where the jurisdiction file records one; English otherwise (soft law, a title with
        no recorded translation)."""
        if self.language == "en":
            return str(found.instrument)
        for prefix, key in TREATY_PREFIXES:
            if found.id.startswith(prefix) and key in self.party:
                return self.party[key]["name"]
        return local_title(str(found.instrument), self.language, self.own_titles)

    def article(self, found: Any) -> str:
        """ "Art. 6(6)" as the filing's language writes it (មាត្រា / ข้อ for a treaty, มาตรา for a Thai statute)."""
        word = ARTICLE_WORDS.get(self.language)
        article = str(found.article)
        if word and article.startswith("Art. "):
            return word + " " + article[len("Art. ") :]
        return article

    def need(self, value: Any, what: str) -> Any:
        if value in (None, "", [], {}) or isinstance(value, jinja2.Undefined):
            return self._gap(what)
        return value


ARTICLE_WORDS = {"km": "មាត្រា", "th": "ข้อ"}
_SCRIPTS = {"km": "\u1780-\u17ff", "th": "\u0e00-\u0e7f"}


def _own_part(title: str, language: str) -> str:
    """The parenthesised part of a title written in the filing's script: "Law on ... (2008) (ច្បាប់...)" -> "ច្បាប់..."."""
    script = _SCRIPTS.get(language)
    if not script:
        return ""
    found = re.search(rf"\(([{script}][^()]*)\)", title)
    return found.group(1).strip() if found else ""


def local_title(title: str, language: str, own: dict[str, str]) -> str:
    """A national law's title in the filing's language, with its year: from the title itself when it carries
    its own-language name, else from the jurisdiction's statutes (own_titles); the English title otherwise."""
    year = re.search(r"\((\d{4})\)", title)
    suffix = f" ({year.group(1)})" if year else ""
    name = _own_part(title, language)
    if not name:
        base = title.split(" (")[0].split(":")[0].strip()
        name = own.get(base, "")
    if not name:
        return title
    return name if name.endswith(suffix) else name + suffix


def own_titles(library: Any, code: str, language: str) -> dict[str, str]:
    """English title (before its first parenthesis) -> own-language title, from the jurisdiction's [[statutes]]."""
    if language == "en" or not code:
        return {}
    try:
        found = library.jurisdiction(code)
    except KeyError:
        return {}
    out = {}
    for statute in getattr(found, "statutes", ()) if found is not None else ():
        name = _own_part(statute.title, language)
        if name:
            out[statute.title.split(" (")[0].strip()] = name
    return out


def readable(citation: Any) -> bool:
    """A provision a filing may argue from: not a placeholder, its text read (verbatim or in substance)."""
    return bool(not citation.placeholder and citation.status != "unverified" and citation.text.strip())


def unread_gap(citation: Any) -> str:
    return f"the text of {citation.instrument}, {citation.article}, read in the official source"


_LEAD_IN = re.compile(r'^([^"\u201c\u201d]+?)\s*["\u201c](.+)["\u201d]\s*$', re.S)


def _quoted(text: str, lead: str = "") -> str:
    """Verbatim words in curly quotation marks, and only the instrument's own words inside them.

    A stored text of the form  lead-in "the instrument's words"  (States should consider "[e]nsuring
    ...") keeps the lead-in outside the marks; quotation marks inside the words become single ones,
    so no pair is nested in a pair of the same kind.
    """
    found = _LEAD_IN.match(text)
    if found and not lead:
        lead, text = found.group(1), found.group(2)
    inner = re.sub(r'["\u201c\u201e]', "\u2018", text)
    inner = re.sub(r"\u2018([^\u2018\u201d]*)[\u2018\u201d]", "\u2018\\1\u2019", inner)
    words = f"\u201c{inner}\u201d"
    return f"{lead} {words}" if lead else words


_BLOCK_TAG = re.compile(r"\{%.*?%\}", re.S)
_COMMENT = re.compile(r"\{#.*?#\}", re.S)


def keep_line_breaks(source: str) -> str:
    """Make ``trim_blocks`` apply only to tags that stand alone on their line.

    With Jinja's ``trim_blocks`` a line of text that ends with a tag (``... {% endif %}``) loses its
    line break and runs into the next line, which in this markup can merge two paragraphs. A lawyer
    editing a template should not need to know that: a tag alone on its line still disappears with
    its line, but a tag at the end of a line of text keeps the line break (as if written ``+%}``).
    """
    out: list[str] = []
    last = 0
    for match in _BLOCK_TAG.finditer(source):
        end = match.end()
        tag = match.group(0)
        if source[end : end + 1] not in ("\n", "\r") or tag.endswith(("-%}", "+%}")):
            continue
        line_start = source.rfind("\n", 0, match.start()) + 1
        before = _COMMENT.sub("", _BLOCK_TAG.sub("", source[line_start : match.start()]))
        if before.strip():
            out.append(source[last : end - 2] + "+%}")
            last = end
    out.append(source[last:])
    return "".join(out)


class _KeepLineBreaks(jinja2.ext.Extension):
    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return keep_line_breaks(source)


def environment(loader_paths: list[Path]) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(p) for p in loader_paths]),
        autoescape=False,  # the output is our markup, not HTML; every value is plain text
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.ChainableUndefined,
        extensions=[_KeepLineBreaks],
    )
    env.filters["party_sentence"] = _party_sentence_filter
    return env


@functools.lru_cache(maxsize=8)
def _environment(loader_paths: tuple[Path, ...]) -> SandboxedEnvironment:
    """One environment per template folder set: Jinja keeps the compiled templates (and recompiles a
    file a lawyer edits, by its modification time), so a draft does not recompile _shared.j2 each time."""
    return environment(list(loader_paths))


def render(
    template_id: str,
    language: str,
    case: Case,
    *,
    library: Any,
    exhibits: list[dict[str, Any]],
    recipient: str = "",
    author: str = "",
    user_dir: Path | None = None,
    today: date | None = None,
) -> Rendered:
    _info, variant = choose(template_id, language, user_dir)
    recorder = _Recorder(library, language)
    # The shipped folder comes second, so a lawyer's copy of a template can still import the shared
    # parts (_shared.j2) it did not copy.
    env = _environment(tuple([variant.path.parent] + ([SHIPPED] if variant.path.parent != SHIPPED else [])))
    helpers = {
        "cite": recorder.cite,
        "quote": recorder.quote,
        "wording": recorder.wording,
        "need": recorder.need,
        "provision": recorder.provision,
        "readable": recorder.readable,
        "has": recorder.has,
        "unread": recorder.unread,
        "instrument_name": lambda citation_id: recorder.instrument(recorder.provision(citation_id)),
        "label": _vocab_label,
        "labels": lambda vocabulary, codes: [_vocab_label(vocabulary, c) for c in codes or ()],
        "date_text": lambda value, approximate=False: date_text(value, language, approximate),
        "money": lambda value: _money(value.amount, value.currency) if isinstance(value, Money) else str(value or ""),
    }
    helpers.update(_party_helpers(case.jurisdiction, language, recorder, user_dir))
    context = build_context(
        case,
        exhibits,
        recipient=recipient,
        author=author,
        language=language,
        today=today or date.today(),
        native=variant.native_drafter,
        library=library,
    )
    try:
        # the helpers go in the render context, not env.globals: the environment (and its compiled
        # templates) is shared between renders, and imports "with context" see them all the same
        recorder.party = context["party"]
        recorder.own_titles = own_titles(library, case.jurisdiction, language)
        text = env.get_template(variant.path.name).render(**context, **helpers)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or str(variant.path)
        raise TemplateError(
            "{where}, line {line}: {problem}.", where=where, line=exc.lineno, problem=str(exc.message).rstrip(".")
        ) from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        where, line = _where(exc, variant.path)
        raise TemplateError(
            "{where}, line {line}: {problem}.", where=where, line=line, problem=str(exc).rstrip(".")
        ) from None
    text = place_standing(text, context["party"], standing_words(case.jurisdiction, language, user_dir))
    return Rendered(_tidy(text), recorder.gaps, recorder.citations)


# What a filing says after a treaty the State of the proceedings is not confirmed to be bound by, in its language.
_STANDING_WORDS = {
    "en": {
        "not_party": " (a standard only: {state} has not ratified {name})",
        "unverified": " (a standard until {state_possessive} party status to {name} is verified)",
    },
    "km": {
        "not_party": " (ជាស្តង់ដារប៉ុណ្ណោះ៖ {state}មិនទាន់បានផ្តល់សច្ចាប័នលើ {name} ទេ)",
        "unverified": " (ជាស្តង់ដាររហូតដល់ស្ថានភាពភាគីរបស់{state}ចំពោះ {name} ត្រូវបានផ្ទៀងផ្ទាត់)",
    },
    "th": {
        "not_party": " (เป็นมาตรฐานเท่านั้น: {state}ยังไม่ได้ให้สัตยาบัน {name})",
        "unverified": " (เป็นมาตรฐานจนกว่าจะตรวจสอบสถานะการเป็นภาคีของ{state}ต่อ {name})",
    },
}
_NO_STATE = {"en": "the State of the proceedings", "km": "រដ្ឋដែលមាននីតិវិធី", "th": "รัฐที่มีการดำเนินคดี"}


StandingWords = Callable[[str, dict[str, str], bool], str]


def standing_words(code: str, language: str, user_dir: Path | None = None) -> StandingWords:
    """(status, party row, inside parentheses) -> what a filing prints after a treaty that may not bind the State:
    a parenthesis, or (within one already) a clause after a comma, so parentheses are never nested."""
    language = language if language in _STANDING_WORDS else "en"
    table = load_party_table(user_dir)
    if code:
        state = table.state_name(code, language)
        if language == "th" and code.upper() != "LA" and not state.startswith("ประเทศ"):
            state = "ประเทศ" + state  # as the Thai templates' state() macro writes it
    else:
        state = _NO_STATE[language]
    possessive = f"{state}'" if state.endswith("s") else f"{state}'s"

    def words(status: str, row: dict[str, str], inside: bool = False) -> str:
        template = _STANDING_WORDS[language].get(status, "")
        name = table.instrument_name(ENGINE_INSTRUMENTS.get(row.get("key", ""), ""), language) if row.get("key") else ""
        said = template.format(state=state, state_possessive=possessive, name=name or row.get("name", ""))
        if inside and said:
            return ("," if language == "en" else "") + " " + said.strip()[1:-1]
        return said

    return words


def place_standing(text: str, party: dict[str, dict[str, str]], words: StandingWords) -> str:
    """Each paragraph that names a treaty the State may not be bound by says so once, right after the first
    citation of it, unless the paragraph, or one of the two blocks after it (a quotation and the party-status
    paragraph that follows a "provides:"), states the State's party status to it in full."""
    blocks = _markup_blocks(text)
    out: list[str] = []
    for index, block in enumerate(blocks):
        window = "".join(blocks[index : index + 3])
        stated = {key for kind, key in STANDING_TOKEN.findall(window) if kind == "party"}
        out.append(_standing_once(block, stated, party, words))
    return "".join(out)


def _standing_once(block: str, stated: set[str], party: dict[str, dict[str, str]], words: StandingWords) -> str:
    done: set[str] = set(stated)

    def replace(match: re.Match[str]) -> str:
        kind, key = match.group(1), match.group(2)
        if kind == "party" or key in done or key not in party:
            return ""
        done.add(key)
        before = STANDING_TOKEN.sub("", TOKEN.sub("", block[: match.start()]))
        inside = before.count("(") > before.count(")")  # "(ACTIP art. 14(7), a standard ...)", not nested
        return words(party[key]["status"], party[key], inside)

    block = STANDING_TOKEN.sub(replace, block)
    if block.lstrip().startswith((">", "#")):
        return block  # the instrument's own words, or a heading
    # a treaty named in the template's own words ("ACTIP asks whether ...", "(ILO P29 art. 4(2))"), not cited
    for key, pattern in _NAMED.items():
        if key in done or key not in party or party[key]["status"] not in ("not_party", "unverified"):
            continue
        mention = next((m for m in pattern.finditer(block) if not _protected(block, m.start())), None)
        if mention is not None:
            before = TOKEN.sub("", block[: mention.end()])
            inside = before.count("(") > before.count(")")
            said = words(party[key]["status"], party[key], inside)
            block = block[: mention.end()] + said + block[mention.end() :]
            done.add(key)
    return block


_ARTICLE = r"(?:,? (?:art\.|Art\.|ข้อ|មាត្រា) ?[0-9]+(?:\([0-9a-z]+\))*(?:-\([0-9]+\))?)?"
_NAMED = {  # how a filing names each treaty in its own words, with the article that may follow
    "palermo": re.compile(r"(?:Palermo Protocol|พิธีสารปาแลร์โม|ពិធីសារប៉ាឡេរម៉ូ)" + _ARTICLE),
    "actip": re.compile(r"\bACTIP(?!')" + _ARTICLE),
    "c29": re.compile(r"(?:ILO )?(?:Convention No\. 29|C29)\b" + _ARTICLE),
    "p29": re.compile(r"(?:ILO )?P29\b" + _ARTICLE),
}
_PROTECTED = re.compile(r"\[\[[^\]]*\]\]|\u201c[^\u201d]*\u201d|\"[^\"\n]*\"")


def _protected(block: str, at: int) -> bool:
    """Inside a token (a gap names what is missing), or inside quotation marks (someone else's words)."""
    return any(m.start() <= at < m.end() for m in _PROTECTED.finditer(block))


_BLOCK_START = re.compile(r"^\s*(?:#|- |> |\d+\.\s|\[\[exhibits\]\])")


def _markup_blocks(text: str) -> list[str]:
    """The markup cut into its blocks (with their line ends and the blank lines after them), as parse() reads
    them: a line with a marker, or the first line after a blank one, starts a block; a plain line continues it."""
    blocks: list[str] = []
    previous_blank = True
    for line in text.splitlines(keepends=True):
        blank = not line.strip()
        if blocks and (blank or not (previous_blank or _BLOCK_START.match(line))):
            blocks[-1] += line
        else:
            blocks.append(line)
        previous_blank = blank
    return blocks


def _party_helpers(jurisdiction: str, language: str, recorder: _Recorder, user_dir: Path | None) -> dict[str, Any]:
    """``party_sentence("ilo-p29")`` (or ``"ilo-p29"|party_sentence``): the sentence, in the filing's
    language, on where the case's State stands under that treaty, an unconfirmed status printed as a gap;
    ``party_status("ilo-p29")`` gives the row itself (``.bound``, ``.not_bound``, ``.unverified``, ``.date``)
    so a template can choose its wording. A second argument names another State ("KH"). (The context's
    ``party`` mapping, from party_status() below, serves the English and Khmer macros.)"""
    table = load_party_table(user_dir)

    def sentence(instrument: str, code: str | None = None) -> str:
        state = jurisdiction if code is None else code
        words = lambda value, lang: date_text(value, lang)  # noqa: E731
        said = party_sentence(table, state or "", instrument, language, gap=recorder._gap, date_text=words)
        # marks the paragraph as stating the party status (place_standing adds no "a standard only" beside it)
        key = next((k for k, v in ENGINE_INSTRUMENTS.items() if v == instrument), "")
        return f"{said}[[party:{key}]]" if key and code is None else said

    return {
        "party_sentence": sentence,
        "party_status": lambda instrument, code=None: table.get(code or jurisdiction, instrument),
    }


@jinja2.pass_context
def _party_sentence_filter(context: Any, instrument: str, code: str | None = None) -> str:
    """``"ilo-p29"|party_sentence``: the filter form of the render's own party_sentence() helper."""
    return str(context["party_sentence"](instrument, code))


def _where(exc: BaseException, default: Path) -> tuple[str, str]:
    """The template file and line where a rendering error happened (the deepest template frame)."""
    where, line = str(default), "?"
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where, line = filename, str(tb.tb_lineno)
        tb = tb.tb_next
    return where, line


def _tidy(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _vocab_label(vocabulary: str, code: str) -> str:
    terms = getattr(vocab, vocabulary.upper(), ())
    return vocab.label(terms, code) if code else ""


# ----------------------------------------------------------------------------- the context
def _money(amount: str, currency: str) -> str:
    if not amount:
        return ""
    return f"{Decimal(amount):,.2f} {currency}".strip()


def date_text(value: str, language: str = "en", approximate: bool = False) -> str:
    """A full or partial ISO date ("2024", "2024-09", "2024-09-14") as words, independent of the locale."""
    months = MONTHS.get(language, MONTHS["en"])
    parts = (value or "").split("-")
    try:
        numbers = [int(p) for p in parts if p]
    except ValueError:
        return value
    if not numbers or len(numbers) > 3 or (len(numbers) > 1 and not 1 <= numbers[1] <= 12):
        return value
    if language == "km":
        words = [f"ឆ្នាំ {numbers[0]}"]
        if len(numbers) > 1:
            words.insert(0, f"ខែ{months[numbers[1] - 1]}")
        if len(numbers) > 2:
            words.insert(0, f"ថ្ងៃទី {numbers[2]}")
        text = " ".join(words)
        return f"ប្រហែល {text}" if approximate else text
    if language == "th":
        words = [f"พ.ศ. {numbers[0] + BUDDHIST_ERA}"]
        if len(numbers) > 1:
            words.insert(0, months[numbers[1] - 1])
        if len(numbers) > 2:
            words.insert(0, str(numbers[2]))
        text = " ".join(words)
        return f"ประมาณ {text}" if approximate else text
    words = [str(numbers[0])]
    if len(numbers) > 1:
        words.insert(0, months[numbers[1] - 1])
    if len(numbers) > 2:
        words.insert(0, str(numbers[2]))
    text = " ".join(words)
    return f"about {text}" if approximate else text


def build_context(
    case: Case,
    exhibits: list[dict[str, Any]],
    *,
    recipient: str,
    author: str,
    language: str,
    today: date,
    native: bool,
    library: Any,
) -> dict[str, Any]:
    facts = {f.id: f for f in case.facts}
    by_id = {e["id"]: e for e in exhibits}

    def fact_view(fact_id: str) -> dict[str, Any] | None:
        fact = facts.get(fact_id)
        if fact is None:
            return None
        refs = [by_id[i] for i in fact.evidence_ids if i in by_id]
        return {
            "statement": fact.statement,
            "when": fact.when.date,
            "approximate": fact.when.approximate,
            "source": vocab.label(vocab.FACT_SOURCES, fact.source),
            "source_code": fact.source,
            "exhibits": refs,
            "elements": [t.element for t in fact.tags if t.stance == "supports"],
            "disputed": [t.element for t in fact.tags if t.stance == "disputes"],
        }

    def _matches(element: str, prefix: str) -> bool:
        return element == prefix or element.startswith(prefix.rstrip(".") + ".")

    def tagged(prefix: str) -> list[dict[str, Any]]:
        """Facts tagged as supporting the element ``prefix`` or any element under it ("palermo.means")."""
        found = [f for f in case.facts if any(t.stance == "supports" and _matches(t.element, prefix) for t in f.tags)]
        return [v for v in (fact_view(f.id) for f in found) if v]

    def supported(prefix: str) -> list[dict[str, Any]]:
        """The elements under ``prefix`` that facts support, in the library's order, with those facts."""
        ids = {t.element for f in case.facts for t in f.tags if t.stance == "supports" and _matches(t.element, prefix)}
        ordered = [e for e in getattr(library, "elements", {}) if e in ids] + sorted(
            ids - set(getattr(library, "elements", {}))
        )
        return [{"id": e, "label": _element_label(library, e), "facts": tagged(e)} for e in ordered]

    charges = []
    for charge in case.charges:
        linked = [v for v in (fact_view(i) for i in charge.nexus.fact_ids) if v]
        charges.append(
            {
                "offence": charge.offence,
                "statute": charge.statute,
                "authority": charge.authority,
                "case_number": charge.case_number,
                "stage": vocab.label(vocab.CHARGE_STAGES, charge.stage),
                "next_date": charge.next_date,
                "basis": list(charge.nexus.basis),
                "facts": linked,
                "model": charge.nexus.model,
                "argument": charge.nexus.argument,
                "kind": charge.kind,
                "kind_label": vocab.label(vocab.CHARGE_KINDS, charge.kind),
                "administrative": charge.administrative,
            }
        )
    act, means, purpose = supported("palermo.act"), supported("palermo.means"), supported("palermo.purpose")
    forced_labour = supported("palermo.purpose.forced_labour")
    # the menace of a penalty: an ILO indicator ("ilo.7"), an ILO-EC indicator or a Palermo means
    menace = tagged("ilo") + tagged("ilo-ec") + tagged("palermo.means")
    identification = case.identification
    return {
        "case": case,
        "reference": case.reference,
        "client_name": client_name(case, language),
        "client_names": [n.text for n in case.client.names],
        "nationalities": [vocab.label(vocab.COUNTRIES, c) for c in case.client.nationalities],
        "minor_at_recruitment": case.client.minor_at_recruitment,
        "cross_border": len(set(case.transportation.route)) > 1,
        "route": [vocab.label(vocab.COUNTRIES, c) for c in case.transportation.route],
        "jurisdiction": _jurisdiction(library, case.jurisdiction),
        "recipient": recipient,
        "author": author,
        "today": today.isoformat(),
        "date_long": date_text(today.isoformat(), language),
        "language": language,
        "native_drafter": native,
        "charges": charges,
        # criminal charges go to the prosecutor or court; administrative ones to the penalty waiver
        "criminal_charges": [c for c in charges if not c["administrative"]],
        "administrative_charges": [c for c in charges if c["administrative"]],
        "identified": identification.recorded,
        "identification": identification,
        # what the proof matrix supports; a filing states a legal conclusion only when its elements are here
        "support": {
            "act": act,
            "means": means,
            "purpose": purpose,
            "forced_labour": forced_labour if forced_labour and menace else [],
            "trafficking": bool(act and purpose and (means or case.client.minor_at_recruitment)),
        },
        "party": (party := party_status(library, case.jurisdiction, language)),
        "standing": lambda provision_id: standing(party, provision_id),
        "facts": [v for v in (fact_view(f.id) for f in case.facts) if v],
        "exhibits": exhibits,
        "losses": _losses(case, by_id),
        "controls": [vocab.label(vocab.CONTROLS, c) for comp in case.compounds for c in comp.controls],
        "compound_countries": [vocab.label(vocab.COUNTRIES, comp.country) for comp in case.compounds if comp.country],
        "detained": case.detention.detained == "yes" and not case.detention.until,
        "detention": case.detention,
        "tagged": tagged,
        "supported": supported,
        "element_label": lambda element_id: _element_label(library, element_id),
    }


# The script a filing's reader uses for the client's name: Latin in English and Thai filings (when one
# is recorded), Khmer in Khmer ones.
_NAME_SCRIPT = {"en": "Latn", "th": "Latn", "km": "Khmr"}
_SCRIPT_RANGES = {
    "Khmr": (0x1780, 0x17FF),
    "Thai": (0x0E00, 0x0E7F),
    "Mymr": (0x1000, 0x109F),
    "Laoo": (0x0E80, 0x0EFF),
}


def script_of(text: str) -> str:
    """ISO 15924 code of the first letter's script ("Latn" for ASCII and other Latin letters)."""
    for char in text:
        if not char.isalpha():
            continue
        for code, (low, high) in _SCRIPT_RANGES.items():
            if low <= ord(char) <= high:
                return code
        return "Latn" if ord(char) < 0x0250 else ""
    return ""


def client_name(case: Case, language: str) -> str:
    """The client's name as the filing's reader writes it; the display name when none is recorded in that script."""
    want = _NAME_SCRIPT.get(language, "Latn")
    names = sorted(case.client.names, key=lambda n: n.kind != "name")  # a name before an alias
    for name in names:
        if (name.script or script_of(name.text)) == want:
            return name.text
    return case.client.display_name


INSTRUMENTS = {
    "palermo": "the Palermo Protocol",
    "actip": "ACTIP",
    "c29": "ILO Convention No. 29",
    "p29": "the ILO Protocol of 2014 to the Forced Labour Convention (P29)",
}


def party_status(library: Any, code: str, language: str = "en") -> dict[str, dict[str, str]]:
    """Whether the State of the proceedings is a party to each instrument, from legal_templates/party-status.toml.

    Each entry has ``status`` ("party", "not_party" or "unverified"), ``date``, ``source``, ``key`` and ``name``
    (the instrument's name in the filing's language: party-status.toml's Khmer and Thai names in those filings);
    when the table has no row (or is not installed), the status is "unverified" and the filing says so.
    """
    names = _instrument_names(language)
    lookup = getattr(library, "party_status", None)
    if lookup is None:
        try:
            from legal_templates import loader

            lookup = getattr(loader, "party_status", None)
            found = lookup(library, code) if lookup is not None and code else {}
        except (KeyError, TypeError, ValueError):
            found = {}
    else:
        try:
            found = lookup(code) if code else {}
        except KeyError:
            found = {}
    out = {}
    for instrument in INSTRUMENTS:
        row = _row(found, instrument)
        status = str(_field(row, "status") or "unverified")
        if status not in ("party", "not_party"):
            status = "unverified"
        out[instrument] = {
            "status": status,
            "date": str(_field(row, "date") or ""),
            "source": str(_field(row, "source") or ""),
            "name": names.get(instrument) or INSTRUMENTS[instrument],
            "key": instrument,
        }
    return out


def _instrument_names(language: str) -> dict[str, str]:
    """The instruments' names in a Khmer or Thai filing, from party-status.toml (English filings keep INSTRUMENTS)."""
    if language == "en":
        return {}
    try:
        table = load_party_table(None)
        return {key: table.instrument_name(ENGINE_INSTRUMENTS[key], language) for key in INSTRUMENTS}
    except (KeyError, OSError, ValueError):
        return {}


ENGINE_INSTRUMENTS = {"palermo": "palermo", "actip": "actip", "c29": "ilo-c29", "p29": "ilo-p29"}

# Provisions of the four treaties party-status.toml covers, by id prefix; soft law, by id prefix.
TREATY_PREFIXES = (("ilo-p29", "p29"), ("ilo-c29", "c29"), ("actip.", "actip"), ("palermo.", "palermo"))
SOFT_LAW_PREFIXES = ("ohchr", "soft.")


def standing(party: dict[str, dict[str, str]], provision_id: str) -> tuple[str, dict[str, str]]:
    """What a cited provision is in the State of the proceedings: ("guidance", {}) for soft law, ("not_party"
    or "unverified", the instrument's party row) for a treaty that does not bind it (or may not), else ("", {})."""
    if provision_id.startswith(SOFT_LAW_PREFIXES):
        return "guidance", {}
    for prefix, instrument in TREATY_PREFIXES:
        if provision_id.startswith(prefix):
            row = party[instrument]
            return ("", {}) if row["status"] == "party" else (row["status"], row)
    return "", {}


def _row(found: Any, instrument: str) -> Any:
    if isinstance(found, dict):
        return found.get(instrument)
    return getattr(found, instrument, None)


def _field(row: Any, name: str) -> Any:
    if row is None:
        return ""
    return row.get(name, "") if isinstance(row, dict) else getattr(row, name, "")


def _element_label(library: Any, element_id: str) -> str:
    try:
        return str(library.element(element_id).label)
    except (KeyError, AttributeError):
        return element_id


def _jurisdiction(library: Any, code: str) -> dict[str, Any]:
    found = None
    if code:
        try:
            found = library.jurisdiction(code)
        except KeyError:
            found = None
    if found is None:
        return {
            "code": code,
            "name": vocab.label(vocab.COUNTRIES, code) if code else "",
            "known": False,
            "non_punishment": [],
            "compensation": [],
            "non_punishment_found": [],
            "compensation_found": [],
            "non_punishment_unread": [],
            "compensation_unread": [],
            "definition": [],
            "assistance": [],
            "fallback": [],
            "fallback_compensation": [],
            "pending": [],
        }
    return {
        "code": code,
        "name": found.name,
        "known": True,
        "non_punishment": [c.id for c in found.non_punishment],
        "compensation": [c.id for c in found.compensation],
        # only provisions whose text was read: a filing never "rests on" a provision nobody has read
        "non_punishment_found": [c.id for c in found.non_punishment if readable(c)],
        "compensation_found": [c.id for c in found.compensation if readable(c)],
        "non_punishment_unread": [c.id for c in found.non_punishment if not readable(c)],
        "compensation_unread": [c.id for c in found.compensation if not readable(c)],
        "definition": [c.id for c in found.definition],
        "assistance": [c.id for c in found.assistance],
        "fallback": list(found.fallback_non_punishment),
        "fallback_compensation": list(found.fallback_compensation),
        "pending": [c.id for c in found.pending],
    }


def _losses(case: Case, by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    totals: dict[str, Decimal] = {}
    for remedy in case.remedies:
        amount, currency = remedy.amount.amount, remedy.amount.currency
        rows.append(
            {
                "kind": vocab.label(vocab.REMEDY_KINDS, remedy.kind),
                "amount": _money(amount, currency),
                "when": remedy.when.date,
                "paid_by": vocab.label(vocab.PAID_BY, remedy.paid_by),
                "notes": remedy.notes,
                "exhibits": [by_id[i] for i in remedy.evidence_ids if i in by_id],
            }
        )
        if amount:
            totals[currency] = totals.get(currency, Decimal(0)) + Decimal(amount)
    return {"rows": rows, "totals": [_money(str(v), k) for k, v in sorted(totals.items())]}


def exhibit_view(item: Any, description: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": item.label,
        "filename": item.filename,
        "description": description or item.filename,
        "sha256": item.sha256,
        "short": item.sha256[:8],
        "ref": f"Exhibit {item.label} (SHA-256 {item.sha256[:8]}\u2026)",
    }


# ----------------------------------------------------------------------------- markup -> blocks
def parse(text: str) -> list[Block]:
    """The light markup into blocks; numbered paragraphs are renumbered in order.

    Plain lines right after a numbered paragraph, bullet or quotation continue it; a blank line
    ends a block.
    """
    blocks: list[Block] = []
    paragraph: list[str] = []
    number = 0
    open_block: Block | None = None  # a numbered/bullet/quote block that plain lines continue

    def flush() -> None:
        if paragraph:
            blocks.append(Block("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        kind, content = _line_kind(line)
        if kind == "blank":
            flush()
            open_block = None
        elif kind == "text":
            if open_block is not None:
                open_block.text = f"{open_block.text} {content}".strip()
            else:
                paragraph.append(content)
        else:
            flush()
            if kind == "numbered":
                number += 1
            block = Block(kind, content, number if kind == "numbered" else 0)
            blocks.append(block)
            open_block = block if kind in ("numbered", "bullet", "quote") else None
    flush()
    return blocks


def _line_kind(line: str) -> tuple[str, str]:
    if not line:
        return "blank", ""
    if line == "[[exhibits]]":
        return "exhibits", ""
    deep = re.match(r"^#{3,}\s+(.*)$", line)  # "### Charge 1": a heading of the third level or below
    if deep:
        return "subsubheading", deep.group(1).strip()
    for prefix, kind in (("## ", "subheading"), ("# ", "heading"), ("- ", "bullet"), ("> ", "quote")):
        if line.startswith(prefix):
            return kind, line[len(prefix) :].strip()
    numbered = re.match(r"^\d+\.\s+(.*)$", line)
    if numbered:
        return "numbered", numbered.group(1)
    return "text", line


def resolve(text: str, library: Any, confirmed: set[str] | tuple[str, ...]) -> str:
    """Tokens into what the reader sees: markers for unconfirmed citations, visible gaps."""

    def replace(match: re.Match[str]) -> str:
        kind, value = match.group(1), match.group(2)
        if kind == "missing":
            return missing(value)
        try:
            citation = library.citation(value)
        except KeyError:
            return f" {UNVERIFIED_MARKER}"
        if citation is None or (citation.status == "unverified" and value not in confirmed):
            return f" {UNVERIFIED_MARKER}"
        return ""

    return TOKEN.sub(replace, text)


def unconfirmed(text: str, library: Any, confirmed: set[str] | tuple[str, ...]) -> list[str]:
    """Citation ids in the text that still carry the unverified marker."""
    ids = []
    for kind, value in TOKEN.findall(text):
        if kind != "cite" or value in confirmed or value in ids:
            continue
        try:
            citation = library.citation(value)
        except KeyError:
            citation = None
        if citation is None or citation.status == "unverified":
            ids.append(value)
    return ids


def gaps_in(text: str) -> list[str]:
    return sorted({value for kind, value in TOKEN.findall(text) if kind == "missing"})


Writer = Callable[[list[Block], dict[str, Any]], bytes]
