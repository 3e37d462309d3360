from modeltranslation.translator import TranslationOptions, register

from .models import MentoringProgram


@register(MentoringProgram)
class MentoringProgramTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)
