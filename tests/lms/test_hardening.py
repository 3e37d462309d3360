"""Hostile ids in choice fields and choosers are unknown choices, never a server error
(lms.hardening; findings of the fuzz suite)."""

import pytest

from mentoring.models import MenteeProfile
from tests.factories import UserFactory, make_coordinator

pytestmark = pytest.mark.django_db

HUGE = "9" * 40


def test_a_huge_id_in_a_multiple_choice_is_an_unknown_choice(client, home_pages):
    client.force_login(UserFactory())
    response = client.post(
        "/en/mentoring/profile/mentee/",
        {"languages": ["es"], "country": "MX", "region": "latin_america", "aims": "Grow",
         "topics": [HUGE]},
    )
    assert response.status_code == 200
    assert "is not one of the available choices" in response.content.decode()
    assert not MenteeProfile.objects.exists()


def test_admin_forms_refuse_huge_ids_and_bad_chooser_values(client, home_pages):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post("/admin/municipalities/new/", {"name_en": "X", "focal_points": ["-" + HUGE]})
    assert response.status_code == 200
    response = client.post("/admin/users/new/", {"email": "x@example.org", "groups": [HUGE]})
    assert response.status_code == 200
    client.force_login(make_coordinator("europe"))
    response = client.post(
        "/admin/city_partnerships/new/", {"title": "Water", "topic": "0x10", "region": "europe"}
    )
    assert response.status_code == 200
