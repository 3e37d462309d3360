from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .admin_forms import CityPeersUserCreationForm, CityPeersUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update: bool = False):
        return CityPeersUserEditForm if for_update else CityPeersUserCreationForm
