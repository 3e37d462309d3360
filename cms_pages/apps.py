from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsPagesConfig(AppConfig):
    name = "cms_pages"
    verbose_name = _("Site content")

    def ready(self) -> None:
        # Registers what each page type shows (see lms.page_context).
        from lms import page_cache

        from . import selectors  # noqa: F401
        from .models import Topic

        # Topics' names show in cached catalog and page content.
        page_cache.watch(Topic)
