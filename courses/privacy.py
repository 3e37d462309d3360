"""Courses' part of personal data: learning records are the learner's alone and go with the
account; a certificate's code stays so that its verification page can say it is no longer
available (without a name)."""

from lms import registry

from .models import Certificate, Enrolment, LessonCompletion, QuizAttempt

registry.user_data.declare(
    "courses.Enrolment", "user", erasure=registry.user_data.DELETE,
    why="Enrolments with their completions, attempts and answers (exported).",
)


@registry.personal_data.register
def personal_data(user) -> dict:
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course", "cohort", "certificate")
    )
    return {
        "enrolments": [
            {
                "course": e.course.title,
                "cohort": e.cohort.name if e.cohort else None,
                "language": e.language,
                "status": e.status,
                "enrolled_at": e.enrolled_at.isoformat(),
                "left_at": e.left_at.isoformat() if e.left_at else None,
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
                "last_lesson": str(e.last_lesson_key) if e.last_lesson_key else None,
                "certificate": _certificate(getattr(e, "certificate", None)),
            }
            for e in enrolments
        ],
        "lesson_completions": [
            {
                "course": c.enrolment.course.title,
                "lesson": str(c.lesson_key),
                "completed_at": c.completed_at.isoformat(),
            }
            for c in LessonCompletion.objects.filter(enrolment__user=user).select_related(
                "enrolment__course"
            )
        ],
        "quiz_attempts": [
            {
                "course": a.enrolment.course.title,
                "lesson": str(a.lesson_key),
                "number": a.number,
                "score": str(a.score),
                "passed": a.passed,
                "answers": a.answers,
                "submitted_at": a.submitted_at.isoformat(),
            }
            for a in QuizAttempt.objects.filter(enrolment__user=user).select_related(
                "enrolment__course"
            )
        ],
    }


def _certificate(certificate: Certificate | None) -> dict | None:
    if certificate is None:
        return None
    return {
        "code": certificate.code,
        "name_on_certificate": certificate.learner_name,
        "hours": str(certificate.hours),
        "issued_at": certificate.issued_at.isoformat(),
    }


@registry.personal_data_erasers.register
def erase(user) -> None:
    """Certificates keep their code (verification says "no longer available"), not the name."""
    Certificate.objects.filter(enrolment__user=user).update(enrolment=None, learner_name="")
