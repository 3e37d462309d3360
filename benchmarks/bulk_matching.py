"""Benchmark: bulk matching of N mentees against N mentors (default 2,000 × 2,000).

    .venv/bin/python benchmarks/bulk_matching.py [N]

Pure computation (no database): builds random but realistic facts (12 topics, 2–3 of them
per person, 1–3 languages among the platform's four and others, five regions, capacity 1–3)
and times scoring plus the optimal assignment. Not run by the test suite.
"""

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentoring.matching import MenteeFacts, MentorFacts, assign, score_matrix  # noqa: E402

LANGUAGES = ["en", "es", "zh", "sk", "hi", "pt", "fr"]
REGIONS = ["global", "east_asia", "europe", "latin_america", "south_asia"]


def build(n: int, seed: int = 7):
    rng = random.Random(seed)
    mentors = [
        MentorFacts(
            key=i,
            topics=frozenset(rng.sample(range(12), rng.randint(2, 4))),
            languages=frozenset(rng.sample(LANGUAGES, rng.randint(1, 3)) + ["en"] * (i % 2)),
            region=rng.choice(REGIONS),
            years=rng.randint(5, 35),
            capacity=rng.randint(1, 3),
            active=0,
        )
        for i in range(n)
    ]
    mentees = [
        MenteeFacts(
            key=100_000 + i,
            topics=frozenset(rng.sample(range(12), rng.randint(1, 3))),
            languages=frozenset(rng.sample(LANGUAGES, rng.randint(1, 2))),
            region=rng.choice(REGIONS),
        )
        for i in range(n)
    ]
    return mentees, mentors


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    mentees, mentors = build(n)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        result = assign(mentees, mentors, "same")
        timings.append(time.perf_counter() - start)
    matched = [r for r in result if r[1] is not None]
    start = time.perf_counter()
    score_matrix(mentees, mentors, "same")
    scoring = time.perf_counter() - start
    seats = sum(m.free for m in mentors)
    print(f"{n} mentees × {n} mentors ({seats} free seats)")
    print(f"scoring only: {scoring:.2f} s")
    print(f"scoring + optimal assignment: median {statistics.median(timings):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in timings)})")
    print(f"matched {len(matched)} mentees, total score {sum(r[2] for r in matched):.1f}, "
          f"mean {statistics.mean(r[2] for r in matched):.1f}")


if __name__ == "__main__":
    main()
