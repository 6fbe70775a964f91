"""The words of the analysis summaries and of the "still missing" lines, in English, Khmer and Thai.

app/analysis/elements.py writes the summaries a lawyer reads beside a draft (and that the CLI and the Analysis tab
show). A lawyer drafting in Khmer, or in Thai for proceedings in Thailand, reads them in that language: every
sentence here has the three, and the Palermo elements have Khmer and Thai names (the legal library's labels
are English). Like the Khmer and Thai filings, the Khmer and Thai words were not written by a native legal
drafter. Keys are the English sentences' roles; values are str.format templates with named fields.
"""

from __future__ import annotations

LANGUAGES = ("en", "km", "th")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "palermo.title": "Palermo Protocol art. 3: act, means, purpose",
        "act": "Act",
        "means": "Means",
        "purpose": "Purpose",
        "supported": "{name}: supported by {labels}",
        "not_supported": "{name}: not yet supported",
        "child": " - not required: the client was a child when recruited (Palermo art. 3(c))",
        "end": ".",
        "ilo.title": "ILO indicators of forced labour",
        "ilo.count": "{supported} of {total} indicators supported by facts; {corroborated} corroborated by at least one exhibit.",
        "ilo.note": "The ILO notes that one indicator may in some cases imply forced labour, in others several together "
        "point to it; the lawyer weighs them.",
        "ec.title": "ILO-EC operational indicators (Delphi, 2009)",
        "ec.none": "no indicator supported",
        "ec.count": "{n} {strength}",
        "ec.positive": " - positive under the rule",
        "ec.rule_met": "Decision rule: the pattern of the rule is met.",
        "ec.rule_not_met": "Decision rule: the pattern of the rule is not met.",
        "ec.caveat": " The grading and the decision rule come from a secondary source and are unverified.",
        "strong": "strong",
        "medium": "medium",
        "weak": "weak",
        "caveat": "This summary informs the lawyer's judgement; it is not a legal determination.",
        "list": ", ",
        "missing.basis": "Choose the legal basis (e.g. ACTIP art. 14(7), P29 art. 4(2), OHCHR Principle 7, and the "
        "national provision if any).",
        "missing.unverified": "A chosen provision is unverified: check it against the official text before filing.",
        "missing.facts": "Link the facts that show the act was directly related to, or a direct consequence of, the "
        "trafficking (e.g. passport confiscated, movement restricted, forced under threat).",
        "missing.exhibit": "None of the linked facts has an exhibit yet; add one that corroborates them.",
        "missing.model": "Name the model argued: duress (compulsion), or causation / direct consequence.",
    },
    "km": {
        "palermo.title": "ពិធីសារ Palermo មាត្រា 3៖ អំពើ មធ្យោបាយ គោលបំណង",
        "act": "អំពើ",
        "means": "មធ្យោបាយ",
        "purpose": "គោលបំណង",
        "supported": "{name}៖ គាំទ្រដោយ {labels}",
        "not_supported": "{name}៖ មិនទាន់មានការគាំទ្រនៅឡើយ",
        "child": " - មិនតម្រូវទេ៖ កូនក្តីជាកុមារនៅពេលត្រូវបានជ្រើសរើស (Palermo art. 3(c))",
        "end": "។",
        "ilo.title": "សូចនាករពលកម្មដោយបង្ខំរបស់ ILO",
        "ilo.count": "សូចនាករ {supported} ក្នុងចំណោម {total} ត្រូវបានគាំទ្រដោយអង្គហេតុ ហើយ {corroborated} "
        "ត្រូវបានបញ្ជាក់ដោយភស្តុតាងយ៉ាងហោចណាស់មួយ។",
        "ilo.note": "ILO កត់សម្គាល់ថា ក្នុងករណីខ្លះ សូចនាករតែមួយអាចបង្ហាញពីពលកម្មដោយបង្ខំ ហើយក្នុងករណីផ្សេងទៀត "
        "សូចនាករច្រើនរួមគ្នាទើបបង្ហាញ។ មេធាវីជាអ្នកថ្លឹងថ្លែង។",
        "ec.title": "សូចនាករប្រតិបត្តិការរបស់ ILO-EC (Delphi, 2009)",
        "ec.none": "គ្មានសូចនាករណាត្រូវបានគាំទ្រ",
        "ec.count": "{strength} {n}",
        "ec.positive": " - វិជ្ជមានតាមវិធាន",
        "ec.rule_met": "វិធានសម្រេច៖ លំនាំនៃវិធានត្រូវបានបំពេញ។",
        "ec.rule_not_met": "វិធានសម្រេច៖ លំនាំនៃវិធានមិនត្រូវបានបំពេញទេ។",
        "ec.caveat": " ការចាត់ថ្នាក់ និងវិធានសម្រេច មកពីប្រភពបន្ទាប់បន្សំ ហើយមិនទាន់បានផ្ទៀងផ្ទាត់ទេ។",
        "strong": "ខ្លាំង",
        "medium": "មធ្យម",
        "weak": "ខ្សោយ",
        "caveat": "សេចក្តីសង្ខេបនេះជួយដល់ការវិនិច្ឆ័យរបស់មេធាវី វាមិនមែនជាការសម្រេចផ្លូវច្បាប់ទេ។",
        "list": ", ",
        "missing.basis": "ជ្រើសរើសមូលដ្ឋានគតិយុត្ត (ឧ. ACTIP art. 14(7), P29 art. 4(2), OHCHR Principle 7 "
        "និងបទប្បញ្ញត្តិជាតិ ប្រសិនបើមាន)។",
        "missing.unverified": "បទប្បញ្ញត្តិដែលបានជ្រើសរើសមួយ មិនទាន់បានផ្ទៀងផ្ទាត់ទេ៖ ត្រូវពិនិត្យជាមួយអត្ថបទផ្លូវការ មុនពេលដាក់ឯកសារ។",
        "missing.facts": "ភ្ជាប់អង្គហេតុដែលបង្ហាញថា អំពើនោះទាក់ទងដោយផ្ទាល់ ឬជាផលវិបាកផ្ទាល់នៃការជួញដូរ "
        "(ឧ. លិខិតឆ្លងដែនត្រូវបានរឹបអូស ការធ្វើដំណើរត្រូវបានរឹតត្បិត ការបង្ខំក្រោមការគំរាមកំហែង)។",
        "missing.exhibit": "អង្គហេតុដែលបានភ្ជាប់ មិនទាន់មានភស្តុតាងណាមួយនៅឡើយទេ៖ សូមបន្ថែមភស្តុតាងដែលបញ្ជាក់វា។",
        "missing.model": "បញ្ជាក់គំរូដែលលើកយកមកអះអាង៖ ការបង្ខិតបង្ខំ ឬទំនាក់ទំនងបុព្វហេតុ / ផលវិបាកផ្ទាល់។",
    },
    "th": {
        "palermo.title": "พิธีสารปาแลร์โม ข้อ 3: การกระทำ วิธีการ และวัตถุประสงค์",
        "act": "การกระทำ",
        "means": "วิธีการ",
        "purpose": "วัตถุประสงค์",
        "supported": "{name}: มีข้อเท็จจริงสนับสนุน ได้แก่ {labels}",
        "not_supported": "{name}: ยังไม่มีข้อเท็จจริงสนับสนุน",
        "child": " - ไม่จำเป็นต้องพิสูจน์: ลูกความเป็นเด็กขณะถูกจัดหา (Palermo art. 3(c))",
        "end": "",
        "ilo.title": "ตัวชี้วัดแรงงานบังคับของ ILO",
        "ilo.count": "มีข้อเท็จจริงสนับสนุนตัวชี้วัด {supported} จาก {total} ตัว และ {corroborated} ตัวมีพยานเอกสารหรือวัตถุ"
        "ยืนยันอย่างน้อยหนึ่งชิ้น",
        "ilo.note": "ILO ระบุว่าในบางกรณีตัวชี้วัดเพียงตัวเดียวอาจบ่งชี้แรงงานบังคับ ในกรณีอื่นต้องพิจารณาหลายตัวประกอบกัน "
        "ทนายความเป็นผู้ชั่งน้ำหนัก",
        "ec.title": "ตัวชี้วัดเชิงปฏิบัติการของ ILO-EC (Delphi, 2009)",
        "ec.none": "ไม่มีตัวชี้วัดที่มีข้อเท็จจริงสนับสนุน",
        "ec.count": "{strength} {n}",
        "ec.positive": " - เป็นบวกตามหลักเกณฑ์",
        "ec.rule_met": "หลักเกณฑ์การตัดสิน: เข้ารูปแบบของหลักเกณฑ์",
        "ec.rule_not_met": "หลักเกณฑ์การตัดสิน: ไม่เข้ารูปแบบของหลักเกณฑ์",
        "ec.caveat": " การจัดระดับและหลักเกณฑ์การตัดสินมาจากแหล่งข้อมูลทุติยภูมิและยังไม่ได้ตรวจสอบ",
        "strong": "ระดับสูง",
        "medium": "ระดับกลาง",
        "weak": "ระดับต่ำ",
        "caveat": "สรุปนี้ใช้ประกอบการใช้ดุลพินิจของทนายความ ไม่ใช่การวินิจฉัยทางกฎหมาย",
        "list": ", ",
        "missing.basis": "เลือกฐานทางกฎหมาย (เช่น ACTIP art. 14(7), P29 art. 4(2), OHCHR Principle 7 และบทบัญญัติภายในถ้ามี)",
        "missing.unverified": "บทบัญญัติที่เลือกบางข้อยังไม่ได้ตรวจสอบ: ตรวจสอบกับตัวบททางการก่อนยื่น",
        "missing.facts": "เชื่อมโยงข้อเท็จจริงที่แสดงว่าการกระทำนั้นเกี่ยวข้องโดยตรงกับ หรือเป็นผลโดยตรงของการค้ามนุษย์ "
        "(เช่น ถูกยึดหนังสือเดินทาง ถูกจำกัดการเดินทาง ถูกบังคับภายใต้การข่มขู่)",
        "missing.exhibit": "ข้อเท็จจริงที่เชื่อมโยงไว้ยังไม่มีพยานหลักฐานชิ้นใด: เพิ่มพยานหลักฐานที่ยืนยันข้อเท็จจริงนั้น",
        "missing.model": "ระบุแนวทางที่ใช้โต้แย้ง: การถูกบังคับ (compulsion) หรือความเป็นเหตุเป็นผล / ผลโดยตรง (causation)",
    },
}

