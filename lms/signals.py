"""Apply a user's preferred language when they log in."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation


@receiver(user_logged_in)
def apply_preferred_language(sender, request, user, **kwargs) -> None:
    language = getattr(user, "preferred_language", None)
    if request is not None and language:
        translation.activate(language)
        # PreferredLanguageCookieMiddleware writes the cookie on the response.
        request.set_language_cookie = language
