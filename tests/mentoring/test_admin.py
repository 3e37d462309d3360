"""Coordinators in the Wagtail admin: their own region only; bulk matching; report."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from wagtail.models import ModelLogEntry

from lms.actions import ActionRefused
from mentoring import selectors, services
from mentoring.models import (
    MatchProposal,
    MentoringProgram,
    Mentorship,
    MentorshipEvent,
    Participation,
)
from tests.factories import ProgramFactory, UserFactory, make_mentee, make_mentor


@pytest.fixture
def coordinators_group(db):
    group = Group.objects.create(name="Test coordinators")
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
def programs(db):
    return {
        "latam": ProgramFactory(
            name_en="Red de mentoría", region="latin_america", matching_mode="coordinator"
        ),
        "europe": ProgramFactory(name_en="Mentoring Slovensko", region="europe"),
    }


@pytest.mark.django_db
def test_coordinator_sees_and_edits_only_own_region(client, coordinators_group, programs):
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    html = client.get("/admin/mentoring_programs/").content.decode()
    assert "Red de mentoría" in html and "Mentoring Slovensko" not in html
    assert client.get(f"/admin/mentoring_programs/edit/{programs['latam'].pk}/").status_code == 200
    assert client.get(f"/admin/mentoring_programs/edit/{programs['europe'].pk}/").status_code == 404
    for view in ["copy", "history", "usage"]:
        url = f"/admin/mentoring_programs/{view}/{programs['europe'].pk}/"
        assert client.get(url).status_code == 404, url
    response = client.post(f"/admin/mentoring_programs/delete/{programs['europe'].pk}/")
    assert response.status_code == 404
    assert MentoringProgram.objects.filter(pk=programs["europe"].pk).exists()
    assert (
        client.get(f"/admin/mentoring/programs/{programs['europe'].pk}/match/").status_code == 404
    )


@pytest.mark.django_db
def test_coordinator_cannot_create_a_program_in_another_region(client, coordinators_group):
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    response = client.post(
        "/admin/mentoring_programs/new/",
        {
            "name_en": "Sneaky",
            "region": "europe",
            "starts_on": "2099-01-01",
            "ends_on": "2099-06-01",
            "matching_mode": "coordinator",
            "region_preference": "any",
        },
    )
    assert response.status_code == 200
    assert not MentoringProgram.objects.filter(name_en="Sneaky").exists()


@pytest.mark.django_db
def test_learner_cannot_reach_mentoring_admin(client, programs):
    client.force_login(UserFactory())
    assert client.get("/admin/mentoring_programs/").status_code == 302
    assert client.get(f"/admin/mentoring/programs/{programs['latam'].pk}/match/").status_code in (
        302,
        403,
    )


@pytest.mark.django_db
def test_bulk_matching_propose_edit_confirm(client, coordinators_group, programs):
    program = programs["latam"]
    strong = make_mentor(program, expertise=("finance",), capacity=1, full_name="Strong")
    other = make_mentor(program, expertise=("planning",), capacity=2, full_name="Other")
    mentees = [make_mentee(program, topics=("finance",)) for _ in range(3)]
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    client.post(f"/admin/mentoring/programs/{program.pk}/match/", {"action": "propose"})
    proposal = MatchProposal.objects.get()
    pairs = {p.mentee_id: p.mentor_id for p in proposal.pairs.all()}
    assert sorted(pairs.values()) == sorted([strong.user_id, other.user_id, other.user_id])

    # The coordinator leaves the first mentee out ("no mentor") and keeps the rest.
    pair_url = (
        f"/admin/mentoring/programs/{program.pk}/match/pair/"
        f"?proposal={proposal.pk}&mentee={mentees[0].user_id}"
    )
    assert client.post(pair_url, {"mentor": ""}).status_code == 302
    client.post(f"/admin/mentoring/programs/{program.pk}/match/", {"action": "confirm"})
    created = Mentorship.objects.filter(program=program, status="active")
    assert created.count() == 2
    assert not created.filter(mentee=mentees[0].user).exists()
    proposal.refresh_from_db()
    assert proposal.status == "confirmed"
    # Bulk confirmation is a status change like any other: in the audit log, by the coordinator.
    entries = ModelLogEntry.objects.filter(action="mentoring.bulk_pair")
    assert sorted(int(e.object_id) for e in entries) == sorted(m.pk for m in created)
    assert {e.user.region for e in entries} == {"latin_america"}


@pytest.mark.django_db
def test_confirm_refuses_an_edit_that_breaks_capacity(client, coordinators_group, programs):
    program = programs["latam"]
    solo = make_mentor(program, capacity=1)
    mentees = [make_mentee(program) for _ in range(2)]
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    client.post(f"/admin/mentoring/programs/{program.pk}/match/", {"action": "propose"})
    proposal = MatchProposal.objects.get()
    (unmatched,) = proposal.pairs.filter(mentor=None)
    # The one seat is taken by the other pair: the change is refused, nothing is saved.
    response = client.post(
        f"/admin/mentoring/programs/{program.pk}/match/pair/"
        f"?proposal={proposal.pk}&mentee={unmatched.mentee_id}",
        {"mentor": solo.user_id},
        follow=True,
    )
    assert "cannot be paired" in response.content.decode()
    unmatched.refresh_from_db()
    assert unmatched.mentor_id is None
    # Confirmation checks every pair again: choices that break capacity create nothing.
    with pytest.raises(ActionRefused, match="cannot be paired"):
        services.proposal_confirm(
            coordinator=_coordinator(coordinators_group, "latin_america"),
            proposal=proposal,
            choices={mentee.user_id: solo.user_id for mentee in mentees},
        )
    assert Mentorship.objects.count() == 0


@pytest.mark.django_db
def test_program_report_is_scoped_and_exports_csv(client, coordinators_group, programs):
    make_mentor(programs["latam"])
    Mentorship.objects.create(
        program=programs["latam"],
        mentor=make_mentor().user,
        mentee=make_mentee().user,
        status="active",
    )
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    response = client.get("/admin/reports/mentoring/")
    rows = [r.program for r in response.context["object_list"]]
    assert rows == ["Red de mentoría"]
    csv_body = b"".join(client.get("/admin/reports/mentoring/?export=csv").streaming_content)
    assert "Red de mentoría" in csv_body.decode()
    assert "Mentoring Slovensko" not in csv_body.decode()


@pytest.mark.django_db
def test_coordinator_cannot_touch_another_regions_people_or_pairs(
    client, coordinators_group, programs
):
    europe = programs["europe"]
    mentee = make_mentee(europe)
    mentor = make_mentor(europe)
    participation = mentee.user.participations.get()
    mentorship = Mentorship.objects.create(
        program=europe, mentor=mentor.user, mentee=mentee.user, status="active"
    )
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    assert (
        mentee.user.full_name not in client.get("/admin/mentoring_participants/").content.decode()
    )
    assert client.get(f"/admin/mentoring_participants/edit/{participation.pk}/").status_code == 404
    assert client.get(f"/admin/mentoring_mentorships/edit/{mentorship.pk}/").status_code == 404
    response = client.post(f"/admin/mentoring_mentorships/delete/{mentorship.pk}/")
    assert response.status_code == 404
    response = client.post(f"/admin/mentoring/programs/{europe.pk}/match/", {"action": "propose"})
    assert response.status_code == 404
    assert not MatchProposal.objects.exists()
    assert Mentorship.objects.filter(pk=mentorship.pk, status="active").exists()


# ----------------------------------------------------------------------------- admin changes
# go through the services: rules, MentorshipEvent, Wagtail audit log, History, emails.

PARTICIPANTS = "/admin/mentoring_participants"
MENTORSHIPS = "/admin/mentoring_mentorships"


def _log(action, instance):
    return ModelLogEntry.objects.filter(action=action, object_id=str(instance.pk))


def _history(client, base, instance) -> str:
    response = client.get(f"{base}/history/{instance.pk}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def latam(programs):
    return programs["latam"]


@pytest.fixture
def coordinator(coordinators_group):
    return _coordinator(coordinators_group, "latin_america")


@pytest.mark.django_db
def test_admin_pairing_into_a_mentor_at_capacity_is_refused(client, coordinator, latam):
    full = make_mentor(latam, capacity=1)
    Mentorship.objects.create(
        program=latam, mentor=full.user, mentee=make_mentee(latam).user, status="active"
    )
    mentee = make_mentee(latam)
    client.force_login(coordinator)
    response = client.post(
        f"{MENTORSHIPS}/new/",
        {"program": latam.pk, "mentor": full.user_id, "mentee": mentee.user_id},
    )
    assert response.status_code == 200
    assert "no room for another mentee" in response.content.decode()
    assert not Mentorship.objects.filter(mentee=mentee.user).exists()
    assert not ModelLogEntry.objects.filter(action="mentoring.pair").exists()


@pytest.mark.django_db
def test_admin_pairing_goes_through_the_service(
    client, coordinator, latam, django_capture_on_commit_callbacks
):
    # The mentor does not take requests, but a coordinator may still pair within capacity.
    mentor = make_mentor(latam, accepting=False, full_name="Lucía Fernández")
    mentee = make_mentee(latam, full_name="Ana Gómez")
    client.force_login(coordinator)
    form = client.get(f"{MENTORSHIPS}/new/").content.decode()
    assert "Lucía Fernández" in form and "Ana Gómez" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{MENTORSHIPS}/new/",
            {"program": latam.pk, "mentor": mentor.user_id, "mentee": mentee.user_id},
        )
    assert response.status_code == 302
    mentorship = Mentorship.objects.get(mentee=mentee.user)
    assert (mentorship.status, mentorship.mentor) == ("active", mentor.user)
    event = MentorshipEvent.objects.get(mentorship=mentorship)
    assert (event.actor, event.to_status) == (coordinator, "active")
    assert _log("mentoring.pair", mentorship).get().user == coordinator
    assert sorted(m.to[0] for m in mail.outbox) == sorted([mentor.user.email, mentee.user.email])
    assert "Paired the mentor and the mentee" in _history(client, MENTORSHIPS, mentorship)


@pytest.mark.django_db
def test_admin_pairing_offers_only_the_coordinators_programs(
    client, coordinator, programs, latam
):
    europe = programs["europe"]
    mentor = make_mentor(europe, full_name="Jana Nováková")
    mentee = make_mentee(europe)
    client.force_login(coordinator)
    assert "Jana Nováková" not in client.get(f"{MENTORSHIPS}/new/").content.decode()
    response = client.post(
        f"{MENTORSHIPS}/new/",
        {"program": europe.pk, "mentor": mentor.user_id, "mentee": mentee.user_id},
    )
    assert response.status_code == 200
    assert not Mentorship.objects.exists()


def _mentee_choice(program):
    program.matching_mode = MentoringProgram.MatchingMode.MENTEE_CHOICE
    program.save()
    return program


@pytest.mark.django_db
def test_admin_accepts_a_request_on_the_mentors_behalf(client, coordinator, latam):
    _mentee_choice(latam)
    mentor = make_mentor(latam)
    mentee = make_mentee(latam)
    mentorship = services.mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=latam, message="Hola"
    )
    assert _log("mentoring.request", mentorship).get().user == mentee.user
    client.force_login(coordinator)
    listing = client.get(f"{MENTORSHIPS}/").content.decode()
    assert f"{MENTORSHIPS}/accept/{mentorship.pk}/" in listing
    page = client.get(f"{MENTORSHIPS}/accept/{mentorship.pk}/")
    assert page.status_code == 200 and "on the mentor&#x27;s behalf" in page.content.decode()
    response = client.post(f"{MENTORSHIPS}/accept/{mentorship.pk}/", follow=True)
    assert "now mentors" in response.content.decode()
    mentorship.refresh_from_db()
    assert mentorship.status == "active"
    event = mentorship.events.get(to_status="active")
    assert event.actor == coordinator
    assert _log("mentoring.accept", mentorship).get().user == coordinator
    history = _history(client, MENTORSHIPS, mentorship)
    assert "Accepted the mentorship request" in history and "Requested a mentorship" in history


@pytest.mark.django_db
def test_admin_accept_keeps_the_capacity_rule(client, coordinator, latam):
    _mentee_choice(latam)
    mentor = make_mentor(latam, capacity=1)
    mentorship = services.mentorship_request(
        mentee=make_mentee(latam).user, mentor_profile=mentor, program=latam, message="Hola"
    )
    Mentorship.objects.create(
        program=ProgramFactory(), mentor=mentor.user, mentee=make_mentee().user, status="active"
    )
    client.force_login(coordinator)
    response = client.post(f"{MENTORSHIPS}/accept/{mentorship.pk}/", follow=True)
    assert "no room for another mentee" in response.content.decode()
    mentorship.refresh_from_db()
    assert mentorship.status == "requested"
    assert not _log("mentoring.accept", mentorship).exists()


@pytest.mark.django_db
def test_admin_declines_a_request_with_a_reason(
    client, coordinator, latam, django_capture_on_commit_callbacks
):
    _mentee_choice(latam)
    mentee = make_mentee(latam)
    mentorship = services.mentorship_request(
        mentee=mentee.user, mentor_profile=make_mentor(latam), program=latam, message="Hola"
    )
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{MENTORSHIPS}/decline/{mentorship.pk}/", {"reason": "Mentor on leave"})
    mentorship.refresh_from_db()
    assert (mentorship.status, mentorship.decline_reason) == ("declined", "Mentor on leave")
    assert _log("mentoring.decline", mentorship).get().user == coordinator
    assert mail.outbox[-1].to == [mentee.user.email]


@pytest.fixture
def active_pair(coordinator, latam):
    mentor = make_mentor(latam, full_name="First Mentor")
    mentee = make_mentee(latam)
    return services.mentorship_pair(
        coordinator=coordinator, program=latam, mentor=mentor.user, mentee=mentee.user
    )


@pytest.mark.django_db
def test_admin_ends_a_mentorship_early_only_with_a_reason(client, coordinator, active_pair):
    client.force_login(coordinator)
    url = f"{MENTORSHIPS}/end/{active_pair.pk}/"
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    active_pair.refresh_from_db()
    assert active_pair.status == "active"
    response = client.post(url, {"reason": "The mentee changed jobs"})
    assert response.status_code == 302
    active_pair.refresh_from_db()
    assert (active_pair.status, active_pair.end_reason) == ("ended", "The mentee changed jobs")
    assert active_pair.events.filter(to_status="ended", actor=coordinator).exists()
    assert _log("mentoring.end", active_pair).get().user == coordinator
    assert "Ended the mentorship early" in _history(client, MENTORSHIPS, active_pair)
    # Ending again is refused by the service, and nothing more is logged.
    response = client.post(url, {"reason": "Again"}, follow=True)
    assert "not active" in response.content.decode()
    assert _log("mentoring.end", active_pair).count() == 1


@pytest.mark.django_db
def test_admin_repairs_in_one_transaction(client, coordinator, latam, active_pair):
    foreign = make_mentor(latam, languages=("zh",), full_name="Wang Fang")
    client.force_login(coordinator)
    url = f"{MENTORSHIPS}/repair/{active_pair.pk}/"
    assert "Wang Fang" in client.get(url).content.decode()
    # A new mentor without a shared language: refused, and the old pair stays active.
    response = client.post(url, {"mentor": foreign.user_id, "reason": "Better fit"}, follow=True)
    assert "do not share a language" in response.content.decode()
    active_pair.refresh_from_db()
    assert active_pair.status == "active"
    assert not _log("mentoring.end", active_pair).exists()
    assert Mentorship.objects.count() == 1

    second = make_mentor(latam, full_name="Second Mentor")
    response = client.post(url, {"mentor": second.user_id, "reason": "Better fit"})
    assert response.status_code == 302
    active_pair.refresh_from_db()
    assert (active_pair.status, active_pair.end_reason) == ("ended", "Better fit")
    new = Mentorship.objects.get(mentee=active_pair.mentee, status="active")
    assert new.mentor == second.user
    assert _log("mentoring.end", active_pair).get().user == coordinator
    assert _log("mentoring.pair", new).get().user == coordinator


@pytest.mark.django_db
def test_admin_admits_and_declines_participants(client, coordinator, latam):
    waiting = Participation.objects.create(
        program=latam, user=make_mentee().user, role="mentee", status="pending"
    )
    other = Participation.objects.create(
        program=latam, user=make_mentor().user, role="mentor", status="pending"
    )
    client.force_login(coordinator)
    listing = client.get(f"{PARTICIPANTS}/").content.decode()
    assert f"{PARTICIPANTS}/admit/{waiting.pk}/" in listing
    assert client.get(f"{PARTICIPANTS}/admit/{waiting.pk}/").status_code == 200
    response = client.post(f"{PARTICIPANTS}/admit/{waiting.pk}/", follow=True)
    assert "is admitted to" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "admitted"
    assert _log("mentoring.participant.admit", waiting).get().user == coordinator
    assert "Admitted the participant" in _history(client, PARTICIPANTS, waiting)
    # Only a pending participant is admitted or declined.
    response = client.post(f"{PARTICIPANTS}/decline/{waiting.pk}/", follow=True)
    assert "no longer waiting for admission" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "admitted"

    client.post(f"{PARTICIPANTS}/decline/{other.pk}/")
    other.refresh_from_db()
    assert other.status == "declined"
    assert _log("mentoring.participant.decline", other).get().user == coordinator


@pytest.mark.django_db
def test_edit_forms_no_longer_change_status_or_people(client, coordinator, latam, active_pair):
    waiting = Participation.objects.create(
        program=latam, user=make_mentee().user, role="mentee", status="pending"
    )
    client.force_login(coordinator)
    response = client.post(
        f"{MENTORSHIPS}/edit/{active_pair.pk}/",
        {
            "program": latam.pk,
            "mentor": active_pair.mentor_id,
            "mentee": active_pair.mentee_id,
            "status": "completed",
        },
    )
    assert response.status_code == 405
    active_pair.refresh_from_db()
    assert active_pair.status == "active"
    response = client.post(
        f"{PARTICIPANTS}/edit/{waiting.pk}/",
        {"program": latam.pk, "user": waiting.user_id, "role": "mentee", "status": "admitted"},
    )
    assert response.status_code == 405
    waiting.refresh_from_db()
    assert waiting.status == "pending"
    assert not ModelLogEntry.objects.filter(action="wagtail.edit").exists()
    # The edit URL shows the read-only page, where the status is shown but not editable.
    response = client.get(f"{MENTORSHIPS}/edit/{active_pair.pk}/", follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and "First Mentor" in html
    assert 'name="status"' not in html and f"{MENTORSHIPS}/end/{active_pair.pk}/" in html
    # Participants are not created in the admin: people join a program on the site.
    assert client.get(f"{PARTICIPANTS}/new/").status_code == 404
    assert client.get(f"{PARTICIPANTS}/copy/{waiting.pk}/").status_code == 404


@pytest.mark.django_db
def test_another_regions_coordinator_gets_404_on_every_action(
    client, coordinators_group, programs, django_capture_on_commit_callbacks
):
    europe = programs["europe"]
    mentor = make_mentor(europe, languages=("sk",), region="europe")
    spare = make_mentor(europe, languages=("sk",), region="europe")
    mentee = make_mentee(europe, languages=("sk",), region="europe")
    requester = make_mentee(europe, languages=("sk",), region="europe")
    active = Mentorship.objects.create(
        program=europe, mentor=mentor.user, mentee=mentee.user, status="active"
    )
    requested = Mentorship.objects.create(
        program=europe, mentor=mentor.user, mentee=requester.user, status="requested"
    )
    waiting = Participation.objects.create(
        program=europe, user=UserFactory(), role="mentee", status="pending"
    )
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    urls = [
        (f"{PARTICIPANTS}/admit/{waiting.pk}/", {}),
        (f"{PARTICIPANTS}/decline/{waiting.pk}/", {}),
        (f"{PARTICIPANTS}/inspect/{waiting.pk}/", None),
        (f"{PARTICIPANTS}/history/{waiting.pk}/", None),
        (f"{MENTORSHIPS}/accept/{requested.pk}/", {}),
        (f"{MENTORSHIPS}/decline/{requested.pk}/", {"reason": "x"}),
        (f"{MENTORSHIPS}/end/{active.pk}/", {"reason": "x"}),
        (f"{MENTORSHIPS}/repair/{active.pk}/", {"mentor": spare.user_id, "reason": "x"}),
        (f"{MENTORSHIPS}/inspect/{active.pk}/", None),
        (f"{MENTORSHIPS}/history/{active.pk}/", None),
        (f"{MENTORSHIPS}/edit/{active.pk}/", None),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for url, data in urls:
            assert client.get(url).status_code == 404, url
            if data is not None:
                assert client.post(url, data).status_code == 404, url
    waiting.refresh_from_db()
    active.refresh_from_db()
    requested.refresh_from_db()
    assert (waiting.status, active.status, requested.status) == ("pending", "active", "requested")
    assert Mentorship.objects.count() == 2
    assert not ModelLogEntry.objects.filter(action__startswith="mentoring.").exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_learners_and_viewers_cannot_act(client, latam, active_pair):
    waiting = Participation.objects.create(
        program=latam, user=UserFactory(), role="mentee", status="pending"
    )
    posts = [
        (f"{PARTICIPANTS}/admit/{waiting.pk}/", {}),
        (f"{MENTORSHIPS}/end/{active_pair.pk}/", {"reason": "x"}),
        (f"{MENTORSHIPS}/new/", {"program": latam.pk}),
    ]
    # A learner is sent to the (one) sign-in page.
    client.force_login(UserFactory())
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    # An admin user of the region without the change permissions is refused.
    viewers = Group.objects.create(name="Viewers")
    viewers.permissions.add(Permission.objects.get(codename="access_admin"))
    viewers.permissions.add(Permission.objects.get(codename="view_mentorship"))
    viewers.permissions.add(Permission.objects.get(codename="view_participation"))
    viewer = UserFactory(region="latin_america", is_staff=True)
    viewer.groups.add(viewers)
    client.force_login(viewer)
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 302 and "/accounts/login/" not in response["Location"], url
    waiting.refresh_from_db()
    active_pair.refresh_from_db()
    assert (waiting.status, active_pair.status) == ("pending", "active")


@pytest.mark.django_db
def test_admin_actions_need_the_csrf_token(coordinator, latam, active_pair):
    from django.test import Client

    waiting = Participation.objects.create(
        program=latam, user=UserFactory(), role="mentee", status="pending"
    )
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    assert client.post(f"{PARTICIPANTS}/admit/{waiting.pk}/").status_code == 403
    response = client.post(f"{MENTORSHIPS}/end/{active_pair.pk}/", {"reason": "Forged"})
    assert response.status_code == 403
    waiting.refresh_from_db()
    active_pair.refresh_from_db()
    assert (waiting.status, active_pair.status) == ("pending", "active")


# ----------------------------------------------------------------------------- services


@pytest.mark.django_db
def test_one_coordinator_rule(coordinators_group, programs):
    latam, europe = programs["latam"], programs["europe"]
    coordinator = _coordinator(coordinators_group, "latin_america")
    assert list(selectors.programs_coordinated_by(user=coordinator)) == [latam]
    assert selectors.program_coordinated_by(user=coordinator, program=latam)
    assert not selectors.program_coordinated_by(user=coordinator, program=europe)
    regionless = _coordinator(coordinators_group, "")
    assert not selectors.programs_coordinated_by(user=regionless).exists()
    without_permission = UserFactory(region="latin_america", is_staff=True)
    assert not selectors.program_coordinated_by(user=without_permission, program=latam)
    superuser = UserFactory(is_superuser=True)
    assert selectors.programs_coordinated_by(user=superuser).count() == 2
    assert selectors.program_coordinated_by(user=superuser, program=europe)


@pytest.mark.django_db
def test_services_refuse_coordinators_of_other_programs_and_broken_pairs(
    coordinators_group, programs
):
    latam, europe = programs["latam"], programs["europe"]
    coordinator = _coordinator(coordinators_group, "latin_america")
    waiting = Participation.objects.create(
        program=europe, user=UserFactory(), role="mentee", status="pending"
    )
    with pytest.raises(ActionRefused, match="do not coordinate"):
        services.participation_admit(coordinator=coordinator, participation=waiting)
    mentor = make_mentor(latam)
    mentee = make_mentee(latam)
    with pytest.raises(ActionRefused, match="do not coordinate"):
        services.mentorship_pair(
            coordinator=coordinator, program=europe, mentor=mentor.user, mentee=mentee.user
        )
    with pytest.raises(ActionRefused, match="own mentor"):
        services.mentorship_pair(
            coordinator=coordinator, program=latam, mentor=mentor.user, mentee=mentor.user
        )
    outsider = make_mentee()
    with pytest.raises(ActionRefused, match="not an admitted mentee"):
        services.mentorship_pair(
            coordinator=coordinator, program=latam, mentor=mentor.user, mentee=outsider.user
        )
    services.mentorship_pair(
        coordinator=coordinator, program=latam, mentor=mentor.user, mentee=mentee.user
    )
    with pytest.raises(ActionRefused, match="already has an open"):
        services.mentorship_pair(
            coordinator=coordinator,
            program=latam,
            mentor=make_mentor(latam).user,
            mentee=mentee.user,
        )
    assert Participation.objects.get(pk=waiting.pk).status == "pending"
    assert Mentorship.objects.count() == 1


@pytest.mark.django_db
def test_expiry_is_logged_without_a_user(latam):
    from datetime import timedelta

    from django.utils import timezone

    _mentee_choice(latam)
    mentorship = services.mentorship_request(
        mentee=make_mentee(latam).user, mentor_profile=make_mentor(latam), program=latam,
        message="Hola",
    )
    Mentorship.objects.filter(pk=mentorship.pk).update(
        requested_at=timezone.now() - timedelta(days=15)
    )
    assert services.mentorship_expire_stale() == 1
    entry = _log("mentoring.expire", mentorship).get()
    assert entry.user is None
    assert entry.data["to_status"] == "expired"


@pytest.mark.django_db
def test_site_history_is_for_administrators_only(client, coordinator, latam):
    """Site history lists changes across regions: a coordinator may not read it (the object's
    own History, scoped to the region, stays open)."""
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/results/"):
        client.force_login(coordinator)
        assert client.get(url).status_code == 403
        client.force_login(UserFactory(is_staff=True, is_superuser=True))
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_admin_lists_run_a_fixed_number_of_queries(client, coordinators_group, programs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(_coordinator(coordinators_group, "latin_america"))

    def add(count):
        for _ in range(count):
            mentor = make_mentor(programs["latam"])
            mentee = make_mentee(programs["latam"])
            Mentorship.objects.create(program=programs["latam"], mentor=mentor.user,
                                      mentee=mentee.user, status="active")

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    urls = ["/admin/mentoring_mentorships/", "/admin/mentoring_participants/"]
    add(2)
    small = [queries(url) for url in urls]
    add(12)
    assert [queries(url) for url in urls] == small


@pytest.mark.django_db
def test_bulk_matching_page_without_a_proposal_only_counts(client, coordinators_group, programs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    program = programs["latam"]
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    url = f"/admin/mentoring/programs/{program.pk}/match/"

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured.captured_queries), response.context["unmatched_count"]

    for _ in range(2):
        make_mentee(program)
    small, count = queries()
    assert count == 2
    for _ in range(10):
        make_mentee(program)
    assert queries() == (small, 12)
