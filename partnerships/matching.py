"""Explainable partner suggestions (pure functions, no database), in the style of mentor
matching (``mentoring/matching.py``): each candidate municipality gets a score from 0 to 100
and the reasons behind it.

A candidate must have something to offer on the topic: past partnerships on it as the mentor
city, or officials with that expertise. It is never the municipality asking, nor a city it is
already working with on the same topic. Weighted criteria: topic experience from past
partnerships, the results those partnerships reached, officials with the expertise, a shared
working language, and the region (the same region is easier to visit; another region still
counts)."""

from __future__ import annotations

from dataclasses import dataclass, field

WEIGHTS = {"experience": 35.0, "results": 25.0, "experts": 15.0, "language": 15.0, "region": 10.0}
EXPERIENCE_CAP = 3  # partnerships on the topic
EXPERTS_CAP = 3  # officials with the expertise
SAME_REGION, OTHER_REGION = 1.0, 0.4


@dataclass(frozen=True)
class CityFacts:
    key: int
    region: str
    languages: frozenset[str]
    partnerships_on_topic: int = 0  # active or completed, as the mentor city
    results_percent: int | None = None  # mean share of the way to target reached, completed ones
    experts: int = 0  # confirmed officials whose mentor expertise covers the topic


@dataclass(frozen=True)
class Request:
    """The municipality looking for a partner, and whom it already works with on the topic."""

    key: int
    region: str
    languages: frozenset[str]
    current_partners: frozenset[int] = field(default_factory=frozenset)


@dataclass
class Reason:
    kind: str  # experience | results | experts | language | same_region | other_region
    value: object = None


@dataclass
class PartnerSuggestion:
    city_key: int
    score: float
    reasons: list[Reason]


def is_candidate(request: Request, city: CityFacts) -> bool:
    return (
        city.key != request.key
        and city.key not in request.current_partners
        and (city.partnerships_on_topic > 0 or city.experts > 0)
    )


def score_city(request: Request, city: CityFacts) -> PartnerSuggestion | None:
    if not is_candidate(request, city):
        return None
    experience = min(city.partnerships_on_topic, EXPERIENCE_CAP) / EXPERIENCE_CAP
    results = max(min(city.results_percent or 0, 100), 0) / 100
    experts = min(city.experts, EXPERTS_CAP) / EXPERTS_CAP
    shared = sorted(request.languages & city.languages)
    region = SAME_REGION if city.region == request.region else OTHER_REGION
    score = (
        WEIGHTS["experience"] * experience
        + WEIGHTS["results"] * results
        + WEIGHTS["experts"] * experts
        + WEIGHTS["language"] * (1.0 if shared else 0.0)
        + WEIGHTS["region"] * region
    )
    reasons = []
    if city.partnerships_on_topic:
        reasons.append(Reason("experience", city.partnerships_on_topic))
    if city.results_percent is not None:
        reasons.append(Reason("results", city.results_percent))
    if city.experts:
        reasons.append(Reason("experts", city.experts))
    for code in shared:
        reasons.append(Reason("language", code))
    reasons.append(
        Reason("same_region" if city.region == request.region else "other_region", city.region)
    )
    return PartnerSuggestion(city_key=city.key, score=round(score, 1), reasons=reasons)


def rank_cities(
    request: Request, cities: list[CityFacts], limit: int = 10
) -> list[PartnerSuggestion]:
    """The best candidates first (ties: more partnerships on the topic, then the key, so that
    the order is stable)."""
    facts = {city.key: city for city in cities}
    suggestions = [s for s in (score_city(request, city) for city in cities) if s is not None]
    suggestions.sort(key=lambda s: (-s.score, -facts[s.city_key].partnerships_on_topic, s.city_key))
    return suggestions[:limit]
