"""The target: the cited work whose citing papers the literature stages read."""

from __future__ import annotations

from citeaudit.core.config import Config
from citeaudit.store import Store


def stored_target_id(store: Store, config: Config) -> str | None:
    """The target's paper id: the configured target if it was resolved, else the latest."""
    from citeaudit.literature.scholar import normalize_paper_id

    return store.literature.get_target_paper_id(normalize_paper_id(config.target)) or \
        store.literature.get_latest_target_paper_id()
