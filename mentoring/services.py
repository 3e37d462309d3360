"""Writes for mentoring. Each function checks who may act, runs in one transaction, records
the status change with who and when, and sends emails after commit."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import log_actions

from lms.actions import ActionRefused

from . import matching, selectors
from .models import (
    REQUEST_EXPIRES_AFTER,
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

# Actions written to Wagtail's audit log (labels and messages: ``wagtail_hooks.py``).
LOG_REQUEST = "mentoring.request"
LOG_ACCEPT = "mentoring.accept"
LOG_DECLINE = "mentoring.decline"
LOG_EXPIRE = "mentoring.expire"
LOG_COMPLETE = "mentoring.complete"
LOG_END = "mentoring.end"
LOG_PAIR = "mentoring.pair"
LOG_BULK_PAIR = "mentoring.bulk_pair"
LOG_ADMIT = "mentoring.participant.admit"
LOG_NOT_ADMIT = "mentoring.participant.decline"

# How far ahead a next meeting may be planned.
MEETING_HORIZON = datetime.timedelta(days=731)


def _notify(kind: str, mentorship_id: int, recipient_id: int) -> None:
    from .emails import send_mentoring_email

    transaction.on_commit(
        lambda: send_mentoring_email.enqueue(
            kind=kind, mentorship_id=mentorship_id, recipient_id=recipient_id
        )
    )


def _record(
    instance: Mentorship | Participation, actor, old: str, action: str, note: str = ""
) -> None:
    """Record a status change: who, when, from what to what. A mentorship keeps it as a
    MentorshipEvent (its workspace shows them); every change also goes to Wagtail's audit
    log, so the object's History in the admin lists it. ``actor`` is None for the system."""
    if isinstance(instance, Mentorship):
        MentorshipEvent.objects.create(
            mentorship=instance, actor=actor, from_status=old, to_status=instance.status, note=note
        )
    log_actions.log(
        instance=instance,
        action=action,
        user=actor,
        data={"from_status": str(old), "to_status": str(instance.status), "note": note},
    )


def _signed_in(user) -> None:
    if user is None or not user.is_authenticated:
        raise ActionRefused(_("Please sign in first."))


def _coordinating(coordinator, program: MentoringProgram) -> None:
    _signed_in(coordinator)
    if not selectors.program_coordinated_by(user=coordinator, program=program):
        raise ActionRefused(_("You do not coordinate this program."))


def _decide_participation(
    coordinator, participation: Participation, status: str, action: str
) -> Participation:
    _coordinating(coordinator, participation.program)
    with transaction.atomic():
        locked = Participation.objects.select_for_update().get(pk=participation.pk)
        if locked.status != Participation.Status.PENDING:
            raise ActionRefused(_("This person is no longer waiting for admission."))
        old = locked.status
        locked.status = status
        locked.save(update_fields=["status"])
        _record(locked, coordinator, old, action)
    return locked


def participation_admit(*, coordinator, participation: Participation) -> Participation:
    """A coordinator of the program admits a pending participant."""
    return _decide_participation(
        coordinator, participation, Participation.Status.ADMITTED, LOG_ADMIT
    )


def participation_decline(*, coordinator, participation: Participation) -> Participation:
    """A coordinator of the program does not admit a pending participant."""
    return _decide_participation(
        coordinator, participation, Participation.Status.DECLINED, LOG_NOT_ADMIT
    )


def participation_join(*, user, program: MentoringProgram, role: str) -> Participation:
    _signed_in(user)
    if role not in Participation.Role.values:
        raise ActionRefused(_("Unknown role."))
    if not program.is_open():
        raise ActionRefused(_("This program has ended."))
    if role == Participation.Role.MENTOR and not MentorProfile.objects.filter(user=user).exists():
        raise ActionRefused(_("Fill in your mentor profile first."))
    if role == Participation.Role.MENTEE and not MenteeProfile.objects.filter(user=user).exists():
        raise ActionRefused(_("Fill in your mentee profile first."))
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


