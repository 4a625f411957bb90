"""fork_map: results in order from forked workers, memory bounded, and a dead worker is an
error instead of a wait that never ends."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator

import pytest

from citeaudit.core.workers import WorkerDied, default_workers, fork_map


def _square_slowly(x: int) -> tuple[int, int]:
    time.sleep(max(0, 8 - x) * 0.01)  # the first items finish last
    return x * x, os.getpid()


def _die_at_five(x: int) -> int:
    if x == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def _drawn_from(n: int) -> tuple[list[int], Iterator[int]]:
    """The items 0..n-1 as an iterator, and the list of those it has handed out so far."""
    drawn: list[int] = []

    def items() -> Iterator[int]:
        for x in range(n):
            drawn.append(x)
            yield x

    return drawn, items()


def test_results_come_in_item_order_from_several_processes_drawing_items_lazily():
    drawn, items = _drawn_from(40)
    results = fork_map(_square_slowly, items, workers=2, in_flight=3)
    first = next(results)
    assert len(drawn) == 3  # only `in_flight` items handed out before the first result
    rest = list(results)
    assert [square for square, _ in [first, *rest]] == [x * x for x in range(40)]
    assert len({pid for _, pid in [first, *rest]} - {os.getpid()}) == 2
    assert multiprocessing.active_children() == []


def test_in_flight_defaults_to_twice_the_workers():
    drawn, items = _drawn_from(20)
    results = fork_map(_square_slowly, items, workers=2)
    next(results)
    assert len(drawn) == 4
    results.close()
    assert multiprocessing.active_children() == []  # closing early shuts the workers down


def test_one_worker_and_one_item_in_flight():
    drawn, items = _drawn_from(6)
    results = fork_map(_square_slowly, items, workers=1, in_flight=1)
    first = next(results)
    assert len(drawn) == 1
    assert len(multiprocessing.active_children()) == 1  # one process, not one per CPU
    rest = list(results)
    assert [square for square, _ in [first, *rest]] == [0, 1, 4, 9, 16, 25]
    assert first[1] != os.getpid()


def test_the_default_is_one_worker_per_cpu_at_most_eight():
    assert default_workers() == min(8, os.cpu_count() or 1) >= 1


def test_a_worker_that_dies_is_an_error_not_an_endless_wait():
    started = time.monotonic()
    with pytest.raises(WorkerDied) as raised:
        list(fork_map(_die_at_five, range(20), workers=2))
    assert str(raised.value) == ("a worker process ended abruptly (killed, or out of memory?); "
                                 "the work was stopped: run the command again")
    assert time.monotonic() - started < 60
    assert multiprocessing.active_children() == []
