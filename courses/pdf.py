"""Certificate and transcript PDFs, drawn on the server with reportlab in the platform's
embedded font (see ``lms.pdf``), so a name renders correctly in any of its scripts."""

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
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from lms.pdf import FONT, register_font

BRAND = colors.HexColor("#073c50")


def _fit(text: str, size: float, max_width: float) -> float:
    while size > 8 and pdfmetrics.stringWidth(text, FONT, size) > max_width:
        size -= 1
    return size


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
        lines = simpleSplit(text, FONT, size, width)
        while size > 6 and any(pdfmetrics.stringWidth(line, FONT, size) > width for line in lines):
            size -= 0.5
            lines = simpleSplit(text, FONT, size, width)
        cells.append((left, width, size, lines))
    return cells


def _hours(value: Decimal) -> str:
    return formats.number_format(value.normalize() if value == value.to_integral() else value)


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

    pdf.setFillColor(BRAND)
    pdf.setFont(FONT, 20)
    pdf.drawCentredString(width / 2, height - 40 * mm, "CityPeers")
    pdf.setFont(FONT, 30)
    pdf.drawCentredString(width / 2, height - 60 * mm, _("Certificate of completion"))

    pdf.setFillColor(colors.black)
    pdf.setFont(FONT, 14)
    pdf.drawCentredString(width / 2, height - 80 * mm, _("This certifies that"))
    name_size = _fit(certificate.learner_name, 34, width - 60 * mm)
    pdf.setFont(FONT, name_size)
    pdf.drawCentredString(width / 2, height - 97 * mm, certificate.learner_name)
    pdf.setFont(FONT, 14)
    pdf.drawCentredString(width / 2, height - 112 * mm, _("has completed the course"))
    title_size = _fit(course_title, 22, width - 60 * mm)
    pdf.setFont(FONT, title_size)
    pdf.drawCentredString(width / 2, height - 126 * mm, course_title)

    issued = formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")
    pdf.setFont(FONT, 12)
    pdf.drawString(30 * mm, 40 * mm, _("Completed on %(date)s") % {"date": issued})
    pdf.drawString(
        30 * mm,
        32 * mm,
        _("Professional-development hours: %(hours)s") % {"hours": _hours(certificate.hours)},
    )
    pdf.setFont(FONT, 9)
    pdf.drawString(30 * mm, 22 * mm, _("Verify at %(url)s") % {"url": verify_url})

    widget = QrCodeWidget(verify_url)
    x1, y1, x2, y2 = widget.getBounds()
    size = 38 * mm
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, pdf, width - 30 * mm - size, 20 * mm)

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def transcript_pdf(*, user, lines, hours: dict) -> bytes:
    register_font()
    buffer = io.BytesIO()
    width, height = A4
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(_("Transcript"))
    pdf.setAuthor("CityPeers")

    def header(y: float) -> float:
        pdf.setFillColor(BRAND)
        pdf.setFont(FONT, 18)
        pdf.drawString(20 * mm, y, _("CityPeers transcript"))
        pdf.setFillColor(colors.black)
        pdf.setFont(FONT, 12)
        y -= 9 * mm
        pdf.drawString(20 * mm, y, user.full_name or user.email)
        y -= 6 * mm
        pdf.setFont(FONT, 10)
        pdf.drawString(
            20 * mm,
            y,
            _("Professional-development hours: %(all)s in all, %(year)s this year")
            % {"all": _hours(hours["all"]), "year": _hours(hours["year"])},
        )
        y -= 10 * mm
        cells = transcript_header_cells()
        for left, _width, size, lines in cells:
            pdf.setFont(FONT, size)
            for index, text in enumerate(lines):
                pdf.drawString(left, y - index * size * HEADER_LEADING, text)
        y -= max((len(lines) - 1) * size * HEADER_LEADING for _l, _w, size, lines in cells)
        pdf.line(20 * mm, y - 2 * mm, width - 20 * mm, y - 2 * mm)
        return y - 8 * mm

    y = header(height - 25 * mm)
    if not lines:
        pdf.drawString(20 * mm, y, _("No completed courses yet."))
    for line in lines:
        if y < 25 * mm:
            pdf.showPage()
            y = header(height - 25 * mm)
        pdf.setFont(FONT, _fit(line.title, 10, TRANSCRIPT_COLUMNS["course"][1]))
        pdf.drawString(TRANSCRIPT_COLUMNS["course"][0], y, line.title)
        pdf.setFont(FONT, 10)
        issued = formats.date_format(
            timezone.localtime(line.certificate.issued_at), "SHORT_DATE_FORMAT"
        )
        pdf.drawString(TRANSCRIPT_COLUMNS["completed"][0], y, issued)
        pdf.drawString(TRANSCRIPT_COLUMNS["hours"][0], y, _hours(line.certificate.hours))
        y -= 7 * mm
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