# The hard rules of a pairing, in the words of the person acting: the mentee asking, or a
# coordinator pairing two people.
_PAIRING_REFUSALS = {
    "mentee": {
        "self": _("You cannot be your own mentor."),
        "not_mentee": _("You are not an admitted mentee in this program."),
        "no_profile": _("Fill in your mentee profile first."),
        "language": _("You and this mentor do not share a language."),
        "open": _("You already have an open request or mentorship in this program."),
    },
    "coordinator": {
        "self": _("A person cannot be their own mentor."),
        "not_mentee": _("This person is not an admitted mentee in this program."),
        "no_profile": _("This mentee has not filled in a mentee profile."),
        "language": _("This mentor and this mentee do not share a language."),
        "open": _("This mentee already has an open request or mentorship in this program."),
    },
}


def _pairing_checked(
    *, program: MentoringProgram, mentor, mentee, voice: str, require_accepting: bool
) -> Decimal | None:
    """Check every hard rule of pairing ``mentor`` with ``mentee`` in ``program`` and return
    the match score. Call inside a transaction: it locks the mentor's profile, so that
    capacity is counted against settled numbers."""
    refusals = _PAIRING_REFUSALS[voice]
    if mentor.pk == mentee.pk:
        raise ActionRefused(refusals["self"])
    if not program.is_open():
        raise ActionRefused(_("This program has ended."))
    if not _admitted(program, mentee, Participation.Role.MENTEE):
        raise ActionRefused(refusals["not_mentee"])
    if not _admitted(program, mentor, Participation.Role.MENTOR):
        raise ActionRefused(_("This person is not a mentor in this program."))
    mentee_profile = MenteeProfile.objects.filter(user=mentee).first()
    if mentee_profile is None:
        raise ActionRefused(refusals["no_profile"])
    locked = MentorProfile.objects.select_for_update().filter(user=mentor).first()
    if locked is None:
        raise ActionRefused(_("This mentor has not filled in a mentor profile."))
    if require_accepting and not locked.accepting:
        raise ActionRefused(_("This mentor is not accepting new mentees."))
    active = selectors.active_counts(mentor_ids=[mentor.pk]).get(mentor.pk, 0)
    if active >= locked.capacity:
        raise ActionRefused(_("This mentor has no room for another mentee right now."))
    if not set(mentee_profile.languages) & set(locked.languages):
        raise ActionRefused(refusals["language"])
    if Mentorship.objects.filter(
        program=program, mentee=mentee, status__in=Mentorship.OPEN_STATUSES
    ).exists():
        raise ActionRefused(refusals["open"])
    (facts_mentee,) = selectors.mentee_facts(profiles=[mentee_profile], program=program)
    (facts_mentor,) = selectors.mentor_facts(profiles=[locked])
    score = matching.score_pair(facts_mentee, facts_mentor, program.region_preference)
    return Decimal(str(score)) if score >= 0 else None


def _pairing_create(*, voice: str, **fields) -> Mentorship:
    """Create the mentorship; the database's one-open-mentorship constraint settles a race."""
    try:
        with transaction.atomic():
            return Mentorship.objects.create(**fields)
    except IntegrityError as error:
        raise ActionRefused(_PAIRING_REFUSALS[voice]["open"]) from error


def mentorship_request(
    *, mentee, mentor_profile: MentorProfile, program: MentoringProgram, message: str
) -> Mentorship:
    _signed_in(mentee)
    if program.matching_mode != MentoringProgram.MatchingMode.MENTEE_CHOICE:
        raise ActionRefused(_("In this program the coordinator pairs mentors and mentees."))
    mentor = mentor_profile.user
    with transaction.atomic():
        score = _pairing_checked(
            program=program, mentor=mentor, mentee=mentee, voice="mentee", require_accepting=True
        )
        mentorship = _pairing_create(
            voice="mentee",
            program=program,
            mentor=mentor,
            mentee=mentee,
            request_message=message.strip(),
            match_score=score,
        )
        _record(mentorship, mentee, "", LOG_REQUEST, message.strip())
        _notify("requested", mentorship.pk, mentor.pk)
    return mentorship


def _lock(mentorship: Mentorship) -> Mentorship:
    return Mentorship.objects.select_for_update().get(pk=mentorship.pk)


def _answering(mentorship: Mentorship, *, mentor, coordinator):
    """Who answers a request: the requested mentor, or a coordinator of the program on the
    mentor's behalf. Returns the person acting."""
    if (mentor is None) == (coordinator is None):
        raise TypeError("Pass either mentor or coordinator.")
    if coordinator is not None:
        _coordinating(coordinator, mentorship.program)
        return coordinator
    _signed_in(mentor)
    return mentor


