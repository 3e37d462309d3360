"""Mentor capacity under concurrent paths, on PostgreSQL: a coordinator's bulk confirmation
and the mentor accepting a request in another program race for the same seats."""

import pytest

from lms.actions import ActionRefused
from mentoring import services
from mentoring.models import MentoringProgram, Mentorship
from tests.concurrency import hold_then_race
from tests.factories import ProgramFactory, UserFactory, make_mentee, make_mentor

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


def _setup():
    bulk = ProgramFactory(region="latin_america", matching_mode=MentoringProgram.MatchingMode.COORDINATOR)
    choice = ProgramFactory(region="latin_america")
    mentor = make_mentor(bulk, capacity=2)
    from mentoring.models import Participation

    Participation.objects.create(program=choice, user=mentor.user, role="mentor", status="admitted")
    for _ in range(2):
        make_mentee(bulk)
    requester = make_mentee(choice)
    request = services.mentorship_request(
        mentee=requester.user, mentor_profile=mentor, program=choice, message="Hola"
    )
    coordinator = UserFactory(is_superuser=True, is_staff=True, region="latin_america")
    proposal = services.proposal_create(coordinator=coordinator, program=bulk)
    assert proposal.pairs.exclude(mentor=None).count() == 2
    return mentor, request, coordinator, proposal


def _active(mentor) -> int:
    return Mentorship.objects.filter(mentor=mentor.user, status="active").count()


def test_bulk_confirmation_waits_for_an_accept_and_counts_it():
    mentor, request, coordinator, proposal = _setup()
    accepted, confirmed, waited = hold_then_race(
        lambda: services.mentorship_accept(mentorship=request, mentor=mentor.user),
        lambda: services.proposal_confirm(coordinator=coordinator, proposal=proposal),
    )
    assert accepted.error is None
    assert waited, "the confirmation did not wait for the mentor's profile lock"
    assert isinstance(confirmed.error, ActionRefused)
    assert _active(mentor) == 1


def test_accept_waits_for_a_bulk_confirmation_and_counts_it():
    mentor, request, coordinator, proposal = _setup()
    confirmed, accepted, waited = hold_then_race(
        lambda: services.proposal_confirm(coordinator=coordinator, proposal=proposal),
        lambda: services.mentorship_accept(mentorship=request, mentor=mentor.user),
    )
    assert confirmed.error is None and len(confirmed.value) == 2
    assert waited
    assert isinstance(accepted.error, ActionRefused)
    assert _active(mentor) == 2


def test_a_coordinator_accepting_in_the_admin_and_the_mentor_accepting_share_the_seats():
    """Two requests to a mentor with one seat left: the coordinator accepts one on the mentor's
    behalf (the admin action's service) while the mentor accepts the other."""
    program = ProgramFactory(region="latin_america")
    mentor = make_mentor(program, capacity=1)
    requests = [
        services.mentorship_request(
            mentee=make_mentee(program).user, mentor_profile=mentor, program=program, message="Hola"
        )
        for _ in range(2)
    ]
    coordinator = UserFactory(is_superuser=True, is_staff=True, region="latin_america")
    by_coordinator, by_mentor, waited = hold_then_race(
        lambda: services.mentorship_accept(mentorship=requests[0], coordinator=coordinator),
        lambda: services.mentorship_accept(mentorship=requests[1], mentor=mentor.user),
    )
    assert waited
    assert by_coordinator.error is None and isinstance(by_mentor.error, ActionRefused)
    assert _active(mentor) == 1
