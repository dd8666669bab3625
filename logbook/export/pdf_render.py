"""Laying out a :class:`~logbook.export.document.Document` as PDF bytes (reportlab).

- Text is set in PT Sans from the ``fontpkg-pt-sans`` package (never a system font: the
  standard PDF fonts have no Cyrillic, and a system font differs between machines). It
  covers Russian and Kazakh (ӘҒҚҢӨҰҮҺІ) and is embedded, subset, with a Unicode map so
  that text extraction reads it back.
- Every page carries the profile's marking at the top and "Document … · page X of Y" at
  the bottom (the total is known only at the end, so pages are drawn at save), in the
  document's language as the document gives them (``marking``, ``footer``); so are the
  fields' labels (``field_label``) and the PDF's declared language.
- Metadata is neutral: a fixed title, the communication type as subject, "Logbook" as
  creator and producer, no author — never a user name, host or path. Dates are written
  in UTC, so not even the time zone is told. ``deterministic=True`` writes only the day
  and fixes the file identifier (reportlab's ``invariant``): the same document on the
  same day gives the same bytes.

The renderer is pure layout: it writes nothing it was not given in the document.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import fontpkg_pt_sans
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from logbook.core.progress import Progress, no_progress
from logbook.export.document import Block, Document, Text

FONT = "PTSans"
_FONT_FILES = {
    FONT: "PT_Sans-Web-Regular.ttf",
    f"{FONT}-Bold": "PT_Sans-Web-Bold.ttf",
    f"{FONT}-Italic": "PT_Sans-Web-Italic.ttf",
    f"{FONT}-BoldItalic": "PT_Sans-Web-BoldItalic.ttf",
}
CREATOR = "Logbook"
_MARGIN = 20 * mm
_KEEP_FIELDS = 8


@cache
def register_fonts() -> None:
    """Register PT Sans (once per process) with reportlab."""
    folder = Path(fontpkg_pt_sans.__file__).parent / "files"
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Italic",
        boldItalic=f"{FONT}-BoldItalic",
    )


@cache
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, spaceAfter=5)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=18,
            leading=22,
            spaceAfter=12,
            alignment=TA_CENTER,
        ),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "banner": ParagraphStyle(
            "banner",
            base,
            fontName=f"{FONT}-Bold",
            borderWidth=1,
            borderColor=colors.darkred,
            borderPadding=6,
            textColor=colors.darkred,
            spaceBefore=6,
            spaceAfter=14,
        ),
        "field": ParagraphStyle("field", base, spaceAfter=2, leftIndent=8),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
    }


def _markup(text: str) -> str:
    """User text as reportlab paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _paragraph(text: Text | str, style: str) -> Paragraph:
    value = text.value if isinstance(text, Text) else text
    return Paragraph(_markup(value), _styles()[style])


def _block(block: Block, field_label: str = "{label}:") -> list[Flowable]:
    styles = _styles()
    if block.kind in ("subheading", "paragraph", "banner"):
        assert block.text is not None
        return [_paragraph(block.text, "body" if block.kind == "paragraph" else block.kind)]
    if block.kind == "fields":
        lines: list[Flowable] = [
            Paragraph(
                f"<b>{escape(field_label.format(label=label))}</b> {_markup(value.value)}",
                styles["field"],
            )
            for label, value in block.fields
        ]
        return lines
    if block.kind == "bullets":
        items = [
            ListItem(_paragraph(t, "body"), leftIndent=14, bulletFontName=FONT) for t in block.items
        ]
        # The stubs take only flowables; ListFlowable is made for ListItems (not flowables).
        bullets = ListFlowable(
            items,  # type: ignore[arg-type]
            bulletType="bullet",
            bulletFontName=FONT,
            leftIndent=14,
        )
        return [bullets]
    if block.kind == "table":
        return [_table(block)]
    raise ValueError(f"unknown block kind {block.kind!r}")


def _table(block: Block) -> Table:
    rows = [[_paragraph(cell, "cell") for cell in row] for row in block.rows]
    width = A4[0] - 2 * _MARGIN
    table = Table(
        rows, colWidths=[0.08 * width, 0.32 * width, 0.25 * width, 0.35 * width], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def flowables(document: Document) -> list[Flowable]:
    story: list[Flowable] = []
    for section in document.sections:
        if section.new_page and story and not isinstance(story[-1], PageBreak):
            story.append(PageBreak())
        style = "title" if section.key == "cover" else "heading"
        # Headings are kept with what follows them: none may end a page alone.
        held: list[Flowable] = [_paragraph(section.heading, style)]
        for block in section.blocks:
            content = _block(block, document.field_label)
            if block.kind == "subheading":
                held += content
                continue
            # A short list of fields stays in one piece; anything else may break after
            # its first line.
            whole = block.kind == "fields" and len(content) <= _KEEP_FIELDS
            kept, rest = (content, []) if whole else (content[:1], content[1:])
            story.append(KeepTogether([*held, *kept]))
            story += rest
            held = []
        story += held
        if section.key in ("cover", "source"):
            story.append(PageBreak())  # the source page stands alone (ohchr)
        else:
            story.append(Spacer(1, 4))
    return story


def _canvas_class(document: Document, date: datetime) -> type[Canvas]:
    """A canvas that draws the page furniture once the page count is known."""
    formatted = date.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")

    class FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: formatted)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's, not in the stubs

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._furnish(number, total)
                super().showPage()
            super().save()

        def _furnish(self, page: int, pages: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(f"{FONT}-Bold", 8.5)
            self.setFillColor(colors.darkred)
            self.drawCentredString(width / 2, height - 12 * mm, document.marking)
            self.setFont(FONT, 8.5)
            self.setFillColor(colors.black)
            footer = document.footer.format(
                document_id=document.document_id, page=page, pages=pages
            )
            self.drawCentredString(width / 2, 10 * mm, footer)
            self.restoreState()

    return FurnishedCanvas


def render_pdf(
    document: Document,
    *,
    date: datetime,
    deterministic: bool = False,
    progress: Progress = no_progress,
) -> bytes:
    """The PDF of ``document``. ``date`` goes into the metadata (UTC). With
    ``deterministic`` only its day is written and the file identifier is fixed: the same
    document on the same day gives the same bytes. ``progress`` hears of every page
    (pages done, 0: the total is not known before the end) and may stop the rendering
    by raising."""
    register_fonts()
    # Binary streams, not ASCII85 text (reportlab's default): a sixth smaller, and
    # quicker to write and to read back.
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=document.metadata_title,
        subject=document.metadata_subject,
        author="",
        creator=CREATOR,
        producer=CREATOR,
        keywords=[],
        invariant=1 if deterministic else 0,
        initialFontName=FONT,
        lang=document.language,
    )
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height)
    on_page = lambda canvas, doc: progress(doc.page, 0)  # noqa: E731 - reportlab's hook
    template.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    if deterministic:  # the day of the export, not the moment
        date = date.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    canvas_class = _canvas_class(document, date)
    template.build(flowables(document), canvasmaker=canvas_class)
    return buffer.getvalue()
