"""Per-locale editors and reviewers, the course review workflow, wagtail-localize sync."""

import pytest
from wagtail.models import Locale

from cms_pages.editorial import ensure_editorial_groups
from cms_pages.models import StandardPage
from courses.editorial import ensure_course_review_workflows
from tests.factories import UserFactory, make_course


def _member(group, **fields):
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(group)
    return user


@pytest.fixture
def groups(about_pages):
    return ensure_editorial_groups()


@pytest.mark.django_db
def test_slovak_editor_edits_and_publishes_in_slovak_only(client, about_pages, groups):
    editor = _member(groups["sk"]["editors"])
    client.force_login(editor)
    slovak_about = StandardPage.objects.get(slug="o-nas")
    english_about = StandardPage.objects.get(slug="about")
    assert client.get(f"/admin/pages/{slovak_about.pk}/edit/").status_code == 200
    # The other side: an English page is out of reach, for editing and for publishing.
    assert client.get(f"/admin/pages/{english_about.pk}/edit/").status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{english_about.pk}/edit/",
        {"title": "Hacked", "slug": "about", "action-publish": "1"},
    )
    assert response.status_code in (302, 403)
    english_about.refresh_from_db()
    assert english_about.title == "About CityPeers"
    assert client.get(f"/admin/pages/add/cms_pages/standardpage/{about_pages['en'].pk}/").status_code in (302, 403)
    assert client.get(f"/admin/pages/add/cms_pages/standardpage/{about_pages['sk'].pk}/").status_code == 200


