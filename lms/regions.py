"""The association's regions, one per regional office (shared by every app)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    GLOBAL = "global", _("Headquarters (global)")
    EAST_ASIA = "east_asia", _("East Asia (Beijing office)")
    EUROPE = "europe", _("Europe (Bratislava office)")
    LATIN_AMERICA = "latin_america", _("Latin America (Guadalajara office)")
    SOUTH_ASIA = "south_asia", _("South Asia (Ahmedabad office)")
