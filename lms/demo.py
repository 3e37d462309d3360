"""Demo accounts (password ``citypeers-demo``)."""

from allauth.account.models import EmailAddress

from . import registry
from .models import User

DEMO_PASSWORD = "citypeers-demo"  # noqa: S105 - documented demo password, refused in production

DEMO_USERS = [
    {
        "email": "admin@example.org",
        "full_name": "Amara Okafor",
        "preferred_language": "en",
        "municipality": "Headquarters",
        "country": "US",
        "job_title": "Platform administrator",
        "time_zone": "America/New_York",
        "is_staff": True,
        "is_superuser": True,
    },
    {
        "email": "learner@example.org",
        "full_name": "Zuzana Horváthová",
        "preferred_language": "sk",
        "municipality": "Košice",
        "country": "SK",
        "job_title": "Budget officer",
        "time_zone": "Europe/Bratislava",
    },
    {
        "email": "mentor@example.org",
        "full_name": "Lucía Fernández Ortega",
        "preferred_language": "es",
        "municipality": "Guadalajara",
        "country": "MX",
        "job_title": "City manager",
        "time_zone": "America/Mexico_City",
    },
    {
        "email": "coordinator@example.org",
        "full_name": "Priya Raghavan",
        "preferred_language": "en",
        "municipality": "Ahmedabad",
        "country": "IN",
        "job_title": "Regional programme coordinator",
        "time_zone": "Asia/Kolkata",
    },
    {
        "email": "editor-es@example.org",
        "full_name": "Diego Ramírez",
        "preferred_language": "es",
        "municipality": "Guadalajara",
        "country": "MX",
        "job_title": "Regional editor",
        "time_zone": "America/Mexico_City",
        "is_staff": True,
    },
    {
        "email": "editor-zh@example.org",
        "full_name": "王丽华",
        "preferred_language": "zh-hans",
        "municipality": "北京",
        "country": "CN",
        "job_title": "区域编辑",
        "time_zone": "Asia/Shanghai",
        "is_staff": True,
    },
    {
        "email": "editor-sk@example.org",
        "full_name": "Martin Kováč",
        "preferred_language": "sk",
        "municipality": "Bratislava",
        "country": "SK",
        "job_title": "Regionálny redaktor",
        "time_zone": "Europe/Bratislava",
        "is_staff": True,
    },
]


def demo_account(spec: dict) -> User:
    """The demo account of ``spec`` (email, full name, language, country...), created once
    with the demo password and a verified address: every app's demo people come from here."""
    user = User.objects.filter(email=spec["email"]).first()
    if user is None:
        user = User(
            email=spec["email"],
            full_name=spec["full_name"],
            preferred_language=spec["preferred_language"],
            country=spec["country"],
            municipality=spec.get("municipality", ""),
            job_title=spec.get("job_title", ""),
            time_zone=spec.get("time_zone", "UTC"),
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    for data in DEMO_USERS:
        data = dict(data)
        email = data.pop("email")
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, **data)
            user.set_password(DEMO_PASSWORD)
            user.save()
            stdout.write(f"  created demo account {email}")
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
