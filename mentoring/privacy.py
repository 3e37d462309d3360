from django.db.models import Q

from lms import registry

from .models import Feedback, Goal, MenteeProfile, MentoringSession, MentorProfile, Mentorship


@registry.personal_data.register
def personal_data(user) -> dict:
    mentor = MentorProfile.objects.filter(user=user).first()
    mentee = MenteeProfile.objects.filter(user=user).first()
    mentorships = Mentorship.objects.filter(Q(mentor=user) | Q(mentee=user)).select_related(
        "program", "mentor", "mentee"
    )
    return {
        "mentor_profile": {
            "languages": mentor.languages,
            "current_role": mentor.current_role,
            "organisation": mentor.organisation,
            "years_experience": mentor.years_experience,
            "bio": mentor.bio,
            "capacity": mentor.capacity,
            "accepting": mentor.accepting,
        }
        if mentor
        else None,
        "mentee_profile": {
            "languages": mentee.languages,
            "aims": mentee.aims,
            "share_course_progress": mentee.share_course_progress,
        }
        if mentee
        else None,
        "mentorships": [
            {
                "program": m.program.name,
                "role": "mentor" if m.mentor_id == user.pk else "mentee",
                "with": (m.mentee if m.mentor_id == user.pk else m.mentor).full_name,
                "status": m.status,
                "request_message": m.request_message,
                "requested_at": m.requested_at.isoformat(),
                "goals": [
                    {"title": g.title, "description": g.description, "status": g.status}
                    for g in Goal.objects.filter(mentorship=m)
                ],
                "sessions": [
                    {
                        "held_on": s.held_on.isoformat(),
                        "minutes": s.duration_minutes,
                        "notes": s.notes,
                        "next_steps": s.next_steps,
                    }
                    for s in MentoringSession.objects.filter(mentorship=m)
                ],
            }
            for m in mentorships
        ],
        "feedback_given": [
            {"rating": f.rating, "comment": f.comment} for f in Feedback.objects.filter(author=user)
        ],
    }
