"""Course emails, written in the recipient's preferred language, sent as background tasks."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from .models import Certificate, Enrolment
from .selectors import course_titles


def _absolute(path: str) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def _send(*, user, template: str, context: dict) -> None:
    language = user.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        title, _lang, page = course_titles(keys=[context["course_key"]], language=language)[
            context["course_key"]
        ]
        context = {**context, "user": user, "course_title": title}
        if page is not None:
            context["course_url"] = _absolute(page.get_url() or "")
        context["dashboard_url"] = _absolute(reverse("courses:dashboard"))
        subject = render_to_string(f"courses/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"courses/email/{template}_body.txt", context)
    send_mail(subject, body, None, [user.email])


@task()
def send_enrolment_email(*, enrolment_id: int) -> None:
    enrolment = Enrolment.objects.select_related("user", "course", "cohort").get(pk=enrolment_id)
    _send(
        user=enrolment.user,
        template="enrolled",
        context={"course_key": enrolment.course.translation_key, "cohort": enrolment.cohort},
    )


@task()
def send_completion_email(*, certificate_id: int) -> None:
    certificate = Certificate.objects.select_related("enrolment__user", "enrolment__course").get(
        pk=certificate_id
    )
    user = certificate.enrolment.user
    with translation.override(user.preferred_language):
        certificate_url = _absolute(reverse("courses:certificate", args=[certificate.code]))
    _send(
        user=user,
        template="completed",
        context={
            "course_key": certificate.enrolment.course.translation_key,
            "certificate": certificate,
            "certificate_url": certificate_url,
        },
    )
