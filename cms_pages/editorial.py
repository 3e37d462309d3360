"""Per-locale editorial groups: editors and reviewers who work only in their locale's tree.

Wagtail keeps one page tree per locale, so page permissions granted on a locale's home page
cover that language and nothing else. Run by ``seed_demo`` and ``manage.py setup_editorial``;
safe to run again.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]


def editor_group_name(language: str) -> str:
    return f"Editors ({language})"


def reviewer_group_name(language: str) -> str:
    return f"Reviewers ({language})"


def _grant(group: Group, home: Page) -> None:
    for app_label, codename in MODEL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    for permission_type in PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
        )
        GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    root_collection = Collection.get_first_root_node()
    for app_label, codename in COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )


def ensure_editorial_groups() -> dict[str, dict[str, Group]]:
    """For every language: an editors group and a reviewers group limited to its tree."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return {}
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(
            translation_key=site.root_page.translation_key
        ).select_related("locale")
    }
    groups: dict[str, dict[str, Group]] = {}
    for code, _name in settings.LANGUAGES:
        home = homes.get(code)
        if home is None:
            continue
        editors, _created = Group.objects.get_or_create(name=editor_group_name(code))
        reviewers, _created = Group.objects.get_or_create(name=reviewer_group_name(code))
        _grant(editors, home)
        _grant(reviewers, home)
        groups[code] = {"editors": editors, "reviewers": reviewers}
    return groups
