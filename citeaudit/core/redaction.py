"""Keep API keys out of everything citeaudit stores, logs or prints.

A server may echo the request's headers (a debugging proxy, a misconfigured gateway) in an
answer or an error; whatever text comes back from a server passes through `redact` with the
keys that were sent before it is kept, logged or put into an exception message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

REDACTED = "[redacted]"
# A bearer token of any origin (another key, a proxy's token). Case-sensitive and 8+ token
# characters, so prose such as "the bearer of bad news" is left alone.
_BEARER_TOKEN = re.compile(r"\bBearer\s+[A-Za-z0-9._~+/=-]{8,}")
# Shorter values are left alone: replacing them would mangle ordinary text.
MIN_SECRET_LENGTH = 6


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with each secret's value and any `Bearer` token replaced by [redacted]."""
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET_LENGTH:
            text = text.replace(secret, REDACTED)
    return _BEARER_TOKEN.sub(f"Bearer {REDACTED}", text)


def redacted_json(text: str, secrets: Iterable[str | None] = ()) -> Any:
    """A server's JSON answer parsed after redaction (the replacement holds no character JSON
    escapes, so a secret inside a string leaves valid JSON). Raises ValueError if not JSON."""
    return json.loads(redact(text, secrets))