@pytest.mark.django_db
def test_slovak_editor_publishes_a_slovak_page(client, about_pages, groups):
    client.force_login(_member(groups["sk"]["editors"]))
    page = StandardPage.objects.get(slug="o-nas")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {"title": "O nás", "slug": "o-nas", "intro": "Nový úvod", "body-count": "0",
         "action-publish": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    page.refresh_from_db()
    assert page.title == "O nás" and page.live


@pytest.mark.django_db
def test_editors_can_submit_translations(about_pages, groups):
    editor = _member(groups["es"]["editors"])
    assert editor.has_perm("wagtail_localize.submit_translation")


@pytest.mark.django_db
def test_course_review_workflow_is_per_locale(client, catalogs, groups):
    workflows = ensure_course_review_workflows()
    assert len(workflows) == 4
    course = make_course(catalogs["sk"], title="Rozpočet", lessons=1)
    workflow = course.get_workflow()
    assert workflow.name == "Course review (sk)"
    editor = _member(groups["sk"]["editors"])
    sk_reviewer = _member(groups["sk"]["reviewers"])
    es_reviewer = _member(groups["es"]["reviewers"])
    course.title = "Rozpočet obce"
    course.save_revision(user=editor)
    state = workflow.start(course, editor)
    state.refresh_from_db()
    assert workflow.tasks.count() == 1, list(workflow.workflow_tasks.all())
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(course, sk_reviewer)
    assert any(action[0] == "approve" for action in task.get_actions(course, sk_reviewer))
    assert task.get_actions(course, es_reviewer) == []
    task.on_action(task_state, sk_reviewer, "approve")
    state.refresh_from_db()
    assert state.status == "approved"
    course.refresh_from_db()
    assert course.title == "Rozpočet obce" and course.live


@pytest.mark.django_db
def test_localize_keeps_translation_in_sync(about_pages):
    from wagtail_localize.models import TranslationSource

    page = StandardPage(title="Budget calendar", slug="budget-calendar", intro="Dates")
    about_pages["en"].add_child(instance=page)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    spanish = Locale.objects.get(language_code="es")
    translation, created = source.create_or_update_translation(spanish, fallback=True)
    assert created and translation.locale == spanish
    page.title = "Budget calendar 2027"
    page.save_revision().publish()
    source.update_from_db()
    translation, created = source.create_or_update_translation(spanish, fallback=True)
    assert not created
    assert translation.title == "Budget calendar 2027"  # untranslated text follows the source


def _course_form(course, title):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    return nested_form_data({
        "title": title, "slug": course.slug, "summary": course.summary,
        "objectives": rich_text("<p>Objectives</p>"), "authors": "",
        "level": course.level, "format": course.format,
        "estimated_hours": str(course.estimated_hours), "pass_mark": str(course.pass_mark),
        "max_attempts": "", "comments": inline_formset([]),
        "action-publish": "action-publish",
    })


@pytest.mark.django_db
def test_editors_cannot_put_a_course_live_without_review(client, catalogs, groups):
    """Every door that publishes asks the same rule: the edit view, publishing at creation and
    bulk publishing. An editor's Publish saves a draft; a reviewer of the locale publishes."""
    ensure_course_review_workflows()
    course = make_course(catalogs["sk"], title="Rozpočet", lessons=1)
    lesson = course.get_children().first().specific
    editor = _member(groups["sk"]["editors"])
    reviewer = _member(groups["sk"]["reviewers"])
    for page in (course, lesson):
        assert not page.permissions_for_user(editor).can_publish()
        assert page.permissions_for_user(reviewer).can_publish()
    assert not catalogs["sk"].permissions_for_user(editor).can_publish_subpage()
    # Other pages of the locale keep direct publishing.
    assert catalogs["sk"].permissions_for_user(editor).can_publish()

    client.force_login(editor)
    response = client.post(f"/admin/pages/{course.pk}/edit/", _course_form(course, "Rozpočet 2027"))
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.title == "Rozpočet"  # the live page is unchanged
    assert course.get_latest_revision().as_object().title == "Rozpočet 2027"  # saved as a draft
    lesson.unpublish()
    bulk_publish = f"/admin/bulk/wagtailcore/page/publish/?id={lesson.pk}"
    client.post(bulk_publish, {"include_descendants": ""})
    lesson.refresh_from_db()
    assert not lesson.live

    client.force_login(reviewer)
    client.post(bulk_publish, {"include_descendants": ""})
    lesson.refresh_from_db()
    assert lesson.live
    response = client.post(f"/admin/pages/{course.pk}/edit/", _course_form(course, "Rozpočet obce"))
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.title == "Rozpočet obce" and course.live


@pytest.mark.django_db
def test_translating_goes_only_into_the_editors_own_locales_as_a_draft(client, about_pages, groups):
    from wagtail.models import Page

    english = Locale.objects.get(language_code="en")
    slovak = Locale.objects.get(language_code="sk")
    editor = _member(groups["sk"]["editors"])
    client.force_login(editor)
    # A Slovak-only page: translating it into English is refused.
    only_slovak = about_pages["sk"].add_child(
        instance=StandardPage(title="Len po slovensky", slug="len-po-slovensky")
    )
    url = f"/admin/localize/submit/page/{only_slovak.pk}/"
    form = client.get(url).context["form"]
    assert list(form.fields["locales"].queryset) == []  # Slovak exists; no other locale is his
    client.post(url, {"locales": [english.pk]})
    assert not Page.objects.filter(translation_key=only_slovak.translation_key,
                                   locale=english).exists()
    # A live English page translated into Slovak lands as a Slovak draft.
    english_page = about_pages["en"].add_child(
        instance=StandardPage(title="Open budgets", slug="open-budgets")
    )
    response = client.post(f"/admin/localize/submit/page/{english_page.pk}/",
                           {"locales": [slovak.pk]})
    assert response.status_code == 302
    translation = Page.objects.get(translation_key=english_page.translation_key, locale=slovak)
    assert not translation.live


@pytest.mark.django_db
def test_an_unpublished_draft_of_another_locale_cannot_be_read_through_a_translation(
    client, about_pages, groups
):
    draft = StandardPage(title="Board minutes (draft)", slug="board-minutes", live=False)
    about_pages["en"].add_child(instance=draft)
    from wagtail.models import Page

    client.force_login(_member(groups["sk"]["editors"]))
    refused = client.get(f"/admin/localize/submit/page/{draft.pk}/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # permission denied
    assert "Board minutes" not in client.get("/admin/").content.decode()
    slovak = Locale.objects.get(language_code="sk")
    client.post(f"/admin/localize/submit/page/{draft.pk}/", {"locales": [slovak.pk]})
    assert not Page.objects.filter(translation_key=draft.translation_key, locale=slovak).exists()
    # Nor through the page chooser.
    chooser = client.get(f"/admin/choose-page/{about_pages['en'].pk}/").content.decode()
    assert "Board minutes (draft)" not in chooser


@pytest.mark.django_db
def test_sync_with_publish_never_publishes_in_a_locale_the_editor_does_not_hold(
    client, about_pages, groups, django_capture_on_commit_callbacks
):
    from wagtail.models import Page
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    english = Locale.objects.get(language_code="en")

    def translate_every_string(source):
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            StringTranslation.objects.get_or_create(
                translation_of_id=segment.string_id, locale=english,
                context_id=segment.context_id, defaults={"data": f"EN {segment.string.data}"},
            )

    source_page = about_pages["sk"].add_child(
        instance=StandardPage(title="Obecný rozpočet", slug="obecny-rozpocet", intro="Úvod")
    )
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(source=source, target_locale=english)
    translate_every_string(source)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)  # published by the English editors
    target_id = translation.get_target_instance().pk

    editor = _member(groups["sk"]["editors"])
    client.force_login(editor)
    source_page.intro = "Nový úvod"
    source_page.save_revision(user=editor).publish()
    source.update_from_db()
    translate_every_string(source)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/",
                               {"publish_translations": "on"})
    assert response.status_code == 302
    target = Page.objects.get(pk=target_id).specific
    assert target.intro == "EN Úvod"  # the live English page is untouched
    assert target.get_latest_revision().as_object().intro == "EN Úvod"  # left to its editors


@pytest.mark.django_db
def test_translation_editor_endpoints_of_another_locale_are_closed(client, about_pages, groups):
    """The translation editor's own doors (PO download and upload, preview, string edits,
    stop) need edit permission on the translated page, which is granted per locale."""
    from wagtail_localize.models import Translation, TranslationSource

    spanish = Locale.objects.get(language_code="es")
    page = about_pages["en"].add_child(instance=StandardPage(title="Open budgets", slug="ob"))
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=spanish)
    translation.save_target()
    client.force_login(_member(groups["sk"]["editors"]))
    base = f"/admin/localize/translate/{translation.pk}"
    for method, url in [
        ("get", f"{base}/pofile/download/"),
        ("get", f"{base}/preview/"),
        ("post", f"{base}/pofile/upload/"),
        ("post", f"{base}/disable/"),
    ]:
        response = getattr(client, method)(url)
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or response["Location"] == "/admin/", url
    translation.refresh_from_db()
    assert translation.enabled
