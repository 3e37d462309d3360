"""Certificate and transcript PDFs, drawn on the server with reportlab in the platform's
embedded fonts (see ``lms.pdf``), so a name renders correctly in any of its scripts, and every
text is shrunk or wrapped to stay inside its box."""

from __future__ import annotations

import io
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from lms.pdf import (
    Block,
    draw_block,
    draw_text,
    fit_block,
    fit_line,
    register_font,
    text_width,
    wrap_text,
)

BRAND = colors.HexColor("#073c50")


def _line(pdf: canvas.Canvas, x: float, y: float, text: str, size: float, max_width: float,
          align: str = "left") -> None:
    """Draw one line of text, shrunk (or cut) to ``max_width``."""
    size, text = fit_line(text, max_width, size)
    draw_text(pdf, x, y, text, size, align=align)


def _centred_block(pdf: canvas.Canvas, x: float, y: float, block: Block) -> None:
    """Draw ``block`` centred on ``x`` with its lines spread evenly about the baseline ``y``."""
    draw_block(pdf, x, y + (len(block.lines) - 1) * block.leading / 2, block, align="centre")


# The certificate's recipient name and course title: (largest size, floor before wrapping,
# most lines before shrinking below the floor, height of their band in points).
NAME_FIT = {"size": 34, "floor": 14, "max_lines": 3, "max_height": 58}
TITLE_FIT = {"size": 22, "floor": 12, "max_lines": 3, "max_height": 44}


# The transcript's columns on an A4 page: (left edge, width), 20 mm margins and 5 mm gaps.
TRANSCRIPT_COLUMNS = {
    "course": (20 * mm, 100 * mm),
    "completed": (125 * mm, 30 * mm),
    "hours": (160 * mm, 30 * mm),
}
HEADER_SIZE = 10
HEADER_LEADING = 1.2


def _header_label(column: str) -> str:
    return {"course": _("Course"), "completed": _("Completed on"), "hours": _("CPD hours")}[column]


def transcript_header_cells() -> list[tuple[float, float, float, list[str]]]:
    """The transcript's column headings in the active language, each wrapped to its column:
    (left edge, width, font size, lines). A word longer than its column makes the heading
    smaller instead of running past the column."""
    cells = []
    for column, (left, width) in TRANSCRIPT_COLUMNS.items():
        text, size = _header_label(column), HEADER_SIZE
        lines = wrap_text(text, size, width)
        while size > 6 and any(text_width(line, size) > width for line in lines):
            size -= 0.5
            lines = wrap_text(text, size, width)
        cells.append((left, width, size, lines))
    return cells


def _hours(value: Decimal) -> str:
    return formats.number_format(value.normalize() if value == value.to_integral() else value)


def certificate_blocks(*, learner_name: str, course_title: str) -> tuple[Block, Block]:
    """The recipient's name and the course title fitted to the certificate's width."""
    max_width = landscape(A4)[0] - 60 * mm
    return (
        fit_block(learner_name, max_width=max_width, **NAME_FIT),
        fit_block(course_title, max_width=max_width, **TITLE_FIT),
    )


def certificate_pdf(*, certificate, course_title: str, verify_url: str) -> bytes:
    register_font()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(_("Certificate of completion"))
    pdf.setAuthor("CityPeers")

    pdf.setStrokeColor(BRAND)
    pdf.setLineWidth(3)
    pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)

    centre, inner = width / 2, width - 60 * mm
    pdf.setFillColor(BRAND)
    _line(pdf, centre, height - 40 * mm, "CityPeers", 20, inner, "centre")
    _line(pdf, centre, height - 60 * mm, _("Certificate of completion"), 30, inner, "centre")

    pdf.setFillColor(colors.black)
    _line(pdf, centre, height - 80 * mm, _("This certifies that"), 14, inner, "centre")
    name, title = certificate_blocks(
        learner_name=certificate.learner_name, course_title=course_title
    )
    _centred_block(pdf, centre, height - 97 * mm, name)
    _line(pdf, centre, height - 112 * mm, _("has completed the course"), 14, inner, "centre")
    _centred_block(pdf, centre, height - 126 * mm, title)

    qr_size = 38 * mm
    footer = width - 30 * mm - qr_size - 5 * mm - 30 * mm  # up to the QR code
    issued = formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
    _line(pdf, 30 * mm, 40 * mm, _("Completed on %(date)s") % {"date": issued}, 12, footer)
    _line(
        pdf,
        30 * mm,
        32 * mm,
        _("Professional-development hours: %(hours)s") % {"hours": _hours(certificate.hours)},
        12,
        footer,
    )
    _line(pdf, 30 * mm, 22 * mm, _("Verify at %(url)s") % {"url": verify_url}, 9, footer)

    widget = QrCodeWidget(verify_url)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(
        qr_size, qr_size, transform=[qr_size / (x2 - x1), 0, 0, qr_size / (y2 - y1), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, pdf, width - 30 * mm - qr_size, 20 * mm)

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def transcript_row(title: str) -> Block:
    """A transcript row's course title wrapped (and if need be shrunk) to its column."""
    return fit_block(title, max_width=TRANSCRIPT_COLUMNS["course"][1], max_height=36, size=10,
                     floor=8, max_lines=3)


def transcript_pdf(*, user, lines, hours: dict) -> bytes:
    register_font()
    buffer = io.BytesIO()
    width, height = A4
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(_("Transcript"))
    pdf.setAuthor("CityPeers")
    inner = width - 40 * mm

    def header(y: float) -> float:
        pdf.setFillColor(BRAND)
        _line(pdf, 20 * mm, y, _("CityPeers transcript"), 18, inner)
        pdf.setFillColor(colors.black)
        y -= 9 * mm
        name = fit_block(user.full_name or user.email, max_width=inner, max_height=29, size=12,
                         floor=10, max_lines=2)
        draw_block(pdf, 20 * mm, y, name)
        y -= 6 * mm + (len(name.lines) - 1) * name.leading
        _line(
            pdf,
            20 * mm,
            y,
            _("Professional-development hours: %(all)s in all, %(year)s this year")
            % {"all": _hours(hours["all"]), "year": _hours(hours["year"])},
            10,
            inner,
        )
        y -= 10 * mm
        cells = transcript_header_cells()
        for left, _width, size, lines in cells:
            for index, text in enumerate(lines):
                draw_text(pdf, left, y - index * size * HEADER_LEADING, text, size)
        y -= max((len(lines) - 1) * size * HEADER_LEADING for _l, _w, size, lines in cells)
        pdf.line(20 * mm, y - 2 * mm, width - 20 * mm, y - 2 * mm)
        return y - 8 * mm

    y = header(height - 25 * mm)
    if not lines:
        _line(pdf, 20 * mm, y, _("No completed courses yet."), 10, inner)
    for line in lines:
        title = transcript_row(line.title)
        extra = (len(title.lines) - 1) * title.leading
        if y - extra < 25 * mm:
            pdf.showPage()
            y = header(height - 25 * mm)
        draw_block(pdf, TRANSCRIPT_COLUMNS["course"][0], y, title)
        issued = formats.date_format(
            timezone.localtime(line.certificate.issued_at), "SHORT_DATE_FORMAT"
        )
        for column, text in (("completed", issued), ("hours", _hours(line.certificate.hours))):
            left, column_width = TRANSCRIPT_COLUMNS[column]
            _line(pdf, left, y, text, 10, column_width)
        y -= 7 * mm + extra
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
