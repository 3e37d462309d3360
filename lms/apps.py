from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from . import frontend_cache, hardening, page_cache, signals, task_failures  # noqa: F401

        hardening.install()

        task_failures.connect()

        page_cache.connect_signals()
        # Cached content shows images and links documents.
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        page_cache.watch(get_image_model(), get_document_model())
        frontend_cache.connect_signals()
        # Dates beyond Python's range in PostgreSQL are read as "invalid", not as an error.
        from django.db.backends.signals import connection_created

        from .db import install_safe_loaders

        connection_created.connect(
            lambda sender, connection, **kwargs: install_safe_loaders(connection),
            weak=False,
            dispatch_uid="lms.safe_date_loaders",
        )


class CityPeersUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with admin forms that know our user model."""

    user_viewset = "lms.viewsets.UserViewSet"
