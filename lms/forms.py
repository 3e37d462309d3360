"""Sign-up and profile forms for the custom user."""

import zoneinfo

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import User


def time_zone_choices() -> list[tuple[str, str]]:
    return [(tz, tz.replace("_", " ")) for tz in sorted(zoneinfo.available_timezones())]


class ProfileFieldsMixin(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    municipality = forms.CharField(label=_("Municipality"), max_length=150)
    # The profile's own field (django-countries' lazy choices): names in the active language,
    # sorted in it, with an empty choice first; only required here.
    country = User._meta.get_field("country").formfield(label=_("Country"), required=True)
    job_title = forms.CharField(label=_("Job title"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES
    )


class SignupForm(ProfileFieldsMixin):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    field_order = [
        "email",
        "full_name",
        "municipality",
        "country",
        "job_title",
        "preferred_language",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils.translation import get_language

        language = get_language()
        if language in dict(settings.LANGUAGES):
            self.fields["preferred_language"].initial = language

    def signup(self, request, user: User) -> None:
        for name in ProfileFieldsMixin.base_fields:
            setattr(user, name, self.cleaned_data[name])
        user.save()


class ProfileForm(forms.ModelForm):
    """The profile: what sign-up requires stays required here."""

    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, signup_field in ProfileFieldsMixin.base_fields.items():
            self.fields[name].required = signup_field.required

    class Meta:
        model = User
        fields = [
            "full_name",
            "municipality",
            "country",
            "job_title",
            "preferred_language",
            "time_zone",
        ]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Deleting your account cannot be undone."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
