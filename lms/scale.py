"""Benchmark data at scale (``manage.py seed_scale``): the learner accounts, plus what every
app's ``scale.py`` shares (the counts, the accounts' marker, exact distribution of totals).

Accounts are ``learner-000123@scale.example.org``, verified, with one shared password (hashed
once). Never in production: the command refuses where demo seeding is not allowed.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, fields, replace

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db.models import QuerySet
from django.utils import timezone

from . import registry
from .models import User

EMAIL_DOMAIN = "scale.example.org"
SCALE_PASSWORD = "citypeers-scale"  # noqa: S105 - benchmark accounts, refused in production
BATCH_SIZE = 5000


@dataclass(frozen=True)
class ScaleCounts:
    """How much to make. The defaults are the full benchmark set."""

    learners: int = 50_000
    enrolments: int = 150_000
    completions: int = 500_000
    attempts: int = 650_000
    mentorships: int = 5_000
    seed: int = 2026

    def scaled(self, factor: float) -> ScaleCounts:
        return replace(
            self,
            **{
                f.name: max(1, round(getattr(self, f.name) * factor))
                for f in fields(self)
                if f.name != "seed"
            },
        )


def scale_email(number: int) -> str:
    return f"learner-{number:06d}@{EMAIL_DOMAIN}"


def scale_users() -> QuerySet[User]:
    """The accounts made by ``seed_scale`` (its marker: they exist once it has run)."""
    return User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")


def distribute(total: int, caps: list[int], rng: random.Random, spread: float = 0.6) -> list[int]:
    """Split ``total`` over slots, slot ``i`` taking at most ``caps[i]``, unevenly (around the
    mean fill, ± ``spread``) but summing exactly to ``total`` (or to ``sum(caps)`` if less)."""
    capacity = sum(caps)
    total = max(0, min(total, capacity))
    if not capacity:
        return [0] * len(caps)
    fill = total / capacity
    counts = [
        min(cap, max(0, round(cap * fill * rng.uniform(1 - spread, 1 + spread)))) for cap in caps
    ]
    diff = total - sum(counts)
    order = list(range(len(caps)))
    while diff:
        rng.shuffle(order)
        for i in order:
            if diff > 0 and counts[i] < caps[i]:
                counts[i] += 1
                diff -= 1
            elif diff < 0 and counts[i] > 0:
                counts[i] -= 1
                diff += 1
            if not diff:
                break
    return counts


def random_moment(rng: random.Random, start: datetime.datetime, end: datetime.datetime):
    if end <= start:
        return end
    return start + datetime.timedelta(seconds=rng.uniform(0, (end - start).total_seconds()))


# Per interface language: names, countries with a time zone, job titles.
PEOPLE = {
    "en": {
        "share": 40,
        "first": ["James", "Mary", "Aisha", "David", "Grace", "Samuel", "Emily", "Kwame", "Ravi",
                  "Sarah", "Thomas", "Neha", "Daniel", "Olivia", "Michael", "Fatima"],
        "last": ["Smith", "Johnson", "Okafor", "Patel", "Brown", "Williams", "Mensah", "Taylor",
                 "Sharma", "Wilson", "Davies", "Mwangi", "Clarke", "Nair", "Evans", "Khan"],
        "places": [("US", "America/Chicago"), ("GB", "Europe/London"), ("IN", "Asia/Kolkata"),
                   ("KE", "Africa/Nairobi"), ("GH", "Africa/Accra"), ("CA", "America/Toronto")],
        "jobs": ["Budget officer", "Planning officer", "City manager", "Procurement lead",
                 "Community engagement officer", "Public works engineer"],
    },
    "es": {
        "share": 25,
        "first": ["María", "José", "Lucía", "Carlos", "Ana", "Juan", "Sofía", "Diego",
                  "Valentina", "Miguel", "Camila", "Andrés"],
        "last": ["García", "Martínez", "López", "Hernández", "González", "Pérez", "Sánchez",
                 "Ramírez", "Torres", "Flores", "Rivera", "Gómez"],
        "places": [("MX", "America/Mexico_City"), ("ES", "Europe/Madrid"),
                   ("CO", "America/Bogota"), ("AR", "America/Argentina/Buenos_Aires"),
                   ("PE", "America/Lima"), ("CL", "America/Santiago")],
        "jobs": ["Tesorera municipal", "Director de obras públicas", "Jefa de planeación",
                 "Coordinador de participación ciudadana", "Regidora"],
    },
    "zh-hans": {
        "share": 20,
        "first": ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"],
        "last": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"],
        "places": [("CN", "Asia/Shanghai")],
        "jobs": ["财政局科员", "规划局副局长", "街道办主任", "社区治理专员", "城建处工程师"],
    },
    "sk": {
        "share": 15,
        "first": ["Martin", "Zuzana", "Peter", "Jana", "Tomáš", "Katarína", "Michal", "Lucia",
                  "Ján", "Monika", "Marek", "Eva"],
        "last": ["Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár",
                 "Lukáč", "Novák", "Kollár", "Németh"],
        "places": [("SK", "Europe/Bratislava"), ("CZ", "Europe/Prague")],
        "jobs": ["Referent rozpočtu", "Prednosta úradu", "Architekt mesta",
                 "Projektový manažér", "Starostka obce"],
    },
}


def _full_name(language: str, rng: random.Random) -> str:
    people = PEOPLE[language]
    first, last = rng.choice(people["first"]), rng.choice(people["last"])
    return f"{last}{first}" if language == "zh-hans" else f"{first} {last}"


@registry.scale_seeders.register
def seed(*, counts: ScaleCounts, stdout) -> None:
    rng = random.Random(counts.seed)
    password = make_password(SCALE_PASSWORD)
    languages = list(PEOPLE)
    shares = [PEOPLE[code]["share"] for code in languages]
    now = timezone.now()
    first_day = now - datetime.timedelta(days=900)
    made = 0
    for start in range(0, counts.learners, BATCH_SIZE):
        users = []
        for number in range(start, min(start + BATCH_SIZE, counts.learners)):
            language = rng.choices(languages, shares)[0]
            country, zone = rng.choice(PEOPLE[language]["places"])
            users.append(
                User(
                    email=scale_email(number),
                    password=password,
                    full_name=_full_name(language, rng),
                    preferred_language=language,
                    country=country,
                    time_zone=zone,
                    municipality=f"Municipality {number % 997:03d}",
                    job_title=rng.choice(PEOPLE[language]["jobs"]),
                    date_joined=random_moment(rng, first_day, now - datetime.timedelta(days=30)),
                )
            )
        User.objects.bulk_create(users, batch_size=BATCH_SIZE)
        # bulk_create returns no primary keys on every database: read them back by email.
        ids = dict(
            User.objects.filter(email__in=[u.email for u in users]).values_list("email", "pk")
        )
        EmailAddress.objects.bulk_create(
            [
                EmailAddress(user_id=ids[u.email], email=u.email, verified=True, primary=True)
                for u in users
            ],
            batch_size=BATCH_SIZE,
        )
        made += len(users)
    stdout.write(f"  {made} learner accounts (password {SCALE_PASSWORD!r})")
