"""The partnership pages from every side: the public list and pages in every language, what a
visitor sees and what only the people working in a partnership see, every form's door tried by
strangers, bad input, and query counts that do not grow with the data."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from partnerships.models import (
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    Official,
    Partnership,
)
from tests.factories import (
    MunicipalityFactory,
    UserFactory,
    make_coordinator,
    make_partnership,
    url_in,
)

LANGUAGES = ["en", "es", "zh-hans", "sk"]
TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def people(db):
    third_city = MunicipalityFactory(name_en="Thirdtown")
    official = UserFactory(full_name="Third City Official")
    Official.objects.create(
        municipality=third_city, user=official, position="Planner", status="confirmed"
    )
    return {
        "coordinator": make_coordinator("europe", full_name="Eva Regional"),
        "other_coordinator": make_coordinator("latin_america", full_name="Lucía Otra"),
        "mentor_focal_point": UserFactory(full_name="Jana Mentorová"),
        "partner_focal_point": UserFactory(full_name="Peter Partner"),
        "assigned": UserFactory(full_name="Assigned Coordinator"),
        "official": official,
        "third_city": third_city,
    }


def _partnership(people, status="active", **fields):
    partnership = make_partnership(
        status=status,
        region="europe",
        mentor_focal_points=[people["mentor_focal_point"]],
        partner_focal_points=[people["partner_focal_point"]],
        coordinators=[people["assigned"]],
        ended_reason="Stopped" if status == "ended" else "",
        **fields,
    )
    partnership.save()  # a ParentalManyToManyField's set() is kept in memory until then
    return partnership


@pytest.fixture
def partnership(people):
    return _partnership(people)


def _main(html: str) -> str:
    """The page's own content, without header and footer."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _login(client, user):
    client.force_login(user)
    return client


# ----------------------------------------------------------------------------- public list


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_public_list_shows_only_active_and_completed(client, people, language):
    shown = {
        status: _partnership(people, status=status, title_en=f"Shown {status}")
        for status in ("active", "completed")
    }
    hidden = {
        status: _partnership(people, status=status, title_en=f"Hidden {status}")
        for status in ("proposed", "ended")
    }
    response = client.get(f"/{language}/partnerships/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    for partnership in shown.values():
        assert partnership.title_en in html
    for partnership in hidden.values():
        assert partnership.title_en not in html
    # Even a member of the hidden ones, or asking for them by status, does not list them.
    _login(client, people["coordinator"])
    for query in ("", "?status=proposed", "?status=ended"):
        html = client.get(f"/{language}/partnerships/{query}").content.decode()
        assert "Hidden proposed" not in html and "Hidden ended" not in html
        assert "Shown active" in html


@pytest.mark.django_db
def test_public_list_filters(client, people):
    from tests.factories import topic

    europe = _partnership(people, title_en="Europe finance", topic_slug="finance")
    done = _partnership(people, status="completed", title_en="Europe done", topic_slug="finance")
    water = _partnership(people, title_en="Europe water", topic_slug="water")
    latam = make_partnership(region="latin_america", title_en="LatAm finance")
    topic("water")

    def titles(query):
        html = client.get(f"/en/partnerships/{query}").content.decode()
        return {p.title_en for p in (europe, done, water, latam) if p.title_en in html}

    assert titles("") == {"Europe finance", "Europe done", "Europe water", "LatAm finance"}
    assert titles("?region=latin_america") == {"LatAm finance"}
    assert titles("?region=europe") == {"Europe finance", "Europe done", "Europe water"}
    assert titles("?topic=water") == {"Europe water"}
    assert titles("?status=completed") == {"Europe done"}
    assert titles("?status=active&region=europe&topic=finance") == {"Europe finance"}
    assert titles("?region=nowhere") == set()
    response = client.get("/en/partnerships/?region=nowhere")
    assert "No partnership matches these filters." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, mexico, slovakia", [("en", "Mexico", "Slovakia"), ("sk", "Mexiko", "Slovensko")]
)
def test_public_list_groups_by_the_partner_citys_country(client, db, language, mexico, slovakia):
    mexican = make_partnership(
        title_en="Guadalajara learns", partner_city=MunicipalityFactory(country="MX"),
        mentor_city=MunicipalityFactory(country="SK"),
    )
    slovak = make_partnership(
        title_en="Kosice learns", partner_city=MunicipalityFactory(country="SK"),
        mentor_city=MunicipalityFactory(country="MX"),
    )
    html = client.get(f"/{language}/partnerships/").content.decode()
    mx = html.index(f'<h2 id="country-MX">{mexico}</h2>')
    sk = html.index(f'<h2 id="country-SK">{slovakia}</h2>')
    assert mx < html.index(mexican.title_en) < sk < html.index(slovak.title_en)


