"""Human review of classified responses through the shared coding round-trip.

A stratified sample (by model, group and automatic label) is registered as `response` units
with the rule classifier's labels as the automatic coder's suggestions, then exported as a
coding workbook; imported human codes give agreement (automatic vs people) and can replace
the automatic labels in the tables (classifier "human").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from citeaudit import coding
from citeaudit.errors import CiteauditError
from citeaudit.model_eval.analysis import DEFAULT_CLASSIFIER, responses_frame
from citeaudit.store import Store

UNIT_TYPE = "response"
CODEBOOK = "response_taxonomy"
DIMENSION = "label"
HUMAN_CLASSIFIER = "human"


@dataclass
class ReviewExport:
    path: Path
    units: int


def sample_for_review(frame: pd.DataFrame, size: int, seed: int = 0) -> pd.DataFrame:
    """About `size` responses, spread evenly over (model, group, label) cells."""
    if frame.empty:
        return frame
    cells = frame.fillna({"group": ""}).groupby(["model", "group", "label"], sort=True)
    per_cell = max(1, size // max(1, cells.ngroups))
    picked = cells.apply(lambda part: part.sample(min(len(part), per_cell), random_state=seed),
                         include_groups=False)
    picked = frame.loc[picked.index.get_level_values(-1)]
    if len(picked) > size:
        picked = picked.sample(size, random_state=seed)
    return picked.sort_values(["model", "prompt_id", "sample_index"])


def export_review(store: Store, path: Path, coder: str, size: int = 200, seed: int = 0,
                  classifier: str = DEFAULT_CLASSIFIER) -> ReviewExport:
    """Register a sample as coding units with automatic suggestions; write the coder's file."""
    book = coding.load_codebook(CODEBOOK)
    frame = responses_frame(store, classifier)
    if frame.empty:
        raise CiteauditError("nothing to review: run `citeaudit eval classify` first")
    sample = sample_for_review(frame, size, seed)
    units = [
        coding.Unit(row.gen_key, position=i, display={
            "model": row.model, "group": row.group or "", "prompt safety":
            {True: "unsafe", False: "safe"}.get(row.unsafe, "unknown"),
            "prompt": row.prompt, "response": row.response})
        for i, row in enumerate(sample.itertuples(), start=1)
    ]
    with store.transaction():
        coding.register_units(store, UNIT_TYPE, units)
        coding.store_auto_codes(store, book, [
            coding.Suggestion(row.gen_key, DIMENSION, [row.label])
            for row in sample.itertuples()], unit_type=UNIT_TYPE)
    export = coding.export_xlsx if path.suffix.lower() == ".xlsx" else coding.export_csv
    export(store, book, coder, path, unit_type=UNIT_TYPE,
           unit_ids=[u.unit_id for u in units])
    return ReviewExport(path, len(units))


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
    return store.save_eval_labels(HUMAN_CLASSIFIER, pairs)


def review_agreement(store: Store) -> pd.DataFrame:
    """Agreement between people, and between the automatic classifier and people."""
    book = coding.load_codebook(CODEBOOK)
    return pd.DataFrame(coding.agreement(store, book, unit_type=UNIT_TYPE).rows())
