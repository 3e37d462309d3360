"""The transcript PDF's column headings stay inside their columns in every language."""

import io
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from courses.pdf import TRANSCRIPT_COLUMNS, transcript_header_cells, transcript_pdf
from lms.pdf import FONT, register_font

LANGUAGES = ["en", "es", "zh-hans", "sk"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_heading_line_fits_its_column(language):
    register_font()
    with translation.override(language):
        cells = transcript_header_cells()
    assert len(cells) == len(TRANSCRIPT_COLUMNS)
    for _left, width, size, lines in cells:
        assert lines
        for line in lines:
            assert stringWidth(line, FONT, size) <= width, (language, line)


def test_columns_stay_inside_the_margins_without_overlapping():
    edges = sorted(TRANSCRIPT_COLUMNS.values())
    assert edges[0][0] >= 20 * mm
    for (left, width), (next_left, _next_width) in zip(edges, edges[1:], strict=False):
        assert left + width < next_left
    last_left, last_width = edges[-1]
    assert last_left + last_width <= A4[0] - 20 * mm


def _drawn_text(content: bytes) -> list[tuple[str, float, float]]:
    """(text, x, font size) of each string drawn on the first page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + cm[4], size * tm[0] * cm[0]))

    PdfReader(io.BytesIO(content)).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("language", ["es", "sk"])
def test_rendered_transcript_headings_end_inside_their_columns(language):
    user = SimpleNamespace(full_name="Zuzana Horváthová", email="z@city.example.org")
    with translation.override(language):
        content = transcript_pdf(user=user, lines=[],
                                 hours={"all": Decimal("12"), "year": Decimal("4.5")})
        headings = {translation.gettext(text) for text in ("Course", "Completed on", "CPD hours")}
    drawn = _drawn_text(content)
    checked = 0
    for left, width in TRANSCRIPT_COLUMNS.values():
        for text, x, size in drawn:
            if abs(x - left) < 0.5 and any(text in heading for heading in headings):
                assert x + stringWidth(text, FONT, size) <= left + width + 0.5, (text, size)
                checked += 1
    assert checked >= 3
    # Every word of each heading is drawn.
    words = " ".join(text for text, _x, _size in drawn)
    for heading in headings:
        for word in heading.split():
            assert word in words
