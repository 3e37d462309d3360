"""Every door of the mentoring admin checks the one coordinator rule
(``selectors.programs_coordinated_by``): each URL the mentoring viewsets and admin hooks
register, its forms' and filters' choices, and its exports.

The URLs are read from the registered viewsets and hooks, not listed by hand, so a view added
later is walked too and fails here until it is scoped."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import URLPattern, resolve, reverse
from openpyxl import load_workbook
from wagtail import hooks
from wagtail.admin.viewsets import viewsets as registered_viewsets
from wagtail.models import ModelLogEntry

from mentoring import services
from mentoring.models import (
    MatchProposal,
    MentoringProgram,
    Mentorship,
    MentorshipEvent,
    Participation,
)
from tests.factories import ProgramFactory, UserFactory, make_mentee, make_mentor

# Every name of the Latin American side contains this, and nothing else does.
FOREIGN = "Lejan"
# Every name of the European side contains this.
OWN = "Blízk"


@pytest.fixture
def coordinators_group(db):
    group = Group.objects.create(name="Region test coordinators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for model in ["mentoringprogram", "participation", "mentorship"]:
        for action in ["add", "change", "delete", "view"]:
            group.permissions.add(Permission.objects.get(codename=f"{action}_{model}"))
    return group


def _coordinator(group, region: str, full_name: str):
    user = UserFactory(region=region, is_staff=True, full_name=full_name)
    user.groups.add(group)
    return user


@dataclass
class Side:
    """One region's program, people, participants and mentorships."""

    coordinator: object
    program: MentoringProgram
    pending: Participation
    active: Mentorship
    requested: Mentorship
    spare_mentor: object
    names: list[str]

    def objects(self, model) -> list:
        """The objects of ``model`` whose pk is put into a URL."""
        return {
            MentoringProgram: [self.program],
            Participation: [self.pending, self.active.mentee.participations.get()],
            Mentorship: [self.active, self.requested],
        }.get(model, [])


def _side(group, *, region, program, coordinator, mentor, spare, mentee, requester, pending):
    language = "es" if region == "latin_america" else "sk"
    people = {"languages": (language,), "region": region}
    coordinator_user = _coordinator(group, region, coordinator)
    program_obj = ProgramFactory(name_en=program, region=region, matching_mode="coordinator")
    program_obj.coordinators.add(coordinator_user)
    mentor_profile = make_mentor(program_obj, full_name=mentor, **people)
    spare_profile = make_mentor(program_obj, full_name=spare, **people)
    mentee_profile = make_mentee(program_obj, full_name=mentee, **people)
    requester_profile = make_mentee(program_obj, full_name=requester, **people)
    active = services.mentorship_pair(
        coordinator=coordinator_user,
        program=program_obj,
        mentor=mentor_profile.user,
        mentee=mentee_profile.user,
    )
    requested = Mentorship.objects.create(
        program=program_obj,
        mentor=spare_profile.user,
        mentee=requester_profile.user,
        status="requested",
        request_message="Hola",
    )
    waiting = Participation.objects.create(
        program=program_obj, user=UserFactory(full_name=pending), role="mentee", status="pending"
    )
    return Side(
        coordinator=coordinator_user,
        program=program_obj,
        pending=waiting,
        active=active,
        requested=requested,
        spare_mentor=spare_profile.user,
        names=[program, coordinator, mentor, spare, mentee, requester, pending],
    )


@pytest.fixture
def latam(coordinators_group):
    return _side(
        coordinators_group,
        region="latin_america",
        program="Programa Lejano",
        coordinator="Carla Lejana",
        mentor="Lucía Lejana",
        spare="Mateo Lejano",
        mentee="Ana Lejana",
        requester="Rosa Lejana",
        pending="Pedro Lejano",
    )


@pytest.fixture
def europe(coordinators_group):
    return _side(
        coordinators_group,
        region="europe",
        program="Program Blízky",
        coordinator="Zora Blízka",
        mentor="Jana Blízka",
        spare="Eva Blízka",
        mentee="Peter Blízky",
        requester="Ivan Blízky",
        pending="Marek Blízky",
    )


