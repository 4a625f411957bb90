"""What every part of the store shares: timestamps, JSON columns, and the `Part` base class."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citeaudit.store.base import Store


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None, default: Any = None) -> Any:
    return default if text is None else json.loads(text)


class Part:
    """One domain of an open store (`store.literature`, `store.audit`, ...): its queries run
    through the store's connection, lock and transactions, so they nest with the others."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.transaction = store.transaction
        self.query = store.query
        self.scalar = store.scalar
        self.query_in = store.query_in
