"""allauth adapter: after login, land in the user's preferred language; every account email
goes out in its recipient's preferred language, links included."""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation


def _known_language(user) -> str | None:
    language = getattr(user, "preferred_language", None)
    return language if language in dict(settings.LANGUAGES) else None


def _recipient_language(email: str, user=None) -> str | None:
    """The preferred language of the account the email goes to, if there is one."""
    if user is None and email:
        from allauth.account.models import EmailAddress

        from .models import User

        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else User.objects.filter(email__iexact=email).first()
    return _known_language(user)


class PlatformSite:
    """What allauth's emails call the site: "Hello from CityPeers!", and the public host."""

    name = settings.WAGTAIL_SITE_NAME

    @property
    def domain(self) -> str:
        return urlsplit(settings.PUBLIC_BASE_URL).netloc


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        language = _known_language(request.user)
        if language is None:
            return super().get_login_redirect_url(request)
        with translation.override(language):
            return f"/{language}/"

    def send_mail(self, template_prefix, email, context):
        """Write account emails in the recipient's language when we know the recipient (an
        unknown address gets the language of the page it was typed on), signed with the
        platform's name rather than the host name (there is no django.contrib.sites)."""
        language = _recipient_language(email, context.get("user")) or translation.get_language()
        context = {"current_site": PlatformSite(), **context}
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        with translation.override(_known_language(user) or translation.get_language()):
            super().send_notification_mail(template_prefix, user, context=context, email=email)

    def send_confirmation_mail(self, request, emailconfirmation, signup):
        # The confirmation link is built in the recipient's language too.
        user = emailconfirmation.email_address.user
        with translation.override(_known_language(user) or translation.get_language()):
            super().send_confirmation_mail(request, emailconfirmation, signup)

    def send_account_already_exists_mail(self, email):
        with translation.override(_recipient_language(email) or translation.get_language()):
            super().send_account_already_exists_mail(email)

    def send_password_reset_mail(self, user, email, context):
        # allauth built the reset link in the language of the page where the reset was asked:
        # build it again in the recipient's, so the link opens their language.
        language = _known_language(user)
        if language and "uid" in context and "key" in context:
            with translation.override(language):
                url = self.get_reset_password_from_key_url(f"{context['uid']}-{context['key']}")
            context = {**context, "password_reset_url": url}
        return super().send_password_reset_mail(user, email, context)
