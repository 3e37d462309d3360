"""Race two transactions deterministically on PostgreSQL (tests marked ``postgres``).

``hold_then_race(first, second)`` runs ``first`` in a transaction that stays open, starts
``second`` in another connection while it is open, checks whether ``second`` waits for
``first``'s row locks, then commits ``first`` and lets ``second`` finish. Without a lock the
second transaction reads the state before the first commits, which is the race a double
click or a concurrent admin action makes; with the lock it reads the settled state."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from django.db import connection, transaction


@dataclass
class Outcome:
    value: object = None
    error: BaseException | None = None
    finished: threading.Event = field(default_factory=threading.Event)


def _run(fn, outcome: Outcome, *, hold: threading.Event | None = None, held=None) -> None:
    try:
        with transaction.atomic():
            outcome.value = fn()
            if held is not None:
                held.set()
                hold.wait(timeout=10)
    except BaseException as error:  # noqa: BLE001 - handed to the test
        outcome.error = error
        if held is not None:
            held.set()
    finally:
        outcome.finished.set()
        connection.close()


def hold_then_race(first, second, *, wait: float = 0.5) -> tuple[Outcome, Outcome, bool]:
    """Return both outcomes and whether ``second`` was still waiting while ``first`` held
    its transaction open."""
    one, two = Outcome(), Outcome()
    release, held = threading.Event(), threading.Event()
    first_thread = threading.Thread(target=_run, args=(first, one), kwargs={"hold": release, "held": held})
    first_thread.start()
    held.wait(timeout=10)
    second_thread = threading.Thread(target=_run, args=(second, two))
    second_thread.start()
    waited = not two.finished.wait(timeout=wait)
    release.set()
    first_thread.join(timeout=20)
    second_thread.join(timeout=20)
    return one, two, waited
