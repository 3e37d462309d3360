import pytest

from lms.models import User
from tests.factories import UserFactory


@pytest.fixture
def admin_client(client, home_pages):
    admin = UserFactory(email="root@city.example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/users/", "/admin/users/new/", "/admin/locales/", "/admin/pages/"]
)
def test_wagtail_admin_pages_load(admin_client, path):
    assert admin_client.get(path).status_code == 200


@pytest.mark.django_db
def test_admin_creates_user_with_full_name_and_no_username(admin_client):
    form_html = admin_client.get("/admin/users/new/").content.decode()
    assert 'name="full_name"' in form_html
    assert 'name="first_name"' not in form_html
    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "new.editor@city.example.org",
            "full_name": "Nová Redaktorka",
            "preferred_language": "sk",
            "municipality": "Bratislava",
            "country": "SK",
            "job_title": "Editor",
            "password1": "Very-l0ng-password",
            "password2": "Very-l0ng-password",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = User.objects.get(email="new.editor@city.example.org")
    assert created.full_name == "Nová Redaktorka"


@pytest.mark.django_db
def test_learner_cannot_reach_admin(client, home_pages):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    # One way to sign in: the site's own login, never a second form.
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_page_translation_is_offered_in_admin(admin_client, home_pages):
    from cms_pages.models import StandardPage

    page = StandardPage(title="Budget calendar", slug="budget-calendar")
    home_pages["en"].add_child(instance=page)
    response = admin_client.get(f"/admin/localize/submit/page/{page.pk}/")
    assert response.status_code == 200
