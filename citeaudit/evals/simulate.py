"""Simulated evaluation data with the shape of a real suite, for checking that the disparity
tests hold their size and have power (tests/test_disparity_simulation.py,
benchmarks/disparity_size_power.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd

GROUPS = 18
TEMPLATES = 25
PER_GROUP = (75, 150)  # responses per group, drawn uniformly in this range
BASE_RATE = 0.10  # the median template's rate; templates spread around it
TEMPLATE_SPREAD = 1.0  # standard deviation of the templates' rates on the logit scale
# `eval disparity --by intersection` on the names suite: 11 groups x 2 genders over its 48
# templates, with fewer responses per cell (a --limit run, or a few names per cell).
INTERSECTION_SHAPE = {"groups": 22, "templates": 48, "per_group": (20, 40)}


def simulated_suite(rng: np.random.Generator, groups: int = GROUPS,
                    templates: int = TEMPLATES, per_group: tuple[int, int] = PER_GROUP,
                    base_rate: float = BASE_RATE, spread: float = TEMPLATE_SPREAD,
                    planted: float = 0.0) -> pd.DataFrame:
    """One dataset: each group's prompts spread at random over templates whose refusal rates
    differ (logit-normal around `base_rate`); no group effect, except that the first group's
    rate is raised by `planted` (absolute, capped at 1) in every template."""
    logit = np.log(base_rate / (1 - base_rate)) + rng.normal(0, spread, templates)
    template_rate = 1 / (1 + np.exp(-logit))
    rows = []
    for g in range(groups):
        n = int(rng.integers(per_group[0], per_group[1] + 1))
        template = rng.integers(0, templates, n)
        rate = np.minimum(template_rate[template] + (planted if g == 0 else 0.0), 1.0)
        rows.append(pd.DataFrame({"group": f"g{g:02d}", "template_id": template.astype(str),
                                  "refused": (rng.random(n) < rate).astype(int)}))
    return pd.concat(rows, ignore_index=True)
