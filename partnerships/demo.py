"""Demo city partnerships: a dozen municipalities across the regional offices with their
officials and focal points, and three partnerships at different stages (completed, active in
the demo coordinator's region, proposed), with their results framework and workspace, and the
completed partnership's case study, published in the resource library in all four languages.
The data lives in ``demo_content.py``."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms_pages.demo import ensure_topics
from lms import registry
from lms.actions import ActionRefused
from lms.demo import demo_account
from lms.models import User

from . import demo_content as data
from . import services
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
        user = demo_account(spec)
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
        side = PartnershipMember(
            partnership=partnership,
            municipality=municipalities[member["city"]],
            role=member["role"],
        )
        side.focal_points.set(_people(member["focal_points"], people))  # parental, too
        side.save()
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


def _write_story(page, code: str, partnership: Partnership) -> None:
    """The authored case study in ``code``, ending, as the drafts do, with the link back."""
    spec = data.STORY
    page.title = spec["title"][code]
    page.slug = spec["slug"][code]
    page.summary = spec["summary"][code]
    body = [
        ("heading", {"text": value, "level": "h2"})
        if kind == "heading"
        else ("paragraph", RichText(value))
        for kind, value in spec["body"][code]
    ]
    body.append(
        (
            "paragraph",
            RichText(
                format_html(
                    '<p><a href="/partnerships/{}/">{}</a></p>',
                    partnership.slug,
                    spec["link_text"][code],
                )
            ),
        )
    )
    page.body = body


def ensure_story():
    """The completed partnership's story: the one-click draft, rewritten as a case study and
    published in English, then translated into every other language. Made once; a locale that
    already has a translation is left alone. Needs the resource library (cms_pages' seeder
    makes it first) and the administrator (lms' seeder)."""
    from cms_pages.models import ResourceIndexPage, ResourcePage

    spec = data.STORY
    partnership = Partnership.objects.filter(slug=spec["partnership"]).first()
    admin = User.objects.filter(email=data.ADMIN_EMAIL, is_superuser=True).first()
    if partnership is None or admin is None:
        return None
    with transaction.atomic():
        story_id = partnership.story_id
        if story_id is None:
            library = ResourceIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            if not library.exists():
                return None
            try:
                story = services.partnership_story_create(
                    coordinator=admin, partnership=partnership
                )
            except ActionRefused:  # no longer completed, say, in a developer's data
                return None
            _write_story(story, "en", partnership)
            story.publication_date = _day(timezone.localdate(), spec["published_in_days"])
            story.save()
            story.save_revision(user=admin).publish(user=admin)
            story_id = story.pk
        story = ResourcePage.objects.filter(pk=story_id).first()
        if story is None or story.slug != spec["slug"]["en"]:
            return story  # a story someone else wrote: not the demo's to translate
        for code in spec["slug"]:
            if code == story.locale.language_code:
                continue
            locale = Locale.objects.filter(language_code=code).first()
            if (
                locale is None
                or ResourcePage.objects.filter(
                    translation_key=story.translation_key, locale=locale
                ).exists()
            ):
                continue
            if story.get_parent().get_translation_or_none(locale) is None:
                continue  # no resource library in that language to publish it in
            translation = story.copy_for_translation(locale)
            _write_story(translation, code, partnership)
            translation.save()
            translation.save_revision(user=admin).publish(user=admin)
    return story


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    topics = ensure_topics()
    coordinator = ensure_coordinator_rights()
    municipalities = ensure_municipalities()
    people = ensure_officials(municipalities, coordinator)
    if coordinator is not None:
        people[coordinator.email] = coordinator
    partnerships = ensure_partnerships(topics, municipalities, people)
    story = ensure_story()
    stories = ", 1 story" if story is not None and story.live else ""
    stdout.write(
        f"  {len(municipalities)} municipalities, {len(partnerships)} partnerships ready{stories}"
    )
