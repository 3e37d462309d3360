"""Reads for mentoring: matching facts, suggestions, dashboards, workspace, reports.

Course progress comes only through ``courses.selectors``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Avg, Count, Max, Q, QuerySet
from django.utils import timezone

from courses import selectors as course_selectors

from . import matching
from .models import (
    Feedback,
    Goal,
    MatchProposal,
    MenteeProfile,
    MentoringProgram,
    MentoringSession,
    MentorProfile,
    Mentorship,
    Participation,
    ProposedPair,
)

ATTENTION_AFTER_DAYS = 30


def active_counts(*, mentor_ids: list[int]) -> dict[int, int]:
    """Active mentees per mentor, across all programs (capacity is per person)."""
    return dict(
        Mentorship.objects.filter(mentor_id__in=mentor_ids, status=Mentorship.Status.ACTIVE)
        .values("mentor_id")
        .annotate(n=Count("id"))
        .values_list("mentor_id", "n")
    )


def mentor_facts(*, profiles: list[MentorProfile]) -> list[matching.MentorFacts]:
    counts = active_counts(mentor_ids=[p.user_id for p in profiles])
    return [
        matching.MentorFacts(
            key=p.user_id,
            topics=frozenset(t.pk for t in p.expertise.all()),
            languages=frozenset(p.languages),
            region=p.region,
            years=p.years_experience,
            capacity=p.capacity,
            active=counts.get(p.user_id, 0),
            accepting=p.accepting,
        )
        for p in profiles
    ]


def mentee_facts(
    *, profiles: list[MenteeProfile], program: MentoringProgram
) -> list[matching.MenteeFacts]:
    paired: dict[int, set[int]] = defaultdict(set)
    for mentee_id, mentor_id in Mentorship.objects.filter(
        program=program, mentee_id__in=[p.user_id for p in profiles]
    ).values_list("mentee_id", "mentor_id"):
        paired[mentee_id].add(mentor_id)
    return [
        matching.MenteeFacts(
            key=p.user_id,
            topics=frozenset(t.pk for t in p.topics.all()),
            languages=frozenset(p.languages),
            region=p.region,
            excluded_mentors=frozenset(paired.get(p.user_id, set())),
        )
        for p in profiles
    ]


def _program_mentors(*, program: MentoringProgram) -> QuerySet[MentorProfile]:
    """Admitted mentors of ``program``, with what their matching facts read."""
    return (
        MentorProfile.objects.filter(
            user__participations__program=program,
            user__participations__role=Participation.Role.MENTOR,
            user__participations__status=Participation.Status.ADMITTED,
        )
        .select_related("user")
        .prefetch_related("expertise")
    )


def program_mentor_profiles(*, program: MentoringProgram) -> list[MentorProfile]:
    return list(_program_mentors(program=program).order_by("user_id"))


def program_mentor_profile(*, program: MentoringProgram, user_id: int) -> MentorProfile | None:
    """One admitted mentor of ``program``, or None when ``user_id`` is not one."""
    return _program_mentors(program=program).filter(user_id=user_id).first()


def _unmatched_mentees(*, program: MentoringProgram):
    """Admitted mentees of ``program`` with no open request or mentorship in it."""
    open_mentees = Mentorship.objects.filter(
        program=program, status__in=Mentorship.OPEN_STATUSES, mentee__isnull=False
    ).values("mentee_id")
    return MenteeProfile.objects.filter(
        user__participations__program=program,
        user__participations__role=Participation.Role.MENTEE,
        user__participations__status=Participation.Status.ADMITTED,
    ).exclude(user_id__in=open_mentees)


def unmatched_mentee_profiles(*, program: MentoringProgram) -> list[MenteeProfile]:
    return list(
        _unmatched_mentees(program=program)
        .select_related("user")
        .prefetch_related("topics")
        .order_by("user_id")
    )


def unmatched_mentee_count(*, program: MentoringProgram) -> int:
    """The same people counted in the database (one query, whatever their number)."""
    return _unmatched_mentees(program=program).count()


def unmatched_mentee_profile(*, program: MentoringProgram, user_id: int) -> MenteeProfile | None:
    """One of :func:`unmatched_mentee_profiles`, or None when ``user_id`` is not (or no
    longer) an admitted mentee of ``program`` without a mentor."""
    return (
        _unmatched_mentees(program=program)
        .filter(user_id=user_id)
        .select_related("user")
        .prefetch_related("topics")
        .first()
    )


@dataclass
class MentorSuggestion:
    profile: MentorProfile
    score: float
    reasons: list[matching.Reason]


def mentor_suggestions(
    *, mentee: MenteeProfile, program: MentoringProgram, limit: int = 10
) -> list[MentorSuggestion]:
    profiles = program_mentor_profiles(program=program)
    by_user = {p.user_id: p for p in profiles}
    (facts,) = mentee_facts(profiles=[mentee], program=program)
    # A declined or ended pairing in this program is not suggested again.
    ranked = matching.suggest(
        facts, mentor_facts(profiles=profiles), program.region_preference, limit
    )
    return [MentorSuggestion(by_user[s.mentor_key], s.score, s.reasons) for s in ranked]


def mentor_suggestion(
    *, mentee: MenteeProfile, program: MentoringProgram, profile: MentorProfile
) -> MentorSuggestion | None:
    """One mentor as a suggestion for ``mentee``, or None when a hard rule forbids the pair."""
    (mentee_fact,) = mentee_facts(profiles=[mentee], program=program)
    (mentor_fact,) = mentor_facts(profiles=[profile])
    score = matching.score_pair(mentee_fact, mentor_fact, program.region_preference)
    if score == matching.INFEASIBLE:
        return None
    reasons = matching.explain(mentee_fact, mentor_fact, program.region_preference)
    return MentorSuggestion(profile, score, reasons)


# ----------------------------------------------------------------------------- bulk matching

PROPOSAL_CHOICES_LIMIT = 20


def proposal_pairs(*, proposal: MatchProposal) -> QuerySet[ProposedPair]:
    """The pairs of a proposal by mentee name, with both people in the same query (a page of
    them is one query, whatever the size of the proposal)."""
    return proposal.pairs.select_related("mentee", "mentor").order_by(
        "mentee__full_name", "mentee_id"
    )


def proposal_counts(*, proposal: MatchProposal) -> dict[str, int]:
    """How many pairs the proposal has, and how many of them have a mentor (one query)."""
    return proposal.pairs.aggregate(total=Count("pk"), matched=Count("mentor"))


def proposal_seats_taken(
    *, proposal: MatchProposal, mentor_ids: list[int], except_mentee_id: int
) -> dict[int, int]:
    """Per mentor, the seats the proposal's pairs give them, but for ``except_mentee_id``'s."""
    return dict(
        ProposedPair.objects.filter(proposal=proposal, mentor_id__in=mentor_ids)
        .exclude(mentee_id=except_mentee_id)
        .values("mentor_id")
        .annotate(n=Count("id"))
        .values_list("mentor_id", "n")
    )


def _proposal_ranked(
    *, proposal: MatchProposal, mentee: MenteeProfile, profiles: list[MentorProfile], limit: int
) -> list[MentorSuggestion]:
    program = proposal.program
    by_user = {p.user_id: p for p in profiles}
    (mentee_fact,) = mentee_facts(profiles=[mentee], program=program)
    facts = mentor_facts(profiles=profiles)
    taken = proposal_seats_taken(
        proposal=proposal, mentor_ids=list(by_user), except_mentee_id=mentee.user_id
    )
    # Scored as the proposal scored its pairs (on the mentors' real load), among the mentors
    # with a seat left once the proposal's other pairs are counted.
    with_room = [fact for fact in facts if fact.free > taken.get(fact.key, 0)]
    ranked = matching.suggest(mentee_fact, with_room, program.region_preference, limit)
    return [MentorSuggestion(by_user[s.mentor_key], s.score, s.reasons) for s in ranked]


def proposal_mentor_choices(
    *,
    proposal: MatchProposal,
    mentee: MenteeProfile,
    query: str = "",
    limit: int = PROPOSAL_CHOICES_LIMIT,
) -> list[MentorSuggestion]:
    """The mentors ``mentee``'s pair in a draft proposal may change to, best match first, at
    most ``limit``: admitted mentors of the program whose name or email contains ``query``
    (any case; on PostgreSQL a trigram index serves it), who may be paired with the mentee
    and have a seat left after the proposal's other pairs. A fixed number of queries."""
    mentors = _program_mentors(program=proposal.program)
    query = query.strip()
    if query:
        mentors = mentors.filter(
            Q(user__full_name__icontains=query) | Q(user__email__icontains=query)
        )
    return _proposal_ranked(
        proposal=proposal, mentee=mentee, profiles=list(mentors.order_by("user_id")), limit=limit
    )


