"""Forms of the coordinators' admin: a coordinator picks only their own region and people they
may link (staff of their region, officials of the municipality); superusers keep every choice."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from lms.models import User
from lms.regions import Region
from mentoring.models import SPOKEN_LANGUAGES

from .models import Official


def _current_pks(form: forms.ModelForm, name: str) -> list:
    """The pks of the people already linked in the many-to-many field ``name``: they stay
    choosable, so that saving the form never drops them silently."""
    return [getattr(value, "pk", value) for value in form.initial.get(name) or []]


class RegionScopedForm(WagtailAdminModelForm):
    """Coordinators pick only their own region, and as coordinators of a partnership only
    staff of their region (as in the mentoring admin)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or user.is_superuser:
            return
        if "region" in self.fields:
            self.fields["region"].choices = [
                (value, label) for value, label in Region.choices if value == user.region
            ]
        if "coordinators" in self.fields:
            self.fields["coordinators"].queryset = User.objects.filter(
                Q(region=user.region) | Q(pk__in=_current_pks(self, "coordinators"))
            )


class MunicipalityForm(RegionScopedForm):
    """A municipality: its working languages as checkboxes, its focal points among its
    confirmed officials."""

    languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=SPOKEN_LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The languages its officials work in."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "languages" in self.fields:
            # Codes stored before (or by someone else) that are not in the list stay choosable.
            known = {code for code, _label in SPOKEN_LANGUAGES}
            extra = [code for code in self.initial.get("languages") or [] if code not in known]
            self.fields["languages"].choices = [
                *SPOKEN_LANGUAGES,
                *((code, code) for code in extra if isinstance(code, str)),
            ]
        user = self.for_user
        if user is None or user.is_superuser or "focal_points" not in self.fields:
            return
        officials = Official.objects.none()
        if self.instance.pk:
            officials = Official.objects.filter(
                municipality=self.instance, status=Official.Status.CONFIRMED
            ).values("user_id")
        self.fields["focal_points"].queryset = User.objects.filter(
            Q(pk__in=officials) | Q(pk__in=_current_pks(self, "focal_points"))
        )
        self.fields["focal_points"].help_text = _(
            "Officials who speak for the municipality in partnerships, chosen among its "
            "confirmed officials."
        )


class PartnershipMemberForm(WagtailAdminModelForm):
    """One side of a partnership: its focal points are people of that municipality (its own
    focal points or its confirmed officials), never anyone else on the platform."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "focal_points" in self.fields:
            self.fields["focal_points"].queryset = User.objects.filter(
                Q(focal_point_of__isnull=False)
                | Q(municipality_links__status=Official.Status.CONFIRMED)
                | Q(pk__in=_current_pks(self, "focal_points"))
            ).distinct()

    def clean(self):
        data = super().clean()
        municipality, people = data.get("municipality"), data.get("focal_points")
        if municipality is not None and people:
            allowed = set(municipality.focal_points.values_list("pk", flat=True)) | set(
                Official.objects.filter(
                    municipality=municipality, status=Official.Status.CONFIRMED
                ).values_list("user_id", flat=True)
            )
            strangers = [person for person in people if person.pk not in allowed]
            if strangers:
                self.add_error(
                    "focal_points",
                    ngettext(
                        "%(names)s does not work for %(municipality)s.",
                        "%(names)s do not work for %(municipality)s.",
                        len(strangers),
                    )
                    % {
                        "names": ", ".join(person.get_full_name() for person in strangers),
                        "municipality": municipality.name,
                    },
                )
        return data