def mentorship_accept(*, mentorship: Mentorship, mentor=None, coordinator=None) -> Mentorship:
    """The requested ``mentor`` accepts a request, or a ``coordinator`` of the program accepts
    it on the mentor's behalf; the mentor's capacity holds either way."""
    actor = _answering(mentorship, mentor=mentor, coordinator=coordinator)
    with transaction.atomic():
        locked = _lock(mentorship)
        if coordinator is None and locked.mentor_id != mentor.pk:
            raise ActionRefused(_("Only the requested mentor can answer this request."))
        if locked.request_expired():
            raise ActionRefused(_("This request has expired."))
        if locked.status != Mentorship.Status.REQUESTED:
            raise ActionRefused(_("This request has already been answered."))
        profile = MentorProfile.objects.select_for_update().filter(user_id=locked.mentor_id).first()
        if profile is None:
            raise ActionRefused(_("This mentor has not filled in a mentor profile."))
        active = selectors.active_counts(mentor_ids=[locked.mentor_id]).get(locked.mentor_id, 0)
        if active >= profile.capacity:
            if coordinator is not None:
                raise ActionRefused(_("This mentor has no room for another mentee right now."))
            raise ActionRefused(
                _("You are at your capacity. Raise it in your profile or end a mentorship first.")
            )
        old = locked.status
        locked.status = Mentorship.Status.ACTIVE
        locked.responded_at = timezone.now()
        locked.save(update_fields=["status", "responded_at"])
        _record(locked, actor, old, LOG_ACCEPT)
        _notify("accepted", locked.pk, locked.mentee_id)
    return locked


def mentorship_decline(
    *, mentorship: Mentorship, mentor=None, coordinator=None, reason: str = ""
) -> Mentorship:
    """The requested ``mentor`` declines a request, or a ``coordinator`` of the program
    declines it on the mentor's behalf; the reason is shared with the mentee."""
    actor = _answering(mentorship, mentor=mentor, coordinator=coordinator)
    with transaction.atomic():
        locked = _lock(mentorship)
        if coordinator is None and locked.mentor_id != mentor.pk:
            raise ActionRefused(_("Only the requested mentor can answer this request."))
        if locked.status != Mentorship.Status.REQUESTED:
            raise ActionRefused(_("This request has already been answered."))
        old = locked.status
        locked.status = Mentorship.Status.DECLINED
        locked.decline_reason = reason.strip()
        locked.responded_at = timezone.now()
        locked.save(update_fields=["status", "decline_reason", "responded_at"])
        _record(locked, actor, old, LOG_DECLINE, reason.strip())
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
            if not locked.request_expired(now):
                continue
            locked.status = Mentorship.Status.EXPIRED
            locked.responded_at = now
            locked.save(update_fields=["status", "responded_at"])
            _record(locked, None, Mentorship.Status.REQUESTED, LOG_EXPIRE)
            _notify("expired", locked.pk, locked.mentee_id)
            expired += 1
    return expired


def _party(user, mentorship: Mentorship) -> None:
    _signed_in(user)
    if not mentorship.is_party(user):
        raise ActionRefused(_("You are not part of this mentorship."))


def _active_party(user, mentorship: Mentorship) -> None:
    _party(user, mentorship)
    if mentorship.status != Mentorship.Status.ACTIVE:
        raise ActionRefused(_("This mentorship is not active."))


def mentorship_close(
    *,
    mentorship: Mentorship,
    completed: bool,
    reason: str,
    user=None,
    coordinator=None,
    rating: int | None = None,
    comment: str = "",
) -> Mentorship:
    """End an active mentorship (completed, or ended early with a reason). A party to it
    (``user``) closes it with their feedback, and the other person is asked for theirs by
    email; a ``coordinator`` of the program may end it too, without feedback."""
    if (user is None) == (coordinator is None):
        raise TypeError("Pass either user or coordinator.")
    if coordinator is not None:
        _coordinating(coordinator, mentorship.program)
        actor = coordinator
    else:
        _party(user, mentorship)
        actor = user
    if not completed and not reason.strip():
        raise ActionRefused(_("Please say why the mentorship ends early."))
    with transaction.atomic():
        locked = _lock(mentorship)
        if locked.status != Mentorship.Status.ACTIVE:
            raise ActionRefused(_("This mentorship is not active."))
        old = locked.status
        locked.status = Mentorship.Status.COMPLETED if completed else Mentorship.Status.ENDED
        locked.end_reason = reason.strip()
        locked.ended_at = timezone.now()
        locked.next_meeting_at = None
        locked.save(update_fields=["status", "end_reason", "ended_at", "next_meeting_at"])
        _record(locked, actor, old, LOG_COMPLETE if completed else LOG_END, reason.strip())
        if user is not None and rating is not None:
            Feedback.objects.create(mentorship=locked, author=user, rating=rating, comment=comment)
        for recipient in (locked.mentor_id, locked.mentee_id):
            _notify("ended", locked.pk, recipient)
    return locked