def proposal_mentor_choice(
    *, proposal: MatchProposal, mentee: MenteeProfile, mentor: MentorProfile
) -> MentorSuggestion | None:
    """``mentor`` as one of :func:`proposal_mentor_choices`, or None when the pair breaks a
    rule or the mentor has no seat left."""
    found = _proposal_ranked(proposal=proposal, mentee=mentee, profiles=[mentor], limit=1)
    return found[0] if found else None


def mentors_with_expertise(*, topic_ids: list[int], limit: int = 3) -> list[MentorProfile]:
    """Mentors accepting mentees with expertise in any of the topics, most experienced first:
    what a self-assessment recommends for a weak domain."""
    if not topic_ids:
        return []
    on_topics = MentorProfile.objects.filter(expertise__in=topic_ids).values("pk")
    return list(
        MentorProfile.objects.filter(pk__in=on_topics, accepting=True, user__is_active=True)
        .select_related("user")
        .order_by("-years_experience", "pk")[:limit]
    )


def user_is_program_coordinator(*, user, program: MentoringProgram) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return program.coordinators.filter(pk=user.pk).exists()


def mentorship_visible_to(*, user, mentorship: Mentorship) -> bool:
    if not user.is_authenticated:
        return False
    return mentorship.is_party(user) or user_is_program_coordinator(
        user=user, program=mentorship.program
    )


