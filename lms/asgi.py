"""ASGI entry point; production servers set DJANGO_SETTINGS_MODULE=lms.settings.production."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

application = get_asgi_application()
