"""The corpus store: one SQLite file, a versioned schema per component, and every SQL statement.

    with Store("cache/store.sqlite") as store:
        store.literature.get_paper(paper_id)
        store.audit.list_topics(run_id)

`Store` (base.py) opens, migrates, runs transactions and claims; one part per domain holds that
domain's queries with the same verbs throughout: get (one row, or rows keyed by id), list
(rows in order), count, insert, upsert (insert or replace), update (columns of existing rows),
delete. Each component's migrations are in migrations.py.
"""

from citeaudit.store.base import Claim, Store, claimed
from citeaudit.store.common import dumps, loads, utc_now
from citeaudit.store.literature import Selection
from citeaudit.store.migrations import MIGRATIONS

__all__ = ["MIGRATIONS", "Claim", "Selection", "Store", "claimed", "dumps", "loads", "utc_now"]
