"""What a file says about where, by whom and with what it was made: its revealing metadata.

Read at intake so that the user knows what an evidence file discloses if it ever leaves
the vault (a photo's GPS position, the camera's owner, a document's author). Only the
metadata is read, and only a bounded amount of it: JPEG and PNG from the first few MB,
TIFF's directories from its first few MB, a PDF's document information through pypdf
(which seeks to the trailer, not reading the pages), an Office or OpenDocument file's
property parts through :mod:`zipfile` (each part read up to a limit).

A damaged or unknown file is not an error here: whatever could be read is returned, and
nothing is raised. The values are the user's data: this module neither logs nor keeps them.
"""

from __future__ import annotations

import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal
from xml.etree import ElementTree

if TYPE_CHECKING:
    from PIL.Image import Exif

Kind = Literal["location", "person", "device", "software", "date"]

HEAD_LIMIT = 4 * 1024 * 1024  # bytes read from the start of a JPEG, PNG or TIFF
PART_LIMIT = 1024 * 1024  # bytes read of one XML part (Office, OpenDocument, XMP)
VALUE_LIMIT = 200  # characters of a value kept for showing


@dataclass(frozen=True)
class MetadataItem:
    """One revealing piece of metadata. ``label`` is a stable key (``"location"``,
    ``"camera"``, ``"author"``, …: see :data:`LABELS`) for the interface to name in the
    user's language; ``value`` is the file's own text (coordinates as decimal degrees,
    ``43.2389° N, 76.8897° E``)."""

    kind: Kind
    label: str
    value: str


# Every label, in the order items are listed, with its kind.
LABELS: dict[str, Kind] = {
    "location": "location",
    "author": "person",
    "owner": "person",
    "copyright": "person",
    "last_modified_by": "person",
    "company": "person",
    "camera": "device",
    "serial_number": "device",
    "lens": "device",
    "software": "software",
    "taken": "date",
}


def revealing_metadata(source: Path | str | BinaryIO) -> list[MetadataItem]:
    """The revealing metadata of the file at ``source`` (a path, or a binary stream that
    can seek), each (label, value) once, in :data:`LABELS` order. Never raises for the
    file's content; an unreadable path, or one that is not a regular file (a pipe, a
    device), gives nothing."""
    try:
        if isinstance(source, (str, Path)):
            if not Path(source).is_file():  # a pipe or a device: reading would take from it
                return []
            with open(source, "rb") as stream:
                found = list(_read(stream))
        else:
            found = list(_read(source))
    except Exception:  # a damaged file is not an intake error
        found = []
    return _tidy(found)


def _tidy(found: list[tuple[str, str]]) -> list[MetadataItem]:
    order = list(LABELS)
    seen: set[tuple[str, str]] = set()
    items: list[MetadataItem] = []
    for label, raw in found:
        value = " ".join(raw.replace("\x00", " ").split())[:VALUE_LIMIT]
        if label not in LABELS or not value or (label, value) in seen:
            continue
        seen.add((label, value))
        items.append(MetadataItem(LABELS[label], label, value))
    return sorted(items, key=lambda item: order.index(item.label))


