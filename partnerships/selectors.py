"""Reads for partnerships: who may see and do what, the public list, a partnership's page and
workspace, municipality pages. Each function runs a fixed number of queries."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Model, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from . import matching
from .models import (
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    MemberRole,
    Municipality,
    Objective,
    Official,
    PartnerSearch,
    Partnership,
    PartnershipDocument,
    PartnershipMember,
)

PUBLIC_STATUSES = (Partnership.Status.ACTIVE, Partnership.Status.COMPLETED)
# Proposed and active partnerships are open: the people working in them keep their records.
OPEN_STATUSES = (Partnership.Status.PROPOSED, Partnership.Status.ACTIVE)
FALLBACK_LANGUAGE = "en"

# Translated text (django-modeltranslation) the pages show, per model.
TRANSLATED_FIELDS = {
    Partnership: ("title", "problem", "lessons"),
    Objective: ("title",),
    Indicator: ("name", "unit"),
    Municipality: ("name", "profile"),
}
COORDINATOR_PERMISSION = "partnerships.change_partnership"


# ----------------------------------------------------------------------------- access rules


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def partnerships_coordinated_by(*, user) -> QuerySet[Partnership]:
    """The one coordinator rule, as for mentoring programs: a superuser coordinates every
    partnership; anyone else needs ``partnerships.change_partnership`` and coordinates the
    partnerships of their region."""
    if not _active(user):
        return Partnership.objects.none()
    if user.is_superuser:
        return Partnership.objects.all()
    if not user.region or not user.has_perm(COORDINATOR_PERMISSION):
        return Partnership.objects.none()
    return Partnership.objects.filter(region=user.region)


def region_coordinated_by(*, user, region: str) -> bool:
    """The same rule for one region: superusers, or people with the coordinator permission
    whose region it is. Partnerships, partner searches and municipalities all ask it."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    return bool(user.region) and user.region == region and user.has_perm(COORDINATOR_PERMISSION)


def partnership_coordinated_by(*, user, partnership: Partnership) -> bool:
    return region_coordinated_by(user=user, region=partnership.region)


def municipalities_managed_by(*, user) -> QuerySet[Municipality]:
    """Municipalities a coordinator manages in the admin: those of their region."""
    if not _active(user):
        return Municipality.objects.none()
    if user.is_superuser:
        return Municipality.objects.all()
    if not user.region or not user.has_perm("partnerships.change_municipality"):
        return Municipality.objects.none()
    return Municipality.objects.filter(region=user.region)


def partnership_member_of(*, user, partnership: Partnership) -> bool:
    """Whether ``user`` works in the partnership: one of its coordinators, a focal point of one
    of its sides, or a coordinator of its region."""
    if not _active(user):
        return False
    if partnership_coordinated_by(user=user, partnership=partnership):
        return True
    return (
        partnership.coordinators.filter(pk=user.pk).exists()
        or PartnershipMember.objects.filter(partnership=partnership, focal_points=user).exists()
    )


def partnerships_of(*, user) -> QuerySet[Partnership]:
    """The partnerships whose workspace ``user`` may open."""
    if not _active(user):
        return Partnership.objects.none()
    return Partnership.objects.filter(
        Q(pk__in=partnerships_coordinated_by(user=user).values("pk"))
        | Q(coordinators=user)
        | Q(members__focal_points=user)
    ).distinct()


def partnership_visible_to(*, user, partnership: Partnership) -> bool:
    """Active and completed partnerships are public; proposed and ended ones only to the
    people working in them."""
    return partnership.is_public or partnership_member_of(user=user, partnership=partnership)


# ----------------------------------------------------------------------------- languages


def mark_languages(*objects: Model) -> None:
    """Set ``text_languages`` on each object: for each translated field shown in English
    because the current language has no text for it, ``{"field": "en"}``, so templates can
    mark it with ``lang`` (screen readers then read it in English)."""
    language = get_language() or FALLBACK_LANGUAGE
    for obj in objects:
        fields = TRANSLATED_FIELDS.get(type(obj), ())
        obj.text_languages = {}
        if language.split("-")[0] == FALLBACK_LANGUAGE:
            continue
        for name in fields:
            own = getattr(obj, build_localized_fieldname(name, language), "")
            if not own and getattr(obj, build_localized_fieldname(name, FALLBACK_LANGUAGE), ""):
                obj.text_languages[name] = FALLBACK_LANGUAGE


