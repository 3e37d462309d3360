"""Writes for mentoring. Each function checks who may act, runs in one transaction, records
the status change with who and when, and sends emails after commit."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import matching, selectors
from .models import (
    Feedback,
    Goal,
    MatchProposal,
    MenteeProfile,
    MentoringProgram,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipEvent,
    Participation,
    ProposedPair,
)

REQUEST_EXPIRES_AFTER = datetime.timedelta(days=14)


class MentoringError(Exception):
    """A refused action; ``message`` is shown to the user as it is (translated)."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def _notify(kind: str, mentorship_id: int, recipient_id: int) -> None:
    from .emails import send_mentoring_email

    transaction.on_commit(
        lambda: send_mentoring_email.enqueue(
            kind=kind, mentorship_id=mentorship_id, recipient_id=recipient_id
        )
    )


def _record(mentorship: Mentorship, actor, old: str, note: str = "") -> None:
    MentorshipEvent.objects.create(
        mentorship=mentorship, actor=actor, from_status=old, to_status=mentorship.status, note=note
    )


def _signed_in(user) -> None:
    if user is None or not user.is_authenticated:
        raise MentoringError(_("Please sign in first."))


def participation_join(*, user, program: MentoringProgram, role: str) -> Participation:
    _signed_in(user)
    if role not in Participation.Role.values:
        raise MentoringError(_("Unknown role."))
    if not program.is_open():
        raise MentoringError(_("This program has ended."))
    if role == Participation.Role.MENTOR and not MentorProfile.objects.filter(user=user).exists():
        raise MentoringError(_("Fill in your mentor profile first."))
    if role == Participation.Role.MENTEE and not MenteeProfile.objects.filter(user=user).exists():
        raise MentoringError(_("Fill in your mentee profile first."))
    try:
        with transaction.atomic():
            participation, _created = Participation.objects.get_or_create(
                program=program, user=user, role=role
            )
    except IntegrityError:
        participation = Participation.objects.get(program=program, user=user, role=role)
    return participation


def _admitted(program: MentoringProgram, user, role: str) -> bool:
    return Participation.objects.filter(
        program=program, user=user, role=role, status=Participation.Status.ADMITTED
    ).exists()


def mentorship_request(
    *, mentee, mentor_profile: MentorProfile, program: MentoringProgram, message: str
) -> Mentorship:
    _signed_in(mentee)
    mentor = mentor_profile.user
    if mentor.pk == mentee.pk:
        raise MentoringError(_("You cannot be your own mentor."))
    if program.matching_mode != MentoringProgram.MatchingMode.MENTEE_CHOICE:
        raise MentoringError(_("In this program the coordinator pairs mentors and mentees."))
    if not program.is_open():
        raise MentoringError(_("This program has ended."))
    if not _admitted(program, mentee, Participation.Role.MENTEE):
        raise MentoringError(_("You are not an admitted mentee in this program."))
    if not _admitted(program, mentor, Participation.Role.MENTOR):
        raise MentoringError(_("This person is not a mentor in this program."))
    mentee_profile = MenteeProfile.objects.filter(user=mentee).first()
    if mentee_profile is None:
        raise MentoringError(_("Fill in your mentee profile first."))
    with transaction.atomic():
        # Lock the mentor's profile so that capacity is checked against settled numbers.
        locked = MentorProfile.objects.select_for_update().get(pk=mentor_profile.pk)
        if not locked.accepting:
            raise MentoringError(_("This mentor is not accepting new mentees."))
        active = selectors.active_counts(mentor_ids=[mentor.pk]).get(mentor.pk, 0)
        if active >= locked.capacity:
            raise MentoringError(_("This mentor has no room for another mentee right now."))
        if not set(mentee_profile.languages) & set(locked.languages):
            raise MentoringError(_("You and this mentor do not share a language."))
        if Mentorship.objects.filter(
            program=program, mentee=mentee, status__in=Mentorship.OPEN_STATUSES
        ).exists():
            raise MentoringError(
                _("You already have an open request or mentorship in this program.")
            )
        facts_mentee = selectors.mentee_facts(profiles=[mentee_profile], program=program)[0]
        facts_mentor = selectors.mentor_facts(profiles=[locked])[0]
        score = matching.score_pair(facts_mentee, facts_mentor, program.region_preference)
        try:
            with transaction.atomic():
                mentorship = Mentorship.objects.create(
                    program=program,
                    mentor=mentor,
                    mentee=mentee,
                    request_message=message.strip(),
                    match_score=Decimal(str(score)) if score >= 0 else None,
                )
        except IntegrityError as error:
            raise MentoringError(
                _("You already have an open request or mentorship in this program.")
            ) from error
        _record(mentorship, mentee, "", message.strip())
        _notify("requested", mentorship.pk, mentor.pk)
    return mentorship


def _lock(mentorship: Mentorship) -> Mentorship:
    return Mentorship.objects.select_for_update().get(pk=mentorship.pk)


