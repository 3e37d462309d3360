from django.conf import settings
from django.db.models import Q
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .localize import (
    LocaleScopedSubmitPageTranslationView,
    LocaleScopedUpdateTranslationsView,
    editable_locales,
)
from .models import Topic


def _per_language(field: str) -> list[FieldPanel]:
    return [
        FieldPanel(f"{field}_{code.replace('-', '_')}", heading=f"{name}")
        for code, name in settings.LANGUAGES
    ]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name_en", "name_es", "name_zh_hans", "name_sk", "slug"]
    panels = [
        FieldPanel("slug"),
        MultiFieldPanel(_per_language("name"), heading=_("Name")),
        MultiFieldPanel(_per_language("description"), heading=_("Description")),
    ]


register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def register_locale_scoped_translation_views():
    """Registered before wagtail-localize's own (this app comes first in INSTALLED_APPS), so
    these views answer its submit and update URLs."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            LocaleScopedSubmitPageTranslationView.as_view(),
            name="citypeers_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            LocaleScopedUpdateTranslationsView.as_view(),
            name="citypeers_update_translations",
        ),
    ]


@hooks.register("construct_page_chooser_queryset")
def choosers_show_other_locales_live_pages_only(pages, request):
    """The page chooser lists drafts only of the locales the editor works in."""
    if request.user.is_superuser:
        return pages
    return pages.filter(Q(live=True) | Q(locale__in=editable_locales(request.user)))
