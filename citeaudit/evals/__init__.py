"""Model evaluation: prompt suites, backends, response classifier, disparity statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citeaudit.report.data import ExternalSection
    from citeaudit.store import Store


def report_section(store: Store, paper_ids: Any = None) -> ExternalSection | None:
    """The report's model-evaluation section (None when no classified generations are
    stored); imported lazily so `import citeaudit.evals` stays light."""
    from citeaudit.evals.report import report_section as build

    return build(store, paper_ids)
