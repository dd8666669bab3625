"""Revealing metadata read at intake: real files built here, with and without metadata,
and damaged ones (which give what could be read, and never raise)."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin
from pypdf import PdfWriter

from logbook.core.file_metadata import MetadataItem, revealing_metadata

AUTHOR = "Айгерим Сапарова"


def _rational(value: float) -> TiffImagePlugin.IFDRational:
    fraction = Fraction(value).limit_denominator(10000)
    return TiffImagePlugin.IFDRational(fraction.numerator, fraction.denominator)


def _dms(value: float) -> tuple[TiffImagePlugin.IFDRational, ...]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return (_rational(degrees), _rational(minutes), _rational(round(seconds, 4)))


def photo_with_exif(path: Path, *, south_west: bool = False) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 13"  # Model
    exif[0x013B] = AUTHOR.encode()  # Artist, UTF-8 as phones write it
    exif[0x0131] = "17.1"  # Software
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:03:05 14:22:01"  # DateTimeOriginal
    sub[0xA431] = "F2LXK0AAPLJN"  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1] = "S" if south_west else "N"
    gps[2] = _dms(43.2389)
    gps[3] = "W" if south_west else "E"
    gps[4] = _dms(76.8897)
    Image.new("RGB", (8, 8), "red").save(path, "JPEG", exif=exif)
    return path


def by_label(items: list[MetadataItem]) -> dict[str, str]:
    return {item.label: item.value for item in items}


def test_a_photo_s_position_camera_and_author(tmp_path: Path) -> None:
    items = revealing_metadata(photo_with_exif(tmp_path / "photo.jpg"))
    found = by_label(items)
    assert found["location"] == "43.2389° N, 76.8897° E"
    assert found["camera"] == "Apple iPhone 13"
    assert found["author"] == AUTHOR
    assert found["serial_number"] == "F2LXK0AAPLJN"
    assert found["software"] == "17.1"
    assert found["taken"] == "2024:03:05 14:22:01"
    assert items[0] == MetadataItem("location", "location", "43.2389° N, 76.8897° E")
    assert {item.kind for item in items} == {"location", "person", "device", "software", "date"}


def test_southern_and_western_positions(tmp_path: Path) -> None:
    found = by_label(revealing_metadata(photo_with_exif(tmp_path / "p.jpg", south_west=True)))
    assert found["location"] == "43.2389° S, 76.8897° W"


def test_a_stream_is_read_like_a_path(tmp_path: Path) -> None:
    data = photo_with_exif(tmp_path / "photo.jpg").read_bytes()
    assert by_label(revealing_metadata(io.BytesIO(data)))["camera"] == "Apple iPhone 13"


def test_a_tiff_s_exif(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R6"
    exif[0x8298] = "© Bureau".encode()
    path = tmp_path / "scan.tif"
    Image.new("RGB", (4, 4)).save(path, "TIFF", exif=exif)
    found = by_label(revealing_metadata(path))
    assert found["camera"] == "Canon EOS R6"  # the model names its make: not doubled
    assert found["copyright"] == "© Bureau"


def test_a_png_s_text_chunks(tmp_path: Path) -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "A. Bekova")
    info.add_itxt("Software", "Скриншотер 2.0", zip=True)
    info.add_text("Title", "not revealing")
    path = tmp_path / "screen.png"
    Image.new("RGB", (4, 4)).save(path, "PNG", pnginfo=info)
    assert by_label(revealing_metadata(path)) == {
        "author": "A. Bekova",
        "software": "Скриншотер 2.0",
    }


def test_a_png_s_xmp_creator_and_position(tmp_path: Path) -> None:
    from PIL.PngImagePlugin import PngInfo

    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        'exif:GPSLatitude="43,14.334N" exif:GPSLongitude="76,53.382E">'
        f"<dc:creator><rdf:Seq><rdf:li>{AUTHOR}</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp)
    path = tmp_path / "x.png"
    Image.new("RGB", (4, 4)).save(path, "PNG", pnginfo=info)
    found = by_label(revealing_metadata(path))
    assert found["author"] == AUTHOR
    assert found["location"] == "43.2389° N, 76.8897° E"


def test_a_pdf_s_document_information(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_metadata({"/Author": AUTHOR, "/Creator": "Microsoft Word", "/Producer": "macOS"})
    path = tmp_path / "statement.pdf"
    with path.open("wb") as out:
        writer.write(out)
    items = revealing_metadata(path)
    assert [(i.label, i.value) for i in items] == [
        ("author", AUTHOR),
        ("software", "Microsoft Word"),
        ("software", "macOS"),
    ]


def office_file(path: Path, *, creator: str = AUTHOR, company: str = "Бюро") -> Path:
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        "<cp:coreProperties xmlns:cp="
        '"http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>Admin</cp:lastModifiedBy>"
        "</cp:coreProperties>"
    )
    app = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'extended-properties"><Company>{company}</Company>'
        "<Application>Microsoft Office Word</Application></Properties>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("docProps/core.xml", core)
        archive.writestr("docProps/app.xml", app)
        archive.writestr("word/document.xml", "<document/>")
    return path


def test_an_office_document_s_properties(tmp_path: Path) -> None:
    found = by_label(revealing_metadata(office_file(tmp_path / "letter.docx")))
    assert found == {
        "author": AUTHOR,
        "last_modified_by": "Admin",
        "company": "Бюро",
        "software": "Microsoft Office Word",
    }


def test_files_without_metadata_give_nothing(tmp_path: Path) -> None:
    jpeg = tmp_path / "plain.jpg"
    Image.new("RGB", (8, 8)).save(jpeg, "JPEG")
    png = tmp_path / "plain.png"
    Image.new("RGB", (8, 8)).save(png, "PNG")
    text = tmp_path / "notes.txt"
    text.write_text("Author: nobody reads this as metadata")
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    for path in (jpeg, png, text, empty, tmp_path / "missing.jpg"):
        assert revealing_metadata(path) == [], path


def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "video.mp4"
    os.mkfifo(fifo)  # opening it to read would wait for a writer, and take its data
    assert revealing_metadata(fifo) == []


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@pytest.mark.parametrize("cut", [3, 20, 60, 200, -40])
def test_truncated_files_never_raise(tmp_path: Path, cut: int) -> None:
    sources = {
        "photo.jpg": photo_with_exif(tmp_path / "photo.jpg").read_bytes(),
        "letter.docx": office_file(tmp_path / "letter.docx").read_bytes(),
    }
    writer = PdfWriter()
    writer.add_blank_page(10, 10)
    writer.add_metadata({"/Author": AUTHOR})
    pdf = io.BytesIO()
    writer.write(pdf)
    sources["doc.pdf"] = pdf.getvalue()
    for name, data in sources.items():
        path = tmp_path / f"cut-{name}"
        path.write_bytes(data[:cut])
        assert isinstance(revealing_metadata(path), list)


def test_garbage_behind_a_known_signature_gives_nothing(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 64
    for magic in (
        b"\xff\xd8\xff\xe1",
        b"\x89PNG\r\n\x1a\n",
        b"II*\x00",
        b"%PDF-1.7",
        b"PK\x03\x04",
    ):
        path = tmp_path / "garbage"
        path.write_bytes(magic + garbage)
        assert revealing_metadata(path) == [], magic


def test_a_damaged_png_keeps_what_came_before_the_damage(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"tEXt", b"Author\x00A. Bekova")
    png += _png_chunk(b"zTXt", b"Software\x00\x00not zlib at all")  # damaged
    path = tmp_path / "damaged.png"
    path.write_bytes(png)
    assert by_label(revealing_metadata(path)) == {"author": "A. Bekova"}


def test_a_zip_bomb_part_is_read_only_up_to_a_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("docProps/core.xml", b"<a>" + b" " * 5_000_000 + b"</a>")
    assert revealing_metadata(path) == []


def test_entity_declarations_are_not_expanded(tmp_path: Path) -> None:
    core = (
        '<!DOCTYPE cp [<!ENTITY a "aaaaaaaaaa">]><cp:coreProperties xmlns:cp="x" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>&a;</dc:creator>'
        "</cp:coreProperties>"
    )
    path = tmp_path / "entity.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("docProps/core.xml", core)
    assert revealing_metadata(path) == []
