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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from lms.pdf import FONT, register_font

BRAND = colors.HexColor("#073c50")


def _fit(text: str, size: float, max_width: float) -> float:
    while size > 8 and pdfmetrics.stringWidth(text, FONT, size) > max_width:
        size -= 1
    return size


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
        pdf.setFont(FONT, 10)
        pdf.drawString(20 * mm, y, _("Course"))
        pdf.drawString(125 * mm, y, _("Completed on"))
        pdf.drawString(160 * mm, y, _("CPD hours"))
        pdf.line(20 * mm, y - 2 * mm, width - 20 * mm, y - 2 * mm)
        return y - 8 * mm

    y = header(height - 25 * mm)
    if not lines:
        pdf.drawString(20 * mm, y, _("No completed courses yet."))
    for line in lines:
        if y < 25 * mm:
            pdf.showPage()
            y = header(height - 25 * mm)
        pdf.setFont(FONT, _fit(line.title, 10, 100 * mm))
        pdf.drawString(20 * mm, y, line.title)
        pdf.setFont(FONT, 10)
        issued = formats.date_format(
            timezone.localtime(line.certificate.issued_at), "SHORT_DATE_FORMAT"
        )
        pdf.drawString(125 * mm, y, issued)
        pdf.drawString(160 * mm, y, _hours(line.certificate.hours))
        y -= 7 * mm
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
