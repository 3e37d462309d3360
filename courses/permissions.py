"""Course and lesson pages go live only through their locale's review workflow.

Editors hold ``publish`` on their locale's whole tree (news, resources and other pages keep
direct publishing), so the rule is applied where Wagtail asks it of a page: its permission
tester. Every door that publishes asks the tester (the edit view's Publish, publishing at
creation, bulk publish, copying with publish, scheduled publishing); approving the workflow's
review task publishes on the reviewer's behalf.
"""

from __future__ import annotations

from wagtail.models import GroupApprovalTask, PagePermissionTester


def reviews(user, page) -> bool:
    """May ``user`` put ``page`` live directly: an administrator, or a member of a group that
    reviews it in its workflow. A page with no review workflow keeps Wagtail's own rule."""
    if user.is_superuser:
        return True
    workflow = page.get_workflow()
    if workflow is None:
        return True
    # Asked for every course row of an admin listing: remembered on the user object, which
    # lives for one request.
    known = user.__dict__.setdefault("_reviewed_workflows", {})
    if workflow.pk not in known:
        known[workflow.pk] = GroupApprovalTask.objects.filter(
            workflow_tasks__workflow=workflow, active=True, groups__user=user
        ).exists()
    return known[workflow.pk]


class ReviewedPagePermissionTester(PagePermissionTester):
    """For course and lesson pages: publishing them directly is for reviewers."""

    def can_publish(self):
        return super().can_publish() and reviews(self.user, self.page)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and reviews(self.user, self.page)


class CatalogPermissionTester(PagePermissionTester):
    """For a course catalog: a new course is published at creation only by a reviewer."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and reviews(self.user, self.page)


def view_restriction_response(request, *pages):
    """The response Wagtail gives a visitor who does not meet a view restriction (login,
    groups or password) of any of ``pages`` or their ancestors, else None. Course pages pass
    their original too: a restriction set on the course holds in every language."""
    from django.http import HttpResponse
    from wagtail.wagtail_hooks import check_view_restrictions

    allowed = HttpResponse()
    check = check_view_restrictions(lambda *args: allowed)
    for page in pages:
        if page is not None:
            response = check(page, request, (), {})
            if response is not allowed:
                return response
    return None