def sort_key(text: str) -> str:
    """Names in an order a reader expects: letters with diacritics beside their base letter
    (Slovak "Česko" near "Chorvátsko", not after "Zambia"), case ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


# ----------------------------------------------------------------------------- public list


@dataclass(frozen=True)
class PartnershipFilters:
    region: str = ""
    topic: str = ""
    status: str = ""

    @classmethod
    def from_query(cls, params) -> PartnershipFilters:
        return cls(
            region=params.get("region", "").strip()[:40],
            topic=params.get("topic", "").strip()[:80],
            status=params.get("status", "").strip()[:20],
        )


@dataclass
class CountryGroup:
    country: object
    partnerships: list[Partnership] = field(default_factory=list)


def _with_members(queryset: QuerySet[Partnership]) -> QuerySet[Partnership]:
    return queryset.select_related("topic").prefetch_related(
        Prefetch(
            "members",
            queryset=PartnershipMember.objects.select_related("municipality").order_by(
                "role", "municipality__name"
            ),
        )
    )


def public_partnerships(*, filters: PartnershipFilters) -> list[Partnership]:
    """Active and completed partnerships, filtered, with their member cities."""
    partnerships = Partnership.objects.filter(status__in=PUBLIC_STATUSES)
    if filters.region:
        partnerships = partnerships.filter(region=filters.region)
    if filters.topic:
        partnerships = partnerships.filter(topic__slug=filters.topic)
    if filters.status in PUBLIC_STATUSES:
        partnerships = partnerships.filter(status=filters.status)
    found = list(_with_members(partnerships).order_by("-starts_on", "pk"))
    _mark_with_cities(found)
    return found


def _mark_with_cities(partnerships: list[Partnership]) -> None:
    """``mark_languages`` on partnerships and their (prefetched) member cities."""
    mark_languages(*partnerships)
    mark_languages(*(member.municipality for p in partnerships for member in p.members.all()))


def partnerships_by_country(*, partnerships: list[Partnership]) -> list[CountryGroup]:
    """Grouped by the country of the partner city (the city that asked for help), countries
    in the order of their names in the current language."""
    groups: dict[str, CountryGroup] = {}
    for partnership in partnerships:
        members = list(partnership.members.all())
        partner = next((m for m in members if m.role == MemberRole.PARTNER_CITY), None)
        partner = partner or (members[0] if members else None)
        if partner is None:
            continue
        country = partner.municipality.country
        groups.setdefault(country.code, CountryGroup(country=country)).partnerships.append(
            partnership
        )
    return sorted(groups.values(), key=lambda group: sort_key(str(group.country.name)))


# ----------------------------------------------------------------------------- a partnership


@dataclass
class IndicatorProgress:
    indicator: Indicator
    measurements: list[Measurement]
    chart: str = ""  # the SVG, drawn by the view (``charts.indicator_chart``)

    @property
    def latest(self) -> Measurement | None:
        return self.measurements[-1] if self.measurements else None

    @property
    def percent_of_target(self) -> int | None:
        """How far from the baseline towards the target the latest measurement is (0–100,
        can pass 100); None before any measurement or when baseline equals target."""
        latest = self.latest
        span = self.indicator.target - self.indicator.baseline
        if latest is None or not span:
            return None
        return round(100 * (latest.value - self.indicator.baseline) / span)


@dataclass
class ObjectiveProgress:
    objective: Objective
    indicators: list[IndicatorProgress]


@dataclass
class PartnershipDetail:
    partnership: Partnership
    members: list[PartnershipMember]
    objectives: list[ObjectiveProgress]
    exchanges: list[Exchange]
    is_member: bool
    is_coordinator: bool
    activities: list[Activity] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    documents: list[PartnershipDocument] = field(default_factory=list)


def partnership_detail(*, partnership: Partnership, user) -> PartnershipDetail:
    """A partnership's page: everyone sees its cities, results framework and exchanges;
    the people working in it also get the work plan and decisions."""
    members = list(
        PartnershipMember.objects.filter(partnership=partnership)
        .select_related("municipality")
        .prefetch_related("focal_points")
        .order_by("role", "municipality__name")
    )
    objectives = list(
        Objective.objects.filter(partnership=partnership).prefetch_related(
            Prefetch(
                "indicators",
                queryset=Indicator.objects.prefetch_related(
                    Prefetch("measurements", queryset=Measurement.objects.order_by("measured_on"))
                ),
            )
        )
    )
    is_coordinator = partnership_coordinated_by(user=user, partnership=partnership)
    is_member = is_coordinator or partnership_member_of(user=user, partnership=partnership)
    exchanges = list(
        Exchange.objects.filter(partnership=partnership)
        .select_related("host", "visitors")
        .prefetch_related("participants")
    )
    mark_languages(partnership, *(member.municipality for member in members))
    mark_languages(*objectives)
    mark_languages(*(item for objective in objectives for item in objective.indicators.all()))
    mark_languages(*(city for exchange in exchanges for city in (exchange.host, exchange.visitors)))
    detail = PartnershipDetail(
        partnership=partnership,
        members=members,
        objectives=[
            ObjectiveProgress(
                objective=objective,
                indicators=[
                    IndicatorProgress(indicator, list(indicator.measurements.all()))
                    for indicator in objective.indicators.all()
                ],
            )
            for objective in objectives
        ],
        exchanges=exchanges,
        is_member=is_member,
        is_coordinator=is_coordinator,
    )
    if is_member:
        detail.activities = list(
            Activity.objects.filter(partnership=partnership).select_related("owner")
        )
        detail.decisions = list(
            Decision.objects.filter(partnership=partnership).select_related("recorded_by")
        )
        detail.documents = list(
            PartnershipDocument.objects.filter(partnership=partnership).select_related(
                "uploaded_by"
            )
        )
    return detail


def partnership_people(*, partnership: Partnership) -> QuerySet:
    """People who may own an activity or join an exchange: the partnership's coordinators and
    the focal points of its sides."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            Q(coordinated_partnerships=partnership) | Q(partnership_sides__partnership=partnership)
        )
        .distinct()
        .order_by("full_name", "email")
    )


