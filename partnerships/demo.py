"""Demo city partnerships: a dozen municipalities across the regional offices with their
officials and focal points, and three partnerships at different stages (completed, active in
the demo coordinator's region, proposed), with their results framework and workspace.
The data lives in ``demo_content.py``."""

from __future__ import annotations

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cms_pages.demo import ensure_topics
from lms import registry
from lms.demo import DEMO_PASSWORD
from lms.models import User

from . import demo_content as data
from .models import (
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    Municipality,
    Objective,
    Official,
    Partnership,
    PartnershipMember,
)

# The demo "Coordinators" group is made by mentoring/demo.py; partnerships adds its own rights.
COORDINATORS_GROUP = "Coordinators"
COORDINATOR_PERMISSIONS = [
    ("partnerships", f"{action}_{model}")
    for model in ["partnership", "municipality"]
    for action in ["add", "change", "delete", "view"]
]


def _translate(instance, field: str, texts: dict) -> None:
    for code, text in texts.items():
        setattr(instance, f"{field}_{code.replace('-', '_')}", text)


def _day(today: datetime.date, offset: int | None) -> datetime.date | None:
    return None if offset is None else today + datetime.timedelta(days=offset)


def _user(spec: dict) -> User:
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


def ensure_coordinator_rights() -> User | None:
    """The Coordinators group may manage partnerships and municipalities; the demo coordinator
    is in it and works for the South Asia office."""
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    for app_label, codename in COORDINATOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    coordinator = User.objects.filter(email=data.COORDINATOR_EMAIL).first()
    if coordinator is None:
        return None
    if not coordinator.groups.filter(pk=group.pk).exists():
        coordinator.groups.add(group)
    changed = []
    if not coordinator.is_staff:
        coordinator.is_staff = True
        changed.append("is_staff")
    if not coordinator.region:
        coordinator.region = data.COORDINATOR_REGION
        changed.append("region")
    if changed:
        coordinator.save(update_fields=changed)
    return coordinator


def ensure_municipalities() -> dict[str, Municipality]:
    municipalities = {}
    for spec in data.MUNICIPALITIES:
        municipality = Municipality.objects.filter(slug=spec["slug"]).first()
        if municipality is None:
            municipality = Municipality(
                slug=spec["slug"],
                country=spec["country"],
                region=spec["region"],
                population=spec["population"],
                kind=spec["kind"],
                website=spec["website"],
                languages=spec["languages"],
            )
            _translate(municipality, "name", spec["name"])
            _translate(municipality, "profile", spec["profile"])
            municipality.save()
        municipalities[spec["slug"]] = municipality
    return municipalities


def ensure_officials(municipalities, coordinator) -> dict[str, User]:
    """Officials linked to their municipality; the focal points also speak for it. Links in
    the coordinator's region were confirmed by her, the others by the administrator."""
    people = {}
    admin = User.objects.filter(email=data.ADMIN_EMAIL).first()
    for spec in data.OFFICIALS:
        user = _user(spec)
        municipality = municipalities[spec["city"]]
        confirmed = spec["confirmed"]
        in_her_region = coordinator is not None and municipality.region == coordinator.region
        confirmer = coordinator if in_her_region else admin
        Official.objects.get_or_create(
            municipality=municipality,
            user=user,
            defaults={
                "position": spec["position"],
                "listed": spec["listed"],
                "status": Official.Status.CONFIRMED if confirmed else Official.Status.REQUESTED,
                "confirmed_by": confirmer if confirmed else None,
            },
        )
        if spec["focal_point"]:
            municipality.focal_points.add(user)
        people[spec["email"]] = user
    return people


def _people(emails, people) -> list[User]:
    return [people[email] for email in emails if people.get(email) is not None]


