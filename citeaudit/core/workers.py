"""Worker processes for work that splits into independent pieces (the audit's chunks of lines,
the classifier's chunks of responses): how many, whether they can be forked, and one ordered,
bounded map over forked workers that fails loudly when a worker dies."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from citeaudit.core.errors import CiteauditError

Item = TypeVar("Item")
Result = TypeVar("Result")


class WorkerDied(CiteauditError):
    """A worker process ended abruptly (killed, or out of memory); its work is lost."""


def default_workers() -> int:
    """Worker processes for the per-record work: the CPUs there are, at most 8."""
    return max(1, min(8, os.cpu_count() or 1))


def can_fork() -> bool:
    """Whether worker processes can be forked (they inherit compiled patterns and state
    instead of rebuilding them); where not, the work runs in this process."""
    return "fork" in multiprocessing.get_all_start_methods()


def fork_map(func: Callable[[Item], Result], items: Iterable[Item], workers: int,
             in_flight: int | None = None) -> Iterator[Result]:
    """`func` of each item, computed by `workers` forked processes, in the items' order. At most
    `in_flight` items (default 2 x workers) are handed out at a time, so memory stays bounded
    however many items there are. Workers are forked at the first item, so they see what the
    caller set up before it. A worker that dies raises `WorkerDied` instead of leaving the
    caller waiting for its result forever; closing the iterator early stops the rest."""
    limit = max(1, in_flight or 2 * workers)
    pending: deque[Future] = deque()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        try:
            for item in items:
                pending.append(pool.submit(func, item))
                if len(pending) >= limit:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool as exc:
            raise WorkerDied("a worker process ended abruptly (killed, or out of memory?); the "
                             "work was stopped: run the command again") from exc
        finally:
            for future in pending:
                future.cancel()