def partnership_cities(*, partnership: Partnership) -> QuerySet[Municipality]:
    """The partnership's member cities (host and visitors of its exchanges)."""
    return Municipality.objects.filter(memberships__partnership=partnership).order_by("pk")


# ----------------------------------------------------------------------------- municipalities


@dataclass
class MunicipalityDetail:
    municipality: Municipality
    partnerships: list[Partnership]
    officials: list[Official]


def municipality_detail(*, municipality: Municipality) -> MunicipalityDetail:
    """A municipality's public page: its public partnerships and the officials who chose to
    be listed."""
    partnerships = _with_members(
        Partnership.objects.filter(members__municipality=municipality, status__in=PUBLIC_STATUSES)
    ).order_by("-starts_on", "pk")
    officials = (
        Official.objects.filter(
            municipality=municipality,
            status=Official.Status.CONFIRMED,
            listed=True,
            user__is_active=True,
        )
        .select_related("user")
        .order_by("user__full_name", "pk")
    )
    partnerships = list(partnerships)
    _mark_with_cities(partnerships)
    mark_languages(municipality)
    return MunicipalityDetail(
        municipality=municipality, partnerships=partnerships, officials=list(officials)
    )


def municipality_directory(*, region: str = "") -> list[Municipality]:
    """The municipalities (of ``region``), each with its number of public partnerships."""
    municipalities = Municipality.objects.annotate(
        public_partnerships=Count(
            "memberships", filter=Q(memberships__partnership__status__in=PUBLIC_STATUSES)
        )
    )
    if region:
        municipalities = municipalities.filter(region=region)
    # By the name shown (the current language's, or the English one it falls back to).
    found = sorted(municipalities.order_by("pk"), key=lambda city: sort_key(city.name))
    mark_languages(*found)
    return found


# ----------------------------------------------------------------------------- finding a partner


def municipality_spoken_for_by(*, user, municipality: Municipality) -> bool:
    """Who may describe a municipality's problem and see its suggestions: its focal points,
    and coordinators of its region."""
    if region_coordinated_by(user=user, region=municipality.region):
        return True
    return _active(user) and municipality.focal_points.filter(pk=user.pk).exists()


def partner_search_coordinated_by(*, user, search: PartnerSearch) -> bool:
    """Who may propose a partnership from a search: a coordinator of the searching
    municipality's region."""
    return region_coordinated_by(user=user, region=search.municipality.region)


