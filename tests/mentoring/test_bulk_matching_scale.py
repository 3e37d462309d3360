"""Bulk matching that scales: the proposal is shown a page of pairs at a time, without the list
of mentors, in a fixed number of queries; one pair's mentor is changed on its own page (a
search over the program's mentors, at most 20 results) and saved on the proposal's pair."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.actions import ActionRefused
from mentoring import admin_views, selectors, services
from mentoring.models import MatchProposal, Mentorship, ProposedPair
from tests.factories import ProgramFactory, UserFactory, make_mentee, make_mentor


@pytest.fixture
def coordinators_group(db):
    group = Group.objects.create(name="Scale test coordinators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for model in ["mentoringprogram", "participation", "mentorship"]:
        for action in ["add", "change", "delete", "view"]:
            group.permissions.add(Permission.objects.get(codename=f"{action}_{model}"))
    return group


def _coordinator(group, region):
    user = UserFactory(region=region, is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator(coordinators_group):
    return _coordinator(coordinators_group, "latin_america")


@pytest.fixture
def program(db):
    return ProgramFactory(name_en="Red grande", region="latin_america", matching_mode="coordinator")


@pytest.fixture
def other_program(db):
    return ProgramFactory(name_en="Program Ďaleký", region="europe", matching_mode="coordinator")


def _page_url(program) -> str:
    return f"/admin/mentoring/programs/{program.pk}/match/"


def _pair_url(program, proposal, mentee_id, **params) -> str:
    query = "".join(f"&{key}={value}" for key, value in params.items())
    return (
        f"/admin/mentoring/programs/{program.pk}/match/pair/"
        f"?proposal={proposal.pk}&mentee={mentee_id}{query}"
    )


def _mentors(program, count, *, start=0, **fields):
    return [
        make_mentor(program, full_name=f"Mentora Número {start + i:03d}", **fields)
        for i in range(count)
    ]


def _mentees(program, count, *, start=0, **fields):
    return [
        make_mentee(program, full_name=f"Aprendiz {start + i:03d}", **fields) for i in range(count)
    ]


def _propose(client, program) -> MatchProposal:
    assert client.post(_page_url(program), {"action": "propose"}).status_code == 302
    return MatchProposal.objects.get(program=program, status="draft")


def _get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, len(captured.captured_queries)


# ----------------------------------------------------------------------------- the proposal page


@pytest.mark.django_db
def test_proposal_page_runs_the_same_queries_for_5_and_60_pairs(
    client, coordinator, program, django_assert_max_num_queries
):
    client.force_login(coordinator)
    _mentors(program, 2, capacity=3)
    _mentees(program, 5)
    _propose(client, program)
    response, small = _get(client, _page_url(program))
    assert len(response.context["pairs"]) == 5

    _mentors(program, 20, start=2, capacity=3)
    _mentees(program, 55, start=5)
    proposal = _propose(client, program)
    assert proposal.pairs.exclude(mentor=None).count() == 60
    with django_assert_max_num_queries(small):
        response = client.get(_page_url(program))
    assert response.status_code == 200
    assert len(response.context["pairs"]) == 60
    assert _get(client, _page_url(program))[1] == small


@pytest.mark.django_db
def test_proposal_page_does_not_send_every_mentor(client, coordinator, program):
    client.force_login(coordinator)
    mentors = _mentors(program, 30, capacity=1)
    mentees = _mentees(program, 2)
    proposal = _propose(client, program)
    html = client.get(_page_url(program)).content.decode()
    assert "<select" not in html and "<option" not in html
    proposed = set(proposal.pairs.values_list("mentor_id", flat=True))
    assert len(proposed) == 2
    shown = [m for m in mentors if m.user.full_name in html]
    assert {m.user_id for m in shown} == proposed
    for mentee in mentees:
        assert mentee.user.full_name in html
        assert f"mentee={mentee.user_id}" in html  # its "Change mentor" link


@pytest.mark.django_db
def test_proposal_page_is_paginated_by_mentee_name(client, coordinator, program, monkeypatch):
    monkeypatch.setattr(admin_views, "PAIRS_PER_PAGE", 10)
    client.force_login(coordinator)
    _mentors(program, 10, capacity=3)
    mentees = _mentees(program, 25)
    _propose(client, program)
    names = sorted(m.user.full_name for m in mentees)

    first, _queries = _get(client, _page_url(program))
    assert [p.mentee.full_name for p in first.context["pairs"]] == names[:10]
    assert "Page 1 of 3" in first.content.decode()
    last, _queries = _get(client, _page_url(program) + "?p=3")
    assert [p.mentee.full_name for p in last.context["pairs"]] == names[20:]
    # The "Change mentor" links bring the coordinator back to the same page.
    assert f"mentee={last.context['pairs'][0].mentee_id}&amp;p=3" in last.content.decode()
    # An out-of-range or unreadable page number shows a page rather than an error.
    assert _get(client, _page_url(program) + "?p=99")[0].context["page"].number == 3
    assert _get(client, _page_url(program) + "?p=x")[0].context["page"].number == 1
    # The size of a page does not grow with the proposal.
    _mentees(program, 25, start=25)
    _propose(client, program)
    bigger, _queries = _get(client, _page_url(program))
    assert len(bigger.context["pairs"]) == 10
    assert abs(len(bigger.content) - len(first.content)) < 500


@pytest.mark.django_db
def test_page_without_a_proposal_loads_only_counts(client, coordinator, program):
    client.force_login(coordinator)
    _mentors(program, 3)
    _mentees(program, 4)
    response, _queries = _get(client, _page_url(program))
    assert response.context["unmatched_count"] == 4
    with CaptureQueriesContext(connection) as captured:
        client.get(_page_url(program))
    profile_queries = [
        q["sql"]
        for q in captured.captured_queries
        if "mentorprofile" in q["sql"] or "menteeprofile" in q["sql"]
    ]
    assert profile_queries and all("COUNT(" in sql for sql in profile_queries)


# ----------------------------------------------------------------------------- change mentor


@pytest.mark.django_db
def test_change_mentor_page_searches_few_mentors_best_first(client, coordinator, program):
    client.force_login(coordinator)
    make_mentor(program, full_name="Amparo Sin Idioma", languages=("zh",), capacity=3)
    make_mentor(program, full_name="Dolores Finanzas", expertise=("finance",), capacity=3)
    make_mentor(program, full_name="Dolores Parques", expertise=("parks",), capacity=3)
    _mentors(program, 25, expertise=("parks",), capacity=3)
    (mentee,) = _mentees(program, 1, topics=("finance",))
    proposal = _propose(client, program)

    response, queries = _get(client, _pair_url(program, proposal, mentee.user_id))
    choices = response.context["choices"]
    assert len(choices) == 20
    assert choices[0].profile.user.full_name == "Dolores Finanzas"
    assert [c.score for c in choices] == sorted((c.score for c in choices), reverse=True)
    html = response.content.decode()
    assert html.count('name="mentor"') == 21  # 20 mentors, and "No mentor"
    assert "Amparo Sin Idioma" not in html  # no shared language

    response, _queries = _get(client, _pair_url(program, proposal, mentee.user_id, q="dolores"))
    assert [c.profile.user.full_name for c in response.context["choices"]] == [
        "Dolores Finanzas",
        "Dolores Parques",
    ]
    email = choices[5].profile.user.email.upper()
    response, _queries = _get(client, _pair_url(program, proposal, mentee.user_id, q=email))
    assert [c.profile.user.email.upper() for c in response.context["choices"]] == [email]
    response, _queries = _get(client, _pair_url(program, proposal, mentee.user_id, q="amparo"))
    assert response.context["choices"] == []
    assert "No mentor who may be paired with this mentee matches" in response.content.decode()

    # A fixed number of queries, however many mentors the program has.
    _mentors(program, 15, start=25, capacity=3)
    assert _get(client, _pair_url(program, proposal, mentee.user_id))[1] == queries


@pytest.mark.django_db
def test_change_mentor_saves_the_pair_and_confirm_uses_it(client, coordinator, program):
    client.force_login(coordinator)
    finance = make_mentor(program, full_name="Dolores Finanzas", expertise=("finance",))
    parks = make_mentor(program, full_name="Dolores Parques", expertise=("parks",))
    first, second = _mentees(program, 2, topics=("finance",))
    proposal = _propose(client, program)
    assert proposal.pairs.get(mentee=first.user).mentor_id == finance.user_id

    response = client.post(
        _pair_url(program, proposal, first.user_id, p=1), {"mentor": parks.user_id}
    )
    assert response.status_code == 302
    assert response["Location"] == _page_url(program)
    pair = proposal.pairs.get(mentee=first.user)
    assert pair.mentor_id == parks.user_id
    expected = selectors.proposal_mentor_choice(proposal=proposal, mentee=first, mentor=parks).score
    assert pair.score == Decimal(str(expected))
    proposal.refresh_from_db()
    assert proposal.total_score == sum(p.score for p in proposal.pairs.exclude(score=None))
    assert "is now proposed as the mentor of" in client.get(_page_url(program)).content.decode()

    # "No mentor" leaves the second mentee out of the confirmation.
    client.post(_pair_url(program, proposal, second.user_id), {"mentor": ""})
    assert proposal.pairs.get(mentee=second.user).mentor_id is None
    client.post(_page_url(program), {"action": "confirm"})
    assert list(Mentorship.objects.values_list("mentor_id", "mentee_id")) == [
        (parks.user_id, first.user_id)
    ]
    proposal.refresh_from_db()
    assert proposal.status == "confirmed"
    # The confirmed proposal is not edited any more.
    response = client.get(_pair_url(program, proposal, first.user_id), follow=True)
    assert "This proposal has been confirmed or replaced." in response.content.decode()
    with pytest.raises(ActionRefused, match="already been confirmed"):
        services.proposal_pair_change(
            coordinator=coordinator, proposal=proposal, mentee_id=first.user_id, mentor_id=None
        )


@pytest.mark.django_db
def test_a_mentor_with_no_seat_left_in_the_proposal_is_neither_offered_nor_accepted(
    client, coordinator, program
):
    client.force_login(coordinator)
    solo = make_mentor(program, full_name="Única Mentora", capacity=1)
    mentees = _mentees(program, 2)
    proposal = _propose(client, program)
    (left_out,) = proposal.pairs.filter(mentor=None)
    response, _queries = _get(client, _pair_url(program, proposal, left_out.mentee_id))
    assert response.context["choices"] == []
    response = client.post(
        _pair_url(program, proposal, left_out.mentee_id), {"mentor": solo.user_id}, follow=True
    )
    assert "cannot be paired (language or capacity)" in response.content.decode()
    left_out.refresh_from_db()
    assert left_out.mentor_id is None
    # Freeing the seat first makes the change possible.
    (kept,) = proposal.pairs.exclude(mentor=None)
    services.proposal_pair_change(
        coordinator=coordinator, proposal=proposal, mentee_id=kept.mentee_id, mentor_id=None
    )
    services.proposal_pair_change(
        coordinator=coordinator,
        proposal=proposal,
        mentee_id=left_out.mentee_id,
        mentor_id=solo.user_id,
    )
    assert list(proposal.pairs.exclude(mentor=None).values_list("mentee_id", flat=True)) == [
        left_out.mentee_id
    ]
    assert {m.user_id for m in mentees} == set(proposal.pairs.values_list("mentee_id", flat=True))


@pytest.mark.django_db
def test_refused_mentors(client, coordinator, program, other_program):
    client.force_login(coordinator)
    make_mentor(program, capacity=3)
    (mentee,) = _mentees(program, 1)
    proposal = _propose(client, program)
    pair = proposal.pairs.get()
    before = (pair.mentor_id, pair.score)
    foreign = make_mentor(other_program, full_name="Mentor Ďaleký")
    unadmitted = make_mentor(full_name="Mentor Sin Programa")
    other_mentee = make_mentee(program)
    no_language = make_mentor(program, languages=("zh",))
    refusals = {
        foreign.user_id: "not an admitted mentor of the program",
        unadmitted.user_id: "not an admitted mentor of the program",
        other_mentee.user_id: "not an admitted mentor of the program",
        no_language.user_id: "cannot be paired",
        mentee.user_id: "not an admitted mentor of the program",
    }
    for mentor_id, message in refusals.items():
        response = client.post(
            _pair_url(program, proposal, mentee.user_id), {"mentor": mentor_id}, follow=True
        )
        html = response.content.decode()
        assert message in html, mentor_id
        assert "Mentor Ďaleký" not in html
        with pytest.raises(ActionRefused, match=message):
            services.proposal_pair_change(
                coordinator=coordinator,
                proposal=proposal,
                mentee_id=mentee.user_id,
                mentor_id=mentor_id,
            )
    pair.refresh_from_db()
    assert (pair.mentor_id, pair.score) == before
    # A mentee who is not in the proposal, or a malformed choice.
    assert client.get(_pair_url(program, proposal, other_mentee.user_id)).status_code == 404
    assert (
        client.post(_pair_url(program, proposal, mentee.user_id), {"mentor": "x"}).status_code
        == 400
    )
    assert client.post(_pair_url(program, proposal, mentee.user_id), {}).status_code == 400
    with pytest.raises(ActionRefused, match="not in the proposal"):
        services.proposal_pair_change(
            coordinator=coordinator,
            proposal=proposal,
            mentee_id=other_mentee.user_id,
            mentor_id=None,
        )


# ----------------------------------------------------------------------------- from the attacker's side


@pytest.mark.django_db
def test_another_regions_coordinator_cannot_see_or_change_a_pair(
    client, coordinators_group, coordinator, program, other_program
):
    owner = client
    owner.force_login(coordinator)
    mentor = make_mentor(program, full_name="Mentora Lejana", capacity=3)
    spare = make_mentor(program, full_name="Mentora Reserva", capacity=3)
    (mentee,) = _mentees(program, 1)
    proposal = _propose(owner, program)
    pair = proposal.pairs.get()
    before = list(ProposedPair.objects.values_list("pk", "mentor_id", "score"))

    attacker = _coordinator(coordinators_group, "europe")
    client.force_login(attacker)
    url = _pair_url(program, proposal, mentee.user_id, q="Mentora")
    response = client.get(url)
    assert response.status_code == 404
    assert "Mentora" not in response.content.decode()
    for mentor_id in [spare.user_id, ""]:
        assert client.post(url, {"mentor": mentor_id}).status_code == 404
    # Through their own program's URL, with the foreign proposal's id: nothing is found.
    sneaky = _pair_url(other_program, proposal, mentee.user_id)
    response = client.post(sneaky, {"mentor": spare.user_id})
    assert response.status_code == 302
    assert response["Location"] == _page_url(other_program)
    assert client.get(_page_url(program)).status_code == 404
    assert client.post(_page_url(program), {"action": "confirm"}).status_code == 404
    with pytest.raises(ActionRefused, match="do not coordinate"):
        services.proposal_pair_change(
            coordinator=attacker, proposal=proposal, mentee_id=mentee.user_id, mentor_id=None
        )
    assert list(ProposedPair.objects.values_list("pk", "mentor_id", "score")) == before
    assert pair.mentor_id == mentor.user_id and not Mentorship.objects.exists()


@pytest.mark.django_db
def test_people_without_the_coordinator_permission_are_refused(client, program, coordinator):
    client.force_login(coordinator)
    make_mentor(program)
    (mentee,) = _mentees(program, 1)
    proposal = _propose(client, program)
    url = _pair_url(program, proposal, mentee.user_id)

    staff = UserFactory(region="latin_america", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)

    def refused(response) -> bool:
        # Wagtail turns PermissionDenied into a redirect to the dashboard (with a message);
        # someone who may not use the admin at all is sent to the login.
        if response.status_code == 302:
            return response["Location"] == "/admin/" or "login" in response["Location"]
        return response.status_code == 403

    assert refused(client.get(url))
    assert refused(client.post(url, {"mentor": ""}))

    client.force_login(UserFactory(region="latin_america"))
    assert refused(client.get(url))
    assert refused(client.post(url, {"mentor": ""}))
    client.logout()
    response = client.post(url, {"mentor": ""})
    assert response.status_code == 302 and "login" in response["Location"]
    assert proposal.pairs.get().mentor_id is not None
