from modeltranslation.translator import TranslationOptions, register

from .models import Indicator, Municipality, Objective, Partnership


@register(Municipality)
class MunicipalityTranslationOptions(TranslationOptions):
    fields = ("name", "profile")
    required_languages = ("en",)


@register(Partnership)
class PartnershipTranslationOptions(TranslationOptions):
    fields = ("title", "problem", "lessons")
    required_languages = ("en",)


@register(Objective)
class ObjectiveTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("name", "unit")
    required_languages = ("en",)
