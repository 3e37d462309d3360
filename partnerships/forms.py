from django import forms
from django.utils.translation import gettext_lazy as _

from cms_pages.models import Topic
from lms.widgets import DateInput

from .models import Activity, Decision, Exchange, Measurement, Partnership


class MeasurementForm(forms.ModelForm):
    indicator = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Measurement
        fields = ["measured_on", "value", "source"]
        widgets = {"measured_on": DateInput()}


class ActivityForm(forms.ModelForm):
    class Meta:
        model = Activity
        fields = ["title", "owner", "due_on"]
        widgets = {"due_on": DateInput()}

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        if people is not None:
            self.fields["owner"].queryset = people
        self.fields["owner"].label_from_instance = lambda user: user.get_full_name()


class ActivityStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Activity.Status.choices)


class ExchangeForm(forms.ModelForm):
    class Meta:
        model = Exchange
        fields = ["host", "visitors", "starts_on", "ends_on", "purpose", "agenda", "participants"]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "agenda": forms.Textarea(attrs={"rows": 4}),
            "participants": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, cities=None, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        if cities is not None:
            self.fields["host"].queryset = cities
            self.fields["visitors"].queryset = cities
        if people is not None:
            self.fields["participants"].queryset = people
        self.fields["participants"].label_from_instance = lambda user: user.get_full_name()

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The last day cannot be before the first day."))
        if data.get("host") and data.get("host") == data.get("visitors"):
            self.add_error(
                "visitors", _("The host and the visiting delegation must be different cities.")
            )
        return data


class TripReportForm(forms.Form):
    trip_report = forms.CharField(
        label=_("Trip report"), max_length=10000, widget=forms.Textarea(attrs={"rows": 6})
    )


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = ["decided_on", "text"]
        widgets = {"decided_on": DateInput(), "text": forms.Textarea(attrs={"rows": 3})}


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"),
        choices=[
            (value, label)
            for value, label in Partnership.Status.choices
            if value != Partnership.Status.PROPOSED
        ],
    )
    reason = forms.CharField(
        label=_("Why it ended early"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PartnerSearchForm(forms.Form):
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.all(), empty_label=None)
    problem = forms.CharField(
        label=_("The problem to solve"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What the municipality wants to change, and what it has tried."),
    )


class OfficialForm(forms.Form):
    position = forms.CharField(label=_("Your position"), max_length=150)
    listed = forms.BooleanField(
        label=_("Show my name and position on the municipality's page"), required=False
    )


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, office documents, spreadsheets, CSV, text or photos; at most 20 MB."),
    )
