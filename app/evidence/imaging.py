"""Image decoding in a separate worker process: thumbnails, EXIF, redacted copies.

Untrusted images (screenshots and photos from clients' phones) are decoded only
through an allow-list of formats, with a pixel limit and decompression-bomb
warnings turned into errors, in a child process. A crash or hang in a decoder
costs that one preview (the worker is killed after a timeout and restarted),
never the app. Bytes travel through a pipe; nothing is written to disk.
"""

from __future__ import annotations

import contextlib
import io
import json
import struct
import subprocess
import sys
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF")
MAX_PIXELS = 120_000_000  # a 40-megapixel phone photo decodes; a bomb does not
THUMBNAIL_SIZE = (256, 256)
MAX_DECODE_BYTES = 256 * 1024 * 1024
TIMEOUT_SECONDS = 30.0


@dataclass
class ImageResult:
    ok: bool
    reason: str = ""  # why there is no preview, in plain words
    thumbnail_png: bytes | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    image_png: bytes | None = None  # for derived copies


# ----------------------------------------------------------------------------- in the worker process
def _open(data: bytes) -> Any:
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
    return image, ImageOps


def _exif(image: Any) -> dict[str, Any]:
    from PIL import ExifTags

    exif = image.getexif()
    tags = {ExifTags.TAGS.get(k, str(k)): v for k, v in exif.items()}
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    taken = sub.get(ExifTags.Base.DateTimeOriginal) or tags.get("DateTime")
    out: dict[str, Any] = {}
    if taken:
        out["captured_at"] = str(taken)
    for key in ("Make", "Model", "Software"):
        if tags.get(key):
            out[key.lower()] = str(tags[key]).strip("\x00 ")
    if tags.get("Orientation"):
        out["orientation"] = int(tags["Orientation"])
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        position = _gps(gps)
        if position:
            out["gps"] = position  # sensitive: shown with a warning, never exported in manifests
    return out


def _gps(gps: Any) -> dict[str, float] | None:
    try:

        def degrees(value: Any, ref: str) -> float:
            d, m, s = (float(x) for x in value)
            result = d + m / 60 + s / 3600
            return -result if ref in ("S", "W") else result

        return {"lat": round(degrees(gps[2], gps[1]), 6), "lon": round(degrees(gps[4], gps[3]), 6)}
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None


def describe(data: bytes) -> ImageResult:
    """Decode fully (a truncated file fails here), read metadata, make a thumbnail."""
    try:
        image, image_ops = _open(data)
        metadata: dict[str, Any] = {"format": image.format, "width": image.width, "height": image.height}
        metadata.update(_exif(image))
        image.draft("RGB", (THUMBNAIL_SIZE[0] * 2, THUMBNAIL_SIZE[1] * 2))  # JPEG: decode at reduced scale
        image.load()
        image = image_ops.exif_transpose(image)
        image.thumbnail(THUMBNAIL_SIZE)
        out = io.BytesIO()
        image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB").save(out, "PNG")
        return ImageResult(True, thumbnail_png=out.getvalue(), metadata=metadata)
    except Exception as exc:  # noqa: BLE001 - any decoder failure means "no preview", with the reason
        return ImageResult(False, reason=_reason(exc))


def _reason(exc: BaseException) -> str:
    name = type(exc).__name__
    text = str(exc).lower()
    if "decompression bomb" in text or "exceeds limit" in text or name == "DecompressionBombError":
        return "The image is too large to preview safely (decompression-bomb limit)."
    if "truncated" in text:
        return "The image file is truncated (incomplete); its bytes are kept as received."
    if "cannot identify" in text or name == "UnidentifiedImageError":
        return (
            "The image cannot be decoded: it is damaged, or not in a format Saksi previews (JPEG, PNG, GIF, WebP, "
            "BMP, TIFF). Its bytes are kept as received."
        )
    return f"The image could not be decoded ({name}); its bytes are kept as received."


