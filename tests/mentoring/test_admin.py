"""Coordinators in the Wagtail admin: their own region only; bulk matching; report."""

import pytest
from django.contrib.auth.models import Group, Permission

from mentoring.models import MatchProposal, MentoringProgram, Mentorship
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

    # The coordinator leaves the first mentee out and keeps the rest.
    data = {"action": "confirm"}
    for mentee in mentees:
        data[f"pair-{mentee.user_id}"] = pairs[mentee.user_id]
        data[f"include-{mentee.user_id}"] = "0" if mentee is mentees[0] else "1"
    client.post(f"/admin/mentoring/programs/{program.pk}/match/", data)
    created = Mentorship.objects.filter(program=program, status="active")
    assert created.count() == 2
    assert not created.filter(mentee=mentees[0].user).exists()
    proposal.refresh_from_db()
    assert proposal.status == "confirmed"


@pytest.mark.django_db
def test_confirm_refuses_an_edit_that_breaks_capacity(client, coordinators_group, programs):
    program = programs["latam"]
    solo = make_mentor(program, capacity=1)
    mentees = [make_mentee(program) for _ in range(2)]
    client.force_login(_coordinator(coordinators_group, "latin_america"))
    client.post(f"/admin/mentoring/programs/{program.pk}/match/", {"action": "propose"})
    data = {"action": "confirm"}
    for mentee in mentees:
        data[f"pair-{mentee.user_id}"] = solo.user_id
        data[f"include-{mentee.user_id}"] = "1"
    response = client.post(f"/admin/mentoring/programs/{program.pk}/match/", data, follow=True)
    assert "cannot be paired" in response.content.decode()
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
