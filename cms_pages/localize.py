"""wagtail-localize's doors, held to the editorial model: an editor translates only into the
locales whose tree they edit, never reads another locale's unpublished draft through a
translation, and applies a sync only to translations they may publish.

New translations are saved as drafts (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE =
False``): they go live when an editor of that locale publishes them, or, for courses, through
the locale's review. The views here replace wagtail-localize's submit and update views at the
same admin URLs; its translation-editor endpoints already require edit permission on the
translated page, which is granted per locale.
"""

from __future__ import annotations

import contextlib

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def editable_locales(user):
    """The locales in whose page tree ``user`` may add or edit pages."""
    if user.is_superuser:
        return Locale.objects.all()
    return Locale.objects.filter(
        id__in=GroupPagePermission.objects.filter(
            group__user=user,
            permission__codename__in=["add_page", "change_page"],
        ).values("page__locale_id")
    )


def may_read_source(user, page: Page) -> bool:
    """A page's content may be copied into a translation by someone who can see it: it is
    live, or they can edit it."""
    return page.live or page.permissions_for_user(user).can_edit()


class LocaleScopedSubmitPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        page = Page.objects.filter(id=kwargs.get("page_id")).first()
        if page is not None and not may_read_source(request.user, page.specific):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            id__in=editable_locales(self.request.user).values("id")
        )
        return form


class LocaleScopedUpdateTranslationsView(UpdateTranslationsView):
    """Syncing is the source's editors' action; publishing a synced translation is only done
    where the person may publish, elsewhere the update is saved as a draft."""

    def get_object(self):
        source = super().get_object()
        instance = source.get_source_instance()
        if isinstance(instance, Page) and not instance.permissions_for_user(
            self.request.user
        ).can_edit():
            raise PermissionDenied
        return source

    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations")
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)  # source updated, restrictions, components
        if publish:
            for translation in self.object.translations.filter(enabled=True).select_related(
                "target_locale"
            ):
                target = translation.get_target_instance()
                # wagtail-localize writes a target's live row even when it only saves a draft,
                # so a translation the person may not publish is not touched at all: its own
                # locale's editors apply the update (and, for courses, send it to review).
                if isinstance(target, Page) and not target.permissions_for_user(
                    self.request.user
                ).can_publish():
                    continue
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=self.request.user, publish=True)
        return response
