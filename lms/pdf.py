"""The PDF font shared by certificates, transcripts and generated documents.

WenQuanYi Micro Hei (``lms/fonts/``, Apache-2.0) covers Latin with all Slovak and Spanish
diacritics and Simplified Chinese, so one font renders names and text in every language of the
platform; reportlab embeds only the glyphs a document uses.
"""

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_PATH = Path(__file__).resolve().parent / "fonts" / "wqy-microhei.ttc"
FONT = "CityPeersSans"


def register_font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))
    return FONT
