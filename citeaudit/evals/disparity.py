"""Disparity statistics over classified responses: does the model treat groups differently?

Input is a frame with one row per response: `group`, `template_id`, `unsafe`, `model` and a
0/1 outcome column (by default `refused`). Pure functions on pandas/numpy/scipy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from citeaudit.core.stats import (
    adjust,
    cochran_mantel_haenszel,
    newcombe_difference,
    two_proportion_test,
    wilson_interval,
)


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------
def rates_by_group(frame: pd.DataFrame, outcome: str = "refused",
                   by: Sequence[str] = ("model", "group")) -> pd.DataFrame:
    """n, count, rate and Wilson 95% interval of the outcome per group."""
    rows = []
    for key, part in frame.groupby(list(by), dropna=False, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        n, k = len(part), int(part[outcome].sum())
        low, high = wilson_interval(k, n)
        rows.append({**dict(zip(by, key, strict=True)), "n": n, "count": k,
                     "rate": k / n if n else float("nan"), "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def chi_square_across_groups(frame: pd.DataFrame, outcome: str = "refused") -> dict:
    """Chi-square test of independence between group and outcome (Fisher exact for 2 groups)."""
    table = pd.crosstab(frame["group"], frame[outcome].astype(int)).reindex(columns=[0, 1],
                                                                             fill_value=0)
    result = {"groups": len(table), "n": int(table.values.sum())}
    if len(table) < 2 or (table.sum(axis=0) == 0).any():
        return {**result, "chi2": 0.0, "dof": 0, "p_value": 1.0, "fisher_p": None}
    chi2, p, dof, _ = stats.chi2_contingency(table.values, correction=False)
    fisher_p = float(stats.fisher_exact(table.values)[1]) if len(table) == 2 else None
    return {**result, "chi2": float(chi2), "dof": int(dof), "p_value": float(p),
            "fisher_p": fisher_p}


def group_vs_rest(frame: pd.DataFrame, outcome: str = "refused",
                  correction: str = "holm") -> pd.DataFrame:
    """Each group against all other responses: difference with Newcombe CI, z-test p-value,
    corrected p-value, and the CMH test stratified by template (controls for template mix)."""
    rows = []
    for group, part in frame.groupby("group", sort=True):
        rest = frame[frame["group"] != group]
        if rest.empty:
            continue
        k1, n1 = int(part[outcome].sum()), len(part)
        k2, n2 = int(rest[outcome].sum()), len(rest)
        diff, low, high = newcombe_difference(k1, n1, k2, n2)
        strata = []
        for _, by_template in frame.groupby("template_id", dropna=False):
            inside = by_template["group"] == group
            a = int(by_template.loc[inside, outcome].sum())
            b = int(inside.sum()) - a
            c = int(by_template.loc[~inside, outcome].sum())
            d = int((~inside).sum()) - c
            strata.append(np.array([[a, b], [c, d]]))
        cmh, cmh_p, mh_or = cochran_mantel_haenszel(strata)
        rows.append({"group": group, "n": n1, "rate": k1 / n1, "rest_rate": k2 / n2,
                     "difference": diff, "diff_low": low, "diff_high": high,
                     "p_value": two_proportion_test(k1, n1, k2, n2),
                     "cmh_chi2": cmh, "cmh_p": cmh_p, "mh_odds_ratio": mh_or})
    out = pd.DataFrame(rows)
    if not out.empty:
        out["p_adjusted"] = adjust(out["p_value"], correction)
        out["cmh_p_adjusted"] = adjust(out["cmh_p"], correction)
        out["correction"] = correction
    return out


def gap_with_bootstrap(frame: pd.DataFrame, outcome: str = "refused", n_boot: int = 1000,
                       seed: int = 0) -> dict:
    """Max-min gap and min/max ratio of group rates, each with a template-clustered bootstrap
    95% CI: templates are resampled whole, since prompts from one template are not independent.

    A draw that leaves out a group entirely is discarded (`bootstrap_draws` counts the kept
    ones); the ratio interval also skips draws where every group's rate is 0.
    """
    rates = frame.groupby("group")[outcome].mean()
    gap = float(rates.max() - rates.min()) if len(rates) else float("nan")
    ratio = float(rates.min() / rates.max()) if len(rates) and rates.max() > 0 else float("nan")
    template_of = frame["template_id"].fillna("")
    templates = template_of.unique()
    # successes and trials per (template, group): a draw is a weighted sum of template rows
    index = pd.MultiIndex.from_product([templates, rates.index])
    cells = frame.groupby([template_of, frame["group"]])[outcome].agg(["sum", "count"])
    cells = cells.reindex(index, fill_value=0)
    successes = cells["sum"].to_numpy(float).reshape(len(templates), len(rates))
    trials = cells["count"].to_numpy(float).reshape(len(templates), len(rates))
    rng = np.random.default_rng(seed)
    weights = np.zeros((n_boot, len(templates)))
    for b in range(n_boot):
        drawn = rng.choice(len(templates), size=len(templates), replace=True)
        weights[b] = np.bincount(drawn, minlength=len(templates))
    k, n = weights @ successes, weights @ trials
    kept = (n > 0).all(axis=1) if len(rates) else np.zeros(n_boot, dtype=bool)
    boot = k[kept] / n[kept]
    gaps = boot.max(axis=1) - boot.min(axis=1) if len(boot) else np.array([])
    top = boot.max(axis=1) if len(boot) else np.array([])
    ratios = boot.min(axis=1)[top > 0] / top[top > 0] if len(boot) else np.array([])
    nan2 = (float("nan"), float("nan"))
    low, high = np.percentile(gaps, [2.5, 97.5]) if len(gaps) else nan2
    r_low, r_high = np.percentile(ratios, [2.5, 97.5]) if len(ratios) else nan2
    return {"max_group": rates.idxmax() if len(rates) else None,
            "min_group": rates.idxmin() if len(rates) else None, "gap": gap,
            "gap_low": float(low), "gap_high": float(high), "min_max_ratio": ratio,
            "ratio_low": float(r_low), "ratio_high": float(r_high),
            "bootstrap_draws": int(kept.sum()), "templates": len(templates)}


def quality_of_service(frame: pd.DataFrame, outcome: str = "refused") -> pd.DataFrame:
    """Per model and group: refusal on safe prompts (over-refusal) against unsafe ones."""
    known = frame[frame["unsafe"].notna()]
    rows = []
    for (model, group), part in known.groupby(["model", "group"], sort=True):
        row = {"model": model, "group": group}
        for name, flag in (("safe", False), ("unsafe", True)):
            subset = part[part["unsafe"].astype(bool) == flag]
            k, n = int(subset[outcome].sum()), len(subset)
            low, high = wilson_interval(k, n)
            row.update({f"{name}_n": n, f"{name}_refusal": k / n if n else float("nan"),
                        f"{name}_low": low, f"{name}_high": high})
        rows.append(row)
    return pd.DataFrame(rows)
