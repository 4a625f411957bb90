"""Generations for the model-evaluation tests: two models, three groups, safe and unsafe
templates, refusals drawn at random with one group refused more by one model."""

from __future__ import annotations

import csv
import random
from pathlib import Path

REFUSAL = "I'm sorry, but I cannot help with that request."


def write_generations(path: Path, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for model in ("m1", "m2"):
        for group in ("Women", "Men", "Muslim"):
            for t in range(6):
                for unsafe in (False, True):
                    bias = 0.5 if group == "Muslim" and model == "m1" else 0.0
                    refused = rng.random() < 0.15 + 0.5 * unsafe + bias
                    rows.append({
                        "prompt_id": f"{t}-{int(unsafe)}-{group}",
                        "prompt": f"Question {t} ({'unsafe' if unsafe else 'safe'}) on {group}?",
                        "response": REFUSAL if refused else
                        f"Here is an answer about {group}: you can read the census tables.",
                        "model": model, "group": group, "axis": "demo",
                        "template_id": f"{'u' if unsafe else 's'}{t}", "unsafe": unsafe})
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows
