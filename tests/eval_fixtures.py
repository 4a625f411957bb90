"""Generations for the model-evaluation tests: two models, three groups, safe and unsafe
templates, refusals drawn at random with one group refused more by one model; and a fake
server's answers to the names suite that refuse women's names more often."""

from __future__ import annotations

import csv
import functools
import random
import re
import zlib
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


@functools.cache
def _gender_of_name() -> dict[str, str]:
    from citeaudit.evals.suites import load_name_lists

    return {name: names.gender for names in load_name_lists() for name in names.names}


def refuse_women_more(body: dict) -> str:
    """A FakeOpenAI answer to a names-suite request: refuses about 40% of requests naming a
    woman and 5% naming a man, fixed per prompt."""
    prompt = body["messages"][-1]["content"]
    gender = next(gender for name, gender in _gender_of_name().items()
                  if re.search(rf"\b{re.escape(name)}\b", prompt))
    if zlib.crc32(prompt.encode()) % 100 < (40 if gender == "female" else 5):
        return REFUSAL
    return "Here are a few ideas you could try."
