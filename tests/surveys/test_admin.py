"""Questionnaires in the Wagtail admin: defined by staff with the questionnaire permissions,
each text in four languages; every door the viewsets register is closed to other staff."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse

from surveys.models import Questionnaire
from tests.factories import UserFactory, make_questionnaire

pytestmark = pytest.mark.django_db


def _staff(*codenames):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="surveys", codename__in=codenames),
    )
    return user


def _doors(questionnaire):
    question = questionnaire.sections.first().questions.first()
    domain = question.domain
    doors = [
        reverse("questionnaires:index"),
        reverse("questionnaires:add"),
        reverse("questionnaires:edit", args=[questionnaire.pk]),
        reverse("questionnaires:delete", args=[questionnaire.pk]),
        reverse("questionnaires:history", args=[questionnaire.pk]),
        reverse("questionnaires:usage", args=[questionnaire.pk]),
        reverse("questions:index"),
        reverse("questions:edit", args=[question.pk]),
        reverse("questions:delete", args=[question.pk]),
        reverse("capacity_domains:index"),
        reverse("capacity_domains:edit", args=[domain.pk]),
    ]
    return doors


def test_staff_without_questionnaire_rights_are_refused_on_every_door(client):
    questionnaire = make_questionnaire(kind="assessment")
    client.force_login(_staff())
    for url in _doors(questionnaire):
        response = client.get(url)
        assert response.status_code in (302, 403), url


def test_staff_with_the_rights_see_every_language_in_the_forms(client):
    questionnaire = make_questionnaire(kind="assessment")
    client.force_login(
        _staff(
            "add_questionnaire",
            "change_questionnaire",
            "delete_questionnaire",
            "view_questionnaire",
            "add_question",
            "change_question",
            "delete_question",
            "view_question",
            "add_domain",
            "change_domain",
            "view_domain",
            "delete_domain",
        )
    )
    for url in _doors(questionnaire):
        assert client.get(url).status_code == 200, url
    form = client.get(reverse("questionnaires:edit", args=[questionnaire.pk])).content.decode()
    for field in ("title_en", "title_es", "title_zh_hans", "title_sk", "sections-0-title_sk"):
        assert f'name="{field}"' in form
    question = questionnaire.sections.first().questions.first()
    form = client.get(reverse("questions:edit", args=[question.pk])).content.decode()
    assert 'name="options-0-label_zh_hans"' in form and 'name="options-0-points"' in form


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"audience": "region"}, "region"),
        ({"audience": "program"}, "program"),
        ({"audience": "partnership"}, "partnership"),
        ({"kind": "assessment", "audience": "partnership", "partnership": None}, "audience"),
    ],
)
def test_an_audience_needs_its_group(fields, field):
    questionnaire = Questionnaire(
        title_en="Q", slug="q", opens_on="2026-01-01", closes_on="2026-12-31", **fields
    )
    with pytest.raises(ValidationError) as refused:
        questionnaire.full_clean()
    assert field in refused.value.message_dict
