"""Explainable suggestions and the optimal bulk assignment."""

import itertools
import random

import pytest
from django.utils import translation

from mentoring import matching
from mentoring.matching import MenteeFacts, MentorFacts
from mentoring.models import Mentorship
from mentoring.selectors import mentor_suggestions
from mentoring.views import reason_texts
from tests.factories import ProgramFactory, make_mentee, make_mentor


def mentor(key, topics=(1,), languages=("es",), region="europe", years=10, capacity=2, active=0,
           accepting=True):
    return MentorFacts(key, frozenset(topics), frozenset(languages), region, years, capacity,
                       active, accepting)


def mentee(key, topics=(1,), languages=("es",), region="europe", excluded=()):
    return MenteeFacts(key, frozenset(topics), frozenset(languages), region, frozenset(excluded))


def test_hard_rules_exclude_infeasible_mentors():
    candidate = mentee(100, languages=("es",))
    mentors = [
        mentor(1, languages=("en",)),  # no shared language
        mentor(2, capacity=1, active=1),  # full
        mentor(3, accepting=False),  # not accepting
        mentor(100),  # oneself
        mentor(4),  # already paired in this program
        mentor(5),  # fine
    ]
    candidate.excluded_mentors = frozenset({4})
    keys = [s.mentor_key for s in matching.suggest(candidate, mentors, "any")]
    assert keys == [5]


def test_ranking_prefers_expertise_then_region_experience_and_load():
    candidate = mentee(100, topics=(1, 2), region="europe")
    expert = mentor(1, topics=(1, 2), region="latin_america")
    half = mentor(2, topics=(1,), region="europe")
    busy_expert = mentor(3, topics=(1, 2), region="latin_america", capacity=4, active=3)
    ranked = [s.mentor_key for s in matching.suggest(candidate, [half, busy_expert, expert], "any")]
    assert ranked == [1, 3, 2]
    same_region = matching.suggest(candidate, [expert, half], "same")
    assert matching.score_pair(candidate, half, "same") > matching.score_pair(
        candidate, half, "cross"
    )
    assert same_region[0].score >= same_region[1].score


def test_vectorised_matrix_agrees_with_pairwise_scores():
    rng = random.Random(3)
    mentors = [
        mentor(i, topics=rng.sample(range(6), 2), languages=rng.sample(["es", "en", "sk"], 1),
               region=rng.choice(["europe", "east_asia"]), years=rng.randint(1, 30),
               capacity=rng.randint(1, 3), active=rng.randint(0, 1))
        for i in range(8)
    ]
    mentees = [
        mentee(100 + i, topics=rng.sample(range(6), 2), languages=rng.sample(["es", "en", "sk"], 2),
               region=rng.choice(["europe", "east_asia"]))
        for i in range(6)
    ]
    for preference in ["same", "cross", "any"]:
        matrix = matching.score_matrix(mentees, mentors, preference)
        for i, j in itertools.product(range(len(mentees)), range(len(mentors))):
            assert matrix[i, j] == pytest.approx(
                matching.score_pair(mentees[i], mentors[j], preference), abs=0.11
            )


def _brute_force_best(mentees, mentors, preference):
    seats = [m for m in mentors for _ in range(m.free)]
    best = 0.0
    for assignment in itertools.product([None, *range(len(seats))], repeat=len(mentees)):
        used = [a for a in assignment if a is not None]
        if len(used) != len(set(used)):
            continue
        total = 0.0
        feasible = True
        for mentee_facts, seat in zip(mentees, assignment, strict=True):
            if seat is None:
                continue
            score = matching.score_pair(mentee_facts, seats[seat], preference)
            if score < 0:
                feasible = False
                break
            total += score
        if feasible:
            best = max(best, total)
    return best


def test_bulk_assignment_is_the_global_optimum_not_greedy():
    # Greedy would give mentor 1 (the best for everyone) to mentee A, leaving B without a
    # feasible mentor; the optimum gives 1 to B (its only option) and 2 to A.
    mentors = [mentor(1, topics=(1,), languages=("es", "sk"), capacity=1),
               mentor(2, topics=(2,), languages=("es",), capacity=1)]
    mentees = [mentee(10, topics=(1,), languages=("es",)), mentee(11, topics=(1,), languages=("sk",))]
    result = {m: t for m, t, _s in matching.assign(mentees, mentors, "any")}
    assert result == {10: 2, 11: 1}


@pytest.mark.parametrize("seed", range(6))
def test_bulk_assignment_matches_brute_force(seed):
    rng = random.Random(seed)
    mentors = [
        mentor(i, topics=rng.sample(range(4), 2), languages=rng.sample(["es", "en"], 1),
               region=rng.choice(["europe", "east_asia"]), years=rng.randint(1, 30),
               capacity=rng.randint(1, 2))
        for i in range(3)
    ]
    mentees = [
        mentee(100 + i, topics=rng.sample(range(4), 1), languages=rng.sample(["es", "en"], 1),
               region=rng.choice(["europe", "east_asia"]))
        for i in range(4)
    ]
    result = matching.assign(mentees, mentors, "same")
    total = sum(score for _m, target, score in result if target is not None)
    assert total == pytest.approx(_brute_force_best(mentees, mentors, "same"), abs=0.5)
    load = {}
    for _m, target, _s in result:
        if target is not None:
            load[target] = load.get(target, 0) + 1
    for facts in mentors:
        assert load.get(facts.key, 0) <= facts.free


@pytest.mark.django_db
def test_suggestions_from_the_database_with_reasons_in_the_viewers_language():
    program = ProgramFactory()
    candidate = make_mentee(program, languages=("es", "en"), topics=("finance",))
    expert = make_mentor(program, languages=("es",), expertise=("finance", "ethics"), full_name="Ana")
    make_mentor(program, languages=("sk",), full_name="Ján")  # no shared language
    full = make_mentor(program, languages=("es",), capacity=1, full_name="Full")
    Mentorship.objects.create(
        program=ProgramFactory(), mentor=full.user, mentee=make_mentee().user, status="active"
    )
    suggestions = mentor_suggestions(mentee=candidate, program=program)
    assert [s.profile.pk for s in suggestions] == [expert.pk]
    with translation.override("es"):
        texts = reason_texts(suggestions[0])
    assert "Habla español" in texts
    assert any(text.startswith("Experto en") or text.startswith("Experta en") or "Finance" in text
               for text in texts)
