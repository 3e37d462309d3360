"""Writes for partnerships. Each function checks who may act, runs in one transaction and
records status changes in Wagtail's audit log (the partnership's History in the admin)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import MaxLengthValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _
from wagtail import log_actions
from wagtail.rich_text import RichText

from lms.actions import ActionRefused

from . import selectors
from .models import (
    DOCUMENT_MAX_BYTES,
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    MemberRole,
    Municipality,
    Official,
    PartnerSearch,
    Partnership,
    PartnershipDocument,
    PartnershipMember,
)

LOG_STATUS = "partnerships.status"
# While proposed or active, the people working in a partnership keep its records.
OPEN_STATUSES = selectors.OPEN_STATUSES

# Status changes a coordinator may make: from → allowed targets.
TRANSITIONS = {
    Partnership.Status.PROPOSED: (Partnership.Status.ACTIVE, Partnership.Status.ENDED),
    Partnership.Status.ACTIVE: (Partnership.Status.COMPLETED, Partnership.Status.ENDED),
    Partnership.Status.COMPLETED: (),
    Partnership.Status.ENDED: (),
}


def _member(user, partnership: Partnership) -> None:
    if user is None or not user.is_authenticated:
        raise ActionRefused(_("Please sign in first."))
    if not selectors.partnership_member_of(user=user, partnership=partnership):
        raise ActionRefused(_("Only the people working in this partnership can do this."))


def _working(user, partnership: Partnership) -> None:
    """People working in it may write only while the partnership is proposed or active."""
    _member(user, partnership)
    if partnership.status not in OPEN_STATUSES:
        raise ActionRefused(_("This partnership is closed: its records can no longer change."))


def _lock(partnership: Partnership) -> Partnership:
    """The partnership's row, locked until the end of the transaction: writes to one
    partnership's workspace (and its status changes) happen one at a time, so a check made
    inside the transaction still holds when the row is written."""
    return Partnership.objects.select_for_update().get(pk=partnership.pk)


def _still_open(partnership: Partnership) -> Partnership:
    """Inside a transaction, after ``_working``: the partnership's locked, current row, still
    open (its status may have changed since the caller loaded it)."""
    locked = _lock(partnership)
    if locked.status not in OPEN_STATUSES:
        raise ActionRefused(_("This partnership is closed: its records can no longer change."))
    return locked


def _validated(instance: models.Model, *, exclude: tuple[str, ...] = ()) -> None:
    """The model's own field rules (plausible dates, lengths, digits, required text), the same
    for every door: a form, the admin or a direct call."""
    errors: dict[str, list[str]] = {}
    for field in instance._meta.fields:
        # A TextField's max_length binds only its form field; here it is a rule too.
        if isinstance(field, models.TextField) and field.max_length:
            try:
                MaxLengthValidator(field.max_length)(getattr(instance, field.attname) or "")
            except ValidationError as error:
                errors[field.name] = error.messages
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        errors.update(error.message_dict)
    if not errors:
        return
    problems = []
    for name, messages in errors.items():
        try:
            label = capfirst(instance._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            label = ""
        problems += [f"{label}: {message}" if label else message for message in messages]
    raise ActionRefused(" ".join(problems))


def partnership_set_status(
    *, coordinator, partnership: Partnership, status: str, reason: str = ""
) -> Partnership:
    """A coordinator of the partnership's region moves it on: proposed → active → completed,
    or ended early with a reason."""
    if not selectors.partnership_coordinated_by(user=coordinator, partnership=partnership):
        raise ActionRefused(_("You do not coordinate this partnership."))
    if status not in Partnership.Status.values:
        raise ActionRefused(_("Choose a valid status."))
    reason = reason.strip()
    try:
        MaxLengthValidator(Partnership._meta.get_field("ended_reason").max_length)(reason)
    except ValidationError as error:
        raise ActionRefused(" ".join(error.messages)) from None
    if status == Partnership.Status.ENDED and not reason:
        raise ActionRefused(_("Say why the partnership ended early."))
    with transaction.atomic():
        locked = _lock(partnership)
        if status not in TRANSITIONS[locked.status]:
            raise ActionRefused(
                _("A partnership that is “%(old)s” cannot become “%(new)s”.")
                % {
                    "old": locked.get_status_display(),
                    "new": Partnership.Status(status).label,
                }
            )
        old = locked.status
        locked.status = status
        fields = ["status", "updated_at"]
        if status == Partnership.Status.ENDED:
            locked.ended_reason = reason
            fields.append("ended_reason")
        if status == Partnership.Status.ACTIVE and locked.starts_on is None:
            locked.starts_on = timezone.localdate()
            fields.append("starts_on")
        if status in (Partnership.Status.COMPLETED, Partnership.Status.ENDED):
            locked.ends_on = max(timezone.localdate(), locked.starts_on or datetime.date.min)
            fields.append("ends_on")
        locked.save(update_fields=fields)
        log_actions.log(
            instance=locked,
            action=LOG_STATUS,
            user=coordinator,
            data={"from_status": str(old), "to_status": str(status), "note": reason},
        )
    return locked


def measurement_record(
    *,
    user,
    indicator: Indicator,
    measured_on: datetime.date,
    value: Decimal,
    source: str,
) -> Measurement:
    """A dated value of an indicator, recorded by someone working in the partnership. One per
    indicator and day: a second one for the same day is refused, never doubled."""
    partnership = indicator.objective.partnership
    _working(user, partnership)
    if measured_on < indicator.baseline_on:
        raise ActionRefused(_("A measurement cannot be dated before the indicator's baseline."))
    if measured_on > timezone.localdate():
        raise ActionRefused(_("A measurement cannot be dated in the future."))
    measurement = Measurement(
        indicator=indicator,
        measured_on=measured_on,
        value=value,
        source=source.strip(),
        recorded_by=user,
    )
    _validated(measurement, exclude=("indicator", "recorded_by"))
    try:
        with transaction.atomic():
            _still_open(partnership)
            measurement.save(force_insert=True)
    except IntegrityError:
        raise ActionRefused(_("This indicator already has a measurement for that day.")) from None
    return measurement


def activity_add(
    *, user, partnership: Partnership, title: str, owner, due_on: datetime.date
) -> Activity:
    """A line of the work plan; its owner is one of the people working in the partnership.
    The same activity (title and due date) is never added twice."""
    _working(user, partnership)
    if (
        owner is not None
        and not selectors.partnership_people(partnership=partnership).filter(pk=owner.pk).exists()
    ):
        raise ActionRefused(_("The owner must be one of the people working in the partnership."))
    activity = Activity(partnership=partnership, title=title.strip(), owner=owner, due_on=due_on)
    _validated(activity, exclude=("partnership", "owner"))
    with transaction.atomic():
        _still_open(partnership)
        if Activity.objects.filter(
            partnership=partnership, title=activity.title, due_on=due_on
        ).exists():
            raise ActionRefused(_("This activity is already in the work plan."))
        activity.save(force_insert=True)
    return activity


def activity_set_status(*, user, activity: Activity, status: str) -> Activity:
    _working(user, activity.partnership)
    if status not in Activity.Status.values:
        raise ActionRefused(_("Choose a valid status."))
    with transaction.atomic():
        _still_open(activity.partnership)
        Activity.objects.filter(pk=activity.pk).update(status=status)
    activity.status = status
    return activity


def exchange_add(
    *,
    user,
    partnership: Partnership,
    host: Municipality,
    visitors: Municipality,
    starts_on: datetime.date,
    ends_on: datetime.date,
    purpose: str,
    agenda: str = "",
    participants=(),
) -> Exchange:
    """A visit between two of the partnership's cities, with who takes part (people of the
    partnership). The same visit (host, visitors, first day) is never added twice."""
    _working(user, partnership)
    people = set(selectors.partnership_people(partnership=partnership).values_list("pk", flat=True))
    if any(person.pk not in people for person in participants):
        raise ActionRefused(_("Participants must be people of the partnership."))
    cities = set(partnership.members.values_list("municipality_id", flat=True))
    if host.pk not in cities or visitors.pk not in cities:
        raise ActionRefused(_("Both cities of an exchange must be part of the partnership."))
    if host.pk == visitors.pk:
        raise ActionRefused(_("The host and the visiting delegation must be different cities."))
    if ends_on < starts_on:
        raise ActionRefused(_("The last day cannot be before the first day."))
    exchange = Exchange(
        partnership=partnership,
        host=host,
        visitors=visitors,
        starts_on=starts_on,
        ends_on=ends_on,
        purpose=purpose.strip(),
        agenda=agenda.strip(),
    )
    _validated(exchange, exclude=("partnership", "host", "visitors"))
    with transaction.atomic():
        _still_open(partnership)
        if Exchange.objects.filter(
            partnership=partnership, host=host, visitors=visitors, starts_on=starts_on
        ).exists():
            raise ActionRefused(_("This exchange is already planned."))
        exchange.save(force_insert=True)
        exchange.participants.set(participants)
    return exchange


def exchange_report(*, user, exchange: Exchange, trip_report: str) -> Exchange:
    _working(user, exchange.partnership)
    if exchange.starts_on > timezone.localdate():
        raise ActionRefused(_("A trip report can be written once the visit has started."))
    exchange.trip_report = trip_report.strip()
    _validated(exchange, exclude=("partnership", "host", "visitors"))
    with transaction.atomic():
        _still_open(exchange.partnership)
        Exchange.objects.filter(pk=exchange.pk).update(trip_report=exchange.trip_report)
    return exchange


def decision_record(
    *, user, partnership: Partnership, decided_on: datetime.date, text: str
) -> Decision:
    """A decision of the partnership, dated and signed. The same decision (date and text) is
    never recorded twice."""
    _working(user, partnership)
    if decided_on > timezone.localdate():
        raise ActionRefused(_("A decision cannot be dated in the future."))
    decision = Decision(
        partnership=partnership, decided_on=decided_on, text=text.strip(), recorded_by=user
    )
    _validated(decision, exclude=("partnership", "recorded_by"))
    with transaction.atomic():
        _still_open(partnership)
        if Decision.objects.filter(
            partnership=partnership, decided_on=decided_on, text=decision.text
        ).exists():
            raise ActionRefused(_("This decision is already recorded."))
        decision.save(force_insert=True)
    return decision


def document_add(*, user, partnership: Partnership, title: str, file) -> PartnershipDocument:
    """A file for the workspace, stored where the web server never serves it. Only office
    documents, data and photos (by extension), at most ``DOCUMENT_MAX_BYTES``."""
    _working(user, partnership)
    if file is None:
        raise ActionRefused(_("Choose a file."))
    if file.size > DOCUMENT_MAX_BYTES:
        raise ActionRefused(
            _("The file is too large: at most %(megabytes)s MB.")
            % {"megabytes": DOCUMENT_MAX_BYTES // (1024 * 1024)}
        )
    document = PartnershipDocument(
        partnership=partnership, title=title.strip(), file=file, uploaded_by=user
    )
    _validated(document, exclude=("partnership", "uploaded_by"))
    with transaction.atomic():
        _still_open(partnership)
        document.save(force_insert=True)
    return document


# ----------------------------------------------------------------------------- finding a partner


def partner_search_create(
    *, user, municipality: Municipality, topic, problem: str, language: str
) -> PartnerSearch:
    """A focal point (or a coordinator of the region) describes the problem their municipality
    wants to solve. One open search per municipality and topic: asking again updates it."""
    if not selectors.municipality_spoken_for_by(user=user, municipality=municipality):
        raise ActionRefused(_("Only the municipality's focal points and coordinators can do this."))
    problem = problem.strip()
    if not problem:
        raise ActionRefused(_("Describe the problem to solve."))
    with transaction.atomic():
        search = (
            PartnerSearch.objects.select_for_update()
            .filter(municipality=municipality, topic=topic, status=PartnerSearch.Status.OPEN)
            .first()
        )
        if search is None:
            return PartnerSearch.objects.create(
                municipality=municipality,
                topic=topic,
                problem=problem,
                language=language,
                created_by=user,
            )
        search.problem, search.language = problem, language
        search.save(update_fields=["problem", "language"])
        return search


def _in_every_language(make) -> dict[str, str]:
    """``make(code)`` for each language, as modeltranslation fields (``title_zh_hans``...)."""
    return {code.replace("-", "_"): make(code) for code, _name in settings.LANGUAGES}


def partnership_propose_from_search(
    *, coordinator, search: PartnerSearch, mentor_city: Municipality
) -> Partnership:
    """A coordinator of the searching municipality's region proposes a partnership with one of
    the suggested cities as mentor city. The problem is copied in the language it was written
    in (the coordinator translates it in the admin); the search is then matched."""
    if not selectors.partner_search_coordinated_by(user=coordinator, search=search):
        raise ActionRefused(_("You do not coordinate this region."))
    if mentor_city.pk == search.municipality_id:
        raise ActionRefused(_("A municipality cannot be its own mentor city."))
    with transaction.atomic():
        locked = PartnerSearch.objects.select_for_update().get(pk=search.pk)
        if locked.status != PartnerSearch.Status.OPEN:
            raise ActionRefused(_("A partnership was already proposed for this search."))
        partner = locked.municipality
        topic = locked.topic

        def title(code: str) -> str:
            field = code.replace("-", "_")
            names = [
                getattr(thing, f"name_{field}") or thing.name_en
                for thing in (mentor_city, partner, topic)
            ]
            # Chinese titles take full-width punctuation.
            pattern = "{}—{}：{}" if code.startswith("zh") else "{} – {}: {}"
            return pattern.format(*names)

        slug_base = slugify(f"{mentor_city.slug}-{partner.slug}-{topic.slug}")[:70]
        slug, n = slug_base, 1
        while Partnership.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{slug_base}-{n}"
        partnership = Partnership(
            slug=slug,
            topic=topic,
            region=partner.region,
            status=Partnership.Status.PROPOSED,
            **{f"title_{field}": value for field, value in _in_every_language(title).items()},
        )
        setattr(partnership, f"problem_{locked.language.replace('-', '_')}", locked.problem)
        if not partnership.problem_en:
            partnership.problem_en = locked.problem
        partnership.save()
        partnership.coordinators.add(coordinator)
        for city, role in (
            (mentor_city, MemberRole.MENTOR_CITY),
            (partner, MemberRole.PARTNER_CITY),
        ):
            side = PartnershipMember(partnership=partnership, municipality=city, role=role)
            side.focal_points.set(city.focal_points.all())
            side.save()  # a parental many-to-many is written with its row
        locked.status = PartnerSearch.Status.MATCHED
        locked.partnership = partnership
        locked.save(update_fields=["status", "partnership"])
        log_actions.log(
            instance=partnership,
            action=LOG_STATUS,
            user=coordinator,
            data={"from_status": "", "to_status": str(partnership.status), "note": ""},
        )
    return partnership


# ----------------------------------------------------------------------------- officials


def official_request(*, user, municipality: Municipality, position: str, listed: bool) -> Official:
    """An official links their account to their municipality (waiting for confirmation by a
    focal point or a coordinator of the region). Asking again updates the request."""
    if user is None or not user.is_authenticated:
        raise ActionRefused(_("Please sign in first."))
    position = position.strip()
    if not position:
        raise ActionRefused(_("Enter your position."))
    with transaction.atomic():
        link, created = Official.objects.select_for_update().get_or_create(
            municipality=municipality,
            user=user,
            defaults={"position": position, "listed": listed},
        )
        if not created:
            link.position, link.listed = position, listed
            link.save(update_fields=["position", "listed"])
    return link


def official_confirm(*, user, official: Official) -> Official:
    """A focal point of the municipality, or a coordinator of its region, confirms the link."""
    if not selectors.municipality_spoken_for_by(user=user, municipality=official.municipality):
        raise ActionRefused(_("Only the municipality's focal points and coordinators can do this."))
    if official.user_id == user.pk and not user.is_superuser:
        raise ActionRefused(_("Someone else must confirm your own link."))
    Official.objects.filter(pk=official.pk).update(
        status=Official.Status.CONFIRMED, confirmed_by=user
    )
    official.status, official.confirmed_by = Official.Status.CONFIRMED, user
    return official


def official_leave(*, user, official: Official) -> None:
    """The official removes their own link (or it is refused by a focal point)."""
    if official.user_id != user.pk and not selectors.municipality_spoken_for_by(
        user=user, municipality=official.municipality
    ):
        raise ActionRefused(_("Only the municipality's focal points and coordinators can do this."))
    official.delete()


# ----------------------------------------------------------------------------- stories


def _story_body(partnership: Partnership, language: str) -> list[tuple[str, object]]:
    """The case study's first draft, written from the partnership's records in ``language``
    (the original locale's): the problem, the work, the indicators' change and the lessons,
    and a link back to the partnership."""
    from django.utils.html import format_html, format_html_join

    from .charts import chart_description

    with override(language):
        detail = selectors.partnership_detail(partnership=partnership, user=None)
        cities = ", ".join(
            f"{member.municipality.name} ({member.get_role_display()})" for member in detail.members
        )
        done = [a.title for a in partnership.activities.filter(status=Activity.Status.DONE)]
        exchanges = [
            gettext("%(visitors)s visits %(host)s")
            % {"visitors": e.visitors.name, "host": e.host.name}
            + f" ({e.starts_on.isoformat()}): {e.purpose}"
            for e in detail.exchanges
        ]
        results = [
            f"{progress.indicator.name}: {chart_description(progress)}"
            for objective in detail.objectives
            for progress in objective.indicators
        ]

        def heading(text: str) -> tuple[str, dict]:
            return ("heading", {"text": text, "level": "h2"})

        def paragraph(html: str) -> tuple[str, RichText]:
            return ("paragraph", RichText(html))

        def items(lines: list[str]) -> str:
            return format_html(
                "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines))
            )

        body = [
            heading(gettext("The problem")),
            paragraph(format_html("<p>{}</p><p>{}</p>", partnership.problem, cities)),
            heading(gettext("The work")),
            paragraph(items(done + exchanges) if done or exchanges else "<p></p>"),
            heading(gettext("Results")),
            paragraph(items(results) if results else "<p></p>"),
            heading(gettext("Lessons learned")),
            paragraph(format_html("<p>{}</p>", partnership.lessons)),
            paragraph(
                format_html(
                    '<p><a href="/partnerships/{}/">{}</a></p>',
                    partnership.slug,
                    gettext("The partnership's results and exchanges"),
                )
            ),
        ]
    return body


def partnership_story_create(*, coordinator, partnership: Partnership):
    """One click: a draft case study in the resource library of the site's default language,
    pre-filled from the completed partnership; editors finish it, publish it and translate it
    with wagtail-localize. The partnership links to it; it links back."""
    from cms_pages.models import ResourceIndexPage, ResourcePage, ResourceType

    if not selectors.partnership_coordinated_by(user=coordinator, partnership=partnership):
        raise ActionRefused(_("You do not coordinate this partnership."))
    language = settings.LANGUAGE_CODE
    index = ResourceIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        raise ActionRefused(_("There is no resource library to publish the story in."))
    with transaction.atomic():
        locked = _lock(partnership)
        if locked.status != Partnership.Status.COMPLETED:
            raise ActionRefused(_("Only a completed partnership has a story to tell."))
        if locked.story_id is not None:
            raise ActionRefused(_("This partnership already has its story."))
        with override(language):
            title = locked.title
            summary = locked.problem
        slug_base = slugify(f"story-{locked.slug}")[:70]
        slug, n = slug_base, 1
        while ResourcePage.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{slug_base}-{n}"
        page = ResourcePage(
            title=title,
            slug=slug,
            live=False,
            resource_type=ResourceType.PARTNERSHIP_STORY,
            region=locked.region,
            country=locked.members.filter(role=MemberRole.PARTNER_CITY)
            .values_list("municipality__country", flat=True)
            .first()
            or "",
            summary=summary[:600],
            body=_story_body(locked, language),
            owner=coordinator,
        )
        page.topics.set([locked.topic])  # kept by the page's own save
        index.add_child(instance=page)
        page.save_revision(user=coordinator, log_action=True)
        Partnership.objects.filter(pk=locked.pk).update(story=page)
        locked.story = page
    return page
