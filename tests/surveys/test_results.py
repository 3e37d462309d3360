"""Survey results for coordinators: counts, percentages and distributions in every language
together, filterable, never for a group smaller than the minimum, on every door (page, CSV,
XLSX); exports anonymised and safe to open in a spreadsheet."""

import csv
import io

import pytest
from openpyxl import load_workbook

from surveys import selectors
from surveys.models import Question
from tests.factories import (
    UserFactory,
    make_coordinator,
    make_questionnaire,
    make_results_viewer,
    submitted_response,
    url_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    return make_questionnaire(title_en="Workforce")


def _answer(survey, n, **fields):
    choices = {
        "Do you plan?": "Yes" if n % 3 else "No",
        "Which skills?": ["A", "B"] if n % 2 else ["C"],
        "I like my job.": 1 + n % 5,
        "How many staff?": 10 + n,
    }
    choices.update(fields.pop("choices", {}))
    return submitted_response(survey, choices=choices, **fields)


def test_counts_and_percentages_in_every_language_together(survey):
    for n in range(6):
        _answer(survey, n, language=["en", "es", "zh-hans", "sk"][n % 4])
    results = selectors.survey_results(questionnaire=survey, filters=selectors.ResultFilters())
    assert results.total == 6 and not results.suppressed
    by_text = {item.question.text: item for s in results.sections for item in s.questions}
    plan = {o.option.label: (o.count, o.percent) for o in by_text["Do you plan?"].options}
    assert plan == {"Yes": (4, 67), "No": (2, 33)}
    skills = {o.option.label: o.count for o in by_text["Which skills?"].options}
    assert skills == {"A": 3, "B": 3, "C": 3}
    assert by_text["Which skills?"].answered == 6
    assert [count for _p, count, _pc in by_text["I like my job."].scale] == [2, 1, 1, 1, 1]
    assert by_text["How many staff?"].median == 12.5


def test_a_group_below_the_minimum_shows_nothing(client, survey):
    for n in range(6):
        _answer(survey, n, country="MX", region="latin_america")
    for n in range(2):
        _answer(
            survey,
            n,
            country="HU",
            region="europe",
            choices={"A practice?": "Only our mayor in Tiszahalom does this."},
        )
    viewer = make_results_viewer("europe")
    client.force_login(viewer)
    page = client.get(url_in("en", "surveys:results", survey.slug), {"country": "HU"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "results are shown only for groups of at least 5" in html
    assert "Tiszahalom" not in html
    assert "Do you plan?" not in html
    # The export refuses the same group.
    for name in ("surveys:export_csv", "surveys:export_xlsx"):
        export = client.get(url_in("en", name, survey.slug), {"country": "HU"})
        assert export.status_code == 302
    whole = client.get(url_in("en", "surveys:results", survey.slug)).content.decode()
    assert "8 responses in this group." in whole
    assert "Tiszahalom" in whole


def test_filters_by_region_country_language_and_role(survey):
    for n in range(5):
        _answer(survey, n, region="europe", country="SK", language="sk", role="mentor")
    for n in range(5):
        _answer(survey, n, region="east_asia", country="CN", language="zh-hans", role="official")
    for filters, total in (
        ({"region": "europe"}, 5),
        ({"country": "cn"}, 5),
        ({"language": "sk"}, 5),
        ({"role": "official"}, 5),
        ({"role": "official", "language": "sk"}, 0),
        ({"region": "nowhere\x00"}, 0),
    ):
        results = selectors.survey_results(
            questionnaire=survey, filters=selectors.ResultFilters.from_query(filters)
        )
        assert results.total == total, filters


def test_who_may_see_results(client, survey):
    regional = make_questionnaire(audience="region", region="south_asia")
    url = url_in("en", "surveys:results", survey.slug)
    regional_url = url_in("en", "surveys:results", regional.slug)
    for outsider in (UserFactory(), make_coordinator("europe")):  # no results permission
        client.force_login(outsider)
        for target in (url, regional_url):
            assert client.get(target).status_code == 404
        assert client.get(url_in("en", "surveys:export_csv", survey.slug)).status_code == 404
        assert client.get(url_in("en", "surveys:export_xlsx", survey.slug)).status_code == 404
    europe = make_results_viewer("europe")
    client.force_login(europe)
    assert client.get(url).status_code == 200  # for everyone: any region's coordinator
    assert client.get(regional_url).status_code == 404  # another region's survey
    assert client.get(url_in("en", "surveys:export_csv", regional.slug)).status_code == 404
    client.force_login(make_results_viewer("south_asia"))
    assert client.get(regional_url).status_code == 200


def test_exports_are_anonymised_and_neutralise_formulas(client, survey):
    people = []
    for n in range(5):
        person = UserFactory(full_name=f"Person {n}", email=f"p{n}@example.org")
        people.append(person)
        _answer(survey, n, respondent=None, choices={"A practice?": '=HYPERLINK("x")'})
    client.force_login(make_results_viewer("europe"))
    export = client.get(url_in("en", "surveys:export_csv", survey.slug))
    text = export.content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:5] == ["language", "region", "country", "role", "month"]
    assert len([r for r in rows[1:] if r and not r[0].startswith("Q")]) == 5
    assert "'=HYPERLINK" in text
    assert "example.org" not in text and "Person" not in text
    workbook = load_workbook(
        io.BytesIO(client.get(url_in("en", "surveys:export_xlsx", survey.slug)).content)
    )
    values = [cell.value for row in workbook["responses"].iter_rows() for cell in row]
    assert '\'=HYPERLINK("x")' in values
    assert all(cell.data_type != "f" for row in workbook["responses"].iter_rows() for cell in row)
    assert "no-store" in export["Cache-Control"]


def test_results_page_queries_stay_constant(client, survey, django_assert_max_num_queries):
    client.force_login(make_results_viewer("europe"))
    for n in range(6):
        _answer(survey, n)
    url = url_in("en", "surveys:results", survey.slug)
    client.get(url)
    for n in range(30):
        _answer(survey, n, choices={"A practice?": f"Practice {n}"})
    with django_assert_max_num_queries(25):
        page = client.get(url)
    assert "36 responses in this group." in page.content.decode()


def test_charts_are_described_in_words(client, survey):
    for n in range(5):
        _answer(survey, n)
    client.force_login(make_results_viewer("europe"))
    html = client.get(url_in("en", "surveys:results", survey.slug)).content.decode()
    question = Question.objects.get(text_en="Do you plan?")
    assert f'aria-labelledby="question-{question.pk}-title question-{question.pk}-desc"' in html
    assert "Yes: 60%; No: 40%." in html


def test_the_multiple_choice_note_is_translated(client, survey):
    for n in range(5):
        _answer(survey, n)
    client.force_login(make_results_viewer("europe"))
    html = client.get(url_in("sk", "surveys:results", survey.slug)).content.decode()
    assert "podiely spolu presahujú 100 %" in html