def _read(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    start = stream.read(8)
    stream.seek(0)
    readers: list[tuple[bytes, Callable[[BinaryIO], Iterator[tuple[str, str]]]]] = [
        (b"\xff\xd8", _jpeg),
        (b"\x89PNG\r\n\x1a\n", _png),
        (b"II*\x00", _tiff),
        (b"MM\x00*", _tiff),
        (b"%PDF", _pdf),
        (b"PK\x03\x04", _zipped),
    ]
    for magic, reader in readers:
        if start.startswith(magic):
            yield from _guarded(reader(stream))
            return


def _guarded(items: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """``items`` up to the first failure: what was read before it is kept."""
    try:
        yield from items
    except Exception:  # a damaged file is not an intake error
        return


# EXIF (JPEG, TIFF, PNG's eXIf) --------------------------------------------------------------

_IFD0 = {0x010F: "make", 0x0110: "model", 0x0131: "software", 0x0132: "datetime"}
_IFD0_PEOPLE = {0x013B: "author", 0x8298: "copyright", 0x9C9D: "author"}  # 0x9C9D: XPAuthor
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_EXIF = {
    0x9003: "taken",  # DateTimeOriginal
    0xA430: "owner",  # CameraOwnerName
    0xA431: "serial_number",  # BodySerialNumber
    0xA433: "lens_make",
    0xA434: "lens_model",
    0xA435: "lens_serial_number",
}


def _exif(data: bytes) -> Iterator[tuple[str, str]]:
    """The revealing items of EXIF ``data`` (a TIFF header and its directories)."""
    with warnings.catch_warnings():  # a damaged file's warnings are not worth saying
        warnings.simplefilter("ignore")
        found = _exif_items(data)
    yield from found


def _exif_items(data: bytes) -> list[tuple[str, str]]:
    from PIL import Image  # Pillow comes with reportlab; imported only when needed

    exif = Image.Exif()
    exif.load(data)
    ifd0 = {name: _text(exif.get(tag)) for tag, name in _IFD0.items()}
    items = [(label, _text(exif.get(tag))) for tag, label in _IFD0_PEOPLE.items()]
    sub = _guarded_ifd(exif, _EXIF_IFD)
    found = {name: _text(sub.get(tag)) for tag, name in _EXIF.items()}
    items += [
        ("owner", found["owner"]),
        ("serial_number", found["serial_number"]),
        ("serial_number", found["lens_serial_number"]),
        ("camera", _camera(ifd0["make"], ifd0["model"])),
        ("lens", _camera(found["lens_make"], found["lens_model"])),
        ("software", ifd0["software"]),
        ("taken", found["taken"] or ifd0["datetime"]),
    ]
    gps = _guarded_ifd(exif, _GPS_IFD)
    latitude = _degrees(gps.get(2), gps.get(1), "NS")
    longitude = _degrees(gps.get(4), gps.get(3), "EW")
    if latitude is not None and longitude is not None:
        items.append(("location", _position(latitude, longitude)))
    return items


def _guarded_ifd(exif: Exif, tag: int) -> dict[int, object]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:
        return {}


def _camera(make: str, model: str) -> str:
    """``Apple iPhone 13`` (a model that names its make already is not doubled)."""
    if make and model.lower().startswith(make.lower()):
        return model
    return f"{make} {model}".strip()


def _text(value: object) -> str:
    if isinstance(value, bytes):
        if len(value) >= 2 and value[1::2].count(0) >= len(value) // 4:  # UTF-16LE (XP tags)
            return value.decode("utf-16-le", "replace").rstrip("\x00")
        return value.decode("utf-8", "replace").rstrip("\x00")
    if isinstance(value, tuple):
        return " ".join(_text(v) for v in value)
    if isinstance(value, str):
        try:  # Pillow reads EXIF text as Latin-1; cameras and phones write UTF-8 there
            return value.encode("latin-1").decode("utf-8").strip()
        except UnicodeError:
            return value.strip()
    return str(value) if isinstance(value, int) else ""


def _degrees(value: object, ref: object, sides: str) -> float | None:
    """Degrees, minutes and seconds (EXIF rationals) as signed decimal degrees."""
    if not isinstance(value, tuple) or not value or len(value) > 3:
        return None
    try:
        parts = [float(v) for v in value]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    parts += [0.0] * (3 - len(parts))
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    if degrees != degrees or degrees > 180:  # NaN (a 0/0 rational) or out of range
        return None
    side = _text(ref).upper()[:1]
    return -degrees if side == sides[1] else degrees


def _position(latitude: float, longitude: float) -> str:
    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.4f}° {north}, {abs(longitude):.4f}° {east}"


def _jpeg(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    """The APP1 segments before the image data: EXIF, and XMP."""
    head = stream.read(HEAD_LIMIT)
    at = 2
    while at + 4 <= len(head) and head[at] == 0xFF:
        marker = head[at + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length of their own
            at += 2
            continue
        if marker in (0xDA, 0xD9):  # the image data starts (or the file ends)
            return
        (length,) = struct.unpack(">H", head[at + 2 : at + 4])
        body = head[at + 4 : at + 2 + length]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            yield from _guarded(_exif(body[6:]))
        elif marker == 0xE1 and body.startswith(_XMP_JPEG):
            yield from _xmp(body[len(_XMP_JPEG) :])
        at += 2 + length


def _tiff(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    yield from _exif(stream.read(HEAD_LIMIT))


# PNG ----------------------------------------------------------------------------------------

_PNG_TEXT = {
    "author": "author",
    "artist": "author",
    "copyright": "copyright",
    "software": "software",
    "source": "camera",  # "device used to create the image"
    "creation time": "taken",
}


def _png(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    """Text chunks (tEXt, zTXt, iTXt: Author, Copyright, Software, Source, XMP) and eXIf,
    from the chunks within the first :data:`HEAD_LIMIT` bytes."""
    head = stream.read(HEAD_LIMIT)
    at = 8
    while at + 8 <= len(head):
        length, kind = struct.unpack(">I4s", head[at : at + 8])
        data = head[at + 8 : at + 8 + length]
        at += 12 + length
        if kind == b"IEND":
            return
        if kind == b"eXIf":
            yield from _guarded(_exif(data))
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            keyword, text = _png_text(kind, data)
            if keyword == "xml:com.adobe.xmp":
                yield from _xmp(text.encode("utf-8"))
            elif keyword in _PNG_TEXT:
                yield _PNG_TEXT[keyword], text


def _png_text(kind: bytes, data: bytes) -> tuple[str, str]:
    keyword, _, rest = data.partition(b"\x00")
    name = keyword.decode("latin-1").lower()
    if kind == b"tEXt":
        return name, rest.decode("latin-1")
    if kind == b"zTXt":
        return name, _inflate(rest[1:]).decode("latin-1")
    compressed, _method = rest[:1], rest[1:2]
    _language, _, rest = rest[2:].partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    return name, (_inflate(text) if compressed == b"\x01" else text).decode("utf-8", "replace")


def _inflate(data: bytes) -> bytes:
    """Decompressed, at most :data:`PART_LIMIT` bytes (a small chunk cannot expand to
    gigabytes in memory)."""
    return zlib.decompressobj().decompress(data, PART_LIMIT)


# XMP ----------------------------------------------------------------------------------------

_XMP_JPEG = b"http://ns.adobe.com/xap/1.0/\x00"
_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
_XMP_FIELDS = {
    ("dc", "creator"): "author",
    ("dc", "rights"): "copyright",
    ("xmp", "CreatorTool"): "software",
    ("tiff", "Make"): "make",
    ("tiff", "Model"): "model",
    ("exif", "GPSLatitude"): "latitude",
    ("exif", "GPSLongitude"): "longitude",
    ("photoshop", "DateCreated"): "taken",
}
_XMP_DEGREES = re.compile(r"^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?([NSEW])")


def _xmp(packet: bytes) -> Iterator[tuple[str, str]]:
    """dc:creator and a few more from an XMP packet (as elements or as attributes)."""
    root = _xml(packet[:PART_LIMIT])
    if root is None:
        return
    found: dict[str, str] = {}
    for (prefix, name), key in _XMP_FIELDS.items():
        tag = f"{{{_NS[prefix]}}}{name}"
        for element in root.iter():
            value = element.get(tag)
            if value is None and element.tag == tag:
                items = [li.text or "" for li in element.iter(f"{{{_NS['rdf']}}}li")]
                value = "; ".join(i.strip() for i in items if i.strip()) or (element.text or "")
            if value and value.strip() and key not in found:
                found[key] = value.strip()
    for key in ("author", "copyright", "software", "taken"):
        yield key, found.get(key, "")
    yield "camera", _camera(found.get("make", ""), found.get("model", ""))
    latitude = _xmp_degrees(found.get("latitude", ""))
    longitude = _xmp_degrees(found.get("longitude", ""))
    if latitude is not None and longitude is not None:
        yield "location", _position(latitude, longitude)


def _xmp_degrees(text: str) -> float | None:
    """XMP's ``DDD,MM.mmk`` or ``DDD,MM,SSk`` as signed decimal degrees."""
    match = _XMP_DEGREES.match(text)
    if match is None:
        return None
    degrees, minutes, seconds, side = match.groups()
    value = float(degrees) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
    return -value if side in "SW" else value


def _xml(data: bytes) -> ElementTree.Element | None:
    """The parsed XML, or ``None``; documents declaring entities are refused (expansion
    attacks), so only plain property documents are read."""
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        return None
    start = data.find(b"<")
    try:
        return ElementTree.fromstring(data[max(start, 0) :].rstrip(b"\x00 \t\r\n"))
    except ElementTree.ParseError:
        return _xml_fragment(data)


def _xml_fragment(data: bytes) -> ElementTree.Element | None:
    """The ``<x:xmpmeta>`` or ``<rdf:RDF>`` element of a packet with padding or a
    processing-instruction wrapper that does not parse as one document."""
    for opening, closing in ((b"<x:xmpmeta", b"</x:xmpmeta>"), (b"<rdf:RDF", b"</rdf:RDF>")):
        start, end = data.find(opening), data.rfind(closing)
        if start >= 0 and end > start:
            try:
                return ElementTree.fromstring(data[start : end + len(closing)])
            except ElementTree.ParseError:
                continue
    return None


# PDF ----------------------------------------------------------------------------------------


def _pdf(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    """The document information (Author, Creator, Producer) and the XMP dc:creator.
    (pypdf's warnings about a damaged file name its structure, never its values.)"""
    from pypdf import PdfReader

    reader = PdfReader(stream, strict=False)
    info: Mapping[str, object] = reader.metadata or {}
    yield "author", _pdf_text(info.get("/Author"))
    yield "software", _pdf_text(info.get("/Creator"))
    yield "software", _pdf_text(info.get("/Producer"))
    try:
        xmp = reader.xmp_metadata
        creators = xmp.dc_creator if xmp is not None else None
    except Exception:
        creators = None
    for creator in creators or []:
        yield "author", _pdf_text(creator)


def _pdf_text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


# Office Open XML and OpenDocument -------------------------------------------------------------

_OFFICE_CORE = {
    "{http://purl.org/dc/elements/1.1/}creator": "author",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy": (
        "last_modified_by"
    ),
}
_OFFICE_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


def _zipped(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    """docProps/core.xml (creator, last modified by) and docProps/app.xml (company,
    application) of a docx, xlsx or pptx; meta.xml of an OpenDocument file."""
    with zipfile.ZipFile(stream) as archive:
        names = set(archive.namelist())
        core = _part(archive, "docProps/core.xml", names)
        if core is not None:
            for element in core.iter():
                if element.tag in _OFFICE_CORE:
                    yield _OFFICE_CORE[element.tag], element.text or ""
        app = _part(archive, "docProps/app.xml", names)
        if app is not None:
            for name, label in (("Company", "company"), ("Manager", "author")):
                yield label, app.findtext(_OFFICE_APP + name) or ""
            yield "software", app.findtext(_OFFICE_APP + "Application") or ""
        meta = _part(archive, "meta.xml", names)
        if meta is not None:
            for element in meta.iter():
                if element.tag in (_ODF_META + "initial-creator", _NS_DC_CREATOR):
                    yield "author", element.text or ""
                elif element.tag == _ODF_META + "generator":
                    yield "software", element.text or ""


_NS_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def _part(archive: zipfile.ZipFile, name: str, names: set[str]) -> ElementTree.Element | None:
    if name not in names:
        return None
    try:
        with archive.open(name) as member:
            return _xml(member.read(PART_LIMIT))
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, zlib.error):
        return None
