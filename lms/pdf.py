"""PDF fonts and text layout shared by certificates, transcripts and generated documents.

The main font, WenQuanYi Micro Hei (``lms/fonts/``, Apache-2.0), covers Latin with every
Slovak and Spanish diacritic, Greek, Cyrillic, Simplified Chinese and Hangul. Fallback fonts,
also vendored in ``lms/fonts/`` with their licences (nothing is fetched at run time), cover
Arabic, Hebrew, the Indic scripts, Thai, Georgian, Armenian, and emoji and symbols (Symbola,
monochrome). reportlab embeds only the glyphs a document uses.

``layout`` splits a string into runs by the font that has each character, shapes the runs of
complex scripts with HarfBuzz (Arabic joining, Devanagari conjuncts), and orders runs
right to left where the Unicode bidi algorithm says so. ``text_width``, ``wrap_text``,
``fit_block`` and ``draw_text`` measure, wrap and draw such strings, so centring and fitting see
the same widths that are drawn. A character no font has is never drawn as a missing-glyph box:
emoji modifiers and joiners are dropped, and an unknown letter becomes ``?``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapedStr, TTFont, shapeFragWord

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_PATH = FONT_DIR / "wqy-microhei.ttc"
FONT = "CityPeersSans"

# Fallbacks in the order they are tried after FONT: (name, file, shaped with HarfBuzz).
FALLBACK_FONTS: tuple[tuple[str, str, bool], ...] = (
    ("CityPeersArabic", "NotoSansArabic-Regular.ttf", True),
    ("CityPeersHebrew", "NotoSansHebrew-Regular.ttf", True),
    ("CityPeersDevanagari", "NotoSansDevanagari-Regular.ttf", True),
    ("CityPeersGujarati", "NotoSansGujarati-Regular.ttf", True),
    ("CityPeersBengali", "NotoSansBengali-Regular.ttf", True),
    ("CityPeersGurmukhi", "NotoSansGurmukhi-Regular.ttf", True),
    ("CityPeersTamil", "NotoSansTamil-Regular.ttf", True),
    ("CityPeersThai", "NotoSansThai-Regular.ttf", True),
    ("CityPeersGeorgian", "NotoSansGeorgian-Regular.ttf", False),
    ("CityPeersArmenian", "NotoSansArmenian-Regular.ttf", False),
    ("CityPeersSymbols", "symbola-emoji.ttf", False),
)
FONTS: tuple[str, ...] = (FONT, *(name for name, _file, _shaped in FALLBACK_FONTS))
SHAPED_FONTS = frozenset(name for name, _file, shaped in FALLBACK_FONTS if shaped)

# Shaping features: no discretionary ligatures, so "محمد" stays a name and not the ﷴ sign.
_FEATURES = {"kern": True, "liga": True}
_JOINERS = frozenset("\u200c\u200d")
_PUA = range(0xE000, 0xF900)
SUBSTITUTE = "?"


def _dropped(char: str) -> bool:
    """Invisible characters that only change how emoji look, or that steer bidi explicitly."""
    code = ord(char)
    return (
        0xFE00 <= code <= 0xFE0F  # variation selectors (emoji or text presentation)
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
        or 0xE0000 <= code <= 0xE007F  # tags (subdivision flags)
        or char in "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        or unicodedata.category(char) in ("Cc", "Co", "Cs", "Cn")
    )


class _Font(TTFont):
    """A TTFont whose ToUnicode map spells the glyphs that shaping made (conjuncts, ligatures)
    as the text they stand for, and code points beyond U+FFFF as UTF-16, so that a drawn name
    can be copied and searched."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.spellings: dict[int, str] = {}

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab's name
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            base = b"".join(
                (SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
            ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset, self.spellings)


def _to_unicode_cmap(name: str, subset: list[int], spellings: dict[int, str]) -> str:
    def utf16(code: int) -> str:
        text = spellings.get(code) or chr(code)
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_font() -> str:
    """Register the main font and its fallbacks with reportlab; return the main font's name."""
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered:
        pdfmetrics.registerFont(_Font(FONT, str(FONT_PATH), subfontIndex=0))
    for name, filename, shaped in FALLBACK_FONTS:
        if name not in registered:
            pdfmetrics.registerFont(_Font(name, str(FONT_DIR / filename), shapable=shaped))
    return FONT


def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` maps ``char`` to a real glyph (not .notdef). Private-use characters
    never count: shaping gives them to the glyphs it makes."""
    code = ord(char)
    return code not in _PUA and pdfmetrics.getFont(font).face.charToGlyph.get(code, 0) != 0


def _font_for(char: str) -> str | None:
    return next((font for font in FONTS if has_glyph(font, char)), None)


def assign_fonts(text: str) -> list[tuple[str, str]]:
    """(character, font) for each character drawn for ``text``: a mark or joiner stays in its
    base's font, characters no font has are replaced or dropped, whitespace becomes a space."""
    register_font()
    out: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.category(char).startswith("Z") or char in "\t\n\r":
            char = " "
        elif _dropped(char):
            continue
        previous = out[-1][1] if out else None
        if char in _JOINERS:
            if previous in SHAPED_FONTS and has_glyph(previous, char):
                out.append((char, previous))
            continue
        if unicodedata.category(char).startswith("M") and previous and has_glyph(previous, char):
            out.append((char, previous))
            continue
        font = _font_for(char)
        if font:
            out.append((char, font))
            continue
        compatible = unicodedata.normalize("NFKC", char)
        if compatible != char and all(_font_for(part) for part in compatible):
            out.extend((part, _font_for(part)) for part in compatible)
        elif unicodedata.category(char)[0] in "LN":
            out.append((SUBSTITUTE, FONT))
        # Anything else no font has (an emoji newer than Symbola, a stray mark) is dropped.
    return out


def base_level(text: str) -> int:
    """The bidi paragraph level of ``text``: 1 if its first strong character is right to left."""
    return bidi_algorithm.get_base_level(text)


def _levels(text: str, base: int) -> list[int]:
    """The resolved bidi embedding level of each character of ``text`` (rules X1-I2)."""
    if base == 0 and not any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text):
        return [0] * len(text)
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    resolved, last = [], base
    for level in levels:  # characters the algorithm removed (joiners) keep their neighbour's
        last = level if level is not None else last
        resolved.append(last)
    return resolved


@dataclass(frozen=True)
class Run:
    """A piece of a line drawn in one font, in visual order; ``advance`` is its width at
    1000 pt."""

    font: str
    text: str
    advance: float


def _shape(text: str, font: str) -> str:
    """``text`` shaped by HarfBuzz in ``font``: a ShapedStr in visual order, or ``text``."""
    word = [0, (ABag(fontName=font, fontSize=1000), text)]
    shaped = shapeFragWord(word, features=_FEATURES)
    if shaped is word or len(shaped) != 2:
        return text
    result = shaped[1][1]
    if isinstance(result, ShapedStr):
        _record_spellings(text, result, pdfmetrics.getFont(font))
    return result


def _record_spellings(text: str, shaped: ShapedStr, font: _Font) -> None:
    """Remember the text each private-use glyph (a conjunct, a ligature) stands for: what is
    left of its cluster once the other glyphs have their own text."""
    spellings = getattr(font, "spellings", None)
    if spellings is None:
        return
    starts = sorted({data.cluster for data in shaped.__shapeData__})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    clusters: dict[int, list[str]] = {}
    for char, data in zip(shaped, shaped.__shapeData__, strict=True):
        clusters.setdefault(data.cluster, []).append(char)
    for start, chars in clusters.items():
        private = [c for c in chars if ord(c) in _PUA and c not in text]
        if not private:
            continue
        rest = text[start : ends[start]]
        for char in chars:
            if char not in private:
                rest = rest.replace(char, "", 1)
        unknown = []
        for char in private:
            known = spellings.get(ord(char))
            if known is None:
                unknown.append(char)
            elif known in rest:
                rest = rest.replace(known, "", 1)
        if len(unknown) > 1:  # find the piece of the cluster that each glyph shapes from alone
            pieces = [rest[i:j] for i in range(len(rest)) for j in range(i + 2, len(rest) + 1)]
            for char in list(unknown):
                piece = next((p for p in pieces if _shape(p, font.fontName) == char), None)
                if piece is not None and piece in rest:
                    spellings[ord(char)] = piece
                    rest = rest.replace(piece, "", 1)
                    unknown.remove(char)
        if len(unknown) == 1:
            spellings[ord(unknown[0])] = rest


@lru_cache(maxsize=2048)
def layout(text: str, base: int | None = None) -> tuple[Run, ...]:
    """``text`` as runs in visual (left-to-right drawing) order, each in a font that has all of
    its glyphs; ``base`` is the bidi paragraph level (from ``text`` when None)."""
    chars = assign_fonts(text)
    if not chars:
        return ()
    drawn = "".join(char for char, _font in chars)
    levels = _levels(drawn, base_level(drawn) if base is None else base)
    logical: list[tuple[str, int, str]] = []
    for (char, font), level in zip(chars, levels, strict=True):
        if logical and logical[-1][0] == font and logical[-1][1] == level:
            logical[-1] = (font, level, logical[-1][2] + char)
        else:
            logical.append((font, level, char))
    runs: list[tuple[int, Run]] = []
    for font, level, piece in logical:
        if font in SHAPED_FONTS and any(
            unicodedata.bidirectional(char) in ("L", "R", "AL") for char in piece
        ):
            visual = _shape(piece, font)
        elif level % 2:
            visual = "".join(MIRRORED.get(char, char) for char in reversed(piece))
        else:
            visual = piece
        if isinstance(visual, ShapedStr):
            advance = float(sum(data.x_advance for data in visual.__shapeData__))
        else:
            advance = pdfmetrics.stringWidth(visual, font, 1000)
        runs.append((level, Run(font, visual, advance)))
    # Rule L2: reverse every sequence of runs at or above each odd level, highest first.
    highest = max(level for level, _run in runs)
    lowest_odd = min((level for level, _run in runs if level % 2), default=highest + 1)
    for target in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index][0] >= target:
                end = index
                while end < len(runs) and runs[end][0] >= target:
                    end += 1
                runs[index:end] = reversed(runs[index:end])
                index = end
            else:
                index += 1
    return tuple(run for _level, run in runs)


def text_width(text: str, size: float, base: int | None = None) -> float:
    """The drawn width of ``text`` at ``size`` points, summed over its runs."""
    return sum(run.advance for run in layout(text, base)) * size / 1000


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, align: str = "left",
    base: int | None = None,
) -> float:
    """Draw ``text`` run by run with its baseline at ``y``: starting at ``x``, centred on it
    (``align="centre"``) or ending at it (``"right"``). Return the drawn width."""
    runs = layout(text, base)
    width = sum(run.advance for run in runs) * size / 1000
    x -= {"left": 0, "centre": width / 2, "right": width}[align]
    for run in runs:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += run.advance * size / 1000
    return width


def _breakable(text: str, index: int) -> bool:
    """Whether a line may break between ``text[index - 1]`` and ``text[index]``: never before a
    mark or after a virama, nor next to a joiner."""
    before, after = text[index - 1], text[index]
    return not (
        unicodedata.category(after).startswith("M")
        or before in _JOINERS
        or after in _JOINERS
        or unicodedata.combining(before) == 9  # virama: the next consonant is a conjunct
    )


def _split_word(word: str, size: float, max_width: float, base: int) -> list[str]:
    """A word wider than ``max_width`` cut into pieces that fit (CJK, Thai, one long word)."""
    pieces: list[str] = []
    while word:
        cuts = [i for i in range(1, len(word)) if _breakable(word, i)] + [len(word)]
        low, high = 0, len(cuts) - 1  # the longest prefix that fits, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            if text_width(word[: cuts[middle]], size, base) <= max_width:
                low = middle
            else:
                high = middle - 1
        cut = cuts[low]
        pieces.append(word[:cut])
        word = word[cut:]
    return pieces


def wrap_text(text: str, size: float, max_width: float, base: int | None = None) -> list[str]:
    """``text`` broken into lines no wider than ``max_width`` at ``size``: at spaces, and inside
    a word only where it is too long for a line."""
    base = base_level(text) if base is None else base
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size, base) <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = [word] if text_width(word, size, base) <= max_width else _split_word(
            word, size, max_width, base
        )
        lines.extend(pieces[:-1])
        line = pieces[-1]
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Block:
    """Lines of text fitted to a box, all at one size; ``base`` is their bidi paragraph
    level."""

    size: float
    leading: float
    lines: tuple[str, ...]
    base: int

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def fit_block(
    text: str, *, max_width: float, max_height: float, size: float, floor: float,
    max_lines: int = 3, min_size: float = 6, leading: float = 1.2,
) -> Block:
    """``text`` fitted to ``max_width`` × ``max_height``: one line shrinking from ``size`` to
    ``floor``, then up to ``max_lines`` lines shrinking further to ``min_size``, then as many
    lines at ``min_size`` as the height holds, the last one cut with an ellipsis."""
    text = " ".join(text.split())
    base = base_level(text)
    step = 0.5
    current = size
    while current >= min_size:
        if text_width(text, current, base) <= max_width and current * leading <= max_height:
            return Block(current, current * leading, (text,), base)
        if current <= floor:
            lines = wrap_text(text, current, max_width, base)
            if len(lines) <= max_lines and len(lines) * current * leading <= max_height:
                return Block(current, current * leading, tuple(lines), base)
        current -= step
    current = min_size
    room = max(1, int(max_height // (current * leading)))
    lines = wrap_text(text, current, max_width, base)
    if len(lines) > room:
        last = lines[room - 1]
        while last and text_width(last + "…", current, base) > max_width:
            last = last[:-1]
        lines = [*lines[: room - 1], last.rstrip() + "…"]
    return Block(current, current * leading, tuple(lines), base)


def draw_block(canvas: Canvas, x: float, y: float, block: Block, *, align: str = "left") -> None:
    """Draw ``block``'s lines downwards from the first baseline ``y``, aligned on ``x``."""
    for index, line in enumerate(block.lines):
        draw_text(canvas, x, y - index * block.leading, line, block.size, align=align,
                  base=block.base)


def fit_line(text: str, max_width: float, size: float, min_size: float = 6) -> tuple[float, str]:
    """(size, text) for a one-line slot: ``text`` shrunk from ``size`` towards ``min_size`` until
    it fits ``max_width``, and cut with an ellipsis if even ``min_size`` is too wide."""
    text = " ".join(text.split())
    while size > min_size and text_width(text, size) > max_width:
        size = max(min_size, size - 0.5)
    if text_width(text, size) > max_width:
        base = base_level(text)
        while text and text_width(text + "…", size, base) > max_width:
            text = text[:-1]
        text = text.rstrip() + "…"
    return size, text
