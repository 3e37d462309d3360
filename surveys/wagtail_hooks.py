"""The questionnaires admin: questionnaires with their sections, questions with their options,
and the capacity domains, each text in the four languages. Results are not in the admin: they
are shown on the site, only in groups (``selectors.survey_results``)."""

from django.conf import settings
from django.db.models import Model
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Domain, Option, Question, Questionnaire, Section


def _translated(model: type[Model], field: str) -> MultiFieldPanel:
    return MultiFieldPanel(
        [
            FieldPanel(f"{field}_{code.replace('-', '_')}", heading=name)
            for code, name in settings.LANGUAGES
        ],
        heading=capfirst(model._meta.get_field(field).verbose_name),
    )


class DefinitionViewSet(ModelViewSet):
    """No copy view (a copy would take the slug) and no inspect view."""

    copy_view_enabled = False
    inspect_view_enabled = False


class QuestionnaireViewSet(DefinitionViewSet):
    model = Questionnaire
    icon = "form"
    menu_label = _("Questionnaires")
    menu_name = "questionnaires"
    list_display = ["title", "kind", "audience", "opens_on", "closes_on", "anonymous"]
    list_filter = ["kind", "audience", "anonymous"]
    search_fields = ["title_en", "title_es", "title_zh_hans", "title_sk", "slug"]
    edit_handler = ObjectList(
        [
            _translated(Questionnaire, "title"),
            FieldPanel("slug"),
            FieldPanel("kind"),
            _translated(Questionnaire, "intro"),
            FieldPanel("opens_on"),
            FieldPanel("closes_on"),
            FieldPanel("audience"),
            FieldPanel("region"),
            FieldPanel("program"),
            FieldPanel("partnership"),
            FieldPanel("anonymous"),
            FieldPanel("min_group_size"),
            InlinePanel(
                "sections",
                panels=[_translated(Section, "title"), _translated(Section, "intro")],
                heading=capfirst(Section._meta.verbose_name_plural),
                label=Section._meta.verbose_name,
            ),
        ]
    )


class QuestionViewSet(DefinitionViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    menu_name = "questions"
    list_display = ["text", "section", "kind", "domain", "required"]
    list_filter = ["kind", "domain", "section__questionnaire"]
    search_fields = ["text_en", "text_es", "text_zh_hans", "text_sk"]
    ordering = ["section__questionnaire", "section__sort_order", "sort_order"]
    edit_handler = ObjectList(
        [
            FieldPanel("section"),
            FieldPanel("sort_order"),
            _translated(Question, "text"),
            _translated(Question, "help_text"),
            FieldPanel("kind"),
            FieldPanel("required"),
            FieldPanel("domain"),
            MultiFieldPanel(
                [
                    _translated(Question, "scale_low"),
                    _translated(Question, "scale_high"),
                ],
                heading=_("Scale"),
            ),
            MultiFieldPanel(
                [FieldPanel("min_value"), FieldPanel("max_value"), FieldPanel("max_choices")],
                heading=_("Limits"),
            ),
            InlinePanel(
                "options",
                panels=[_translated(Option, "label"), FieldPanel("points")],
                heading=capfirst(Option._meta.verbose_name_plural),
                label=Option._meta.verbose_name,
            ),
        ]
    )


class DomainViewSet(DefinitionViewSet):
    model = Domain
    icon = "tag"
    menu_label = _("Capacity domains")
    menu_name = "capacity-domains"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_en", "name_es", "name_zh_hans", "name_sk", "slug"]
    edit_handler = ObjectList(
        [
            _translated(Domain, "name"),
            FieldPanel("slug"),
            _translated(Domain, "description"),
            FieldPanel("topics"),
            FieldPanel("sort_order"),
        ]
    )


class SurveysViewSetGroup(ViewSetGroup):
    menu_label = _("Questionnaires")
    menu_name = "questionnaires-group"
    menu_icon = "form"
    menu_order = 240
    items = (
        QuestionnaireViewSet("questionnaires"),
        QuestionViewSet("questions"),
        DomainViewSet("capacity_domains"),
    )


@hooks.register("register_admin_viewset")
def register_surveys_viewsets():
    return SurveysViewSetGroup()
