from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from partnerships.models import Municipality

from .models import NUMBER_LIMIT, SCALE_POINTS, Answer, Question, Section

REQUIRED_MESSAGE = _("Please answer this question.")


def _field_name(question: Question) -> str:
    return f"q{question.pk}"


class SectionForm(forms.Form):
    """One section's questions. Every field is optional as a form field, so that "save and
    finish later" keeps what is valid; ``require_answers`` (moving on, submitting) then asks
    for the required ones. Choices are the question's own options only."""

    def __init__(
        self,
        *args,
        section: Section,
        answers: dict[int, Answer],
        require_answers: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.section = section
        self.require_answers = require_answers
        self.questions = list(section.questions.all())
        for question in self.questions:
            field = self._field(question)
            field.label = (
                question.text
                if question.required
                else _("%(question)s (optional)") % {"question": question.text}
            )
            field.help_text = escape(question.help_text)
            field.required = False
            field.question = question
            self.fields[_field_name(question)] = field
            answer = answers.get(question.pk)
            if answer is not None:
                self.initial[_field_name(question)] = self._initial(question, answer)

    @staticmethod
    def _field(question: Question) -> forms.Field:
        kind = Question.Kind
        if question.kind == kind.SINGLE:
            return forms.TypedChoiceField(
                choices=[(o.pk, o.label) for o in question.options.all()],
                coerce=int,
                widget=forms.RadioSelect,
            )
        if question.kind == kind.MULTIPLE:
            return forms.TypedMultipleChoiceField(
                choices=[(o.pk, o.label) for o in question.options.all()],
                coerce=int,
                widget=forms.CheckboxSelectMultiple,
            )
        if question.kind == kind.SCALE:
            low, high = question.scale_low, question.scale_high
            choices = [
                (
                    point,
                    f"{point} – {low}"
                    if point == 1 and low
                    else f"{point} – {high}"
                    if point == 5 and high
                    else str(point),
                )
                for point in SCALE_POINTS
            ]
            return forms.TypedChoiceField(choices=choices, coerce=int, widget=forms.RadioSelect)
        if question.kind == kind.NUMBER:
            low = question.min_value if question.min_value is not None else -NUMBER_LIMIT
            high = question.max_value if question.max_value is not None else NUMBER_LIMIT
            return forms.DecimalField(
                min_value=low,
                max_value=high,
                max_digits=14,
                decimal_places=2,
                localize=True,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            )
        if question.kind == kind.SHORT_TEXT:
            return forms.CharField(max_length=300)
        return forms.CharField(max_length=4000, widget=forms.Textarea(attrs={"rows": 5}))

    @staticmethod
    def _initial(question: Question, answer: Answer):
        if question.kind == Question.Kind.SINGLE:
            chosen = [o.pk for o in answer.options.all()]
            return chosen[0] if chosen else None
        if question.kind == Question.Kind.MULTIPLE:
            return [o.pk for o in answer.options.all()]
        if question.kind == Question.Kind.SCALE:
            return int(answer.number) if answer.number is not None else None
        if question.kind == Question.Kind.NUMBER:
            return answer.number.normalize() if answer.number is not None else None
        return answer.text

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            name = _field_name(question)
            if name not in cleaned:
                continue
            value = cleaned[name]
            if (
                question.kind == Question.Kind.MULTIPLE
                and question.max_choices
                and len(value or []) > question.max_choices
            ):
                self.add_error(
                    name,
                    ngettext(
                        "Choose at most %(count)d option.",
                        "Choose at most %(count)d options.",
                        question.max_choices,
                    )
                    % {"count": question.max_choices},
                )
            elif self.require_answers and question.required and value in (None, "", []):
                self.add_error(name, REQUIRED_MESSAGE)
        return cleaned

    def answer_values(self) -> dict[int, list | int | Decimal | str | None]:
        """The cleaned answers by question id, options as Option objects."""
        values = {}
        for question in self.questions:
            name = _field_name(question)
            if name not in self.cleaned_data:
                continue
            value = self.cleaned_data[name]
            if question.is_choice:
                chosen = value if isinstance(value, list) else ([value] if value else [])
                by_pk = {o.pk: o for o in question.options.all()}
                value = [by_pk[pk] for pk in chosen if pk in by_pk]
            values[question.pk] = value
        return values


class MunicipalityChoiceForm(forms.Form):
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.none(), empty_label=None
    )

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.filter(
            pk__in=[m.pk for m in municipalities]
        )