def _expired(mentorship: Mentorship, now=None) -> bool:
    now = now or timezone.now()
    return (
        mentorship.status == Mentorship.Status.REQUESTED
        and mentorship.requested_at + REQUEST_EXPIRES_AFTER < now
    )


def mentorship_accept(*, mentor, mentorship: Mentorship) -> Mentorship:
    _signed_in(mentor)
    with transaction.atomic():
        locked = _lock(mentorship)
        if locked.mentor_id != mentor.pk:
            raise MentoringError(_("Only the requested mentor can answer this request."))
        if _expired(locked):
            raise MentoringError(_("This request has expired."))
        if locked.status != Mentorship.Status.REQUESTED:
            raise MentoringError(_("This request has already been answered."))
        profile = MentorProfile.objects.select_for_update().get(user=mentor)
        active = selectors.active_counts(mentor_ids=[mentor.pk]).get(mentor.pk, 0)
        if active >= profile.capacity:
            raise MentoringError(
                _("You are at your capacity. Raise it in your profile or end a mentorship first.")
            )
        old = locked.status
        locked.status = Mentorship.Status.ACTIVE
        locked.responded_at = timezone.now()
        locked.save(update_fields=["status", "responded_at"])
        _record(locked, mentor, old)
        _notify("accepted", locked.pk, locked.mentee_id)
    return locked


def mentorship_decline(*, mentor, mentorship: Mentorship, reason: str = "") -> Mentorship:
    _signed_in(mentor)
    with transaction.atomic():
        locked = _lock(mentorship)
        if locked.mentor_id != mentor.pk:
            raise MentoringError(_("Only the requested mentor can answer this request."))
        if locked.status != Mentorship.Status.REQUESTED:
            raise MentoringError(_("This request has already been answered."))
        old = locked.status
        locked.status = Mentorship.Status.DECLINED
        locked.decline_reason = reason.strip()
        locked.responded_at = timezone.now()
        locked.save(update_fields=["status", "decline_reason", "responded_at"])
        _record(locked, mentor, old, reason.strip())
        _notify("declined", locked.pk, locked.mentee_id)
    return locked


def mentorship_expire_stale(*, now=None) -> int:
    """Expire requests left unanswered for 14 days (run daily; safe to run any time)."""
    now = now or timezone.now()
    expired = 0
    stale = Mentorship.objects.filter(
        status=Mentorship.Status.REQUESTED, requested_at__lt=now - REQUEST_EXPIRES_AFTER
    ).values_list("pk", flat=True)
    for pk in list(stale):
        with transaction.atomic():
            locked = Mentorship.objects.select_for_update().get(pk=pk)
            if not _expired(locked, now):
                continue
            locked.status = Mentorship.Status.EXPIRED
            locked.responded_at = now
            locked.save(update_fields=["status", "responded_at"])
            _record(locked, None, Mentorship.Status.REQUESTED)
            _notify("expired", locked.pk, locked.mentee_id)
            expired += 1
    return expired


def _party(user, mentorship: Mentorship) -> None:
    _signed_in(user)
    if not mentorship.is_party(user):
        raise MentoringError(_("You are not part of this mentorship."))


def _active_party(user, mentorship: Mentorship) -> None:
    _party(user, mentorship)
    if mentorship.status != Mentorship.Status.ACTIVE:
        raise MentoringError(_("This mentorship is not active."))


def mentorship_close(
    *, user, mentorship: Mentorship, completed: bool, reason: str, rating: int, comment: str
) -> Mentorship:
    """End an active mentorship (completed, or ended early with a reason), with the closing
    person's feedback; the other person is asked for theirs by email."""
    _party(user, mentorship)
    if not completed and not reason.strip():
        raise MentoringError(_("Please say why the mentorship ends early."))
    with transaction.atomic():
        locked = _lock(mentorship)
        if locked.status != Mentorship.Status.ACTIVE:
            raise MentoringError(_("This mentorship is not active."))
        old = locked.status
        locked.status = Mentorship.Status.COMPLETED if completed else Mentorship.Status.ENDED
        locked.end_reason = reason.strip()
        locked.ended_at = timezone.now()
        locked.next_meeting_at = None
        locked.save(update_fields=["status", "end_reason", "ended_at", "next_meeting_at"])
        _record(locked, user, old, reason.strip())
        Feedback.objects.create(mentorship=locked, author=user, rating=rating, comment=comment)
        for recipient in (locked.mentor_id, locked.mentee_id):
            _notify("ended", locked.pk, recipient)
    return locked


def feedback_give(*, user, mentorship: Mentorship, rating: int, comment: str) -> Feedback:
    _party(user, mentorship)
    if mentorship.status not in Mentorship.CLOSED_STATUSES:
        raise MentoringError(_("Feedback is given when a mentorship ends."))
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                mentorship=mentorship, author=user, rating=rating, comment=comment
            )
    except IntegrityError as error:
        raise MentoringError(_("You have already given feedback.")) from error