# ----------------------------------------------------------------------------- detail


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["proposed", "ended"])
@pytest.mark.parametrize(
    "who, expected",
    [
        (None, 404),
        ("official", 404),
        ("other_coordinator", 404),
        ("staff_without_permission", 404),
        ("mentor_focal_point", 200),
        ("partner_focal_point", 200),
        ("coordinator", 200),
        ("assigned", 200),
    ],
)
def test_unpublished_partnership_is_seen_only_by_its_people(client, people, status, who,
                                                           expected):
    partnership = _partnership(people, status=status)
    if who == "staff_without_permission":
        _login(client, UserFactory(is_staff=True, region="europe"))
    elif who:
        _login(client, people[who])
    for language in ("en", "sk"):
        response = client.get(url_in(language, "partnerships:detail", partnership.slug))
        assert response.status_code == expected


@pytest.fixture
def workspace(people, partnership):
    """A partnership with measurements, a work plan, decisions and a visit with its report."""
    indicator = Indicator.objects.get(objective__partnership=partnership)
    Measurement.objects.create(indicator=indicator, measured_on=TODAY - 100 * DAY,
                               value=Decimal("25.5"), source="Meter readings")
    Activity.objects.create(partnership=partnership, title="Secret activity", due_on=TODAY,
                            owner=people["partner_focal_point"])
    Decision.objects.create(partnership=partnership, decided_on=TODAY, text="Secret decision")
    mentor, partner = (m.municipality for m in partnership.members.order_by("role"))
    Exchange.objects.create(
        partnership=partnership, host=mentor, visitors=partner, starts_on=TODAY - 30 * DAY,
        ends_on=TODAY - 28 * DAY, purpose="Public purpose", agenda="Secret agenda",
        trip_report="Secret trip report",
    )
    return partnership


SECRETS = ["Secret activity", "Secret decision", "Secret agenda", "Secret trip report",
           "Peter Partner", "Jana Mentorová", 'id="work-plan"', 'id="decisions"', "<form"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("who", [None, "official", "other_coordinator"])
def test_visitors_see_results_but_not_the_workspace(client, people, workspace, language, who):
    if who:
        _login(client, people[who])
    response = client.get(url_in(language, "partnerships:detail", workspace.slug))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert 'role="img"' in html and "<svg" in html  # the chart
    assert "Meter readings" in html and "<table" in html  # the figures as a table
    assert "Public purpose" in html
    for secret in SECRETS:
        assert secret not in _main(html), secret


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["partner_focal_point", "coordinator", "assigned"])
def test_people_of_the_partnership_see_the_workspace(client, people, workspace, who):
    _login(client, people[who])
    html = client.get(url_in("en", "partnerships:detail", workspace.slug)).content.decode()
    for secret in SECRETS:
        assert secret in html, secret
    # Only a coordinator of the region gets the status form.
    assert (f'action="/en/partnerships/{workspace.slug}/status/"' in html) == (
        who == "coordinator"
    )