def _indicator(objective, spec, order, today, people) -> Indicator:
    baseline_on = _day(today, spec["baseline_in_days"])
    target_on = _day(today, spec["target_in_days"])
    indicator = Indicator(
        objective=objective,
        baseline=Decimal(spec["baseline"]),
        baseline_on=baseline_on,
        target=Decimal(spec["target"]),
        target_on=target_on,
        source=spec["source"],
        sort_order=order,
    )
    _translate(indicator, "name", spec["name"])
    _translate(indicator, "unit", spec["unit"])
    indicator.save()
    for offset, value in spec["measurements"]:
        measured_on = _day(today, offset)
        if not baseline_on <= measured_on <= min(today, target_on):
            raise ValueError(f"demo measurement of {spec['name']['en']!r} out of its dates")
        Measurement.objects.create(
            indicator=indicator,
            measured_on=measured_on,
            value=Decimal(value),
            source=spec["source"],
            recorded_by=people.get(spec["recorded_by"]),
        )
    return indicator


def _partnership(spec, topics, municipalities, people, today) -> Partnership:
    partnership = Partnership(
        slug=spec["slug"],
        topic=topics[spec["topic"]],
        region=spec["region"],
        status=spec["status"],
        starts_on=_day(today, spec["starts_in_days"]),
        ends_on=_day(today, spec["ends_in_days"]),
    )
    _translate(partnership, "title", spec["title"])
    _translate(partnership, "problem", spec["problem"])
    _translate(partnership, "lessons", spec["lessons"])
    # A ParentalManyToManyField: set before the first save, which writes it.
    partnership.coordinators.set(_people(spec["coordinators"], people))
    partnership.save()
    for member in spec["members"]:
        side = PartnershipMember.objects.create(
            partnership=partnership,
            municipality=municipalities[member["city"]],
            role=member["role"],
        )
        side.focal_points.set(_people(member["focal_points"], people))
    for order, objective_spec in enumerate(spec["objectives"]):
        objective = Objective(partnership=partnership, sort_order=order)
        _translate(objective, "title", objective_spec["title"])
        objective.save()
        for position, indicator_spec in enumerate(objective_spec["indicators"]):
            _indicator(objective, indicator_spec, position, today, people)
    for exchange_spec in spec["exchanges"]:
        exchange = Exchange.objects.create(
            partnership=partnership,
            host=municipalities[exchange_spec["host"]],
            visitors=municipalities[exchange_spec["visitors"]],
            starts_on=_day(today, exchange_spec["starts_in_days"]),
            ends_on=_day(today, exchange_spec["ends_in_days"]),
            purpose=exchange_spec["purpose"],
            agenda=exchange_spec["agenda"],
            trip_report=exchange_spec["trip_report"],
        )
        exchange.participants.set(_people(exchange_spec["participants"], people))
    for activity in spec["activities"]:
        Activity.objects.create(
            partnership=partnership,
            title=activity["title"],
            owner=people.get(activity["owner"]),
            due_on=_day(today, activity["due_in_days"]),
            status=activity["status"],
        )
    for decision in spec["decisions"]:
        Decision.objects.create(
            partnership=partnership,
            decided_on=_day(today, decision["decided_in_days"]),
            text=decision["text"],
            recorded_by=people.get(decision["recorded_by"]),
        )
    return partnership


def ensure_partnerships(topics, municipalities, people) -> list[Partnership]:
    """Each partnership is made once, with everything in it; a second run leaves it alone."""
    today = timezone.localdate()
    partnerships = []
    for spec in data.PARTNERSHIPS:
        partnership = Partnership.objects.filter(slug=spec["slug"]).first()
        if partnership is None:
            partnership = _partnership(spec, topics, municipalities, people, today)
        partnerships.append(partnership)
    return partnerships


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    topics = ensure_topics()
    coordinator = ensure_coordinator_rights()
    municipalities = ensure_municipalities()
    people = ensure_officials(municipalities, coordinator)
    if coordinator is not None:
        people[coordinator.email] = coordinator
    partnerships = ensure_partnerships(topics, municipalities, people)
    stdout.write(f"  {len(municipalities)} municipalities, {len(partnerships)} partnerships ready")
