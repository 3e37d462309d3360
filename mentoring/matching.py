"""Explainable mentor matching and optimal bulk assignment (pure functions, no database).

Hard rules: a shared language, capacity left, accepting mentees, not oneself, not already
paired in the program. Weighted criteria (0–100 in all): expertise that covers the mentee's
topics, the program's region preference, experience, and current load (to spread the work).
Bulk matching maximises the total score over all mentees at once with the Hungarian method
(scipy's ``linear_sum_assignment``) on a matrix with one column per free mentor seat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

WEIGHTS = {"topics": 50.0, "region": 20.0, "experience": 15.0, "load": 15.0}
EXPERIENCE_CAP_YEARS = 20
INFEASIBLE = -1.0


@dataclass
class MentorFacts:
    key: int
    topics: frozenset[int]
    languages: frozenset[str]
    region: str
    years: int
    capacity: int
    active: int
    accepting: bool = True

    @property
    def free(self) -> int:
        return max(self.capacity - self.active, 0) if self.accepting else 0


@dataclass
class MenteeFacts:
    key: int
    topics: frozenset[int]
    languages: frozenset[str]
    region: str
    excluded_mentors: frozenset[int] = field(default_factory=frozenset)


@dataclass
class Reason:
    kind: str  # language | topic | region | experience | load
    value: object = None


@dataclass
class Suggestion:
    mentor_key: int
    score: float
    reasons: list[Reason]


def _region_points(mentee_region: str, mentor_region: str, preference: str) -> float:
    if preference == "same":
        return 1.0 if mentee_region == mentor_region else 0.0
    if preference == "cross":
        return 1.0 if mentee_region != mentor_region else 0.0
    return 0.5


def score_pair(mentee: MenteeFacts, mentor: MentorFacts, preference: str) -> float:
    """The score of one pair, or INFEASIBLE when a hard rule forbids it."""
    if (
        mentor.key == mentee.key
        or mentor.key in mentee.excluded_mentors
        or mentor.free <= 0
        or not (mentee.languages & mentor.languages)
    ):
        return INFEASIBLE
    topic_share = len(mentee.topics & mentor.topics) / len(mentee.topics) if mentee.topics else 0
    experience = min(mentor.years, EXPERIENCE_CAP_YEARS) / EXPERIENCE_CAP_YEARS
    load = 1 - mentor.active / mentor.capacity if mentor.capacity else 0
    return round(
        WEIGHTS["topics"] * topic_share
        + WEIGHTS["region"] * _region_points(mentee.region, mentor.region, preference)
        + WEIGHTS["experience"] * experience
        + WEIGHTS["load"] * load,
        1,
    )


def explain(mentee: MenteeFacts, mentor: MentorFacts, preference: str) -> list[Reason]:
    reasons = [Reason("language", code) for code in sorted(mentee.languages & mentor.languages)]
    reasons += [Reason("topic", topic) for topic in sorted(mentee.topics & mentor.topics)]
    if preference == "same" and mentee.region == mentor.region:
        reasons.append(Reason("same_region", mentor.region))
    elif preference == "cross" and mentee.region != mentor.region:
        reasons.append(Reason("other_region", mentor.region))
    if mentor.years:
        reasons.append(Reason("experience", mentor.years))
    reasons.append(Reason("load", mentor.free))
    return reasons


def suggest(
    mentee: MenteeFacts, mentors: list[MentorFacts], preference: str, limit: int = 10
) -> list[Suggestion]:
    """Feasible mentors for one mentee, best first, each with the reasons for it."""
    scored = []
    for mentor in mentors:
        score = score_pair(mentee, mentor, preference)
        if score > INFEASIBLE:
            scored.append(Suggestion(mentor.key, score, explain(mentee, mentor, preference)))
    scored.sort(key=lambda s: (-s.score, s.mentor_key))
    return scored[:limit]


def score_matrix(
    mentees: list[MenteeFacts], mentors: list[MentorFacts], preference: str
) -> np.ndarray:
    """Scores of every mentee × mentor pair, vectorised; INFEASIBLE where a rule forbids it."""
    if not mentees or not mentors:
        return np.zeros((len(mentees), len(mentors)))
    topic_ids = sorted(
        {t for m in mentees for t in m.topics} | {t for m in mentors for t in m.topics}
    )
    language_ids = sorted(
        {lang for m in mentees for lang in m.languages}
        | {lang for m in mentors for lang in m.languages}
    )
    t_index = {t: i for i, t in enumerate(topic_ids)}
    l_index = {code: i for i, code in enumerate(language_ids)}

    def onehot(items, index):
        matrix = np.zeros((len(items), max(len(index), 1)), dtype=np.float32)
        for row, values in enumerate(items):
            for value in values:
                matrix[row, index[value]] = 1.0
        return matrix

    mentee_topics = onehot([m.topics for m in mentees], t_index)
    mentor_topics = onehot([m.topics for m in mentors], t_index)
    wanted = np.maximum(mentee_topics.sum(axis=1, keepdims=True), 1.0)
    topic_share = (mentee_topics @ mentor_topics.T) / wanted

    shared_language = (
        onehot([m.languages for m in mentees], l_index)
        @ onehot([m.languages for m in mentors], l_index).T
    ) > 0

    mentee_regions = np.array([m.region for m in mentees])[:, None]
    mentor_regions = np.array([m.region for m in mentors])[None, :]
    if preference == "same":
        region = (mentee_regions == mentor_regions).astype(np.float32)
    elif preference == "cross":
        region = (mentee_regions != mentor_regions).astype(np.float32)
    else:
        region = np.full((len(mentees), len(mentors)), 0.5, dtype=np.float32)

    years = np.array([min(m.years, EXPERIENCE_CAP_YEARS) for m in mentors], dtype=np.float32)
    capacity = np.array([max(m.capacity, 1) for m in mentors], dtype=np.float32)
    active = np.array([m.active for m in mentors], dtype=np.float32)
    per_mentor = WEIGHTS["experience"] * years / EXPERIENCE_CAP_YEARS + WEIGHTS["load"] * (
        1 - active / capacity
    )
    scores = WEIGHTS["topics"] * topic_share + WEIGHTS["region"] * region + per_mentor[None, :]
    scores = np.round(scores, 1)

    free = np.array([m.free for m in mentors])
    feasible = shared_language & (free > 0)[None, :]
    mentor_keys = np.array([m.key for m in mentors])
    mentee_keys = np.array([m.key for m in mentees])
    feasible &= mentee_keys[:, None] != mentor_keys[None, :]
    for row, mentee in enumerate(mentees):
        if mentee.excluded_mentors:
            feasible[row] &= ~np.isin(mentor_keys, list(mentee.excluded_mentors))
    return np.where(feasible, scores, INFEASIBLE)


def assign(
    mentees: list[MenteeFacts], mentors: list[MentorFacts], preference: str
) -> list[tuple[int, int | None, float | None]]:
    """The assignment of mentees to mentors that maximises the total score within every
    mentor's free capacity. Mentees with no feasible mentor (or no seat left) get None."""
    scores = score_matrix(mentees, mentors, preference)
    if scores.size == 0:
        return [(m.key, None, None) for m in mentees]
    # One column per free seat: a mentor with three free seats appears three times.
    seat_owner = np.repeat(np.arange(len(mentors)), [m.free for m in mentors])
    if seat_owner.size == 0:
        return [(m.key, None, None) for m in mentees]
    seat_scores = scores[:, seat_owner]
    # Infeasible pairs cost more than leaving a mentee unmatched could ever gain.
    penalty = -(WEIGHTS["topics"] + WEIGHTS["region"] + WEIGHTS["experience"] + WEIGHTS["load"])
    weights = np.where(seat_scores > INFEASIBLE, seat_scores, penalty * len(mentees))
    rows, cols = linear_sum_assignment(weights, maximize=True)
    result: dict[int, tuple[int | None, float | None]] = {}
    for row, col in zip(rows, cols, strict=True):
        if seat_scores[row, col] > INFEASIBLE:
            mentor = mentors[seat_owner[col]]
            result[mentees[row].key] = (mentor.key, float(seat_scores[row, col]))
    return [(m.key, *result.get(m.key, (None, None))) for m in mentees]