@pytest.mark.django_db
def test_detail_headings_are_in_order_and_inputs_labelled(client, people, workspace):
    _login(client, people["coordinator"])
    html = client.get(url_in("sk", "partnerships:detail", workspace.slug)).content.decode()
    main = _main(html)
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    ids = re.findall(r'<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"',
                     main)
    fields = re.findall(r'<(?:input|select|textarea)\b(?![^>]*type="(?:hidden|submit)")', main)
    assert len(ids) == len(fields)
    for field_id in ids:
        assert f'for="{field_id}"' in main, field_id
    assert len(ids) == len(set(ids)), "duplicate ids"


@pytest.mark.django_db
def test_untranslated_text_is_marked_as_english(client, people):
    partnership = _partnership(people, title_en="Water losses", title_sk="")
    html = client.get(url_in("sk", "partnerships:detail", partnership.slug)).content.decode()
    assert '<h1 lang="en">Water losses</h1>' in html
    partnership.title_sk = "Straty vody"
    partnership.save()
    html = client.get(url_in("sk", "partnerships:detail", partnership.slug)).content.decode()
    assert "<h1>Straty vody</h1>" in html


# ----------------------------------------------------------------------------- the forms


def _posts(partnership):
    """Every POST door of a partnership's workspace, with valid data."""
    indicator = Indicator.objects.get(objective__partnership=partnership)
    activity = Activity.objects.create(partnership=partnership, title="Plan", due_on=TODAY)
    mentor, partner = (m.municipality for m in partnership.members.order_by("role"))
    exchange = Exchange.objects.create(
        partnership=partnership, host=mentor, visitors=partner, starts_on=TODAY - 3 * DAY,
        ends_on=TODAY - DAY, purpose="Visit",
    )
    slug = partnership.slug
    return {
        "measurement_add": (
            url_in("en", "partnerships:measurement_add", slug),
            {"indicator": indicator.pk, "measured_on": (TODAY - DAY).isoformat(),
             "value": "22.5", "source": "Meters"},
        ),
        "activity_add": (
            url_in("en", "partnerships:activity_add", slug),
            {"title": "New activity", "owner": "", "due_on": (TODAY + 9 * DAY).isoformat()},
        ),
        "activity_status": (
            url_in("en", "partnerships:activity_status", slug, activity.pk), {"status": "done"}
        ),
        "exchange_add": (
            url_in("en", "partnerships:exchange_add", slug),
            {"host": partner.pk, "visitors": mentor.pk,
             "starts_on": (TODAY + 40 * DAY).isoformat(),
             "ends_on": (TODAY + 41 * DAY).isoformat(), "purpose": "Return visit", "agenda": ""},
        ),
        "exchange_report": (
            url_in("en", "partnerships:exchange_report", slug, exchange.pk),
            {"trip_report": "We learned a lot."},
        ),
        "decision_add": (
            url_in("en", "partnerships:decision_add", slug),
            {"decided_on": TODAY.isoformat(), "text": "Buy meters"},
        ),
        "status": (url_in("en", "partnerships:status", slug), {"status": "completed"}),
    }


def _state(partnership):
    partnership.refresh_from_db()
    return (
        Measurement.objects.count(),
        Activity.objects.count(),
        list(Activity.objects.values_list("status", flat=True)),
        Exchange.objects.count(),
        list(Exchange.objects.values_list("trip_report", flat=True)),
        Decision.objects.count(),
        partnership.status,
    )


@pytest.mark.django_db
def test_every_form_works_for_the_people_of_the_partnership(client, people, partnership):
    posts = _posts(partnership)
    _login(client, people["coordinator"])
    for name, (url, data) in posts.items():
        response = client.post(url, data)
        assert response.status_code == 302, name
        assert response["Location"].startswith(f"/en/partnerships/{partnership.slug}/"), name
        messages = _messages(response)
        assert messages and "error" not in " ".join(messages).lower(), (name, messages)
    assert _state(partnership) == (1, 2, ["done", "planned"], 2, ["We learned a lot.", ""], 1,
                                   "completed")
    measurement = Measurement.objects.get()
    assert (measurement.value, measurement.recorded_by) == (Decimal("22.5"),
                                                            people["coordinator"])


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["official", "other_coordinator", "outsider_staff"])
def test_every_form_is_404_to_people_outside_the_partnership(client, people, partnership, who):
    posts = _posts(partnership)
    before = _state(partnership)
    user = UserFactory(is_staff=True, region="europe") if who == "outsider_staff" else people[who]
    _login(client, user)
    for name, (url, data) in posts.items():
        assert client.post(url, data).status_code == 404, name
    assert _state(partnership) == before


