"""Mentoring's part of personal data. Profiles and participations are the person's own and go
with the account; a mentorship is shared, so erasing one person anonymises their side (their
name, their messages and reasons, their feedback comment) and keeps the other person's goals,
sessions and notes. Open requests and mentorships end."""

from django.db.models import Q
from django.utils import timezone

from lms import registry

from .models import (
    Feedback,
    Goal,
    MenteeProfile,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipEvent,
    Participation,
)

DELETE, ANONYMISE = registry.user_data.DELETE, registry.user_data.ANONYMISE
for label, fields, erasure, why in [
    ("mentoring.MentorProfile", ("user",), DELETE, "The person's profile (exported)."),
    ("mentoring.MenteeProfile", ("user",), DELETE, "The person's profile (exported)."),
    ("mentoring.Participation", ("user",), DELETE, "Program places (exported)."),
    ("mentoring.MentoringProgram", ("coordinators",), DELETE, "The link goes; the program stays."),
    ("mentoring.ProposedPair", ("mentee", "mentor"), DELETE, "Draft bulk-matching proposals."),
    ("mentoring.Mentorship", ("mentor", "mentee"), ANONYMISE, "Shared: the other side is kept."),
    ("mentoring.MentorshipEvent", ("actor",), ANONYMISE, "The history stays, unsigned."),
    ("mentoring.Goal", ("created_by",), ANONYMISE, "Shared goals stay."),
    ("mentoring.MentoringSession", ("logged_by",), ANONYMISE, "The shared session log stays."),
    ("mentoring.Feedback", ("author",), ANONYMISE, "The rating stays; the comment is erased."),
    ("mentoring.MatchProposal", ("created_by",), ANONYMISE, "Coordinators' proposals stay."),
]:
    registry.user_data.declare(label, *fields, erasure=erasure, why=why)


def _profile(profile, topics) -> dict | None:
    if profile is None:
        return None
    return {
        "languages": profile.languages,
        "topics": sorted(topic.name for topic in topics.all()),
        "country": profile.country.code if profile.country else "",
        "region": profile.region,
        **{
            field: getattr(profile, field)
            for field in (
                "current_role", "organisation", "years_experience", "bio", "capacity",
                "accepting", "aims", "share_course_progress",
            )
            if hasattr(profile, field)
        },
    }


def _iso(value):
    return value.isoformat() if value else None


@registry.personal_data.register
def personal_data(user) -> dict:
    mentor = MentorProfile.objects.filter(user=user).first()
    mentee = MenteeProfile.objects.filter(user=user).first()
    mentorships = (
        Mentorship.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("program", "mentor", "mentee")
        .prefetch_related("goals", "sessions", "feedback", "events")
    )
    return {
        "mentor_profile": _profile(mentor, mentor.expertise) if mentor else None,
        "mentee_profile": _profile(mentee, mentee.topics) if mentee else None,
        "program_participations": [
            {
                "program": p.program.name,
                "role": p.role,
                "status": p.status,
                "joined_at": _iso(p.created_at),
            }
            for p in Participation.objects.filter(user=user).select_related("program")
        ],
        "mentorships": [
            {
                "program": m.program.name,
                "role": "mentor" if m.mentor_id == user.pk else "mentee",
                "with": m.mentee_name if m.mentor_id == user.pk else m.mentor_name,
                "status": m.status,
                "request_message": m.request_message,
                "requested_at": _iso(m.requested_at),
                "responded_at": _iso(m.responded_at),
                "decline_reason": m.decline_reason,
                "end_reason": m.end_reason,
                "ended_at": _iso(m.ended_at),
                "next_meeting": _iso(m.next_meeting_at),
                "next_meeting_details": m.next_meeting_details,
                "history": [
                    {"from": e.from_status, "to": e.to_status, "note": e.note,
                     "at": _iso(e.created_at), "by_you": e.actor_id == user.pk}
                    for e in m.events.all()
                ],
                "goals": [
                    {"title": g.title, "description": g.description, "status": g.status,
                     "due_on": _iso(g.due_on)}
                    for g in m.goals.all()
                ],
                "sessions": [
                    {"held_on": _iso(s.held_on), "minutes": s.duration_minutes,
                     "notes": s.notes, "next_steps": s.next_steps}
                    for s in m.sessions.all()
                ],
                "feedback_received": [
                    {"rating": f.rating, "comment": f.comment}
                    for f in m.feedback.all()
                    if f.author_id != user.pk
                ],
            }
            for m in mentorships
        ],
        "feedback_given": [
            {"rating": f.rating, "comment": f.comment} for f in Feedback.objects.filter(author=user)
        ],
    }


@registry.personal_data_erasers.register
def erase(user) -> None:
    now = timezone.now()
    for mentorship in Mentorship.objects.select_for_update().filter(
        Q(mentor=user) | Q(mentee=user), status__in=Mentorship.OPEN_STATUSES
    ):
        old = mentorship.status
        mentorship.status = (
            Mentorship.Status.EXPIRED
            if old == Mentorship.Status.REQUESTED
            else Mentorship.Status.ENDED
        )
        mentorship.ended_at = now
        mentorship.next_meeting_at = None
        mentorship.save(update_fields=["status", "ended_at", "next_meeting_at"])
        MentorshipEvent.objects.create(
            mentorship=mentorship, actor=None, from_status=old, to_status=mentorship.status
        )
    Mentorship.objects.filter(mentee=user).update(mentee=None, request_message="")
    Mentorship.objects.filter(mentor=user).update(mentor=None, decline_reason="")
    MentorshipEvent.objects.filter(actor=user).update(actor=None, note="")
    Feedback.objects.filter(author=user).update(author=None, comment="")
    # Goals and sessions stay with the other person; they only lose their author's name.
    Goal.objects.filter(created_by=user).update(created_by=None)
    MentoringSession.objects.filter(logged_by=user).update(logged_by=None)
