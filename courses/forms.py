from django import forms
from django.utils.translation import gettext_lazy as _


class EnrolForm(forms.Form):
    cohort = forms.IntegerField(label=_("Cohort"), required=False, min_value=1)
