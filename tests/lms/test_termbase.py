"""The term-base check (lms/termbase.py, run by manage.py check_catalogs in make test)."""

import polib
import pytest

from lms import termbase


@pytest.fixture(scope="module")
def terms():
    return termbase.load_terms()


@pytest.mark.parametrize(
    ("code", "msgid", "translation"),
    [
        ("zh_Hans", "Facilitated cohort", "有导师带领的班次"),  # the mentor's word
        ("zh_Hans", "Learner", "学员"),  # the mentee's word
        ("sk", "Sessions logged", "Zaznamenané stretnutia"),  # the meeting's word, inflected
        ("es", "Your goal", "Su objetivo"),  # the partnership objective's word
    ],
)
def test_another_terms_word_is_refused(terms, code, msgid, translation):
    assert termbase.term_problems(code, msgid, [translation], terms)


@pytest.mark.parametrize(
    ("code", "msgid", "translation"),
    [
        ("zh_Hans", "Facilitated cohort", "由辅导员带领的班次"),
        ("sk", "Sessions logged", "Zaznamenané sedenia"),
        ("es", "Turn this into a case study for the resource library: the lessons.",
         "Conviértalo en un estudio de caso para la biblioteca de recursos: las lecciones."),
        # A string about both terms may use both words.
        ("es", "End the mentorship of %(mentor)s and %(mentee)s", "Terminar la mentoría de %(mentor)s y %(mentee)s"),
        ("sk", "Next meeting", "Najbližšie stretnutie"),
    ],
)
def test_the_term_bases_words_pass(terms, code, msgid, translation):
    assert termbase.term_problems(code, msgid, [translation], terms) == []


def test_half_width_punctuation_between_chinese_characters_is_refused():
    assert termbase.punctuation_problems("Sorry, no.", ["抱歉, 您不能"])
    assert termbase.punctuation_problems("Name:", ["名称:%(name)s"]) == []  # a placeholder
    assert termbase.punctuation_problems("Sorry, no.", ["抱歉，您不能"]) == []


@pytest.mark.parametrize("code", ["es", "zh_Hans", "sk"])
def test_the_catalogs_follow_the_term_base(settings, code):
    path = f"{settings.BASE_DIR}/locale/{code}/LC_MESSAGES/django.po"
    assert termbase.catalog_term_problems(code, polib.pofile(path)) == []


def test_the_term_base_has_the_shared_glossarys_rows(terms):
    english = {form for term in terms for form in term.english}
    for row in ("course", "mentee", "facilitator", "session", "region", "self-assessment"):
        assert row in english
    assert len(terms) >= 40