def derive(
    data: bytes, boxes: list[tuple[int, int, int, int]], crop: tuple[int, int, int, int] | None, rotate: int
) -> ImageResult:
    """A clean copy: orientation applied, rebuilt from pixels (no EXIF, comments or GPS), boxes blacked out,
    then cropped and rotated. Box and crop coordinates are in the upright (EXIF-applied) original."""
    try:
        from PIL import Image, ImageDraw

        image, image_ops = _open(data)
        image.load()
        upright = image_ops.exif_transpose(image).convert("RGB")
        clean = Image.frombytes("RGB", upright.size, upright.tobytes())  # pixels only: no metadata survives
        draw = ImageDraw.Draw(clean)
        for left, top, right, bottom in boxes:
            draw.rectangle((left, top, right, bottom), fill=(0, 0, 0))
        if crop:
            clean = clean.crop(crop)
        if rotate % 360:
            clean = clean.rotate(-rotate, expand=True)  # clockwise, as users say it
        out = io.BytesIO()
        clean.save(out, "PNG")
        metadata = {"format": "PNG", "width": clean.width, "height": clean.height}
        return ImageResult(True, image_png=out.getvalue(), metadata=metadata)
    except Exception as exc:  # noqa: BLE001 - reported to the user as a reason
        return ImageResult(False, reason=_reason(exc))


