"""What an automatic coder read for a unit: a fingerprint stored as the unit's `_inputs` note
with its codes, so a rerun codes again only units whose fingerprint changed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from citeaudit.coding.codebook import Codebook
from citeaudit.store import Store, loads

INPUTS_DIMENSION = "_inputs"  # what a coder read for a unit, so unchanged units are skipped


def inputs_fingerprint(setup: Iterable[str], *inputs: Any) -> str:
    """A digest of what a coder read or was asked for one unit: `setup` names the coder's
    settings (codebook name and version, coder or prompt version, model), `inputs` what it
    read (compared by repr). A coder stores it as the unit's `_inputs` note with its codes
    (`fingerprint_row`) and recodes a unit only when the digest changes."""
    digest = hashlib.sha256("\0".join(setup).encode())
    for part in inputs:
        digest.update(repr(part).encode())
    return digest.hexdigest()


def stored_fingerprints(store: Store, codebook: Codebook, coder: str) -> dict[str, str]:
    """{unit_id: fingerprint} of the inputs a coder's current codes were made from."""
    return {r["unit_id"]: loads(r["value_json"])
            for r in store.coding.list_codes(codebook.name, codebook.version, codebook.unit_type,
                                             coder) if r["dimension"] == INPUTS_DIMENSION}


def fingerprint_row(codebook: Codebook, unit_id: str, coder: str,
                    fingerprint: str) -> dict[str, Any]:
    """The `_inputs` note recording what `coder`'s codes for a unit were made from."""
    return {"unit_type": codebook.unit_type, "unit_id": unit_id, "codebook": codebook.name,
            "codebook_version": codebook.version, "dimension": INPUTS_DIMENSION,
            "coder": coder, "value": fingerprint}
