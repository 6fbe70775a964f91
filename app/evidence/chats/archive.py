"""Reading a .zip a client sent, without trusting it.

Nothing is extracted to disk: members are read into the vault from the archive itself. Refused (the zip is
then kept as a plain exhibit, with the reason): names that are absolute or climb out with ``..`` or use
backslashes or drive letters, encrypted members, more than MAX_MEMBERS members, declared sizes above the
limits, a compression ratio no phone export has (a zip bomb), and members whose compressed data overlap
(the "overlapping files" bomb, Fifield 2019). zipfile itself stops each member at its declared size and
checks its CRC.
"""

from __future__ import annotations

import itertools
import zipfile
from dataclasses import dataclass
from typing import IO

from app.evidence.chats.model import MediaSource, NotAChat

MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 4 * 1024**3
MAX_TOTAL_BYTES = 16 * 1024**3
MAX_RATIO = 200  # text compresses ~10x, media ~1x; a bomb 1000x and more
RATIO_FROM = 1024 * 1024  # small members may compress well; the ratio counts from 1 MiB


def is_zip(head: bytes) -> bool:
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def _unsafe_name(name: str) -> bool:
    parts = name.split("/")
    return (
        name.startswith("/")
        or "\\" in name
        or (len(name) > 1 and name[1] == ":")
        or any(p == ".." for p in parts)
        or "\x00" in name
    )


@dataclass
class SafeZip:
    archive: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]

    @classmethod
    def open(cls, stream: IO[bytes]) -> SafeZip:
        try:
            archive = zipfile.ZipFile(stream)
            infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise NotAChat("The zip file is damaged and cannot be opened; it is kept as it is.") from None
        if len(infos) > MAX_MEMBERS:
            raise NotAChat(
                "The zip holds {count} files, more than a chat export has; it was not opened.", count=len(infos)
            )
        total = 0
        for info in infos:
            if _unsafe_name(info.filename):
                raise NotAChat(
                    "The zip names a file outside itself ({name}); it was not opened and is kept as it is.",
                    name=info.filename[:200],
                )
            if info.flag_bits & 0x1:
                raise NotAChat("The zip is encrypted; it was not opened and is kept as it is.")
            total += info.file_size
            too_big = info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
            ratio = info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if too_big or ratio:
                raise NotAChat(
                    "The zip would unpack to far more than it holds (a zip bomb?); it was not opened and is kept as it is."
                )
        _check_overlaps(infos)
        members = {i.filename: i for i in infos if not i.is_dir()}
        return cls(archive, members)

    def names(self) -> list[str]:
        return sorted(self.members)

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def read(self, name: str, limit: int) -> bytes:
        try:
            with self.archive.open(self.members[name]) as member:
                return member.read(limit)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise NotAChat(
                "A file inside the zip is damaged ({name}); the zip is kept as it is.", name=name[:200]
            ) from None

    def source(self, name: str) -> MediaSource | None:
        info = self.members.get(name)
        if info is None:
            return None
        return MediaSource(name, info.file_size, lambda: self.archive.open(info))


def _check_overlaps(infos: list[zipfile.ZipInfo]) -> None:
    spans = sorted((i.header_offset, i.header_offset + 30 + len(i.filename.encode()) + i.compress_size) for i in infos)
    for (_start, end), (next_start, _next_end) in itertools.pairwise(spans):
        if next_start < end:
            raise NotAChat(
                "The zip would unpack to far more than it holds (a zip bomb?); it was not opened and is kept as it is."
            )