def mentorship_pair(*, coordinator, program: MentoringProgram, mentor, mentee) -> Mentorship:
    """A coordinator pairs a mentor and a mentee directly: the mentorship is active at once.
    The hard rules of a request hold; the mentor need not be accepting requests."""
    _coordinating(coordinator, program)
    with transaction.atomic():
        score = _pairing_checked(
            program=program,
            mentor=mentor,
            mentee=mentee,
            voice="coordinator",
            require_accepting=False,
        )
        now = timezone.now()
        mentorship = _pairing_create(
            voice="coordinator",
            program=program,
            mentor=mentor,
            mentee=mentee,
            status=Mentorship.Status.ACTIVE,
            requested_at=now,
            responded_at=now,
            match_score=score,
        )
        _record(mentorship, coordinator, "", LOG_PAIR)
        _notify("accepted", mentorship.pk, mentee.pk)
        _notify("paired", mentorship.pk, mentor.pk)
    return mentorship


def mentorship_repair(*, coordinator, mentorship: Mentorship, mentor, reason: str) -> Mentorship:
    """A coordinator ends an active mentorship early and pairs the mentee with another
    mentor, in one transaction: if the new pair breaks a rule, the old one stays active."""
    if mentor.pk == mentorship.mentor_id:
        raise ActionRefused(_("Choose a different mentor."))
    with transaction.atomic():
        ended = mentorship_close(
            coordinator=coordinator, mentorship=mentorship, completed=False, reason=reason
        )
        return mentorship_pair(
            coordinator=coordinator, program=ended.program, mentor=mentor, mentee=ended.mentee
        )


def feedback_give(*, user, mentorship: Mentorship, rating: int, comment: str) -> Feedback:
    _party(user, mentorship)
    if mentorship.status not in Mentorship.CLOSED_STATUSES:
        raise ActionRefused(_("Feedback is given when a mentorship ends."))
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                mentorship=mentorship, author=user, rating=rating, comment=comment
            )
    except IntegrityError as error:
        raise ActionRefused(_("You have already given feedback.")) from error


def goal_add(*, user, mentorship: Mentorship, title: str, description: str, due_on) -> Goal:
    _active_party(user, mentorship)
    program = mentorship.program
    if due_on is not None and not (program.starts_on <= due_on <= program.ends_on):
        raise ActionRefused(
            _("Choose a due date within the program, from %(start)s to %(end)s.")
            % {
                "start": date_format(program.starts_on, "DATE_FORMAT"),
                "end": date_format(program.ends_on, "DATE_FORMAT"),
            }
        )
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
        raise ActionRefused(_("A session is logged after it took place."))
    began = timezone.localdate(mentorship.responded_at or mentorship.requested_at)
    if held_on < began:
        raise ActionRefused(
            _("A session cannot be dated before the mentorship began (%(date)s).")
            % {"date": date_format(began, "DATE_FORMAT")}
        )
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
        raise ActionRefused(_("Choose a time in the future."))
    if when > timezone.now() + MEETING_HORIZON:
        raise ActionRefused(_("Choose a time within the next two years."))
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
    _coordinating(coordinator, program)
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


