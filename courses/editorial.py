"""A moderation workflow for course pages in each locale: an editor submits, a reviewer of
the same locale approves. Attached to each locale's course catalog, so it covers every course
and lesson below it."""

from __future__ import annotations

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from cms_pages.editorial import ensure_editorial_groups

from .models import CourseIndexPage


def ensure_course_review_workflows() -> list[Workflow]:
    groups = ensure_editorial_groups()
    workflows = []
    for catalog in CourseIndexPage.objects.select_related("locale"):
        code = catalog.locale.language_code
        if code not in groups:
            continue
        reviewers = groups[code]["reviewers"]
        task, _created = GroupApprovalTask.objects.get_or_create(name=f"Course review ({code})")
        task.groups.set([reviewers])
        workflow, _created = Workflow.objects.get_or_create(name=f"Course review ({code})")
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=catalog, defaults={"workflow": workflow})
        workflows.append(workflow)
    return workflows
