"""How much of a PDF's Khmer, Thai, Lao and Myanmar text survives copy-out, measured with pdftotext.

Shared by the tests (tests/unit/test_pdf_text.py, tests/e2e/test_no_system_fonts.py) and ``make bench``.
The oracles are poppler's pdftotext (what a court system's search indexes) and ICU's word breaker.
"""

from __future__ import annotations

import subprocess
from difflib import SequenceMatcher

from icu4py.breakers import LineBreaker, WordBreaker

from app.writers.fonts import COMPLEX_SCRIPTS, SCRIPT_LANGUAGES, script_of

# A paragraph of each script, as a filing would hold it (the facts of a case, the request to the court).
SAMPLES = {
    "Khmer": (
        "ស្ត្រីម្នាក់មកពីខេត្តកំពង់ចាមត្រូវបានគេបោកប្រាស់ឱ្យធ្វើការនៅក្នុងមជ្ឈមណ្ឌលបោកប្រាស់តាមអ៊ីនធឺណិត។ "
        "នាងត្រូវបានគេដកហូតលិខិតឆ្លងដែន ហើយបង្ខំឱ្យធ្វើការរៀងរាល់ថ្ងៃដោយគ្មានប្រាក់ឈ្នួល។ "
        "ព្រះរាជាណាចក្រកម្ពុជាទទួលស្គាល់នាងថាជាជនរងគ្រោះដោយការជួញដូរមនុស្ស។ "
        "មេធាវីសូមឱ្យតុលាការកុំដាក់ទោសនាងចំពោះទង្វើដែលនាងត្រូវបានគេបង្ខំឱ្យប្រព្រឹត្ត។"
    ),
    "Thai": (
        "หญิงสาวคนหนึ่งจากจังหวัดเชียงรายถูกหลอกให้ไปทำงานในศูนย์หลอกลวงออนไลน์ "
        "เธอถูกยึดหนังสือเดินทางและถูกบังคับให้ทำงานทุกวันโดยไม่ได้รับค่าจ้าง "
        "ทนายความขอให้ศาลไม่ลงโทษผู้เสียหายจากการค้ามนุษย์สำหรับการกระทำที่เธอถูกบังคับให้ทำ"
    ),
    "Lao": (
        "ແມ່ຍິງຄົນໜຶ່ງຈາກແຂວງສະຫວັນນະເຂດຖືກຫຼອກລວງໃຫ້ໄປເຮັດວຽກຢູ່ສູນຫຼອກລວງທາງອອນລາຍ. "
        "ນາງຖືກຍຶດໜັງສືຜ່ານແດນ ແລະ ຖືກບັງຄັບໃຫ້ເຮັດວຽກທຸກມື້ໂດຍບໍ່ໄດ້ຮັບຄ່າຈ້າງ. "
        "ທະນາຍຄວາມຂໍໃຫ້ສານບໍ່ລົງໂທດຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດ."
    ),
    "Myanmar": (
        "မြန်မာနိုင်ငံမှ အမျိုးသမီးတစ်ဦးသည် အွန်လိုင်းလိမ်လည်မှုစခန်းတွင် အလုပ်လုပ်ရန် လှည့်စားခံခဲ့ရသည်။ "
        "သူမ၏ နိုင်ငံကူးလက်မှတ်ကို သိမ်းဆည်းခံရပြီး လုပ်ခမရဘဲ နေ့စဉ် အလုပ်လုပ်ရန် အတင်းအကျပ်ခိုင်းစေခံခဲ့ရသည်။ "
        "ရှေ့နေက လူကုန်ကူးမှု ခံရသူကို အပြစ်မပေးရန် တရားရုံးအား တောင်းဆိုသည်။"
    ),
}
# Words a search must find (the examples among them).
MUST_FIND = {"Khmer": ["កម្ពុជា", "ស្ត្រី", "ជនរងគ្រោះ"], "Thai": ["ผู้เสียหาย"], "Lao": ["ຄ້າມະນຸດ"], "Myanmar": ["တရားရုံး"]}


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode("utf-8")


def _complex(text: str) -> list[str]:
    return [c for c in text if ord(c) >= 0x0E00 and script_of(c) in COMPLEX_SCRIPTS]


def retained(source: str, extracted: str) -> float:
    """Share of the source's Khmer/Thai/Lao/Myanmar characters found, in order, in the extracted text."""
    wanted, got = _complex(source), _complex(extracted)
    matcher = SequenceMatcher(None, wanted, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(wanted), 1)


def words(source: str) -> list[str]:
    """The source's words of two characters or more in these scripts, by ICU's word breaker."""
    found = []
    for start, end in WordBreaker(source, _locale(source)).segments():
        word = source[start:end]
        if len(word) > 1 and len(_complex(word)) == len(word):
            found.append(word)
    return found


def words_found(source: str, extracted: str) -> float:
    """Share of the source's words a plain text search of the extracted text finds."""
    haystack = "".join(extracted.split())
    wanted = words(source)
    return sum(1 for w in wanted if w in haystack) / max(len(wanted), 1)


def line_breaks(source: str) -> set[int]:
    """ICU's line-break opportunities in ``source`` (offsets where a line may end)."""
    return {end for _start, end in LineBreaker(source, _locale(source)).segments()}


def bad_line_ends(source: str, extracted: str) -> list[str]:
    """The line ends of the extracted paragraph that fall where ICU allows no break (inside a word or
    cluster), shown as "...before|after..."; the extracted text must be the source, line by line."""
    allowed = line_breaks(source)
    position, bad = 0, []
    lines = [line.strip() for line in extracted.splitlines() if line.strip()]
    for line in lines[:-1]:
        start = source.find(line, position)
        if start < 0:
            return [f"line not in the source: {line}"]
        position = start + len(line)
        if position not in allowed and not source[position].isspace():
            bad.append(f"{source[max(position - 8, 0) : position]}|{source[position : position + 8]}")
    return bad


def _locale(text: str) -> str:
    script = next((script_of(c) for c in _complex(text)), "Khmer")
    return SCRIPT_LANGUAGES.get(script, "km")