@pytest.mark.django_db
def test_every_form_requires_signing_in(client, people, partnership):
    posts = _posts(partnership)
    before = _state(partnership)
    for name, (url, data) in posts.items():
        response = client.post(url, data)
        assert response.status_code == 302, name
        assert "/accounts/login/" in response["Location"], name
    assert _state(partnership) == before


@pytest.mark.django_db
def test_every_form_requires_the_csrf_token_and_post(people, partnership):
    posts = _posts(partnership)
    before = _state(partnership)
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["coordinator"])
    for name, (url, data) in posts.items():
        assert client.post(url, data).status_code == 403, name
        assert client.get(url).status_code == 405, name
    assert _state(partnership) == before


@pytest.mark.django_db
def test_a_focal_point_cannot_change_the_status(client, people, partnership):
    for who in ("partner_focal_point", "assigned"):
        _login(client, people[who])
        response = client.post(url_in("en", "partnerships:status", partnership.slug),
                               {"status": "completed"})
        assert response.status_code == 302
        assert _messages(response)[-1] == "You do not coordinate this partnership."
    partnership.refresh_from_db()
    assert partnership.status == "active"


@pytest.mark.django_db
def test_a_closed_partnership_takes_no_more_records(client, people, partnership):
    posts = _posts(partnership)
    Partnership.objects.filter(pk=partnership.pk).update(status="completed")
    before = _state(partnership)
    _login(client, people["partner_focal_point"])
    html = client.get(url_in("en", "partnerships:detail", partnership.slug)).content.decode()
    assert "<form" not in _main(html)
    for name, (url, data) in posts.items():
        response = client.post(url, data)
        assert response.status_code == 302, name
        assert _messages(response), name
    assert _state(partnership) == before


BAD_MEASUREMENTS = [
    ({"value": "abc"}, "Enter a number."),
    ({"value": ""}, "This field is required."),
    ({"value": "1e400"}, ""),
    ({"value": "NaN"}, "Enter a number."),
    ({"value": "12.345"}, ""),
    ({"measured_on": "9999-12-31"}, "Enter a date between"),
    ({"measured_on": "0001-01-01"}, "Enter a date between"),
    ({"measured_on": "31.12.2020"}, "Enter a valid date."),
    ({"measured_on": (TODAY + DAY).isoformat()}, "in the future"),
    ({"source": ""}, "This field is required."),
    ({"source": "   "}, "This field is required."),
    ({"source": "x" * 301}, ""),
]


@pytest.mark.django_db
@pytest.mark.parametrize("change, expected", BAD_MEASUREMENTS)
def test_bad_measurements_get_a_clear_message_and_save_nothing(client, people, partnership,
                                                               change, expected):
    url, data = _posts(partnership)["measurement_add"]
    _login(client, people["partner_focal_point"])
    response = client.post(url, {**data, **change})
    assert response.status_code == 302
    assert response["Location"].endswith(f"#indicator-{data['indicator']}")
    messages = _messages(response)
    assert messages and expected in " ".join(messages), messages
    assert not Measurement.objects.exists()


