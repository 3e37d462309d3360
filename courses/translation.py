from modeltranslation.translator import TranslationOptions, register

from .models import Cohort


@register(Cohort)
class CohortTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)
