"""Human review of classified responses through the shared coding round-trip.

A stratified sample (by model, group and automatic label, as even as the cells allow) is
registered as `response` units with the rule classifier's labels as the automatic coder's
suggestions, then exported as a coding workbook; imported human codes give agreement
(automatic vs people) and can replace the automatic labels in the tables (classifier "human").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from citeaudit import coding
from citeaudit.core.errors import CiteauditError, InputError
from citeaudit.evals.analysis import DEFAULT_CLASSIFIER, responses_frame
from citeaudit.store import Store

UNIT_TYPE = "response"
CODEBOOK = "response_taxonomy"
DIMENSION = "label"
HUMAN_CLASSIFIER = "human"
IMPORT_COMMAND = "citeaudit eval review import"


@dataclass
class ReviewExport:
    path: Path
    units: int  # responses written
    requested: int = 0  # the size asked for
    labelled: int = 0  # responses with a label from the classifier: the most there can be
    unlabelled: int = 0  # generations without one (not classified yet, or left unlabelled)
    classifier: str = DEFAULT_CLASSIFIER

    def shortfall(self) -> str | None:
        """Why fewer responses were written than asked for; None when none were missing."""
        if self.units >= self.requested:
            return None
        why = (f"{self.units} of {self.requested} asked: only {self.labelled} responses are "
               f"labelled by {self.classifier!r}")
        if self.unlabelled:
            hint = ("run `citeaudit eval classify --judge openai` (or `--retry-unlabelled`)"
                    if self.classifier.startswith("judge:") else "run `citeaudit eval classify`")
            why += (f"; {self.unlabelled} generation{'s' if self.unlabelled != 1 else ''} "
                    f"{'have' if self.unlabelled != 1 else 'has'} no label yet: {hint} "
                    "to include them")
        return why


def cell_quotas(cell_sizes: list[int], size: int, seed: int = 0) -> list[int]:
    """How many to draw from each cell: as even as the cells allow, a small cell's unused
    share going to the others, `min(size, sum(cell_sizes))` in all. Which of equal cells get
    the one extra left by an uneven division depends on the seed."""
    order = sorted(np.random.default_rng(seed).permutation(len(cell_sizes)),
                   key=lambda i: cell_sizes[i])  # stable sort: the shuffle breaks ties
    quotas = [0] * len(cell_sizes)
    left = max(0, size)
    for position, i in enumerate(order):
        quotas[i] = min(cell_sizes[i], left // (len(order) - position))
        left -= quotas[i]
    return quotas


def sample_for_review(frame: pd.DataFrame, size: int, seed: int = 0) -> pd.DataFrame:
    """`size` responses (all of them when fewer), spread as evenly as possible over
    (model, group, label) cells."""
    if frame.empty:
        return frame
    cells = list(frame.fillna({"group": ""}).groupby(["model", "group", "label"], sort=True))
    quotas = cell_quotas([len(part) for _, part in cells], size, seed)
    picked = [part.sample(quota, random_state=seed)
              for (_, part), quota in zip(cells, quotas, strict=True) if quota]
    return frame.loc[pd.concat(picked).index].sort_values(
        ["model", "prompt_id", "sample_index"])


def export_review(store: Store, path: Path, coder: str, size: int = 200, seed: int = 0,
                  classifier: str = DEFAULT_CLASSIFIER, overwrite: bool = False
                  ) -> ReviewExport:
    """Register a sample as coding units with automatic suggestions; write the coder's file
    (one already at `path` is replaced as by `coding.export_xlsx`). The result says how many
    responses were written and, when fewer than `size`, why."""
    if size < 1:
        raise InputError(f"the review sample needs a size of 1 or more, not {size}")
    book = coding.load_codebook(CODEBOOK)
    frame = responses_frame(store, classifier)
    if frame.empty:
        raise CiteauditError("nothing to review: run `citeaudit eval classify` first")
    if not overwrite:  # before the sample is stored
        coding.check_export_target(store, path, import_command=IMPORT_COMMAND)
    sample = sample_for_review(frame, size, seed)
    units = [
        coding.Unit(row.gen_key, position=i, display={
            "conversation": f"Human: {row.prompt}\nAssistant: {row.response}",
            "model": row.model, "group": row.group or "", "prompt safety":
            {True: "unsafe", False: "safe"}.get(row.unsafe, "unknown")},
            evidence=[{"evidence_id": "prompt", "role": "Human", "text": row.prompt},
                      {"evidence_id": "response", "role": "Assistant", "text": row.response}])
        for i, row in enumerate(sample.itertuples(), start=1)
    ]
    with store.transaction():
        coding.register_units(store, UNIT_TYPE, units)
        coding.store_auto_codes(store, book, [
            coding.Suggestion(row.gen_key, DIMENSION, [row.label])
            for row in sample.itertuples()], unit_type=UNIT_TYPE)
    export = coding.export_xlsx if path.suffix.lower() == ".xlsx" else coding.export_csv
    export(store, book, coder, path, unit_type=UNIT_TYPE,
           unit_ids=[u.unit_id for u in units], overwrite=overwrite,
           import_command=IMPORT_COMMAND)
    return ReviewExport(path, len(units), size, len(frame),
                        store.evals.count_unlabelled(classifier), classifier)


def import_review(store: Store, path: Path) -> coding.ImportReport:
    """Read a reviewed file back (validated by the coding module; nothing stored on error)
    and copy the final human codes into the eval labels as classifier 'human'."""
    report = coding.import_file(store, path)
    sync_human_labels(store)
    return report


def sync_human_labels(store: Store) -> int:
    book = coding.load_codebook(CODEBOOK)
    final = coding.final_codes(store, book, unit_type=UNIT_TYPE)
    pairs = [(unit_id, codes[DIMENSION][0]) for unit_id, codes in final.items()
             if codes.get(DIMENSION)]
    return store.evals.upsert_labels(HUMAN_CLASSIFIER, pairs)


def review_agreement(store: Store) -> pd.DataFrame:
    """Agreement between people, and between the automatic classifier and people."""
    book = coding.load_codebook(CODEBOOK)
    return pd.DataFrame(coding.agreement(store, book, unit_type=UNIT_TYPE).rows())
