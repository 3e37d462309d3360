"""Cheap pages: visitors' pages are public and cookie-free; routes, header, switcher, originals
and view restrictions come from the page cache, and every change to pages is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms_pages.models import ResourcePage, StandardPage
from courses import services
from tests.factories import UserFactory, lessons_of, make_course


def _queries(client, url, status=200):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == status, url
    return len(ctx.captured_queries), response


@pytest.mark.django_db
def test_visitors_pages_are_public_and_set_no_cookie(client, about_pages):
    response = client.get("/en/about/")
    assert response["Cache-Control"] == "public, max-age=60"
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


@pytest.mark.django_db
def test_pages_with_a_form_or_for_a_signed_in_person_are_never_public(client, about_pages):
    login = client.get("/en/accounts/login/")
    assert "public" not in login.get("Cache-Control", "")
    client.force_login(UserFactory())
    page = client.get("/en/about/")
    assert "public" not in page["Cache-Control"]
    assert "no-store" in page["Cache-Control"]


@pytest.mark.django_db
def test_a_page_seen_before_is_routed_in_one_query(client, about_pages):
    first, _ = _queries(client, "/en/about/")
    again, response = _queries(client, "/en/about/")
    assert again < first
    assert about_pages["en"].get_children().first().title in response.content.decode()


@pytest.mark.django_db
def test_unpublishing_or_moving_a_page_is_seen_on_the_next_request(client, home_pages):
    page = StandardPage(title="Budget calendar", slug="budget-calendar")
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()
    _queries(client, "/en/budget-calendar/")
    page.slug = "budget-calendar-2027"
    page.save_revision().publish()
    _queries(client, "/en/budget-calendar/", status=404)
    _queries(client, "/en/budget-calendar-2027/")
    page.unpublish()
    _queries(client, "/en/budget-calendar-2027/", status=404)


@pytest.mark.django_db
def test_a_new_view_restriction_holds_on_a_cached_page(client, about_pages):
    about = about_pages["en"].get_children().first()
    _queries(client, "/en/about/")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/about/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_the_header_and_switcher_follow_publishing(client, home_pages):
    html = client.get("/en/").content.decode()
    assert "Procurement guide" not in html
    guide = StandardPage(title="Procurement guide", slug="procurement", show_in_menus=True)
    home_pages["en"].add_child(instance=guide)
    guide.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert '<a href="/en/procurement/">Procurement guide</a>' in html
    html = client.get("/en/procurement/").content.decode()
    assert 'href="/sk/" hreflang="sk"' in html  # not translated: the Slovak home page
    translation = guide.copy_for_translation(home_pages["sk"].locale)
    translation.title = "Sprievodca verejným obstarávaním"
    translation.slug = "obstaravanie"
    translation.save_revision().publish()
    html = client.get("/en/procurement/").content.decode()
    assert 'href="/sk/obstaravanie/" hreflang="sk"' in html


@pytest.mark.django_db
def test_a_signed_in_lesson_page_runs_at_most_15_queries(client, catalogs):
    """The budget of the production-scale issue: session, user, the page, the visit and the
    course's progress; routing, header, switcher and restrictions come from the page cache.
    (The test settings keep sessions and Wagtail's site-root cache in the database, which
    production keeps in Redis: two of these queries are gone there.)"""
    learner = UserFactory()
    course = make_course(catalogs["en"], title="Revenue forecasting", lessons=4, questions_on=(1,))
    services.enrolment_create(user=learner, page=course, language="en")
    lesson = lessons_of(course)[1]
    services.lesson_complete(user=learner, lesson=lessons_of(course)[0], language="en")
    client.force_login(learner)
    _queries(client, lesson.url)
    count, response = _queries(client, lesson.url)
    assert count <= 15
    assert lesson.title in response.content.decode()


@pytest.mark.django_db
def test_a_visitors_lesson_page_is_public_and_carries_no_csrf_token(client, catalogs):
    """A visitor sees the knowledge check without a usable form: no token, no cookie, so the
    page can be kept by nginx (a page that sets a cookie is never marked public)."""
    course = make_course(catalogs["en"], title="Budget basics", lessons=1, questions_on=(0,))
    response = client.get(lessons_of(course)[0].url)
    assert response["Cache-Control"] == "public, max-age=60"
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    learner = UserFactory()
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    assert "csrfmiddlewaretoken" in client.get(lessons_of(course)[0].url).content.decode()


# ----------------------------------------------------------------------------- visitors' content


@pytest.mark.django_db
def test_visitors_get_catalog_course_lesson_and_resource_content_from_the_page_cache(
    client, catalogs
):
    """The selectors run once per generation of pages for visitors; later views of the same
    page show the same content, with one query: the page itself (the route is cached)."""
    course = make_course(catalogs["en"], title="Revenue forecasting", lessons=3)
    resource = catalogs["en"].get_parent().add_child(
        instance=ResourcePage(
            title="Revenue forecasting toolkit",
            slug="revenue-toolkit",
            resource_type="case_study",
            region="europe",
            summary="Revenue forecasting for small councils.",
        )
    )
    urls = [catalogs["en"].url, course.url, lessons_of(course)[1].url, resource.url]
    for url in urls:
        _count, first = _queries(client, url)
        with CaptureQueriesContext(connection) as ctx:
            second = client.get(url)
        assert len(ctx.captured_queries) == 1, url
        assert "wagtailcore_page" in ctx.captured_queries[0]["sql"]
        assert second.content == first.content
        assert "Revenue forecasting" in second.content.decode()


@pytest.mark.django_db
def test_visitors_content_follows_publishing_and_topic_names(client, catalogs):
    from tests.factories import topic

    course = make_course(catalogs["en"], title="Revenue forecasting", lessons=1)
    finance = topic("finance", "Municipal finance")
    course.topics.add(finance)
    course.save_revision().publish()
    assert "Municipal finance" in client.get(catalogs["en"].url).content.decode()

    course.title = "Forecasting own-source revenue"
    course.save_revision().publish()
    html = client.get(catalogs["en"].url).content.decode()
    assert "Forecasting own-source revenue" in html

    finance.name_en = "Local public finance"
    finance.save()
    html = client.get(catalogs["en"].url).content.decode()
    assert "Local public finance" in html and "Municipal finance" not in html


@pytest.mark.django_db
def test_signed_in_people_and_filtered_catalogs_never_get_the_visitors_content(
    client, catalogs
):
    course = make_course(catalogs["en"], title="Revenue forecasting", lessons=2)
    make_course(catalogs["en"], title="Ethics in procurement", lessons=1)
    assert "Sign in to enrol" in client.get(course.url).content.decode()
    client.get(catalogs["en"].url)

    learner = UserFactory()
    services.enrolment_create(user=learner, page=course, language="en")
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert "Sign in to enrol" not in html and "Leave this course" in html
    client.logout()

    filtered = client.get(catalogs["en"].url + "?q=ethics").content.decode()
    assert "Ethics in procurement" in filtered and "Revenue forecasting" not in filtered
    count, _response = _queries(client, catalogs["en"].url + "?q=ethics")
    assert count > 0


@pytest.mark.django_db
def test_content_with_a_form_token_is_never_kept(rf):
    """A token belongs to one visitor: content that carries one is rendered, never kept."""
    from django.contrib.auth.models import AnonymousUser
    from django.middleware.csrf import get_token
    from django.template import Context, Template

    from lms import page_cache

    request = rf.get("/en/courses/")
    request.user = AnonymousUser()
    token = get_token(request)
    # Even when nothing flagged the request, the token in the content is enough to refuse.
    del request.META["CSRF_COOKIE_NEEDS_UPDATE"]
    key = ("content", "test", 1, "en", "/en/courses/")
    html = Template(
        "{% load citypeers %}{% visitor_content %}<form>{% csrf_token %}</form>"
        "{% endvisitor_content %}"
    ).render(Context({"request": request, "visitor_content_key": key, "csrf_token": token}))
    assert "csrfmiddlewaretoken" in html
    assert page_cache.lookup(key) is None


@pytest.mark.django_db
def test_course_structures_follow_publishing_on_the_dashboard(client, catalogs):
    """Course structures (the shown page and its lessons) come from the page cache: a renamed
    course and a new lesson are seen on the next request."""
    from courses.models import LessonPage

    learner = UserFactory()
    course = make_course(catalogs["en"], title="Revenue forecasting", lessons=2, questions_on=())
    services.enrolment_create(user=learner, page=course, language="en")
    services.lesson_complete(user=learner, lesson=lessons_of(course)[0], language="en")
    client.force_login(learner)
    assert "50%" in client.get("/en/dashboard/").content.decode()

    course.title = "Forecasting own-source revenue"
    course.save_revision().publish()
    course.add_child(instance=LessonPage(title="Scenarios", slug="scenarios", body=[]))
    html = client.get("/en/dashboard/").content.decode()
    assert "Forecasting own-source revenue" in html
    assert "33%" in html