@pytest.mark.django_db
def test_bad_input_messages_are_in_the_persons_language(client, people, partnership):
    user = people["partner_focal_point"]
    user.preferred_language = "sk"
    user.save(update_fields=["preferred_language"])
    indicator = Indicator.objects.get(objective__partnership=partnership)
    _login(client, user)
    response = client.post(
        url_in("sk", "partnerships:measurement_add", partnership.slug),
        {"indicator": indicator.pk, "measured_on": TODAY.isoformat(), "value": "abc",
         "source": "Meters"},
    )
    with translation.override("sk"):
        expected = gettext("Enter a number.")
    assert expected != "Enter a number."
    assert expected in _messages(response)[0]
    assert not Measurement.objects.exists()


@pytest.mark.django_db
def test_measurement_for_someone_elses_indicator_is_404(client, people, partnership):
    other = make_partnership()
    other_indicator = Indicator.objects.get(objective__partnership=other)
    url, data = _posts(partnership)["measurement_add"]
    _login(client, people["partner_focal_point"])
    for indicator in (other_indicator.pk, "²", "", "abc", "9" * 30, "-1"):
        assert client.post(url, {**data, "indicator": indicator}).status_code == 404, indicator
    assert not Measurement.objects.exists()


@pytest.mark.django_db
def test_a_second_measurement_the_same_day_is_refused(client, people, partnership):
    url, data = _posts(partnership)["measurement_add"]
    _login(client, people["partner_focal_point"])
    client.post(url, data)
    response = client.post(url, {**data, "value": "10"})
    assert _messages(response)[-1] == "This indicator already has a measurement for that day."
    assert list(Measurement.objects.values_list("value", flat=True)) == [Decimal("22.5")]


@pytest.mark.django_db
def test_bad_exchanges_decisions_and_activities(client, people, partnership):
    posts = _posts(partnership)
    before = _state(partnership)
    url, data = posts["exchange_add"]
    cases = [
        (url, {**data, "visitors": data["host"]}, "different cities"),
        (url, {**data, "ends_on": (TODAY + 30 * DAY).isoformat()}, "last day cannot be before"),
        (url, {**data, "host": people["third_city"].pk}, "Select a valid choice"),
        (url, {**data, "starts_on": "9999-12-31", "ends_on": "9999-12-31"}, "Enter a date between"),
        (url, {**data, "purpose": ""}, "This field is required."),
    ]
    url, data = posts["decision_add"]
    cases += [
        (url, {**data, "decided_on": "9999-12-31"}, "Enter a date between"),
        (url, {**data, "decided_on": (TODAY + DAY).isoformat()}, "in the future"),
        (url, {**data, "text": "  "}, "This field is required."),
    ]
    url, data = posts["activity_add"]
    cases += [
        (url, {**data, "due_on": "0001-01-01"}, "Enter a date between"),
        (url, {**data, "owner": people["official"].pk}, "Select a valid choice"),
        (url, {**data, "title": ""}, "This field is required."),
    ]
    url, data = posts["activity_status"]
    cases += [(url, {"status": "bogus"}, "Select a valid choice")]
    url, data = posts["exchange_report"]
    cases += [(url, {"trip_report": ""}, "This field is required.")]
    url, data = posts["status"]
    cases += [(url, {"status": "ended", "reason": ""}, "")]
    _login(client, people["coordinator"])
    for url, post, expected in cases:
        messages = _messages(client.post(url, post))
        assert len(messages) >= 1 and expected in " ".join(messages), (url, post, messages)
        assert not any("Constraint" in message for message in messages), messages
    assert _state(partnership) == before


