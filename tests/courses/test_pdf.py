"""Certificate and transcript PDFs: the transcript's column headings stay inside their columns
in every language, long names and titles stay inside the page, and names in any script render
with embedded fonts that have their glyphs."""

import io
import unicodedata
from collections import Counter
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from courses.pdf import (
    NAME_FIT,
    TITLE_FIT,
    TRANSCRIPT_COLUMNS,
    certificate_blocks,
    certificate_pdf,
    transcript_header_cells,
    transcript_pdf,
    transcript_row,
)
from lms.pdf import FONT, assign_fonts, has_glyph, layout, register_font, text_width

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


# Certificates and transcripts: long names wrap inside the border, every script has a font.

LONG_NAME = (
    "Maximiliana Kristínka Wolfeschlegelsteinhausenbergerdorff-Horváthová de la Santísima "
    "Trinidad y Zúñiga-Villalobos del Río Grande del Sur"
)
UNBROKEN_NAME = "Ž" * 136
LONG_TITLE = " ".join(["Integrated municipal budgeting, procurement and asset management"] * 5)
SCRIPT_NAMES = {
    "cyrillic": ("Анна Сергеевна Петрова", "WenQuanYi"),
    "arabic": ("محمد عبد الله الهاشمي", "NotoSansArabic"),
    "hebrew": ("שרה כהן", "NotoSansHebrew"),
    "devanagari": ("क्षत्रिय प्रिया अर्जुन श्रीवास्तव", "NotoSansDevanagari"),
    "gujarati": ("ગુજરાત પટેલ", "NotoSansGujarati"),
    "chinese": ("张伟", "WenQuanYi"),
    "emoji": ("Ana 😀 García 🎓👍🏽", "Symbola"),
}


def _certificate(name: str):
    return SimpleNamespace(learner_name=name, hours=Decimal("12.5"), issued_at=timezone.now())


def _certificate_content(name: str, title: str = "Budgeting basics") -> bytes:
    with translation.override("en"):
        return certificate_pdf(certificate=_certificate(name), course_title=title,
                               verify_url="https://city.example.org/verify/ABC123")


def _chunks(content: bytes) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of each text run drawn on the first page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size * tm[0] * cm[0]))

    PdfReader(io.BytesIO(content)).pages[0].extract_text(visitor_text=visit)
    return found


def _embedded_fonts(content: bytes) -> set[str]:
    fonts = PdfReader(io.BytesIO(content)).pages[0]["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]).split("+", 1)[-1] for font in fonts.values()}


def _letters(text: str) -> Counter:
    return Counter(
        char for char in unicodedata.normalize("NFKC", text) if unicodedata.category(char)[0] in "LMN"
    )


@pytest.mark.parametrize("name", [LONG_NAME, UNBROKEN_NAME], ids=["words", "one-word"])
def test_a_136_character_name_and_a_long_title_fit_inside_the_certificate(name):
    assert len(name) == 136
    width, height = landscape(A4)
    max_width = width - 60 * mm
    name_block, title_block = certificate_blocks(learner_name=name, course_title=LONG_TITLE)
    for block, fit in ((name_block, NAME_FIT), (title_block, TITLE_FIT)):
        assert 6 <= block.size <= fit["size"]
        assert 1 < len(block.lines) <= fit["max_lines"]
        assert block.height <= fit["max_height"]
        for line in block.lines:
            assert text_width(line, block.size) <= max_width + 0.01, line
    # Nothing is cut: the lines hold the whole name and title.
    assert "".join(name_block.lines).replace(" ", "") == name.replace(" ", "")
    assert " ".join(title_block.lines) == LONG_TITLE

    chunks = _chunks(_certificate_content(name, LONG_TITLE))
    drawn = "".join(text for text, *_rest in chunks)
    assert name.replace(" ", "") in drawn.replace(" ", "").replace("\n", "")
    for text, x, y, size in chunks:
        # Every run starts and ends inside the border (12 mm from each edge).
        assert 12 * mm < x and x + text_width(text, size) < width - 12 * mm, (text, x, size)
        assert 12 * mm < y < height - 12 * mm
    for block in (name_block, title_block):
        for line in block.lines:
            starts = [x for text, x, _y, _s in chunks if text.strip() and text.strip() in line]
            assert starts and min(starts) >= (width - max_width) / 2 - 0.5


def test_long_course_titles_wrap_inside_the_transcript_column():
    left, column_width = TRANSCRIPT_COLUMNS["course"]
    issued = SimpleNamespace(issued_at=timezone.now(), hours=Decimal("4"))
    lines = [SimpleNamespace(title=LONG_TITLE[: 60 * n], certificate=issued) for n in (1, 2, 4)]
    user = SimpleNamespace(full_name=LONG_NAME, email="z@city.example.org")
    with translation.override("en"):
        content = transcript_pdf(user=user, lines=lines,
                                 hours={"all": Decimal("12"), "year": Decimal("4")})
    for line in lines:
        block = transcript_row(line.title)
        assert all(text_width(text, block.size) <= column_width for text in block.lines)
        assert " ".join(block.lines) == " ".join(line.title.split())
    course_runs = [
        (t, x, s) for t, x, _y, s in _chunks(content)
        if abs(x - left) < 0.5 and (t.strip() in LONG_TITLE or t.strip() == "Course")
    ]
    assert len(course_runs) >= 1 + 1 + 2 + 3  # heading, then one, two and three title lines
    for text, x, size in course_runs:
        assert x + text_width(text, size) <= left + column_width + 0.5, (text, size)
    for text, x, _y, size in _chunks(content):
        assert x + text_width(text, size) <= A4[0] - 20 * mm + 0.5, text


@pytest.mark.parametrize("script", SCRIPT_NAMES)
def test_names_in_every_script_render_with_embedded_fallback_fonts(script):
    name, font_file = SCRIPT_NAMES[script]
    content = _certificate_content(name)
    assert any(font.startswith(font_file) for font in _embedded_fonts(content)), (
        _embedded_fonts(content)
    )
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert not _letters(name) - _letters(text), (name, text)
    if script == "emoji":
        assert "😀" in text and "🎓" in text


@pytest.mark.parametrize(
    "name", [name for name, _font in SCRIPT_NAMES.values()] + ["Ægir ᚠᚢᚦ 𝓐lice", "فاطمة Smith 42"]
)
def test_no_character_of_a_name_is_drawn_as_missing_glyph(name):
    runs = layout(name)
    assert runs
    for run in runs:
        face = pdfmetrics.getFont(run.font).face
        for char in run.text:
            # Each drawn character (shaped glyphs included) has a real glyph in its run's font.
            assert face.charToGlyph.get(ord(char), 0) != 0, (name, run.font, hex(ord(char)))
    for char, font in assign_fonts(name):
        assert has_glyph(font, char), (name, font, char)


def test_right_to_left_names_are_drawn_in_visual_order():
    runs = layout("فاطمة Smith")
    # The Arabic word comes first in reading order, so it is drawn on the right.
    assert [run.font for run in runs] == [FONT, FONT, "CityPeersArabic"]
    assert runs[0].text == "Smith"
    assert unicodedata.normalize("NFKC", runs[2].text) == "فاطمة"[::-1]