# ----------------------------------------------------------------------------- the URLs


# The URLs of the admin hooks take the pk of these models.
HOOK_URL_MODELS = {
    "mentoring_bulk_match": MentoringProgram,
    "mentoring_bulk_match_pair": MentoringProgram,
}

# What the coordinator of the object's own region gets on GET, where it is not a 200 page:
# (status, URL name the redirect leads to).
OWN_REGION_GET = {
    "mentoring_participants:add": (404, None),  # people join a program on the site
    "mentoring_participants:edit": (302, "mentoring_participants:inspect"),
    "mentoring_mentorships:edit": (302, "mentoring_mentorships:inspect"),
    # Without a draft proposal (and its ?proposal=&mentee=), back to the bulk matching page.
    "mentoring_bulk_match_pair": (302, "mentoring_bulk_match"),
}


@dataclass(frozen=True)
class Route:
    name: str  # the URL name, namespaced
    model: type | None  # whose pk the URL takes; None: the URL takes no pk
    index_name: str | None  # where a refusal may redirect to


def _mentoring_viewsets() -> list:
    resolve("/admin/")  # loads the admin URLconf, which registers the viewsets
    found = [
        viewset
        for viewset in registered_viewsets.viewsets
        if type(viewset).__module__.startswith("mentoring.")
        or (
            hasattr(getattr(viewset, "model", None), "_meta")
            and viewset.model._meta.app_label == "mentoring"
        )
    ]
    assert found, "no mentoring viewsets registered"
    return found


def _patterns(patterns) -> list[URLPattern]:
    for pattern in patterns:
        assert isinstance(pattern, URLPattern), f"walk the included URLs of {pattern} too"
    return list(patterns)


def _takes(pattern: URLPattern) -> set[str]:
    return set(pattern.pattern.converters)


def mentoring_admin_routes() -> list[Route]:
    """Every URL the mentoring viewsets and the mentoring admin hooks register."""
    routes = []
    for viewset in _mentoring_viewsets():
        index_name = f"{viewset.url_namespace}:index"
        for pattern in _patterns(viewset.get_urlpatterns()):
            name = f"{viewset.url_namespace}:{pattern.name}"
            args = _takes(pattern)
            assert args <= {"pk"}, f"{name} takes {args}: teach this test what to put there"
            routes.append(Route(name, viewset.model if args else None, index_name))
    for register in hooks.get_hooks("register_admin_urls"):
        if not register.__module__.startswith("mentoring."):
            continue
        for pattern in _patterns(register()):
            args = _takes(pattern)
            assert args <= {"pk"}, f"{pattern.name} takes {args}: teach this test"
            model = HOOK_URL_MODELS.get(pattern.name) if args else None
            assert model or not args, f"{pattern.name}: add the model of its pk to HOOK_URL_MODELS"
            routes.append(Route(pattern.name, model, None))
    return routes


def _urls(route: Route, side: Side) -> list[str]:
    if route.model is None:
        return [reverse(route.name)]
    objects = side.objects(route.model)
    assert objects, f"{route.name}: the test has no {route.model.__name__} to walk it with"
    return [reverse(route.name, kwargs={"pk": obj.pk}) for obj in objects]


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
    sheet = load_workbook(io.BytesIO(content)).active
    return list(sheet.iter_rows(values_only=True))


def _leaks(body: str, side: Side) -> list[str]:
    return [name for name in [FOREIGN, *side.names] if name in body]


def _snapshot() -> dict:
    return {
        "programs": list(MentoringProgram.objects.order_by("pk").values()),
        "coordinators": list(MentoringProgram.coordinators.through.objects.order_by("pk").values()),
        "participations": list(Participation.objects.order_by("pk").values()),
        "mentorships": list(Mentorship.objects.order_by("pk").values()),
        "events": MentorshipEvent.objects.count(),
        "proposals": list(MatchProposal.objects.order_by("pk").values()),
        "log": ModelLogEntry.objects.count(),
        "mail": len(mail.outbox),
    }


