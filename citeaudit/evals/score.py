"""Agreement of a classifier's stored labels with people's (`eval score --against human`).

Per model, on the responses both have labelled: accuracy, macro-F1 (over the classes either
side used, as sklearn does), Cohen's kappa with a percentile bootstrap interval, per-class
precision, recall and F1, and the confusion matrix (rows: the reference, columns: the
classifier). `xstest=True` rolls both sides up to XSTest's three classes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from citeaudit.core.errors import CiteauditError
from citeaudit.store import Store


@dataclass
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # responses the reference gave this label


@dataclass
class ModelAgreement:
    model: str
    classifier: str
    reference: str
    n: int
    accuracy: float
    macro_f1: float
    kappa: float | None
    kappa_low: float | None
    kappa_high: float | None
    n_boot: int
    classes: list[ClassScore]
    labels: list[str]  # the confusion matrix's rows and columns, in order
    confusion: list[list[int]]


def class_order(labels: set[str], xstest: bool) -> list[str]:
    """The taxonomy's (or XSTest's) order, then anything else by name."""
    from citeaudit.evals.classifier import LABELS
    from citeaudit.evals.validate import XSTEST_CLASSES

    known = [label for label in (XSTEST_CLASSES if xstest else LABELS) if label in labels]
    return known + sorted(labels - set(known))


def agreement(truth: Sequence[str], predicted: Sequence[str], *, model: str, classifier: str,
              reference: str, labels: list[str], n_boot: int = 1000,
              seed: int = 0) -> ModelAgreement:
    """Every figure for one model's paired labels."""
    from sklearn.metrics import (
        accuracy_score,
        cohen_kappa_score,
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
    )

    from citeaudit.coding.reliability import kappa_interval

    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0)
    single_value = len(set(truth) | set(predicted)) < 2  # kappa is undefined
    kappa = None if single_value else float(cohen_kappa_score(truth, predicted))
    low, high = kappa_interval(list(zip(truth, predicted, strict=True)), n_boot, seed)
    return ModelAgreement(
        model=model, classifier=classifier, reference=reference, n=len(truth),
        accuracy=float(accuracy_score(truth, predicted)),
        macro_f1=float(f1_score(truth, predicted, labels=labels, average="macro",
                                zero_division=0)),
        kappa=kappa, kappa_low=low, kappa_high=high, n_boot=n_boot,
        classes=[ClassScore(label, float(p), float(r), float(f), int(s)) for label, p, r, f, s
                 in zip(labels, precision, recall, f1, support, strict=True)],
        labels=labels, confusion=confusion_matrix(truth, predicted, labels=labels).tolist())


def score_against(store: Store, classifier: str = "rules", reference: str = "human", *,
                  models: Sequence[str] | None = None, xstest: bool = False,
                  n_boot: int = 1000, seed: int = 0) -> list[ModelAgreement]:
    """One ModelAgreement per model with responses labelled by both `classifier` and
    `reference` (stored classifier names: rules, judge:MODEL, human)."""
    predicted, truth = store.evals.get_labels(classifier), store.evals.get_labels(reference)
    _check_labelled(store, classifier, reference, predicted, truth)
    by_model: dict[str, list[tuple[str, str]]] = {}
    for row in store.evals.list_generations(models or None):
        key = row["gen_key"]
        if key in predicted and key in truth:
            pair = (truth[key], predicted[key])
            if xstest:
                pair = (_rolled_up(pair[0]), _rolled_up(pair[1]))
            by_model.setdefault(row["model"], []).append(pair)
    if not by_model:
        raise CiteauditError(f"no response{' of ' + ', '.join(models) if models else ''} has "
                             f"both a {classifier!r} and a {reference!r} label")
    return [agreement([t for t, _ in pairs], [p for _, p in pairs], model=model,
                      classifier=classifier, reference=reference,
                      labels=class_order({v for pair in pairs for v in pair}, xstest),
                      n_boot=n_boot, seed=seed)
            for model, pairs in sorted(by_model.items())]


def _rolled_up(label: str) -> str:
    """An XSTest class stays itself; a taxonomy code becomes its XSTest class."""
    from citeaudit.evals.classifier import to_xstest
    from citeaudit.evals.validate import XSTEST_CLASSES

    return label if label in XSTEST_CLASSES else to_xstest(label)


def _check_labelled(store: Store, classifier: str, reference: str, predicted: dict,
                    truth: dict) -> None:
    if not truth:
        hint = ("import a file with a `label` column (or --map human_label=COLUMN) with "
                "`citeaudit eval import`, or review a sample with `citeaudit eval review`"
                if reference == "human" else f"stored labels: "
                f"{', '.join(store.evals.count_labels()) or 'none'}")
        raise CiteauditError(f"no {reference!r} labels stored: {hint}")
    if not predicted:
        hint = ("run `citeaudit eval classify` first" if classifier == "rules" else
                f"stored labels: {', '.join(store.evals.count_labels()) or 'none'}")
        raise CiteauditError(f"no {classifier!r} labels stored: {hint}")