# The Palermo elements by id. The filings carry the same words in _shared.j2 (Khmer) and _shared_th.j2 (Thai).
ELEMENTS: dict[str, dict[str, str]] = {
    "km": {
        "palermo.act.recruitment": "ការជ្រើសរើស",
        "palermo.act.transportation": "ការដឹកជញ្ជូន",
        "palermo.act.transfer": "ការផ្ទេរ",
        "palermo.act.harbouring": "ការលាក់ទុក",
        "palermo.act.receipt": "ការទទួល",
        "palermo.means.force": "ការគំរាមកំហែង ឬការប្រើកម្លាំង",
        "palermo.means.coercion": "ទម្រង់ផ្សេងទៀតនៃការបង្ខិតបង្ខំ",
        "palermo.means.abduction": "ការចាប់ពង្រត់",
        "palermo.means.fraud": "ការក្លែងបន្លំ",
        "palermo.means.deception": "ការបោកប្រាស់",
        "palermo.means.abuse_of_power": "ការរំលោភអំណាច",
        "palermo.means.abuse_of_vulnerability": "ការរំលោភលើស្ថានភាពងាយរងគ្រោះ",
        "palermo.means.payments": "ការផ្តល់ ឬទទួលប្រាក់ ឬផលប្រយោជន៍ដល់អ្នកដែលមានអំណាចគ្រប់គ្រង",
        "palermo.purpose.sexual_exploitation": "ការកេងប្រវ័ញ្ចពេស្យាកម្មអ្នកដទៃ ឬការកេងប្រវ័ញ្ចផ្លូវភេទផ្សេងទៀត",
        "palermo.purpose.forced_labour": "ពលកម្ម ឬសេវាកម្មដោយបង្ខំ",
        "palermo.purpose.slavery": "ទាសភាព ឬការអនុវត្តស្រដៀងនឹងទាសភាព",
        "palermo.purpose.servitude": "ភាពបម្រើ",
        "palermo.purpose.organ_removal": "ការដកយកសរីរាង្គ",
    },
    "th": {
        "palermo.act.recruitment": "การจัดหา",
        "palermo.act.transportation": "การขนส่ง",
        "palermo.act.transfer": "การส่งต่อ",
        "palermo.act.harbouring": "การให้ที่พักพิง",
        "palermo.act.receipt": "การรับไว้",
        "palermo.means.force": "การใช้กำลัง",
        "palermo.means.coercion": "การบีบบังคับในรูปแบบอื่น",
        "palermo.means.abduction": "การลักพา",
        "palermo.means.fraud": "การฉ้อฉล",
        "palermo.means.deception": "การหลอกลวง",
        "palermo.means.abuse_of_power": "การใช้อำนาจโดยมิชอบ",
        "palermo.means.abuse_of_vulnerability": "การอาศัยสถานะความเปราะบาง",
        "palermo.means.payments": "การให้หรือรับเงินหรือผลประโยชน์",
        "palermo.purpose.sexual_exploitation": "การแสวงประโยชน์ทางเพศ",
        "palermo.purpose.forced_labour": "แรงงานหรือบริการที่เป็นการบังคับ",
        "palermo.purpose.slavery": "การเอาคนลงเป็นทาส",
        "palermo.purpose.servitude": "ภาวะจำยอม",
        "palermo.purpose.organ_removal": "การตัดอวัยวะ",
    },
}


def word(language: str, key: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` (English when the language is not one of LANGUAGES)."""
    table = WORDS.get(language, WORDS["en"])
    return table.get(key, WORDS["en"][key]).format(**values)


def element_label(language: str, element_id: str, label: str) -> str:
    return ELEMENTS.get(language, {}).get(element_id, label)
