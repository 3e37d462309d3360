"""Mentoring emails in the recipient's preferred language, sent as background tasks."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from lms.models import User

from .models import Mentorship


def _subject(kind: str, mentorship: Mentorship, recipient) -> str:
    other = mentorship.mentee if recipient.pk == mentorship.mentor_id else mentorship.mentor
    names = {"name": other.full_name, "program": mentorship.program.name}
    subjects = {
        "requested": _("New mentoring request from %(name)s"),
        "accepted": _("%(name)s is now your mentor"),
        "paired": _("You have a new mentee: %(name)s"),
        "declined": _("Your mentoring request was not accepted"),
        "expired": _("Your mentoring request has expired"),
        "meeting": _("Next mentoring meeting with %(name)s"),
        "ended": _("Your mentorship with %(name)s has ended"),
    }
    return subjects[kind] % names


@task()
def send_mentoring_email(*, kind: str, mentorship_id: int, recipient_id: int) -> None:
    mentorship = Mentorship.objects.select_related("program", "mentor", "mentee").get(
        pk=mentorship_id
    )
    recipient = User.objects.get(pk=recipient_id)
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language), timezone.override(recipient.time_zone or "UTC"):
        other = mentorship.mentee if recipient.pk == mentorship.mentor_id else mentorship.mentor
        context = {
            "kind": kind,
            "recipient": recipient,
            "other": other,
            "mentorship": mentorship,
            "program_name": mentorship.program.name,
            "workspace_url": settings.PUBLIC_BASE_URL.rstrip("/")
            + reverse("mentoring:workspace", args=[mentorship.pk]),
            "dashboard_url": settings.PUBLIC_BASE_URL.rstrip("/") + reverse("mentoring:home"),
        }
        subject = _subject(kind, mentorship, recipient)
        body = render_to_string("mentoring/email/notification.txt", context)
    send_mail(subject, body, None, [recipient.email])
