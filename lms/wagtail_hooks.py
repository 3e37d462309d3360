"""Wagtail admin hooks of the platform as a whole.

Wagtail builds each admin menu's items once, at the first request that shows the menu, and
keeps them for the life of the process. A label must therefore stay lazy (translated when the
menu is rendered, in that request's language). Two third-party items are not: wagtail-localize
registers "Translations" (Reports) with a non-lazy ``gettext``, and Wagtail formats "What's new
in Wagtail %(version)s" (Help) with ``%``, which translates at once. Both stayed in the
language of the first admin request after start-up, for every user. They get lazy labels here,
each time the menu is built for a request.
"""

from django.urls import reverse
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.components import Component

WHATS_NEW_PREFIX = "whats-new-in-wagtail-"
# Wagtail's and wagtail-localize's own msgids, translated by their catalogs (and our overrides
# in locale_vendor/). Passed as variables so that makemessages does not copy them into ours.
WHATS_NEW_MSGID = "What's new in Wagtail %(version)s"
TRANSLATIONS_MSGID = "Translations"


def _whats_new_label(version: str) -> str:
    return gettext(WHATS_NEW_MSGID) % {"version": version}


whats_new_label = lazy(_whats_new_label, str)


@hooks.register("construct_help_menu")
def translate_whats_new_menu_item(request, menu_items):
    for item in menu_items:
        if item.name.startswith(WHATS_NEW_PREFIX):
            item.label = whats_new_label(item.name.removeprefix(WHATS_NEW_PREFIX))


@hooks.register("construct_reports_menu")
def translate_translations_report_menu_item(request, menu_items):
    url = reverse("wagtail_localize:translations_report")
    for item in menu_items:
        if item.url == url:
            item.label = gettext_lazy(TRANSLATIONS_MSGID)
            # Its name was slugified from the label of the first request ("u7ffbu8bd1"...).
            item.name = "translations"


class TaskFailuresPanel(Component):
    """Background tasks still failing after their retries, for staff who may see them."""

    name = "task_failures"
    order = 50
    template_name = "lms/admin/task_failures_panel.html"

    def __init__(self, failures):
        self.failures = failures

    def get_context_data(self, parent_context=None):
        return {"failures": self.failures}


@hooks.register("construct_homepage_panels")
def add_task_failures_panel(request, panels):
    from .models import TaskFailure

    if not request.user.has_perm("lms.view_taskfailure"):
        return
    failures = list(TaskFailure.objects.filter(status=TaskFailure.Status.FAILED)[:10])
    if failures:
        panels.append(TaskFailuresPanel(failures))
