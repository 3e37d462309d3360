"""Demo mentoring: a program per regional office, mentors and mentees across regions and
languages, the demo mentor's mentees (goals, sessions, a next meeting) and a pending request,
and the demo coordinator's program with unmatched mentees ready for bulk matching."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cms_pages.demo import ensure_topics
from lms import registry
from lms.demo import demo_account
from lms.models import User

from . import demo_content as data
from .models import (
    Goal,
    MenteeProfile,
    MentoringProgram,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipEvent,
    Participation,
)

COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("courses", "view_course"),
    *[
        ("mentoring", f"{action}_{model}")
        for model in ["mentoringprogram", "participation", "mentorship"]
        for action in ["add", "change", "delete", "view"]
    ],
]


def ensure_coordinators_group() -> Group:
    group, _created = Group.objects.get_or_create(name="Coordinators")
    for app_label, codename in COORDINATOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group


def ensure_programs() -> dict[str, MentoringProgram]:
    today = timezone.localdate()
    programs = {}
    coordinator = User.objects.filter(email="coordinator@example.org").first()
    for spec in data.PROGRAMS:
        program = MentoringProgram.objects.filter(name_en=spec["name"]["en"]).first()
        if program is None:
            starts = today + datetime.timedelta(days=spec["starts_in_days"])
            program = MentoringProgram(
                region=spec["region"],
                starts_on=starts,
                ends_on=starts + datetime.timedelta(days=spec["length_days"]),
                matching_mode=spec["matching_mode"],
                region_preference=spec["region_preference"],
            )
            for code, text in spec["name"].items():
                setattr(program, f"name_{code.replace('-', '_')}", text)
            for code, text in spec["description"].items():
                setattr(program, f"description_{code.replace('-', '_')}", text)
            program.save()
            if spec.get("coordinator") and coordinator is not None:
                program.coordinators.add(coordinator)
        programs[spec["key"]] = program
    return programs


def _admit(program, user, role) -> None:
    Participation.objects.get_or_create(
        program=program, user=user, role=role, defaults={"status": Participation.Status.ADMITTED}
    )


def _mentor_profile(user, spec, programs, topics) -> MentorProfile:
    profile, created = MentorProfile.objects.get_or_create(
        user=user,
        defaults={
            "languages": spec["languages"],
            "country": spec["country"],
            "region": spec["region"],
            "current_role": spec["current_role"],
            "organisation": spec["organisation"],
            "years_experience": spec["years"],
            "capacity": spec["capacity"],
            "accepting": spec["accepting"],
            "bio": spec["bio"],
        },
    )
    if created:
        profile.expertise.set([topics[slug] for slug in spec["expertise"]])
    for key in spec["programs"]:
        _admit(programs[key], user, Participation.Role.MENTOR)
    return profile


def ensure_people(programs, topics) -> None:
    for spec in data.MENTORS:
        user = demo_account(spec)
        _mentor_profile(user, spec, programs, topics)
    for spec in data.MENTEES:
        user = demo_account(spec)
        profile, created = MenteeProfile.objects.get_or_create(
            user=user,
            defaults={
                "languages": spec["languages"],
                "country": spec["country"],
                "region": spec["region"],
                "aims": spec["aims"],
                "share_course_progress": spec["share_course_progress"],
            },
        )
        if created:
            profile.topics.set([topics[slug] for slug in spec["topics"]])
        for key in spec["programs"]:
            _admit(programs[key], user, Participation.Role.MENTEE)


def ensure_demo_mentor(programs, topics) -> None:
    mentor = User.objects.filter(email="mentor@example.org").first()
    if mentor is None:
        return
    spec = data.DEMO_MENTOR_PROFILE
    _mentor_profile(mentor, spec, programs, topics)
    program = programs[spec["programs"][0]]
    if Mentorship.objects.filter(mentor=mentor).exists():
        return
    now = timezone.now()
    today = timezone.localdate()
    for item in data.DEMO_MENTOR_MENTEES:
        mentee = User.objects.get(email=item["mentee_email"])
        started = now - datetime.timedelta(days=item["started_days_ago"])
        mentorship = Mentorship.objects.create(
            program=program,
            mentor=mentor,
            mentee=mentee,
            status=Mentorship.Status.ACTIVE,
            requested_at=started - datetime.timedelta(days=2),
            responded_at=started,
            next_meeting_at=(
                now.replace(minute=0, second=0, microsecond=0)
                + datetime.timedelta(days=item["next_meeting_in_days"])
                if item.get("next_meeting_in_days") is not None
                else None
            ),
            next_meeting_details=item.get("next_meeting_details", ""),
        )
        MentorshipEvent.objects.create(
            mentorship=mentorship,
            actor=mentee,
            to_status="requested",
            created_at=mentorship.requested_at,
        )
        MentorshipEvent.objects.create(
            mentorship=mentorship,
            actor=mentor,
            from_status="requested",
            to_status="active",
            created_at=started,
        )
        for goal in item["goals"]:
            Goal.objects.create(
                mentorship=mentorship,
                title=goal["title"],
                description=goal["description"],
                due_on=today + datetime.timedelta(days=goal["due_in_days"]),
                status=Goal.Status.DONE if goal["done"] else Goal.Status.OPEN,
                completed_at=now if goal["done"] else None,
                created_by=mentee,
            )
        for session in item["sessions"]:
            MentoringSession.objects.create(
                mentorship=mentorship,
                held_on=today - datetime.timedelta(days=session["days_ago"]),
                duration_minutes=session["minutes"],
                notes=session["notes"],
                next_steps=session["next_steps"],
                logged_by=mentor,
            )
    request = data.DEMO_MENTOR_REQUEST
    mentee = User.objects.get(email=request["mentee_email"])
    pending = Mentorship.objects.create(
        program=program,
        mentor=mentor,
        mentee=mentee,
        request_message=request["message"],
        requested_at=now - datetime.timedelta(days=request["days_ago"]),
    )
    MentorshipEvent.objects.create(
        mentorship=pending,
        actor=mentee,
        to_status="requested",
        note=request["message"],
        created_at=pending.requested_at,
    )


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    topics = ensure_topics()
    group = ensure_coordinators_group()
    coordinator = User.objects.filter(email="coordinator@example.org").first()
    if coordinator is not None and not coordinator.groups.filter(pk=group.pk).exists():
        coordinator.is_staff = True
        coordinator.region = "south_asia"
        coordinator.save(update_fields=["is_staff", "region"])
        coordinator.groups.add(group)
    programs = ensure_programs()
    ensure_people(programs, topics)
    ensure_demo_mentor(programs, topics)
    stdout.write(f"  {len(programs)} mentoring programs ready")