def goal_add(*, user, mentorship: Mentorship, title: str, description: str, due_on) -> Goal:
    _active_party(user, mentorship)
    return Goal.objects.create(
        mentorship=mentorship,
        title=title,
        description=description,
        due_on=due_on,
        created_by=user,
    )


def goal_set_done(*, user, goal: Goal, done: bool) -> Goal:
    _active_party(user, goal.mentorship)
    goal.status = Goal.Status.DONE if done else Goal.Status.OPEN
    goal.completed_at = timezone.now() if done else None
    goal.save(update_fields=["status", "completed_at"])
    return goal


def session_log(
    *, user, mentorship: Mentorship, held_on, duration_minutes: int, notes: str, next_steps: str
) -> MentoringSession:
    _active_party(user, mentorship)
    if held_on > timezone.localdate():
        raise MentoringError(_("A session is logged after it took place."))
    return MentoringSession.objects.create(
        mentorship=mentorship,
        held_on=held_on,
        duration_minutes=duration_minutes,
        notes=notes,
        next_steps=next_steps,
        logged_by=user,
    )


def meeting_schedule(*, user, mentorship: Mentorship, when, details: str) -> Mentorship:
    _active_party(user, mentorship)
    if when <= timezone.now():
        raise MentoringError(_("Choose a time in the future."))
    with transaction.atomic():
        locked = _lock(mentorship)
        locked.next_meeting_at = when
        locked.next_meeting_details = details.strip()
        locked.save(update_fields=["next_meeting_at", "next_meeting_details"])
        other = locked.mentee_id if user.pk == locked.mentor_id else locked.mentor_id
        _notify("meeting", locked.pk, other)
    return locked


def proposal_create(*, coordinator, program: MentoringProgram) -> MatchProposal:
    """Propose the best global assignment of every unmatched mentee within mentor capacity."""
    mentees = selectors.unmatched_mentee_profiles(program=program)
    mentors = selectors.program_mentor_profiles(program=program)
    result = matching.assign(
        selectors.mentee_facts(profiles=mentees, program=program),
        selectors.mentor_facts(profiles=mentors),
        program.region_preference,
    )
    with transaction.atomic():
        proposal = MatchProposal.objects.create(
            program=program,
            created_by=coordinator,
            total_score=Decimal(str(round(sum(s for _m, _t, s in result if s), 1))),
        )
        ProposedPair.objects.bulk_create(
            ProposedPair(
                proposal=proposal,
                mentee_id=mentee_id,
                mentor_id=mentor_id,
                score=Decimal(str(score)) if score is not None else None,
            )
            for mentee_id, mentor_id, score in result
        )
    return proposal


def proposal_confirm(
    *, coordinator, proposal: MatchProposal, choices: dict[int, int | None]
) -> list[Mentorship]:
    """Create the mentorships of a reviewed proposal. ``choices`` maps a mentee to the mentor
    the coordinator kept or chose instead (None to leave the mentee unmatched). Every pair is
    checked again against the hard rules and capacities; nothing is created if one fails."""
    program = proposal.program
    with transaction.atomic():
        locked = MatchProposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.status != MatchProposal.Status.DRAFT:
            raise MentoringError(_("This proposal has already been confirmed."))
        mentees = {p.user_id: p for p in selectors.unmatched_mentee_profiles(program=program)}
        mentors = {p.user_id: p for p in selectors.program_mentor_profiles(program=program)}
        mentor_facts = {f.key: f for f in selectors.mentor_facts(profiles=list(mentors.values()))}
        created = []
        for mentee_id, mentor_id in choices.items():
            if mentor_id is None:
                continue
            if mentee_id not in mentees or mentor_id not in mentors:
                raise MentoringError(_("A proposed person is no longer available. Propose again."))
            (mentee_fact,) = selectors.mentee_facts(profiles=[mentees[mentee_id]], program=program)
            mentor_fact = mentor_facts[mentor_id]
            score = matching.score_pair(mentee_fact, mentor_fact, program.region_preference)
            if score < 0:
                raise MentoringError(
                    _("%(mentee)s and %(mentor)s cannot be paired (language or capacity).")
                    % {"mentee": mentees[mentee_id].user, "mentor": mentors[mentor_id].user}
                )
            mentor_fact.active += 1
            mentorship = Mentorship.objects.create(
                program=program,
                mentor_id=mentor_id,
                mentee_id=mentee_id,
                status=Mentorship.Status.ACTIVE,
                responded_at=timezone.now(),
                match_score=Decimal(str(score)),
            )
            _record(mentorship, coordinator, "", "bulk matching")
            _notify("accepted", mentorship.pk, mentee_id)
            _notify("paired", mentorship.pk, mentor_id)
            created.append(mentorship)
        locked.status = MatchProposal.Status.CONFIRMED
        locked.save(update_fields=["status"])
    return created
