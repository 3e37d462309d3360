"""Personal data on request: export everything about a user, or erase the account.

Each app registers, in its ``privacy.py``, its export (``@registry.personal_data.register``),
the anonymising it does before an account is deleted (``@registry.personal_data_erasers.
register``) and what happens to every field of its models that points at a user
(``registry.user_data.declare``). They are found by discovery, so ``lms`` knows nothing of the
apps above it. This module declares the account itself and the framework's models.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from wagtail.models import ModelLogEntry, PageLogEntry

from . import registry

DELETE, ANONYMISE = registry.user_data.DELETE, registry.user_data.ANONYMISE

registry.user_data.declare(
    "account.EmailAddress", "user", erasure=DELETE, why="The account's addresses (exported)."
)
registry.user_data.declare(
    "mfa.Authenticator", "user", erasure=DELETE, why="Second factors (their kinds exported)."
)
for label in (
    "wagtailusers.UserProfile",
    "wagtailadmin.EditingSession",
    "wagtailadmin.FormState",
    "wagtailcore.APIToken",
    "wagtailcore.PageSubscription",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
):
    registry.user_data.declare(
        label, "user", erasure=DELETE, why="Admin preferences, sessions and comments."
    )
for label, fields in {
    "wagtailcore.Page": ("owner", "locked_by"),
    "wagtailcore.Revision": ("user",),
    "wagtailcore.WorkflowState": ("requested_by",),
    "wagtailcore.TaskState": ("finished_by",),
    "wagtailcore.Comment": ("resolved_by",),
    "wagtailcore.UploadedFile": ("uploaded_by_user",),
    "wagtaildocs.Document": ("uploaded_by_user",),
    "wagtailimages.Image": ("uploaded_by_user",),
    "wagtail_localize.StringTranslation": ("last_translated_by",),
    "wagtail_localize.SegmentOverride": ("last_translated_by",),
}.items():
    registry.user_data.declare(
        label, *fields, erasure=ANONYMISE, why="Published content stays; its author is removed."
    )
registry.user_data.declare(
    "wagtailcore.PageLogEntry", "user", erasure=ANONYMISE,
    why="The audit log keeps what happened, not who (the user id is cleared: no database "
    "constraint would do it).",
)
registry.user_data.declare(
    "wagtailcore.ModelLogEntry", "user", erasure=ANONYMISE,
    why="The audit log keeps what happened, not who (the user id is cleared).",
)


def user_personal_data(*, user) -> dict:
    data = {
        "account": {
            "email": user.email,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user)
            ],
            "second_factors": sorted(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
            "full_name": user.full_name,
            "preferred_language": user.preferred_language,
            "municipality": user.municipality,
            "country": user.country.code if user.country else "",
            "region": user.region,
            "job_title": user.job_title,
            "time_zone": user.time_zone,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        }
    }
    for label, export in registry.personal_data.in_app_order():
        data[label] = export(user)
    return data


def user_erase(*, user) -> None:
    """Erase the account: each app first anonymises the user's side of records it shares with
    other people, the audit log forgets who acted, then the account and everything that is
    only theirs is deleted (database cascades)."""
    with transaction.atomic():
        for _label, erase in registry.personal_data_erasers.in_app_order():
            erase(user)
        PageLogEntry.objects.filter(user_id=user.pk).update(user=None)
        ModelLogEntry.objects.filter(user_id=user.pk).update(user=None)
        user.delete()