OCR_LANGUAGES = ("eng", "khm", "tha", "mya", "lao", "vie", "chi_sim")
MAX_OCR_CHARS = 200_000
OCR_MAX_SIDE = 2000
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def _tesseract(png: bytes, languages: str, *extra: str, timeout: float) -> str:
    """Tesseract on an image in memory (stdin to stdout: no file is written), one thread, bounded in time."""
    import os
    import shutil

    binary = shutil.which("tesseract")
    if binary is None:
        raise FileNotFoundError("tesseract")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(
        [binary, "stdin", "stdout", "-l", languages, *extra],
        input=png,
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError("tesseract failed")
    return done.stdout.decode("utf-8", errors="replace")[:MAX_OCR_CHARS]


def ocr(data: bytes, languages: list[str], timeout: float = TIMEOUT_SECONDS - 5) -> ImageResult:
    """The text of an image, line by line as laid out (Tesseract's page segmentation), and the machine-readable
    zone of a passport or ID card when the text shows one (read again with only the MRZ's characters)."""
    try:
        image, image_ops = _open(data)
        image.load()
        gray = image_ops.exif_transpose(image).convert("L")
        if gray.width < 1200:  # small screenshots read better enlarged
            scale = min(3, max(1, 1600 // max(gray.width, 1)))
            gray = gray.resize((gray.width * scale, gray.height * scale))
        elif (
            max(gray.size) > OCR_MAX_SIDE
        ):  # a 12 MP photo of a page reads as well at this size, in a third of the time
            gray.thumbnail((OCR_MAX_SIDE, OCR_MAX_SIDE))
        out = io.BytesIO()
        gray.save(out, "PNG")
        wanted = "+".join(lang for lang in languages if lang in OCR_LANGUAGES) or "eng"
        text = _tesseract(out.getvalue(), wanted, "--psm", "3", timeout=timeout)
        metadata: dict[str, Any] = {"ocr_text": text.strip("\n\f "), "ocr_languages": wanted}
        if "<<" in text:
            band = gray.crop((0, gray.height * 55 // 100, gray.width, gray.height))
            out = io.BytesIO()
            band.save(out, "PNG")
            whitelist = f"tessedit_char_whitelist={MRZ_CHARS}"
            metadata["mrz_text"] = _tesseract(out.getvalue(), "eng", "--psm", "6", "-c", whitelist, timeout=timeout)
        return ImageResult(True, metadata=metadata)
    except FileNotFoundError:
        return ImageResult(False, reason="Tesseract is not installed, so Saksi cannot read text from images here.")
    except subprocess.TimeoutExpired:
        return ImageResult(False, reason="Reading the text took too long; it was stopped.")
    except Exception as exc:  # noqa: BLE001 - any failure means "no text read", with the reason
        return ImageResult(False, reason=_reason(exc))


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)


def _send(stream: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    encoded = json.dumps({**header, "payload": len(payload)}).encode("utf-8")
    stream.write(struct.pack(">I", len(encoded)) + encoded + payload)
    stream.flush()


def _receive(stream: IO[bytes]) -> tuple[dict[str, Any], bytes]:
    (length,) = struct.unpack(">I", _read_exact(stream, 4))
    header = json.loads(_read_exact(stream, length))
    if not isinstance(header, dict) or length > 1_000_000:
        raise EOFError
    return header, _read_exact(stream, int(header.get("payload", 0)))


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """The worker's loop: JSON headers and raw bytes over pipes (no pickle: the worker is not trusted)."""
    while True:
        try:
            header, payload = _receive(stdin)
        except EOFError:
            return
        if header.get("op") == "derive":
            crop = header.get("crop")
            result = derive(
                payload,
                [tuple(b) for b in header.get("boxes", [])],
                tuple(crop) if crop else None,
                int(header.get("rotate", 0)),
            )
        elif header.get("op") == "ocr":
            result = ocr(payload, [str(lang) for lang in header.get("languages", [])])
        else:
            result = describe(payload)
        image = result.thumbnail_png or result.image_png or b""
        _send(
            stdout,
            {
                "ok": result.ok,
                "reason": result.reason,
                "metadata": result.metadata,
                "thumbnail": result.thumbnail_png is not None,
            },
            image,
        )


# ----------------------------------------------------------------------------- in the app
def worker_command() -> list[str]:
    """The decoder's command line. A frozen build runs its console executable ``saksi`` (beside the windowed
    ``saksi-desktop``, whose standard streams may be missing on Windows) with a hidden option."""
    if getattr(sys, "frozen", False):
        here = Path(sys.executable)
        console = here.with_name("saksi" + here.suffix)
        return [str(console if console.is_file() else here), "--image-worker"]
    return [sys.executable, "-m", "app.evidence.imaging"]


# Windows: the worker gets no console window of its own (0 elsewhere, where the flag does not exist).
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)


class ImageWorker:
    """One decoder process, restarted after a crash or a timeout. Not thread-safe: one per thread."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._process: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                worker_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                creationflags=NO_WINDOW,
            )
        return self._process

    def _call(self, header: dict[str, Any], data: bytes) -> ImageResult:
        process = self._start()
        assert process.stdin is not None and process.stdout is not None
        reply: list[tuple[dict[str, Any], bytes]] = []

        def read() -> None:
            try:
                assert process.stdout is not None
                reply.append(_receive(process.stdout))
            except (EOFError, OSError, ValueError, struct.error):
                pass

        with contextlib.suppress(OSError):  # a dead worker shows up as no reply below
            _send(process.stdin, header, data)
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(self.timeout)
        if reply:
            head, image = reply[0]
            raw = head.get("metadata")
            metadata: dict[str, Any] = raw if isinstance(raw, dict) else {}
            return ImageResult(
                bool(head.get("ok")),
                str(head.get("reason", "")),
                thumbnail_png=image if head.get("thumbnail") and image else None,
                metadata=metadata,
                image_png=image if not head.get("thumbnail") and image else None,
            )
        crashed = process.poll() is not None
        self.close()
        if crashed:
            return ImageResult(False, reason="The image decoder crashed on this file; the bytes are kept as received.")
        return ImageResult(
            False, reason="Decoding the image took too long; it was stopped. The bytes are kept as received."
        )

    def describe(self, data: bytes) -> ImageResult:
        if len(data) > MAX_DECODE_BYTES:
            return ImageResult(False, reason="The image file is too large to preview; its bytes are kept as received.")
        return self._call({"op": "describe"}, data)

    def derive(
        self,
        data: bytes,
        boxes: list[tuple[int, int, int, int]],
        crop: tuple[int, int, int, int] | None = None,
        rotate: int = 0,
    ) -> ImageResult:
        return self._call(
            {"op": "derive", "boxes": [list(b) for b in boxes], "crop": list(crop) if crop else None, "rotate": rotate},
            data,
        )

    def ocr(self, data: bytes, languages: list[str] | None = None) -> ImageResult:
        """Text read from the image in the worker (same limits and timeout as previews)."""
        if len(data) > MAX_DECODE_BYTES:
            return ImageResult(False, reason="The image file is too large to read; its bytes are kept as received.")
        return self._call({"op": "ocr", "languages": list(languages or OCR_LANGUAGES)}, data)

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)

    def __enter__(self) -> ImageWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