def _post_data(side: Side) -> dict:
    """One payload with every field an admin form or action of the mentoring admin reads,
    pointing at ``side``'s objects: it would change something wherever it got through."""
    return {
        "name_en": "Copia",
        "region": side.program.region,
        "coordinators": [side.coordinator.pk],
        "starts_on": "2099-01-01",
        "ends_on": "2099-06-01",
        "matching_mode": "coordinator",
        "region_preference": "any",
        "program": side.program.pk,
        "mentor": side.spare_mentor.pk,
        "mentee": side.requested.mentee_id,
        "user": side.pending.user_id,
        "role": "mentee",
        "status": "admitted",
        "reason": "Moved away",
        "action": "propose",
    }


def _listing_queries(side: Side) -> list[str]:
    """Query strings tried on every URL without a pk: exports, and the filters set to
    ``side``'s program, people and region (an active filter names what it filters by)."""
    filters = (
        f"program={side.program.pk}&user={side.pending.user_id}&mentor={side.spare_mentor.pk}"
        f"&mentee={side.requested.mentee_id}&region={side.program.region}"
    )
    return ["", "?export=csv", "?export=xlsx", f"?{filters}", f"?{filters}&export=csv"]


# ----------------------------------------------------------------------------- the walk

KNOWN_VIEWS = {
    *(
        f"mentoring_programs:{view}"
        for view in ["index", "index_results", "add", "edit", "delete", "copy", "history"]
    ),
    *(
        f"mentoring_participants:{view}"
        for view in ["index", "inspect", "history_results", "usage", "admit", "decline"]
    ),
    *(
        f"mentoring_mentorships:{view}"
        for view in ["add", "edit", "delete", "inspect", "accept", "decline", "end", "repair"]
    ),
    "mentoring_bulk_match",
    "mentoring_bulk_match_pair",
    "mentoring_program_report",
    "mentoring_program_report_results",
}


@pytest.mark.django_db
def test_every_mentoring_admin_url_keeps_to_the_coordinators_region(
    client, latam, europe, django_capture_on_commit_callbacks
):
    """Each URL, with each of Latin America's objects in it: Europe's coordinator is refused
    (or, on a URL without a pk, shown only Europe's rows and choices), GET and POST, and
    nothing changes; Latin America's coordinator gets the page."""
    routes = mentoring_admin_routes()
    assert KNOWN_VIEWS <= {route.name for route in routes}, "the walk misses views"
    own = Client()
    own.force_login(latam.coordinator)
    client.force_login(europe.coordinator)
    before = _snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        for route in routes:
            for url in _urls(route, latam):
                queries = _listing_queries(latam) if route.model is None else [""]
                for query in queries:
                    where = f"GET {url}{query} ({route.name})"
                    response = client.get(url + query)
                    if route.model is None:
                        # A page of the coordinator's own rows, or no page at all.
                        assert response.status_code in (200, 404), where
                    else:
                        _assert_refused(response, route, where)
                    assert not _leaks(_body(response), latam), where
                    _assert_open_to_own_coordinator(own, route, url, query)

                where = f"POST {url} ({route.name})"
                response = client.post(url, _post_data(latam))
                if route.model is None:
                    # Refused, or a form shown again with the foreign choices rejected.
                    assert response.status_code in (200, 403, 404, 405), where
                else:
                    _assert_refused(response, route, where, allow_405=True)
                if response.status_code == 302:
                    response = client.get(response["Location"])
                assert not _leaks(_body(response), latam), where
                assert _snapshot() == before, f"{where} changed something"


def _assert_refused(response, route, where, *, allow_405=False):
    if response.status_code == 302 and route.index_name:
        assert response["Location"] == reverse(route.index_name), where
        return
    allowed = {403, 404} | ({405} if allow_405 else set())
    assert response.status_code in allowed, f"{where}: {response.status_code}"