@dataclass
class MenteeRow:
    mentorship: Mentorship
    goals_done: int
    goals_open: int
    goals_overdue: int
    last_session: object
    sessions: int
    progress: list | None

    @property
    def needs_attention(self) -> bool:
        return bool(self.attention_reasons)

    @property
    def attention_reasons(self) -> list[str]:
        """Why an active mentee needs attention: no session for 30 days, overdue goals."""
        if self.mentorship.status != Mentorship.Status.ACTIVE:
            return []
        reasons = []
        cutoff = timezone.localdate() - timedelta(days=ATTENTION_AFTER_DAYS)
        started = timezone.localdate(self.mentorship.responded_at or self.mentorship.requested_at)
        if (self.last_session or started) < cutoff:
            reasons.append("no_session")
        if self.goals_overdue:
            reasons.append("overdue")
        return reasons


def mentor_dashboard(*, mentor, language: str) -> dict:
    """Every mentee of ``mentor`` with goals, sessions, next meeting and shared progress,
    in a fixed number of queries."""
    today = timezone.localdate()
    mentorships = list(
        Mentorship.objects.filter(mentor=mentor, status__in=Mentorship.OPEN_STATUSES)
        .select_related("mentee", "program", "mentee__mentee_profile")
        .annotate(
            goals_done=Count("goals", filter=Q(goals__status=Goal.Status.DONE), distinct=True),
            goals_open=Count("goals", filter=Q(goals__status=Goal.Status.OPEN), distinct=True),
            goals_overdue=Count(
                "goals",
                filter=Q(goals__status=Goal.Status.OPEN, goals__due_on__lt=today),
                distinct=True,
            ),
            last_session=Max("sessions__held_on"),
            session_count=Count("sessions", distinct=True),
        )
        .order_by("status", "mentee__full_name")
    )
    sharing = [
        m.mentee_id
        for m in mentorships
        if m.status == Mentorship.Status.ACTIVE
        and getattr(getattr(m.mentee, "mentee_profile", None), "share_course_progress", False)
    ]
    progress = course_selectors.progress_summaries(user_ids=sharing, language=language)
    rows = [
        MenteeRow(
            mentorship=m,
            goals_done=m.goals_done,
            goals_open=m.goals_open,
            goals_overdue=m.goals_overdue,
            last_session=m.last_session,
            sessions=m.session_count,
            progress=progress.get(m.mentee_id) if m.mentee_id in sharing else None,
        )
        for m in mentorships
    ]
    now = timezone.now()
    return {
        # A stale request is shown as waiting no longer, even before the expiry task runs.
        "requests": [
            r
            for r in rows
            if r.mentorship.status == Mentorship.Status.REQUESTED
            and not r.mentorship.request_expired(now)
        ],
        "active": [r for r in rows if r.mentorship.status == Mentorship.Status.ACTIVE],
    }


