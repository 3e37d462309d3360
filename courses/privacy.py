from lms import registry

from .models import Enrolment, LessonCompletion, QuizAttempt


@registry.personal_data.register
def personal_data(user) -> dict:
    enrolments = Enrolment.objects.filter(user=user).select_related("course", "certificate")
    return {
        "enrolments": [
            {
                "course": e.course.title,
                "language": e.language,
                "status": e.status,
                "enrolled_at": e.enrolled_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
                "certificate_code": getattr(getattr(e, "certificate", None), "code", None),
            }
            for e in enrolments
        ],
        "lesson_completions": [
            {"lesson": str(c.lesson_key), "completed_at": c.completed_at.isoformat()}
            for c in LessonCompletion.objects.filter(enrolment__user=user)
        ],
        "quiz_attempts": [
            {
                "lesson": str(a.lesson_key),
                "number": a.number,
                "score": str(a.score),
                "passed": a.passed,
                "submitted_at": a.submitted_at.isoformat(),
            }
            for a in QuizAttempt.objects.filter(enrolment__user=user)
        ],
    }
