from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