def workspace(*, mentorship: Mentorship, language: str) -> dict:
    profile = getattr(mentorship.mentee, "mentee_profile", None)
    shares = bool(profile and profile.share_course_progress)
    progress = None
    if shares:
        progress = course_selectors.progress_summaries(
            user_ids=[mentorship.mentee_id], language=language
        ).get(mentorship.mentee_id, [])
    return {
        "goals": list(mentorship.goals.all()),
        "sessions": list(mentorship.sessions.select_related("logged_by")),
        "events": list(mentorship.events.select_related("actor")),
        "feedback": list(mentorship.feedback.select_related("author")),
        "progress": progress,
        "shares_progress": shares,
    }


@dataclass
class ProgramReportRow:
    program: str
    region: str
    active_pairs: int
    completed_pairs: int
    sessions: int
    goals_met: int
    average_rating: float | None


def program_report_rows(*, programs: QuerySet[MentoringProgram]) -> list[ProgramReportRow]:
    pairs = dict(
        (row["program_id"], row)
        for row in Mentorship.objects.filter(program__in=programs)
        .values("program_id")
        .annotate(
            active=Count("id", filter=Q(status=Mentorship.Status.ACTIVE)),
            completed=Count("id", filter=Q(status=Mentorship.Status.COMPLETED)),
        )
    )
    sessions = dict(
        MentoringSession.objects.filter(mentorship__program__in=programs)
        .values("mentorship__program_id")
        .annotate(n=Count("id"))
        .values_list("mentorship__program_id", "n")
    )
    goals = dict(
        Goal.objects.filter(mentorship__program__in=programs, status=Goal.Status.DONE)
        .values("mentorship__program_id")
        .annotate(n=Count("id"))
        .values_list("mentorship__program_id", "n")
    )
    ratings = dict(
        Feedback.objects.filter(mentorship__program__in=programs)
        .values("mentorship__program_id")
        .annotate(avg=Avg("rating"))
        .values_list("mentorship__program_id", "avg")
    )
    rows = []
    for program in programs.order_by("region", "name"):
        counts = pairs.get(program.pk, {})
        rating = ratings.get(program.pk)
        rows.append(
            ProgramReportRow(
                program=program.name,
                region=program.get_region_display(),
                active_pairs=counts.get("active", 0),
                completed_pairs=counts.get("completed", 0),
                sessions=sessions.get(program.pk, 0),
                goals_met=goals.get(program.pk, 0),
                average_rating=round(float(rating), 1) if rating is not None else None,
            )
        )
    return rows


# ----------------------------------------------------------------------------- coordinators


def programs_coordinated_by(*, user) -> QuerySet[MentoringProgram]:
    """The one coordinator rule: a superuser coordinates every program; anyone else needs the
    ``mentoring.change_mentorship`` permission and coordinates the programs of their region."""
    if user is None or not user.is_authenticated or not user.is_active:
        return MentoringProgram.objects.none()
    if user.is_superuser:
        return MentoringProgram.objects.all()
    if not user.region or not user.has_perm("mentoring.change_mentorship"):
        return MentoringProgram.objects.none()
    return MentoringProgram.objects.filter(region=user.region)


def program_coordinated_by(*, user, program: MentoringProgram) -> bool:
    """Whether ``user`` may coordinate ``program`` (see :func:`programs_coordinated_by`)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        bool(user.region)
        and program.region == user.region
        and user.has_perm("mentoring.change_mentorship")
    )