def proposal_pair_change(
    *, coordinator, proposal: MatchProposal, mentee_id: int, mentor_id: int | None
) -> ProposedPair:
    """Change the proposed mentor of one mentee of a draft proposal; None leaves the mentee
    out when the proposal is confirmed. The mentor must be an admitted mentor of the program
    who may be paired with the mentee (a shared language, not paired before in the program,
    accepting) and has a seat left after the proposal's other pairs. The pair is scored as the
    proposal scores pairs, and the proposal's total score follows."""
    program = proposal.program
    _coordinating(coordinator, program)
    with transaction.atomic():
        # The proposal's lock orders the edits of its pairs and its confirmation.
        locked = MatchProposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.status != MatchProposal.Status.DRAFT:
            raise ActionRefused(_("This proposal has already been confirmed."))
        pair = locked.pairs.filter(mentee_id=mentee_id).first()
        if pair is None:
            raise ActionRefused(_("This mentee is not in the proposal."))
        score = None
        if mentor_id is not None:
            mentee = selectors.unmatched_mentee_profile(program=program, user_id=mentee_id)
            if mentee is None:
                raise ActionRefused(_("A proposed person is no longer available. Propose again."))
            mentor = selectors.program_mentor_profile(program=program, user_id=mentor_id)
            if mentor is None:
                raise ActionRefused(_("This person is not an admitted mentor of the program."))
            choice = selectors.proposal_mentor_choice(
                proposal=proposal, mentee=mentee, mentor=mentor
            )
            if choice is None:
                raise ActionRefused(
                    _("%(mentee)s and %(mentor)s cannot be paired (language or capacity).")
                    % {"mentee": mentee.user, "mentor": mentor.user}
                )
            score = Decimal(str(choice.score))
        pair.mentor_id = mentor_id
        pair.score = score
        pair.save(update_fields=["mentor", "score"])
        total = locked.pairs.aggregate(total=Sum("score"))["total"]
        locked.total_score = total if total is not None else Decimal("0")
        locked.save(update_fields=["total_score"])
    return pair


def proposal_confirm(
    *, coordinator, proposal: MatchProposal, choices: dict[int, int | None] | None = None
) -> list[Mentorship]:
    """Create the mentorships of a reviewed proposal. ``choices`` maps a mentee to the mentor
    the coordinator kept or chose instead (None to leave the mentee unmatched); without it,
    the proposal's pairs as stored (after :func:`proposal_pair_change`), read under the
    proposal's lock. Every pair is checked again against the hard rules and capacities;
    nothing is created if one fails."""
    program = proposal.program
    _coordinating(coordinator, program)
    with transaction.atomic():
        locked = MatchProposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.status != MatchProposal.Status.DRAFT:
            raise ActionRefused(_("This proposal has already been confirmed."))
        if choices is None:
            choices = dict(locked.pairs.order_by("mentee_id").values_list("mentee_id", "mentor_id"))
        # Lock the chosen mentors' profiles (in one order, as accepting and pairing lock them)
        # before counting their mentees: a request accepted in another program meanwhile
        # waits, and is then counted against the seats this confirmation takes.
        chosen_mentor_ids = sorted({m for m in choices.values() if m is not None})
        list(
            MentorProfile.objects.select_for_update()
            .filter(user_id__in=chosen_mentor_ids)
            .order_by("user_id")
            .values_list("pk", flat=True)
        )
        mentees = {p.user_id: p for p in selectors.unmatched_mentee_profiles(program=program)}
        mentors = {p.user_id: p for p in selectors.program_mentor_profiles(program=program)}
        mentor_facts = {f.key: f for f in selectors.mentor_facts(profiles=list(mentors.values()))}
        chosen = [
            mentees[mentee_id]
            for mentee_id, mentor_id in choices.items()
            if mentor_id is not None and mentee_id in mentees
        ]
        mentee_facts = {f.key: f for f in selectors.mentee_facts(profiles=chosen, program=program)}
        created = []
        for mentee_id, mentor_id in choices.items():
            if mentor_id is None:
                continue
            if mentee_id not in mentees or mentor_id not in mentors:
                raise ActionRefused(_("A proposed person is no longer available. Propose again."))
            mentee_fact = mentee_facts[mentee_id]
            mentor_fact = mentor_facts[mentor_id]
            score = matching.score_pair(mentee_fact, mentor_fact, program.region_preference)
            if score < 0:
                raise ActionRefused(
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
            _record(mentorship, coordinator, "", LOG_BULK_PAIR, "bulk matching")
            _notify("accepted", mentorship.pk, mentee_id)
            _notify("paired", mentorship.pk, mentor_id)
            created.append(mentorship)
        locked.status = MatchProposal.Status.CONFIRMED
        locked.save(update_fields=["status"])
    return created
