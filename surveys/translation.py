from modeltranslation.translator import TranslationOptions, register

from .models import Domain, Option, Question, Questionnaire, Section


@register(Domain)
class DomainTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Questionnaire)
class QuestionnaireTranslationOptions(TranslationOptions):
    fields = ("title", "intro")
    required_languages = ("en",)


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "intro")
    required_languages = ("en",)


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "help_text", "scale_low", "scale_high")
    required_languages = ("en",)


@register(Option)
class OptionTranslationOptions(TranslationOptions):
    fields = ("label",)
    required_languages = ("en",)