def _results_by_city(topic_id: int) -> dict[int, int]:
    """For each mentor city of a completed partnership on the topic: the mean share of the way
    from baseline to target its partnerships' indicators reached (latest measurement)."""
    latest = Measurement.objects.filter(indicator=OuterRef("pk")).order_by("-measured_on")
    rows = (
        Indicator.objects.filter(
            objective__partnership__topic_id=topic_id,
            objective__partnership__status=Partnership.Status.COMPLETED,
        )
        .annotate(latest=Subquery(latest.values("value")[:1]))
        .filter(latest__isnull=False)
        .values_list("objective__partnership_id", "baseline", "target", "latest")
    )
    by_partnership: dict[int, list[float]] = defaultdict(list)
    for partnership_id, baseline, target, value in rows:
        if target != baseline:
            share = float((value - baseline) / (target - baseline))
            by_partnership[partnership_id].append(max(min(share, 1.0), 0.0))
    mentors = PartnershipMember.objects.filter(
        partnership_id__in=list(by_partnership), role=MemberRole.MENTOR_CITY
    ).values_list("municipality_id", "partnership_id")
    by_city: dict[int, list[float]] = defaultdict(list)
    for city_id, partnership_id in mentors:
        shares = by_partnership[partnership_id]
        by_city[city_id].append(sum(shares) / len(shares))
    return {city: round(100 * sum(values) / len(values)) for city, values in by_city.items()}


@dataclass
class CitySuggestion:
    municipality: Municipality
    suggestion: matching.PartnerSuggestion


def partner_suggestions(*, search: PartnerSearch, limit: int = 8) -> list[CitySuggestion]:
    """Candidate partner cities for a search, best first, with the reasons (a fixed number of
    queries whatever the number of cities, partnerships and measurements)."""
    topic_id = search.topic_id
    requester = search.municipality
    experience = dict(
        PartnershipMember.objects.filter(
            role=MemberRole.MENTOR_CITY,
            partnership__topic_id=topic_id,
            partnership__status__in=PUBLIC_STATUSES,
        )
        .values("municipality_id")
        .annotate(n=Count("partnership", distinct=True))
        .values_list("municipality_id", "n")
    )
    experts = dict(
        Official.objects.filter(
            status=Official.Status.CONFIRMED, user__mentor_profile__expertise=topic_id
        )
        .values("municipality_id")
        .annotate(n=Count("user", distinct=True))
        .values_list("municipality_id", "n")
    )
    results = _results_by_city(topic_id)
    current = frozenset(
        PartnershipMember.objects.filter(
            partnership__members__municipality=requester,
            partnership__topic_id=topic_id,
            partnership__status__in=(Partnership.Status.PROPOSED, Partnership.Status.ACTIVE),
        ).values_list("municipality_id", flat=True)
    )
    cities = {
        city.pk: city for city in Municipality.objects.filter(pk__in=set(experience) | set(experts))
    }
    ranked = matching.rank_cities(
        matching.Request(
            key=requester.pk,
            region=requester.region,
            languages=frozenset(requester.languages or [search.language.split("-")[0]]),
            current_partners=current,
        ),
        [
            matching.CityFacts(
                key=city.pk,
                region=city.region,
                languages=frozenset(city.languages or []),
                partnerships_on_topic=experience.get(city.pk, 0),
                results_percent=results.get(city.pk),
                experts=experts.get(city.pk, 0),
            )
            for city in cities.values()
        ],
        limit=limit,
    )
    return [CitySuggestion(cities[s.city_key], s) for s in ranked]


# ----------------------------------------------------------------------------- stories


def partnership_story(*, partnership: Partnership):
    """The partnership's published case study in the current language where translated, else
    the original; None while it is a draft or when there is none."""
    if partnership.story_id is None:
        return None
    from wagtail.models import Page

    versions = list(
        Page.objects.live()
        .public()
        .filter(
            translation_key__in=Page.objects.filter(pk=partnership.story_id).values(
                "translation_key"
            )
        )
        .select_related("locale")
    )
    language = get_language()
    for page in versions:
        if page.locale.language_code == language:
            return page
    return next((page for page in versions if page.pk == partnership.story_id), None)
