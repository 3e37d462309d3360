"""Keep the course record in step with course pages, however a page is saved (admin,
wagtail-localize translation, import, demo), and the course report's totals in step with
enrolments, however they are deleted (account erasure's cascade, a course's deletion)."""

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from .models import CoursePage, Enrolment
from .services import course_record_sync, course_stats_remove_enrolment


@receiver(post_save, sender=CoursePage)
def sync_course_record(sender, instance: CoursePage, raw: bool = False, **kwargs) -> None:
    if not raw:
        course_record_sync(page=instance)


@receiver(pre_delete, sender=Enrolment)
def remove_enrolment_from_report(sender, instance: Enrolment, **kwargs) -> None:
    # Before the deletion, while its quiz attempts still exist, in the deleting transaction.
    course_stats_remove_enrolment(enrolment=instance)
