from django import forms
from django.utils.translation import gettext_lazy as _

from cms_pages.models import Topic
from lms.validators import validate_plausible_date
from lms.widgets import DateInput, DateTimeInput

from .models import SPOKEN_LANGUAGES, MenteeProfile, MentorProfile

RATING_CHOICES = [(n, str(n)) for n in range(1, 6)]


class LanguagesField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            choices=SPOKEN_LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            label=_("Languages you speak"),
            **kwargs,
        )


class MentorProfileForm(forms.ModelForm):
    languages = LanguagesField()
    expertise = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(), widget=forms.CheckboxSelectMultiple, label=_("Expertise")
    )

    class Meta:
        model = MentorProfile
        fields = [
            "expertise",
            "languages",
            "country",
            "region",
            "current_role",
            "organisation",
            "years_experience",
            "bio",
            "capacity",
            "accepting",
        ]


class MenteeProfileForm(forms.ModelForm):
    languages = LanguagesField()
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Topics you want to grow in"),
    )

    class Meta:
        model = MenteeProfile
        fields = ["topics", "languages", "country", "region", "aims", "share_course_progress"]


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the mentor"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Introduce yourself and say what you would like to work on together."),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional, shared with the mentee)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
    )


class GoalForm(forms.Form):
    title = forms.CharField(label=_("Goal"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )
    due_on = forms.DateField(
        label=_("Due date"),
        widget=DateInput(),
        required=False,
        validators=[validate_plausible_date],
    )


class SessionForm(forms.Form):
    held_on = forms.DateField(
        label=_("Date"), widget=DateInput(), validators=[validate_plausible_date]
    )
    duration_minutes = forms.IntegerField(label=_("Duration (minutes)"), min_value=5, max_value=600)
    notes = forms.CharField(
        label=_("Notes"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )
    next_steps = forms.CharField(
        label=_("Next steps"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )


class MeetingForm(forms.Form):
    when = forms.DateTimeField(
        label=_("Date and time (your time zone)"),
        widget=DateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        validators=[validate_plausible_date],
    )
    details = forms.CharField(
        label=_("Where or how (place, video link, phone)"), max_length=300, required=False
    )


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Your rating of the mentorship (1 to 5)"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )


class CloseForm(FeedbackForm):
    outcome = forms.ChoiceField(
        label=_("How does the mentorship end?"),
        choices=[
            ("completed", _("We reached our goals: completed")),
            ("ended", _("It ends early")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (required when it ends early)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )

    field_order = ["outcome", "reason", "rating", "comment"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == "ended" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Please say why the mentorship ends early."))
        return cleaned