def _assert_open_to_own_coordinator(own, route, url, query):
    """The same URL opens for the coordinator of the objects' region, so the refusal comes
    from the region rule; a listing, export, form or report shows that region's names."""
    where = f"GET {url}{query} ({route.name}) as the region's own coordinator"
    status, redirect_to = OWN_REGION_GET.get(route.name, (200, None))
    response = own.get(url + query)
    assert response.status_code == status, f"{where}: {response.status_code}"
    if redirect_to:
        target = reverse(redirect_to, args=[resolve(url).kwargs["pk"]])
        assert response["Location"] == target, where
    if status == 200 and route.model is None:
        body = _body(response)
        assert FOREIGN in body and OWN not in body, where


# ----------------------------------------------------------------------------- choices


def _choices(field) -> list[tuple[str, str]]:
    return [(str(value), str(label)) for value, label in field.choices if str(value) != ""]


def _labels(field) -> list[str]:
    return [label for _value, label in _choices(field)]


@pytest.mark.django_db
def test_every_choice_a_coordinator_sees_is_of_their_region(client, latam, europe):
    client.force_login(europe.coordinator)

    def page(name, *args, query=""):
        response = client.get(reverse(name, args=args) + query)
        assert response.status_code == 200, name
        assert not _leaks(response.content.decode(), latam), name
        return response

    # The program forms: their region only, coordinators of their region only.
    for name, args in [
        ("mentoring_programs:add", ()),
        ("mentoring_programs:edit", (europe.program.pk,)),
        ("mentoring_programs:copy", (europe.program.pk,)),
    ]:
        fields = page(name, *args).context["form"].fields
        assert [value for value, _label in _choices(fields["region"])] == ["europe"], name
        coordinators = _labels(fields["coordinators"])
        assert "Zora Blízka" in coordinators, name
        assert not [label for label in coordinators if FOREIGN in label], name

    # Pairing ("Add mentorship"): their programs and the people admitted in them.
    fields = page("mentoring_mentorships:add").context["form"].fields
    assert _labels(fields["program"]) == ["Program Blízky"]
    mentors, mentees = _labels(fields["mentor"]), _labels(fields["mentee"])
    assert {label.split(" (")[0] for label in mentors} == {"Jana Blízka", "Eva Blízka"}
    assert {label.split(" (")[0] for label in mentees} == {"Peter Blízky", "Ivan Blízky"}

    # Re-pairing: the other mentors admitted in the mentorship's program.
    fields = page("mentoring_mentorships:repair", europe.active.pk).context["form"].fields
    assert [label.split(" (")[0] for label in _labels(fields["mentor"])] == ["Eva Blízka"]

    # The listings' filters: their programs, their region.
    for name in [
        "mentoring_participants:index",
        "mentoring_participants:index_results",
        "mentoring_mentorships:index",
        "mentoring_mentorships:index_results",
    ]:
        filters = page(name).context["filters"].form.fields
        assert _labels(filters["program"]) == ["Program Blízky"], name
    for name in ["mentoring_programs:index", "mentoring_programs:index_results"]:
        filters = page(name).context["filters"].form.fields
        assert [value for value, _label in _choices(filters["region"])] == ["europe"], name
    # A filter set to another region's program is not applied (nor named).
    response = page("mentoring_mentorships:index", query=f"?program={latam.program.pk}")
    assert not response.context["filters"].is_valid()


# ----------------------------------------------------------------------------- exports


def _export_rows(response, export_format: str) -> list[list[str]]:
    assert response.status_code == 200
    if export_format == "csv":
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    else:
        rows = [["" if cell is None else str(cell) for cell in row] for row in _xlsx(response)]
    return rows[1:]  # without the headings


@pytest.mark.django_db
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_listing_exports_hold_only_the_coordinators_rows(client, latam, europe, export_format):
    client.force_login(europe.coordinator)
    for viewset in _mentoring_viewsets():
        lookup = "region" if viewset.model is MentoringProgram else "program__region"
        expected = viewset.model.objects.filter(**{lookup: "europe"}).count()
        assert expected
        for view in ["index", "index_results"]:
            url = reverse(f"{viewset.url_namespace}:{view}") + f"?export={export_format}"
            rows = _export_rows(client.get(url), export_format)
            assert len(rows) == expected, url
            for row in rows:
                assert OWN in " ".join(row) and FOREIGN not in " ".join(row), (url, row)
