"""Mentoring at scale (``manage.py seed_scale``): mentor and mentee profiles among the scale
learners, their participation in the demo programs, mentorships in every status with their
events, goals, sessions and feedback.

The records keep the services' rules: pairs share a language, both people are admitted to the
pair's program, a mentee has at most one open (requested or active) mentorship per program,
a mentor's active mentees stay within their capacity (across programs), nobody mentors
themselves, and requests still open are recent (not past their expiry). About half the scale
mentees are left without an open mentorship, for bulk matching. The first scale mentor is in
every program, speaks the four languages and has the most mentees (the mentor dashboard's
benchmark case).
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from cms_pages.models import Topic
from lms import registry
from lms.scale import BATCH_SIZE, ScaleCounts, random_moment, scale_users

from .models import (
    Feedback,
    Goal,
    MenteeProfile,
    MentoringProgram,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipEvent,
    Participation,
)

REGIONS_BY_COUNTRY = {
    "CN": "east_asia",
    "SK": "europe",
    "CZ": "europe",
    "GB": "europe",
    "ES": "europe",
    "MX": "latin_america",
    "CO": "latin_america",
    "AR": "latin_america",
    "PE": "latin_america",
    "CL": "latin_america",
    "IN": "south_asia",
}
SPOKEN = {"en": "en", "es": "es", "zh-hans": "zh", "sk": "sk"}
OTHER_LANGUAGES = ["fr", "pt", "de", "hi", "cs", "hu"]
STATUSES = [
    (Mentorship.Status.ACTIVE, 45),
    (Mentorship.Status.REQUESTED, 10),
    (Mentorship.Status.COMPLETED, 25),
    (Mentorship.Status.ENDED, 5),
    (Mentorship.Status.DECLINED, 10),
    (Mentorship.Status.EXPIRED, 5),
]
HEAVY_MENTOR_CAPACITY = 12
GOALS = [
    "Draft a participatory budgeting rulebook",
    "Present the asset register to the council",
    "Run a first open data release",
    "Cut water losses in one district",
    "Write the tender for street lighting",
    "Set up a citizen feedback channel",
]
ROLES = ["City manager", "Finance director", "Head of planning", "Deputy mayor", "Chief engineer"]


def _days(n: float) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def _profiles(users, topic_ids, rng, *, mentors: bool):
    profiles, topic_rows = [], []
    for user_id, language, country, _name in users:
        languages = {SPOKEN[language]}
        if mentors or rng.random() < 0.5:
            languages.add("en")
        if rng.random() < 0.2:
            languages.add(rng.choice(OTHER_LANGUAGES))
        region = REGIONS_BY_COUNTRY.get(country, "global")
        common = {"user_id": user_id, "languages": sorted(languages), "country": country}
        if mentors:
            profiles.append(
                MentorProfile(
                    **common,
                    region=region,
                    current_role=rng.choice(ROLES),
                    organisation=f"City of {country}-{user_id % 500:03d}",
                    years_experience=rng.randint(5, 35),
                    bio="Twenty years in local government; happy to share what worked.",
                    capacity=rng.randint(1, 5),
                    accepting=rng.random() < 0.9,
                )
            )
        else:
            profiles.append(
                MenteeProfile(
                    **common,
                    region=region,
                    aims="Learn from a peer who has done it before.",
                    share_course_progress=rng.random() < 0.6,
                )
            )
        topic_rows.append((user_id, rng.sample(topic_ids, min(len(topic_ids), rng.randint(1, 3)))))
    return profiles, topic_rows


def _save_profiles(model, through, profiles, topic_rows) -> dict[int, object]:
    model.objects.bulk_create(profiles, batch_size=BATCH_SIZE)
    saved = {
        p.user_id: p for p in model.objects.filter(user_id__in=[p.user_id for p in profiles])
    }
    column = f"{model._meta.model_name}_id"
    through.objects.bulk_create(
        [
            through(**{column: saved[user_id].pk, "topic_id": topic_id})
            for user_id, topic_ids in topic_rows
            for topic_id in topic_ids
        ],
        batch_size=BATCH_SIZE,
    )
    return saved


@registry.scale_seeders.register
def seed(*, counts: ScaleCounts, stdout) -> None:
    rng = random.Random(counts.seed + 2)
    programs = list(MentoringProgram.objects.order_by("pk"))
    topic_ids = list(Topic.objects.order_by("pk").values_list("pk", flat=True))
    users = list(
        scale_users()
        .order_by("pk")
        .values_list("pk", "preferred_language", "country", "full_name")
    )
    if not programs or len(users) < 2 or counts.mentorships < 1:
        stdout.write("  no mentoring programs or too few scale learners: no mentoring made")
        return
    n_mentors = max(1, counts.mentorships // 2)
    n_mentees = counts.mentorships + counts.mentorships // 2
    if n_mentors + n_mentees > len(users):
        n_mentors = max(1, len(users) // 4)
        n_mentees = len(users) - n_mentors
    mentor_users = users[:n_mentors]
    mentee_users = users[n_mentors : n_mentors + n_mentees]

    mentor_profiles, mentor_topics = _profiles(mentor_users, topic_ids, rng, mentors=True)
    heavy = mentor_profiles[0]
    heavy.languages = sorted(set(SPOKEN.values()))
    heavy.capacity, heavy.accepting = HEAVY_MENTOR_CAPACITY, True
    mentee_profiles, mentee_topics = _profiles(mentee_users, topic_ids, rng, mentors=False)
    mentors = _save_profiles(
        MentorProfile, MentorProfile.expertise.through, mentor_profiles, mentor_topics
    )
    mentees = _save_profiles(
        MenteeProfile, MenteeProfile.topics.through, mentee_profiles, mentee_topics
    )

    # Participation: a mentor in their region's program (often also another one), a mentee
    # in one program that has mentors.
    by_region: dict[str, list[MentoringProgram]] = {}
    for program in programs:
        by_region.setdefault(program.region, []).append(program)
    now = timezone.now()
    participations = []
    program_mentors: dict[int, list[int]] = {p.pk: [] for p in programs}
    for index, profile in enumerate(mentor_profiles):
        home = rng.choice(by_region.get(profile.region, programs))
        joined = set(programs) if index == 0 else {home}
        if rng.random() < 0.4:
            joined.add(rng.choice(programs))
        for program in joined:
            program_mentors[program.pk].append(profile.user_id)
            participations.append(
                Participation(
                    program=program,
                    user_id=profile.user_id,
                    role=Participation.Role.MENTOR,
                    status=Participation.Status.ADMITTED,
                    created_at=now - _days(rng.uniform(30, 400)),
                )
            )
    staffed = [p for p in programs if program_mentors[p.pk]]
    mentee_program = {}
    for index, profile in enumerate(mentee_profiles):
        local = [p for p in by_region.get(profile.region, []) if p in staffed]
        program = rng.choice(local) if local and rng.random() < 0.7 else rng.choice(staffed)
        mentee_program[profile.user_id] = program
        if index < counts.mentorships:
            status = Participation.Status.ADMITTED
        else:
            status = rng.choices(
                [
                    Participation.Status.ADMITTED,
                    Participation.Status.PENDING,
                    Participation.Status.DECLINED,
                ],
                [85, 10, 5],
            )[0]
        participations.append(
            Participation(
                program=program,
                user_id=profile.user_id,
                role=Participation.Role.MENTEE,
                status=status,
                created_at=now - _days(rng.uniform(20, 400)),
            )
        )
    Participation.objects.bulk_create(participations, batch_size=BATCH_SIZE)

    # Mentorships: one per mentee (the first ``counts.mentorships`` mentees), in their program.
    active: dict[int, int] = {}
    capacity = {p.user_id: p.capacity for p in mentor_profiles}
    speaks = {p.user_id: set(p.languages) for p in mentor_profiles}
    statuses, weights = zip(*STATUSES, strict=True)
    plans = []
    for profile in mentee_profiles[: counts.mentorships]:
        program = mentee_program[profile.user_id]
        status = rng.choices(statuses, weights)[0]
        candidates = program_mentors[program.pk]
        wanted = set(profile.languages)
        mentor_id = None
        if status in Mentorship.OPEN_STATUSES and active.get(heavy.user_id, 0) < heavy.capacity:
            mentor_id = heavy.user_id
        for _try in range(30):
            if mentor_id is not None:
                break
            pick = rng.choice(candidates)
            if not speaks[pick] & wanted:
                continue
            if status == Mentorship.Status.ACTIVE and active.get(pick, 0) >= capacity[pick]:
                continue
            mentor_id = pick
        if mentor_id is None:  # nobody suitable free: a pair that has ended instead
            mentor_id = next((m for m in candidates if speaks[m] & wanted), heavy.user_id)
            status = Mentorship.Status.COMPLETED
        if status == Mentorship.Status.ACTIVE:
            active[mentor_id] = active.get(mentor_id, 0) + 1
        plans.append((program, mentor_id, profile.user_id, status))

    mentorships, extras = [], []
    for program, mentor_id, mentee_id, status in plans:
        S = Mentorship.Status
        if status == S.REQUESTED:
            requested = now - _days(rng.uniform(0.2, 12))
        elif status == S.ACTIVE:
            requested = now - _days(rng.uniform(10, 200))
        else:
            requested = now - _days(rng.uniform(30, 420))
        responded = ended = None
        if status in (S.ACTIVE, S.COMPLETED, S.ENDED, S.DECLINED):
            responded = requested + _days(rng.uniform(0.2, 6))
        if status in (S.COMPLETED, S.ENDED):
            ended = min(now, responded + _days(rng.uniform(20, 200)))
        mentorship = Mentorship(
            program=program,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            status=status,
            request_message="I would value your experience with a project like mine.",
            decline_reason="My schedule is full this quarter." if status == S.DECLINED else "",
            end_reason="We both moved to new roles." if status == S.ENDED else "",
            match_score=Decimal(f"{rng.uniform(40, 95):.1f}") if rng.random() < 0.6 else None,
            requested_at=requested,
            responded_at=responded,
            ended_at=ended,
        )
        if status == S.ACTIVE and rng.random() < 0.5:
            mentorship.next_meeting_at = (now + _days(rng.uniform(1, 30))).replace(
                minute=0, second=0, microsecond=0
            )
            mentorship.next_meeting_details = "Video call"
        mentorships.append(mentorship)
        extras.append((mentor_id, mentee_id, status, requested, responded, ended))
    Mentorship.objects.bulk_create(mentorships, batch_size=BATCH_SIZE)
    ids = {
        (program_id, mentee_id): pk
        for program_id, mentee_id, pk in Mentorship.objects.filter(
            mentee_id__in=[e[1] for e in extras]
        ).values_list("program_id", "mentee_id", "pk")
    }

    events, goals, sessions, feedback = [], [], [], []
    today = timezone.localdate()
    for mentorship, (mentor_id, mentee_id, status, requested, responded, ended) in zip(
        mentorships, extras, strict=True
    ):
        pk = ids[(mentorship.program.pk, mentee_id)]
        S = Mentorship.Status

        def event(actor, old, new, at, pk=pk):
            events.append(
                MentorshipEvent(
                    mentorship_id=pk, actor_id=actor, from_status=old, to_status=new, created_at=at
                )
            )

        event(mentee_id, "", S.REQUESTED, requested)
        if status == S.DECLINED:
            event(mentor_id, S.REQUESTED, S.DECLINED, responded)
        elif status == S.EXPIRED:
            event(None, S.REQUESTED, S.EXPIRED, requested + _days(14))
        elif status in (S.ACTIVE, S.COMPLETED, S.ENDED):
            event(mentor_id, S.REQUESTED, S.ACTIVE, responded)
            if status != S.ACTIVE:
                event(mentee_id, S.ACTIVE, status, ended)
                feedback.append(
                    Feedback(
                        mentorship_id=pk,
                        author_id=mentee_id,
                        rating=rng.randint(3, 5),
                        comment="Practical and generous with time.",
                        created_at=ended,
                    )
                )
            last = ended or now
            for _n in range(rng.randint(0, 3)):
                done = status != S.ACTIVE or rng.random() < 0.4
                goals.append(
                    Goal(
                        mentorship_id=pk,
                        title=rng.choice(GOALS),
                        due_on=timezone.localdate(responded) + _days(rng.randint(14, 120)),
                        status=Goal.Status.DONE if done else Goal.Status.OPEN,
                        created_by_id=mentee_id,
                        created_at=responded,
                        completed_at=random_moment(rng, responded, last) if done else None,
                    )
                )
            for _n in range(rng.randint(0, 4)):
                held = timezone.localdate(random_moment(rng, responded, last))
                sessions.append(
                    MentoringSession(
                        mentorship_id=pk,
                        held_on=min(held, today),
                        duration_minutes=rng.choice([30, 45, 60, 90]),
                        notes="Went through the draft together.",
                        next_steps="Share the revised version before the next call.",
                        logged_by_id=mentor_id,
                    )
                )
    MentorshipEvent.objects.bulk_create(events, batch_size=BATCH_SIZE)
    Goal.objects.bulk_create(goals, batch_size=BATCH_SIZE)
    MentoringSession.objects.bulk_create(sessions, batch_size=BATCH_SIZE)
    Feedback.objects.bulk_create(feedback, batch_size=BATCH_SIZE)
    stdout.write(
        f"  {len(mentors)} mentors, {len(mentees)} mentees, {len(participations)} participants, "
        f"{len(mentorships)} mentorships ({len(events)} events, {len(goals)} goals, "
        f"{len(sessions)} sessions)"
    )
