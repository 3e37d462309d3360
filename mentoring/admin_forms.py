"""Forms of the coordinators' admin actions; each one feeds a service in ``services.py``."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from lms.models import User

from .forms import DeclineForm
from .models import MentoringProgram, Mentorship, Participation

__all__ = ["ConfirmForm", "DeclineForm", "EndForm", "PairForm", "RepairForm"]


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj} ({obj.email})"


def admitted_people(programs: QuerySet[MentoringProgram], role: str) -> QuerySet[User]:
    """People admitted in one of ``programs`` in ``role``."""
    return (
        User.objects.filter(
            participations__program__in=programs,
            participations__role=role,
            participations__status=Participation.Status.ADMITTED,
        )
        .distinct()
        .order_by("full_name", "email")
    )


class ConfirmForm(forms.Form):
    """A confirmation with nothing to fill in (the CSRF token is all it carries)."""


class EndForm(forms.Form):
    reason = forms.CharField(
        label=_("Why does the mentorship end early?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )


class PairForm(forms.Form):
    program = forms.ModelChoiceField(label=_("Program"), queryset=MentoringProgram.objects.none())
    mentor = PersonChoiceField(label=_("Mentor"), queryset=User.objects.none())
    mentee = PersonChoiceField(label=_("Mentee"), queryset=User.objects.none())

    def __init__(self, *args, programs: QuerySet[MentoringProgram], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = programs
        self.fields["mentor"].queryset = admitted_people(programs, Participation.Role.MENTOR)
        self.fields["mentee"].queryset = admitted_people(programs, Participation.Role.MENTEE)


class RepairForm(forms.Form):
    mentor = PersonChoiceField(label=_("New mentor"), queryset=User.objects.none())
    reason = forms.CharField(
        label=_("Why does the current mentorship end early?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )

    def __init__(self, *args, mentorship: Mentorship, **kwargs):
        super().__init__(*args, **kwargs)
        programs = MentoringProgram.objects.filter(pk=mentorship.program_id)
        self.fields["mentor"].queryset = admitted_people(
            programs, Participation.Role.MENTOR
        ).exclude(pk__in=[mentorship.mentor_id, mentorship.mentee_id])
