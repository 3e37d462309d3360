"""Keep the course record in step with course pages, however a page is saved (admin,
wagtail-localize translation, import, demo)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import CoursePage
from .services import course_record_sync


@receiver(post_save, sender=CoursePage)
def sync_course_record(sender, instance: CoursePage, raw: bool = False, **kwargs) -> None:
    if not raw:
        course_record_sync(page=instance)
