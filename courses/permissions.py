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
    return GroupApprovalTask.objects.filter(
        workflow_tasks__workflow=workflow, active=True, groups__user=user
    ).exists()


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
