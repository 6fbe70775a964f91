"""WhatsApp and Telegram exports read from hand-made files in the layouts and locales phones write."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from app.evidence.chats import NotAChat, recognise, whatsapp
from app.evidence.chats.archive import SafeZip

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"


def read(name: str, folder: Path | None = None) -> object:
    data = (FIXTURES / name).read_bytes()
    return recognise(io.BytesIO(data), name, len(data), folder)


def test_android_us_twelve_hour_times_system_lines_media_omitted_and_multiline() -> None:
    chat = read("whatsapp-android-en-US.txt")
    assert chat.format == "whatsapp-android"
    assert chat.date_order == "MDY" and chat.date_order_reason == "only-valid"  # 1/13/24 has no 13th month
    first, hello = chat.messages[0], chat.messages[1]
    assert first.kind == "system" and first.sender == "" and "end-to-end" in first.text
    assert hello.time == "2023-12-31T21:41:00" and hello.sender == "Mr Lee Jobs"
    multiline = chat.messages[3]
    assert multiline.text.splitlines() == [
        "Only passport. Free housing, free visa, free ticket.",
        "We pick you up at the border.",
        "Call +855 12 345 678 or t.me/leejobs_kh",
    ]
    assert chat.messages[4].media_omitted
    assert chat.messages[5].time == "2024-01-13T12:15:00"  # 12:15 PM is noon, not midnight
    assert chat.messages[-1].kind == "system" and chat.messages[-1].text == "Mr Lee Jobs added Sokha"


def test_german_dots_and_thai_buddhist_years() -> None:
    german = read("whatsapp-android-de.txt")
    assert german.date_order == "DMY" and german.messages[0].time == "2023-12-31T21:41:00"
    thai = read("whatsapp-android-th-buddhist.txt")
    assert thai.messages[0].time == "2023-12-31T21:41:00"  # 2566 BE
    assert thai.messages[1].text == "สนใจค่ะ"


def test_ios_layout_marks_attachments_and_us_times_with_narrow_spaces() -> None:
    chat = read("whatsapp-ios-chat.txt")
    assert chat.format == "whatsapp-ios"
    assert chat.messages[0].kind == "system"  # iOS writes it under the chat's name with a mark
    photo = chat.messages[3]
    assert photo.attachment == "00000012-PHOTO-2024-02-01-08-00-01.jpg" and photo.text == ""
    assert chat.missing_media == ["00000012-PHOTO-2024-02-01-08-00-01.jpg"]  # the .txt alone has no media
    assert chat.messages[4].media_omitted
    assert chat.messages[5].text.endswith("her number is 012 999 888")
    us = read("whatsapp-ios-en-US.txt")
    assert us.date_order == "MDY" and us.messages[0].time == "2024-01-31T21:41:05"


def test_an_ambiguous_file_is_resolved_from_all_its_dates_and_the_reason_kept() -> None:
    chat = read("whatsapp-android-ambiguous.txt")
    assert chat.date_order_choices == ["DMY", "MDY"]
    assert chat.date_order == "DMY" and chat.date_order_reason == "shorter-span"  # 3-5 April, not March to May
    assert chat.messages[0].time == "2024-04-03T21:41:00"
    assert whatsapp.reread(chat.messages[0].raw_time, "MDY") == "2024-03-04T21:41:00"
    assert chat.messages[2].attachment == "IMG-20240404-WA0003.jpg" and chat.messages[2].text == "ផ្ញើលិខិតឆ្លងដែនមក"
    # time order settles it where the span cannot: 12/01 then 01/02 is 12 Jan -> 1 Feb, not 1 Dec -> 2 Jan
    text = "12/01/2024, 10:00 - A: one\n01/02/2024, 10:00 - B: two\n"
    ordered = whatsapp.parse(text)
    assert ordered.date_order == "DMY" and ordered.date_order_reason == "time-order"


def test_telegram_entities_service_edits_replies_forwards_and_media() -> None:
    folder = FIXTURES / "telegram-export"
    chat = read("telegram-export/result.json", folder)
    assert chat.format == "telegram-desktop" and chat.title == "Agent Wang"
    service, offer, reply, photo, contract, voice, mention = chat.messages
    assert service.kind == "service" and service.text == "phone call"
    assert offer.text == "Good job for you in Myawaddy. Apply here or call +66 81 234 5678"
    assert {"type": "text_link", "text": "here", "href": "https://jobs-thai-easy.com/apply?id=7"} in offer.entities
    assert reply.reply_to == offer.seq and reply.text == "តើត្រូវការឯកសារអ្វីខ្លះ?"
    assert photo.edited == "2024-02-10T09:12:30" and photo.attachment in chat.media
    assert contract.forwarded_from == "Golden Star Recruitment" and chat.media["files/contract.pdf"].size > 0
    assert voice.media_omitted and not voice.attachment
    assert mention.entities == [{"type": "mention", "text": "@boss_wang88"}]


def test_telegram_media_outside_the_export_folder_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not evidence")
    folder = tmp_path / "export"
    folder.mkdir()
    doc = {"name": "x", "type": "personal_chat", "id": 1, "messages": []}
    doc["messages"] = [
        {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "A", "text": "", "file": "../secret.txt"},
        {"id": 2, "type": "message", "date": "2024-01-01T10:00:00", "from": "A", "text": "", "file": str(secret)},
    ]
    (folder / "result.json").write_text(json.dumps(doc))
    chat = recognise(io.BytesIO((folder / "result.json").read_bytes()), "result.json", 10, folder)
    assert chat is not None and chat.media == {} and len(chat.missing_media) == 2


def test_files_that_are_not_chats_are_left_alone_and_broken_ones_get_a_reason() -> None:
    assert recognise(io.BytesIO(b"Shopping list\nrice\nfish\n"), "list.txt", 24) is None
    assert recognise(io.BytesIO(b'{"name": "config", "type": "settings"}'), "x.json", 30) is None
    broken = b'{"name": "Agent", "type": "personal_chat", "messages": [{"id": 1, "type": "mess'
    with pytest.raises(NotAChat, match="JSON is broken"):
        recognise(io.BytesIO(broken), "result.json", len(broken))
    not_telegram = b'{"type": "FeatureCollection", "messages": "none"}'
    with pytest.raises(NotAChat, match="no list of messages"):
        recognise(io.BytesIO(not_telegram), "result.json", len(not_telegram))
    deep = b'{"type": "x", "messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(NotAChat):
        recognise(io.BytesIO(deep), "result.json", len(deep))


def test_huge_lines_bad_utf8_and_a_too_large_file() -> None:
    huge = b"01/02/2024, 10:00 - A: " + b"x" * 3_000_000 + b"\n01/02/2024, 10:01 - B: \xff\xfe broken \xc3\n"
    chat = recognise(io.BytesIO(huge), "chat.txt", len(huge))
    assert chat is not None and len(chat.messages) == 2
    assert len(chat.messages[0].text) <= whatsapp.MAX_MESSAGE_CHARS
    assert "long-line" in chat.warnings and "bad-utf8" in chat.warnings
    assert "\ufffd" in chat.messages[1].text  # the bad bytes are marked, never guessed at
    with pytest.raises(NotAChat, match="up to 256 MB"):
        recognise(io.BytesIO(b"01/02/2024, 10:00 - A: hi\n"), "chat.txt", 2 * 1024**3)  # a 2 GB .txt


def whatsapp_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_whatsapp_zip_with_media_links_each_file_to_its_message() -> None:
    text = (FIXTURES / "whatsapp-ios-chat.txt").read_bytes()
    photo = b"\xff\xd8\xff\xe0fake jpeg bytes"
    data = whatsapp_zip({"_chat.txt": text, "00000012-PHOTO-2024-02-01-08-00-01.jpg": photo, "extra.opus": b"OggS"})
    chat = recognise(io.BytesIO(data), "WhatsApp Chat - Vanna.zip", len(data))
    assert chat is not None and chat.missing_media == []
    assert set(chat.media) == {"00000012-PHOTO-2024-02-01-08-00-01.jpg", "extra.opus"}
    with chat.media["00000012-PHOTO-2024-02-01-08-00-01.jpg"].open() as stream:
        assert stream.read() == photo  # as it is in the export: nothing re-encoded


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/path.jpg", "..\\win.jpg", "C:/x.jpg", "a/../../b.jpg"])
def test_zip_paths_that_leave_the_archive_are_refused(name: str) -> None:
    data = whatsapp_zip({"_chat.txt": b"01/02/2024, 10:00 - A: hi\n", name: b"x"})
    with pytest.raises(NotAChat, match="outside itself"):
        recognise(io.BytesIO(data), "chat.zip", len(data))


def test_zip_bombs_are_refused_before_anything_is_unpacked() -> None:
    bomb = whatsapp_zip({"_chat.txt": b"01/02/2024, 10:00 - A: hi\n", "video.mp4": b"\0" * 50_000_000})
    with pytest.raises(NotAChat, match="zip bomb"):
        recognise(io.BytesIO(bomb), "chat.zip", len(bomb))
    # overlapping members (one compressed stream named by many entries): Fifield's non-recursive bomb
    data = bytearray(whatsapp_zip({"_chat.txt": b"01/02/2024, 10:00 - A: hi\n", "b.jpg": b"y" * 1000}))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    first, second = archive.infolist()
    central = data.rfind(b"PK\x01\x02")  # the second entry's central record: point it at the first's data
    data[central + 42 : central + 46] = first.header_offset.to_bytes(4, "little")
    assert second.header_offset != first.header_offset
    with pytest.raises(NotAChat):
        SafeZip.open(io.BytesIO(bytes(data)))


def test_damaged_and_ordinary_zips() -> None:
    with pytest.raises(NotAChat, match="damaged"):
        recognise(io.BytesIO(b"PK\x03\x04garbage"), "chat.zip", 13)
    plain = whatsapp_zip({"report.docx": b"x", "notes.txt": b"shopping list"})
    assert recognise(io.BytesIO(plain), "files.zip", len(plain)) is None


def test_ios_notices_have_no_sender_and_a_deleted_message_keeps_its_own() -> None:
    chat = read("whatsapp-ios-chat.txt")
    notice = chat.messages[0]
    assert notice.kind == "system" and notice.sender == "" and "end-to-end encrypted" in notice.text
    assert "Recruiter KH" in chat.summary()["senders"]  # who wrote the next lines is still a sender
    text = "[01/02/2024, 09:00:00] Dara: \u200eThis message was deleted.\n[01/02/2024, 09:01:00] Dara: hi\n"
    deleted = whatsapp.parse(text).messages[0]
    assert deleted.kind == "deleted" and deleted.sender == "Dara"


@pytest.mark.parametrize(
    "line",
    [
        "03/04/2026, 21:16 - Mr Chen: This message was deleted",
        "03/04/2026, 21:16 - Mr Chen: You deleted this message",
        "[03/04/2026, 21:16:00] Mr Chen: \u200eThis message was deleted.",
        "[03/04/2026, 21:16:00] Mr Chen: \u200eYou deleted this message.",
    ],
)
def test_a_deleted_message_is_marked_as_such_under_the_sender_who_deleted_it(line: str) -> None:
    layout = "[03/04/2026, 21:17:00] Dara: ok" if line.startswith("[") else "03/04/2026, 21:17 - Dara: ok"
    deleted, reply = whatsapp.parse(f"{line}\n{layout}\n").messages
    assert deleted.kind == "deleted" and deleted.sender == "Mr Chen" and "deleted" in deleted.text
    assert reply.kind == "message"
    quoted = whatsapp.parse("03/04/2026, 21:16 - Mr Chen: This message was deleted by mistake, resend it\n").messages
    assert quoted[0].kind == "message"  # a sentence that only starts like the notice is a message


def test_bytes_that_are_not_text_are_counted_one_by_one_and_utf16_is_read_with_its_bom() -> None:
    from app.evidence.chats import decode

    assert decode("caf\u00e9".encode("latin-1")) == ("caf\ufffd", 1)
    assert decode(b"\xef\xbb\xbfok \xe9\xe8 \xc3") == ("ok \ufffd\ufffd \ufffd", 3)
    assert decode("\ufeffសួស្តី".encode("utf-16-le")) == ("សួស្តី", 0)
    assert decode("\ufeffok".encode("utf-16-be") + b"\x00") == ("ok\ufffd", 1)  # an odd last byte
    assert decode("real \ufffd kept".encode()) == ("real \ufffd kept", 0)  # a U+FFFD the phone wrote is text


def test_files_named_like_exports_that_cannot_be_read_say_why() -> None:
    with pytest.raises(NotAChat, match="named like a WhatsApp export"):
        recognise(io.BytesIO(b"hello\n"), "WhatsApp Chat with Dara.txt", 6)
    with pytest.raises(NotAChat, match="not as Telegram writes them"):
        data = b'{"messages": [{"body": "hi"}]}'
        recognise(io.BytesIO(data), "result.json", len(data))
    assert recognise(io.BytesIO(b"hello\n"), "notes.txt", 6) is None  # any other name: a plain text


def _contract_chat(clauses: int, ios: bool = False) -> str:
    """A short real chat whose first message is a pasted contract: many more lines of text than headers."""

    def head(date: str, time: str, sender: str) -> str:
        return f"[{date}, {time}:00] {sender}: " if ios else f"{date}, {time} - {sender}: "

    pasted = "".join(f"Clause {n}: the employee agrees to term {n}.\n" for n in range(1, clauses + 1))
    return (
        head("03/04/2026", "21:16", "Mr Chen")
        + "Here is the contract\n"
        + pasted
        + head("03/04/2026", "21:20", "Dara")
        + "ok\n"
        + head("04/04/2026", "08:00", "Mr Chen")
        + "send passport photo\n"
        + head("13/04/2026", "09:00", "Dara")
        + "sent\n"
    )


@pytest.mark.parametrize("clauses", [30, 200])
@pytest.mark.parametrize("ios", [False, True])
@pytest.mark.parametrize("name", ["WhatsApp Chat with Contract.txt", "chat.txt"])
def test_a_short_chat_with_a_long_pasted_contract_is_a_chat(clauses: int, ios: bool, name: str) -> None:
    data = _contract_chat(clauses, ios).encode()
    chat = recognise(io.BytesIO(data), name, len(data))
    assert chat is not None and chat.format == ("whatsapp-ios" if ios else "whatsapp-android")
    assert [m.sender for m in chat.messages] == ["Mr Chen", "Dara", "Mr Chen", "Dara"]
    contract = chat.messages[0].text.splitlines()
    assert contract[0] == "Here is the contract" and len(contract) == clauses + 1
    assert contract[-1] == f"Clause {clauses}: the employee agrees to term {clauses}."
    assert chat.messages[-1].time == "2026-04-13T09:00:00"


def test_a_zip_whose_chat_starts_with_a_long_pasted_message_is_a_chat() -> None:
    data = whatsapp_zip({"WhatsApp Chat with Contract.txt": _contract_chat(200).encode(), "photo.jpg": b"\xff\xd8"})
    chat = recognise(io.BytesIO(data), "export.zip", len(data))
    assert chat is not None and len(chat.messages) == 4


def test_prose_and_notes_that_hold_a_date_line_are_not_chats() -> None:
    letter = (
        b"Dear Ms Sok,\n"
        b"As we discussed on the phone, I met the agent at the bus station.\n"
        b"03/04/2026, 21:16 - Mr Chen: this is what he wrote to me\n"
        b"I think he works for the company in Bavet.\n"
    )
    assert recognise(io.BytesIO(letter), "letter.txt", len(letter)) is None
    notes = (
        "03/04/2026, 10:00 - Visit: we met the client at the shelter.\n"
        + "She said the agent took her passport.\n" * 40
    ).encode()
    assert recognise(io.BytesIO(notes), "notes.txt", len(notes)) is None  # one dated line, then prose
    book = notes + b"More of the same statement, line after line.\n" * 10_000  # longer than the part sniffed
    assert len(book) > whatsapp.SNIFF_BYTES and recognise(io.BytesIO(book), "statement.txt", len(book)) is None
    diary = b"03/04/2026, 10:00 - visited the office\nnothing new\n04/04/2026, 11:00 - called the embassy\n"
    assert recognise(io.BytesIO(diary), "diary.txt", len(diary)) is None  # dated lines that nobody sent
    mixed = b"03/04/2026, 10:00 - A: hi\n[03/04/2026, 10:01:00] B: x\n[03/04/2026, 10:02:00] B: y\n"
    assert recognise(io.BytesIO(mixed), "mixed.txt", len(mixed)) is None  # headers that disagree with the first
    unreal = b"45/45/2026, 10:00 - A: hi\n46/46/2026, 10:01 - B: ok\n"
    assert recognise(io.BytesIO(unreal), "codes.txt", len(unreal)) is None  # no date order makes it a date
