"""Wagtail admin user forms for a user model with one full-name field and no username."""

from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import User

ADMIN_USER_FIELDS = {
    "email",
    "full_name",
    "preferred_language",
    "municipality",
    "country",
    "job_title",
    "region",
    "is_superuser",
    "groups",
}


class CityPeersUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ADMIN_USER_FIELDS


class CityPeersUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        model = User
        fields = ADMIN_USER_FIELDS | {"is_active"}
