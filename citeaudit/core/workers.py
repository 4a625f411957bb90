"""Worker processes for work that splits into independent pieces (the audit's chunks of lines,
the classifier's chunks of responses): how many, and whether they can be forked."""

from __future__ import annotations

import multiprocessing
import os


def default_workers() -> int:
    """Worker processes for the per-record work: the CPUs there are, at most 8."""
    return max(1, min(8, os.cpu_count() or 1))


def can_fork() -> bool:
    """Whether worker processes can be forked (they inherit compiled patterns and state
    instead of rebuilding them); where not, the work runs in this process."""
    return "fork" in multiprocessing.get_all_start_methods()