# ----------------------------------------------------------------------------- municipalities


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_municipality_page_lists_confirmed_listed_officials_and_public_partnerships(
    client, people, language
):
    city = MunicipalityFactory(name_en="Košice", slug="kosice", profile_en="A city in the east.")
    shown = UserFactory(full_name="Listed Confirmed")
    Official.objects.create(municipality=city, user=shown, position="Budget officer",
                            status="confirmed", listed=True)
    for name, status, listed, active in [
        ("Unlisted Confirmed", "confirmed", False, True),
        ("Listed Requested", "requested", True, True),
        ("Listed Gone", "confirmed", True, False),
    ]:
        Official.objects.create(municipality=city, position="Planner", status=status,
                                listed=listed,
                                user=UserFactory(full_name=name, is_active=active))
    public = make_partnership(partner_city=city, status="active", title_en="Public one")
    make_partnership(partner_city=city, status="completed", title_en="Finished one")
    make_partnership(partner_city=city, status="proposed", title_en="Proposed one")
    make_partnership(mentor_city=city, status="ended", title_en="Ended one",
                     ended_reason="Stopped")

    response = client.get(url_in(language, "partnerships:municipality", "kosice"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Listed Confirmed" in html and "Budget officer" in html
    for hidden in ("Unlisted Confirmed", "Listed Requested", "Listed Gone", "Proposed one",
                   "Ended one"):
        assert hidden not in html, hidden
    assert "Public one" in html and "Finished one" in html
    assert url_in(language, "partnerships:detail", public.slug) in html

    directory = client.get(url_in(language, "partnerships:municipality_list")).content.decode()
    row = re.search(r"Košice</a></th>(.*?)</tr>", directory, re.S).group(1)
    assert re.findall(r">(\d+)</td>", row)[-1] == "2"  # public partnerships only


@pytest.mark.django_db
def test_municipality_directory_filters_by_region(client, db):
    MunicipalityFactory(name_en="Trnava", region="europe")
    MunicipalityFactory(name_en="Zapopan", region="latin_america", country="MX")
    html = client.get("/en/municipalities/?region=latin_america").content.decode()
    assert "Zapopan" in html and "Trnava" not in html
    html = client.get("/en/municipalities/?region=bogus").content.decode()
    assert "Zapopan" in html and "Trnava" in html
    assert client.get("/en/municipalities/no-such-town/").status_code == 404


# ----------------------------------------------------------------------------- query counts


def _grow(people, n_partnerships, n_indicators, n_measurements, city):
    created = []
    for n in range(n_partnerships):
        partnership = _partnership(people, partner_city=city, indicators=n_indicators,
                                   title_en=f"Grown {n}")
        for indicator in Indicator.objects.filter(objective__partnership=partnership):
            for m in range(n_measurements):
                Measurement.objects.create(indicator=indicator,
                                           measured_on=TODAY - (m + 1) * 10 * DAY,
                                           value=Decimal(25 - m), source="Meters")
        mentor, partner = (m.municipality for m in partnership.members.order_by("role"))
        for m in range(n_measurements):
            Activity.objects.create(partnership=partnership, title=f"Act {m}", due_on=TODAY,
                                    owner=people["partner_focal_point"])
            Decision.objects.create(partnership=partnership, decided_on=TODAY, text=f"Dec {m}")
            Exchange.objects.create(partnership=partnership, host=mentor, visitors=partner,
                                    starts_on=TODAY - m * DAY, ends_on=TODAY - m * DAY,
                                    purpose="Visit", trip_report="Report")
        created.append(partnership)
    return created


def _count(client, url, django_assert_max_num_queries, limit=40):
    client.get(url)  # once to fill the page cache, as any page seen before
    with django_assert_max_num_queries(limit), CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("who", [None, "partner_focal_point", "coordinator"])
def test_query_counts_stay_constant(client, people, who, django_assert_max_num_queries):
    if who:
        _login(client, people[who])
    city = MunicipalityFactory(slug="grown-city")

    def urls(partnership):
        return [
            "/sk/partnerships/",
            url_in("sk", "partnerships:detail", partnership.slug),
            url_in("sk", "partnerships:municipality", city.slug),
            "/sk/municipalities/",
        ]

    small = _grow(people, 1, 1, 1, city)
    before = [_count(client, url, django_assert_max_num_queries) for url in urls(small[0])]
    large = _grow(people, 5, 4, 6, city)
    after = [_count(client, url, django_assert_max_num_queries) for url in urls(large[-1])]
    assert after == before
