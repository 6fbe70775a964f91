"""A mixed batch of evidence against the manual route, and thumbnails (and OCR, once it exists) on photos.

The photos are synthetic but photographic: 1/f ("pink") luminance noise over octaves with muted colour
and sensor grain, so a JPEG of one costs what a phone photo costs to decode (about 0.3 bytes a pixel at
quality 90; a flat-colour JPEG is 0.02 and decodes several times faster, which is what this bench
measured before). Calibrated in development against real photographs of the same size.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFont

from app.evidence.imaging import ImageWorker
from bench import baselines
from bench.timing import median_seconds

PHOTOS, PHOTO_SIZE = 40, (4000, 3000)  # a phone's 12-megapixel photos
VIDEOS, VIDEO_MB = 3, 110
CAMERA_SIZE = (8000, 6000)  # a 48-megapixel camera
SCREENSHOT_SIZE = (1170, 2532)
RUNS = 5

CHILD = """
import json, sys, time
from app.cases.model import Case
from app.cases.case_files import CaseFiles
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault
vault, _ = Vault.create(sys.argv[1], "admin", sys.argv[2])
reference = CaseFiles(vault).create(Case()).reference
locker = EvidenceLocker(vault)
start = time.perf_counter()
results = locker.import_paths(reference, sys.argv[3:], Provenance())
elapsed = time.perf_counter() - start
assert all(r.item for r in results), [r.error for r in results]
thumbnails = sum(1 for r in results if r.item and r.item.has_thumbnail)
locker.worker.close()
print(json.dumps({"seconds": elapsed, "thumbnails": thumbnails}))
"""


# ----------------------------------------------------------------------------- photographic test images
def _octaves(size: tuple[int, int], sigma: float, levels: int, seed: int) -> Image.Image:
    """Gaussian noise summed over octaves, each half as strong as the coarser one: a 1/f spectrum."""
    random.seed(seed)
    width, height = size
    image = Image.effect_noise((max(1, width >> levels), max(1, height >> levels)), sigma)
    for level in range(levels - 1, -1, -1):
        sigma /= 2
        scaled = (max(1, width >> level), max(1, height >> level))
        noise = Image.effect_noise(scaled, sigma)
        image = ImageChops.add(image.resize(scaled, Image.Resampling.BICUBIC), noise, 1.0, -128)
    return image


def photograph(size: tuple[int, int], seed: int = 2026) -> Image.Image:
    width, height = size
    luminance = ImageChops.add(_octaves(size, 110, 9, seed), _octaves(size, 40, 4, seed + 1), 1.0, -128)
    chroma = [
        _octaves((width // 8, height // 8), 14, 5, seed + n).resize(size, Image.Resampling.BICUBIC) for n in (2, 3)
    ]
    image = Image.merge("YCbCr", (luminance, *chroma)).convert("RGB")
    grain = Image.effect_noise(size, 5)
    return Image.merge("RGB", [ImageChops.add(band, grain, 1.0, -128) for band in image.split()])


def jpeg(image: Image.Image, *, camera: str = "DemoPhone 12") -> bytes:
    exif = Image.Exif()
    exif[0x0110], exif[0x0132] = camera, "2026:03:14 09:26:53"  # model, date taken
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif)
    return buffer.getvalue()


def tiled(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """A larger photo from mirrored copies (decoding cost is per pixel; the tiles only save minutes)."""
    out = Image.new("RGB", size)
    for x in range(0, size[0], image.width):
        for y in range(0, size[1], image.height):
            tile = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if (x // image.width) % 2 else image
            out.paste(tile.transpose(Image.Transpose.FLIP_TOP_BOTTOM) if (y // image.height) % 2 else tile, (x, y))
    return out


def screenshot(size: tuple[int, int]) -> bytes:
    """A chat screenshot: flat bars, bubbles and text, as PNG (the phone's own format for screenshots)."""
    image = Image.new("RGB", size, (236, 229, 221))
    draw = ImageDraw.Draw(image)
    font = _font(38)
    draw.rectangle((0, 0, size[0], 180), fill=(7, 94, 84))
    rng = random.Random(7)
    y = 220
    while y < size[1] - 200:
        mine = rng.random() < 0.5
        width = rng.randrange(400, size[0] - 200)
        x = size[0] - width - 40 if mine else 40
        lines = rng.randrange(1, 4)
        draw.rounded_rectangle((x, y, x + width, y + 60 * lines + 40), 24, fill=(220, 248, 198) if mine else "white")
        for line in range(lines):
            words = " ".join(
                rng.choice(["salary", "passport", "boss", "when", "money", "send", "help"]) for _ in range(6)
            )
            draw.text((x + 24, y + 20 + 60 * line), words, fill=(20, 20, 20), font=font)
        y += 60 * lines + 80
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _font(size: int) -> Any:
    for path in (
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def distinct(data: bytes, number: int) -> bytes:
    """The same picture with a different JPEG comment: other bytes, so every photo is its own exhibit."""
    comment = f"photo {number}".encode()
    return data[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + data[2:]


# ----------------------------------------------------------------------------- the mixed batch
def mixed_files(folder: Path) -> list[Path]:
    folder.mkdir()
    photo = jpeg(photograph(PHOTO_SIZE))
    files = []
    for number in range(PHOTOS):
        path = folder / f"IMG_{number:04d}.jpg"
        path.write_bytes(distinct(photo, number))
        files.append(path)
    for number in range(VIDEOS):
        path = folder / f"VID_{number:04d}.mp4"
        baselines.write_random(path, VIDEO_MB)
        files.append(path)
    return files


def saksi_import(tmp: Path, paths: list[Path]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp / "Mixed"), baselines.PASSPHRASE, *map(str, paths)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.splitlines()[-1])
    return result


def manual(files: list[Path], out: Path, options: list[str]) -> float:
    out.mkdir(exist_ok=True)
    with baselines.gpg_home(out) as home:
        seconds = sum(baselines.gpg(home, options, path, out / (path.name + ".gpg")) for path in files)
    return seconds + baselines.sha256sum(files)


def run_mixed() -> list[str]:
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as name:
        tmp = Path(name)
        files = mixed_files(tmp / "mixed")
        size_mb = sum(p.stat().st_size for p in files) / (1 << 20)
        saksi = saksi_import(tmp, files)
        careful = manual(files, tmp / "careful", baselines.GPG_CAREFUL)
        defaults = manual(files, tmp / "defaults", baselines.GPG_DEFAULTS)
        openssl = sum(baselines.openssl(p, tmp / "out.enc") for p in files)
    seconds = saksi["seconds"]

    def row(label: str, value: float) -> str:
        return f"| {label} | {value:.1f} s | {size_mb / value:.0f} MB/s | {value / seconds:.2f}x |"

    return [
        "## Mixed evidence",
        "",
        f"A batch of {len(files)} files, {size_mb:.0f} MB: {PHOTOS} phone photos ({PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG, photographic",
        f"content) and {VIDEOS} videos of {VIDEO_MB} MB, against the manual route on the same files in the same run",
        f"(one run each). Saksi's time includes a thumbnail and metadata for every photo ({saksi['thumbnails']:.0f} made).",
        "",
        "| method | time | throughput | vs Saksi |",
        "|---|---|---|---|",
        row("Saksi import (encrypt, SHA-256, provenance, custody, previews, fsync)", seconds),
        row(f"{baselines.GPG_LABEL_CAREFUL}, each file", careful),
        row(f"{baselines.GPG_LABEL_DEFAULTS}, each file", defaults),
        row(f"{baselines.OPENSSL_LABEL}, each file", openssl),
        "",
    ]


# ----------------------------------------------------------------------------- thumbnails and OCR
def _decode(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as image:
        image.load()


OCR_RUNS = 3
OCR_LANGUAGES = ["eng", "khm", "tha"]  # Saksi's default (app.evidence.locker.DEFAULT_OCR_LANGUAGES)


def ocr_seconds(worker: ImageWorker, page: bytes) -> float | None:
    """``ImageWorker.ocr`` (decode in the sandbox, upright, grey, Tesseract) on one image."""
    result = worker.ocr(page, OCR_LANGUAGES)  # the first call loads the language data
    if not result.ok:
        return None
    return median_seconds(lambda: worker.ocr(page, OCR_LANGUAGES), OCR_RUNS)


def tesseract_alone(page: bytes) -> float | None:
    """The baseline: the ``tesseract`` command on the same file, the same languages, one thread."""
    import os
    import shutil
    import subprocess

    binary = shutil.which("tesseract")
    if binary is None:
        return None
    command = [binary, "stdin", "stdout", "-l", "+".join(OCR_LANGUAGES)]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    return median_seconds(
        lambda: subprocess.run(command, input=page, capture_output=True, env=env, check=True), OCR_RUNS
    )


def photographed_page(size: tuple[int, int]) -> bytes:
    """A printed page photographed on a desk: text on paper, a little rotated, over a photographic background."""
    background = photograph(size, seed=11)
    paper = Image.new("RGB", (int(size[0] * 0.8), int(size[1] * 0.8)), (242, 240, 233))
    draw, font = ImageDraw.Draw(paper), _font(size[0] // 45)
    for line in range(40):
        draw.text((paper.width // 12, paper.height // 20 + line * size[0] // 30), _LINE, fill=(25, 25, 30), font=font)
    mask = Image.new("L", paper.size, 255)
    paper, mask = paper.rotate(2.5, expand=True), mask.rotate(2.5, expand=True)
    background.paste(paper, ((size[0] - paper.width) // 2, (size[1] - paper.height) // 2), mask)
    return jpeg(background)


_LINE = "I was promised a job in a hotel. They took my passport and made me work 16 hours."


def run_images() -> list[str]:
    phone_image = photograph(PHOTO_SIZE)
    samples = {
        f"phone photo, {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG": jpeg(phone_image),
        f"camera photo, {CAMERA_SIZE[0]}x{CAMERA_SIZE[1]} JPEG": jpeg(tiled(phone_image, CAMERA_SIZE), camera="Camera"),
        f"chat screenshot, {SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]} PNG": screenshot(SCREENSHOT_SIZE),
    }
    flat = jpeg(Image.new("RGB", CAMERA_SIZE, (90, 120, 150)))
    rows = []
    with ImageWorker() as worker:
        worker.describe(b"")  # start the decoder process outside the timing
        for label, data in samples.items():
            result = worker.describe(data)
            assert result.ok and result.thumbnail_png, result.reason
            thumb = median_seconds(lambda data=data: worker.describe(data), RUNS)
            full = median_seconds(lambda data=data: _decode(data), RUNS)
            size = len(data) / (1 << 20)
            rows.append(
                f"| {label} ({size:.1f} MB) | {thumb * 1000:.0f} ms | {full * 1000:.0f} ms | {thumb / full:.2f}x |"
            )
        flat_thumb = median_seconds(lambda: worker.describe(flat), RUNS)
        shot = samples[f"chat screenshot, {SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]} PNG"]
        page = photographed_page(PHOTO_SIZE)
        ocr_shot, ocr_page = ocr_seconds(worker, shot), ocr_seconds(worker, page)
    alone_shot, alone_page = tesseract_alone(shot), tesseract_alone(page)
    if None in (ocr_shot, ocr_page, alone_shot, alone_page):
        ocr_line = "OCR: not measured (the `tesseract` command is not installed; `make deps` installs it)."
    else:
        assert ocr_shot and ocr_page and alone_shot and alone_page
        ocr_line = (
            f"OCR ({'+'.join(OCR_LANGUAGES)}, one thread, medians of {OCR_RUNS}) in the decoder process against the"
            f" `tesseract` command alone on the same file: a chat screenshot {ocr_shot:.1f} s against"
            f" {alone_shot:.1f} s ({ocr_shot / alone_shot:.2f}x); a photographed page ({PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG)"
            f" {ocr_page:.1f} s against {alone_page:.1f} s ({ocr_page / alone_page:.2f}x). "
            "Saksi reads a photo larger than 2000 px at 2000 px (faster than the full 12 MP); a screenshot is read as it is, grey, after a decode in the sandbox. OCR times on a shared 2-core machine vary a lot between runs; every language added costs more."
        )
    return [
        "## Images",
        "",
        "Thumbnail and metadata in the decoder process (JPEG draft mode, pipe round trip included), against a",
        f"full decode of the same file in this process; medians of {RUNS} runs.",
        "",
        "| image | thumbnail + metadata | full decode (baseline) | ratio |",
        "|---|---|---|---|",
        *rows,
        "",
        f"For comparison, a flat-colour JPEG of {CAMERA_SIZE[0]}x{CAMERA_SIZE[1]} ({len(flat) / (1 << 20):.1f} MB) thumbnails in"
        f" {flat_thumb * 1000:.0f} ms: flat test images flatter the decoder.",
        "",
        ocr_line,
        "",
    ]
