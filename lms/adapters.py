"""allauth adapter: after login, land in the user's preferred language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        language = getattr(request.user, "preferred_language", None)
        if language not in dict(settings.LANGUAGES):
            return super().get_login_redirect_url(request)
        with translation.override(language):
            return f"/{language}/"

    def send_mail(self, template_prefix, email, context):
        """Write account emails in the recipient's language when we know it."""
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
