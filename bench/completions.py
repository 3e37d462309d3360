"""Lesson completion rows per (enrolment, lesson key), for the soak check.

    python bench/completions.py pairs.json   # [[enrolment_id, "lesson-key"], ...]

Prints JSON: {"enrolment:key": rows, ...} and the table's total.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

import django  # noqa: E402

django.setup()

from django.db.models import Count  # noqa: E402

from courses.models import LessonCompletion  # noqa: E402


def main() -> None:
    pairs = json.load(open(sys.argv[1]))
    counts = {f"{enrolment}:{key}": 0 for enrolment, key in pairs}
    rows = (
        LessonCompletion.objects.filter(enrolment_id__in={e for e, _k in pairs})
        .values("enrolment_id", "lesson_key")
        .annotate(n=Count("id"))
    )
    for row in rows:
        name = f"{row['enrolment_id']}:{row['lesson_key']}"
        if name in counts:
            counts[name] = row["n"]
    json.dump({"rows": counts, "total": LessonCompletion.objects.count()}, sys.stdout)


if __name__ == "__main__":
    main()
