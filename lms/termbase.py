"""The term base (``docs/termbase.md``, the project's copy of the shared glossary) as data, and
the checks a machine can make against it (run by ``manage.py check_catalogs``):

* a msgid that contains a term's English words must not be translated with the word of
  another term whose English words it does not contain (导师, the mentor's word, in a string
  about facilitators);
* Chinese translations use full-width punctuation: no half-width ``,`` ``:`` ``(`` ``)``
  between Chinese characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

TERMBASE = Path(settings.BASE_DIR) / "docs" / "termbase.md"
COLUMNS = {"es": 1, "zh_Hans": 2, "sk": 3}
HAN = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
HALF_WIDTH_BETWEEN_HAN = re.compile(rf"(?<={HAN})\s*[,:;()]\s*(?={HAN})|(?<={HAN})\((?=\S)")


@dataclass(frozen=True)
class Term:
    english: tuple[str, ...]  # the English forms ("enrolment", "enrol")
    words: dict[str, tuple[str, ...]]  # per catalog language, its forms

    def in_msgid(self, msgid: str) -> bool:
        return any(_english_pattern(form).search(msgid) for form in self.english)


def _forms(cell: str) -> tuple[str, ...]:
    cell = re.sub(r"\(.*?\)", "", cell)  # "(the place)", "(mentoring)"
    return tuple(form.strip().lower() for form in cell.split("/") if form.strip())


def _english_pattern(form: str) -> re.Pattern:
    words = [re.escape(word) for word in form.split()]
    # "enrol" also finds "enrolled"/"enrolment"; "mentor" not "mentorship" (a row of its own).
    return re.compile(r"\b" + r"\s+".join(words) + r"(s|es|ed|ing|ment|ments)?\b", re.I)


def load_terms(path: Path = TERMBASE) -> list[Term]:
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("English", "---") or set(cells[0]) <= {"-", " "}:
            continue
        terms.append(
            Term(
                english=_forms(cells[0]),
                words={code: _forms(cells[column]) for code, column in COLUMNS.items()},
            )
        )
    return terms


VOWELS = "aeiouyáéíóúýäô"


def _plain(text: str) -> str:
    """Lower case without diacritics ("reunión" and "reuniones" compare alike)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _stem(word: str) -> str:
    """A Slovak word without its ending vowels, so that its inflected forms match
    ("stretnutie", "stretnutia"; "sedenie", "sedení")."""
    stripped = word.rstrip(VOWELS)
    return stripped if len(stripped) >= 4 else word


def _says(code: str, word: str, text: str) -> bool:
    """Chinese: the word anywhere. Spanish and Slovak: each of its words starting a word of
    the text, in any inflected form ("kurz" in "kurzu", "curso" not in "recursos")."""
    if code == "zh_Hans":
        return word in text
    stem = _stem if code == "sk" else (lambda part: part)  # Spanish: plurals add -s/-es
    pattern = r"\s+".join(
        r"(?<!\w)" + re.escape(stem(_plain(part))) + r"\w*" for part in word.split()
    )
    return re.search(pattern, _plain(text)) is not None


def term_problems(code: str, msgid: str, translations: list[str], terms: list[Term]) -> list[str]:
    """Another term's word in the translation of a string that speaks of this term only."""
    problems = []
    text = " ".join(translations).lower()
    present = [term for term in terms if term.in_msgid(msgid)]
    # Words the string may use: those of every term it speaks of (two rows may share one).
    licensed = {word for term in present for word in term.words[code]}
    for term in present:
        own = term.words[code]
        for other in terms:
            if other in present:
                continue
            for word in other.words[code]:
                if any(word in mine or mine in word for mine in licensed):
                    continue  # the same word (or part of it) in a row it speaks of
                if _says(code, word, text) and not any(_says(code, mine, text) for mine in own):
                    problems.append(
                        f"{code}: {msgid!r} speaks of {term.english[0]!r} but says {word!r} "
                        f"({other.english[0]!r}); the term base has {' / '.join(own)!r}"
                    )
    return problems


def punctuation_problems(msgid: str, translations: list[str]) -> list[str]:
    return [
        f"zh_Hans: half-width punctuation between Chinese characters in {msgid!r}: {text!r}"
        for text in translations
        if HALF_WIDTH_BETWEEN_HAN.search(text)
    ]


def catalog_term_problems(code: str, catalog, terms: list[Term] | None = None) -> list[str]:
    terms = load_terms() if terms is None else terms
    problems: list[str] = []
    for entry in catalog:
        if entry.obsolete or not entry.translated():
            continue
        translations = (
            list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        )
        msgid = f"{entry.msgid} {entry.msgid_plural}".strip()
        problems.extend(term_problems(code, msgid, translations, terms))
        if code == "zh_Hans":
            problems.extend(punctuation_problems(msgid, translations))
    return problems
