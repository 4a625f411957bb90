"""Semantic Scholar Graph API through the `semanticscholar` client, made polite and resumable.

The client's own requester opens a connection per call, retries only 429 (without
reading Retry-After) and turns 502/503 into silent empty results. We plug in
`PoliteRequester`, which keeps one connection, throttles, retries 429/5xx/timeouts
with bounded backoff that honours Retry-After, and fails loudly with a clear message.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import httpx
from semanticscholar import SemanticScholar
from semanticscholar.ApiRequester import ApiRequester

from citeaudit.core.config import Config
from citeaudit.core.errors import S2Error, S2NotFound, S2ResponseTooLarge, S2Unavailable
from citeaudit.core.redaction import redact, redacted_json

log = logging.getLogger(__name__)

PAPER_FIELDS = [
    "paperId", "corpusId", "externalIds", "title", "year", "publicationDate", "venue",
    "authors", "citationCount", "influentialCitationCount", "openAccessPdf",
    "publicationTypes", "fieldsOfStudy",
]
CITATION_FIELDS = ["contexts", "intents", "isInfluential"] + PAPER_FIELDS
DETAIL_FIELDS = PAPER_FIELDS + [
    "abstract", "journal", "referenceCount",
    "references.paperId", "references.title", "references.externalIds", "references.year",
]
S2_RESULT_CAP = 10_000
BATCH_SIZE = 500
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass
class RequestStats:
    """What went over the wire; the benchmark and tests read it."""

    requests: int = 0
    retries: int = 0
    waited_s: float = 0.0
    statuses: list[int] = field(default_factory=list)


# A connection that cannot be made (offline, wrong host, nothing listening) is tried this many
# more times, not s2_max_retries: a blip recovers in seconds, and offline the full backoff would
# keep the user waiting minutes for the same answer.
CONNECT_RETRIES = 2


class PoliteRequester(ApiRequester):
    """The `semanticscholar` client's requester with throttling, backoff and loud errors."""

    def __init__(self, config: Config, sleep: Callable[[float], None] = time.sleep):
        super().__init__(config.s2_timeout_s, retry=True)
        self.config = config
        self.stats = RequestStats()
        self._sleep = sleep
        self._last_request_at = 0.0
        self._http = httpx.Client(
            timeout=config.s2_timeout_s,
            headers={"User-Agent": config.user_agent},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._http.close()

    async def get_data_async(self, url: str, parameters: str, headers: dict, payload: dict = None):
        return self.request(url, parameters.lstrip("&"), headers, payload)

    def request(self, url: str, parameters: str, headers: dict, payload: dict | None = None) -> Any:
        method = "POST" if payload is not None else "GET"
        what = f"{method} {urlparse(url).path}"
        last_problem = ""
        refused = 0
        for attempt in range(self.config.s2_max_retries + 1):
            if attempt:
                self.stats.retries += 1
            self._throttle()
            retry_after: float | None = None
            try:
                self.stats.requests += 1
                log.debug("S2 %s %s (attempt %d)", what, parameters[:200], attempt + 1)
                response = self._http.request(
                    method, url, params=parameters or None, headers=headers, json=payload
                )
            except httpx.TimeoutException:
                last_problem = f"timed out after {self.config.s2_timeout_s:g} s"
            except httpx.TransportError as exc:
                last_problem = f"connection failed ({type(exc).__name__}: {exc})"
                if isinstance(exc, httpx.ConnectError):
                    last_problem += " (check the network connection, or the s2_api_url setting)"
                    refused += 1
            else:
                self.stats.statuses.append(response.status_code)
                if response.status_code == 200:
                    try:
                        return redacted_json(response.content.decode("utf-8"),
                                             [self.config.s2_api_key])
                    except (json.JSONDecodeError, UnicodeDecodeError):
                        last_problem = "answered with truncated or invalid JSON"
                elif response.status_code in RETRY_STATUSES:
                    message = _error_message(response, self.config.s2_api_key)
                    last_problem = f"HTTP {response.status_code} {message}".strip()
                    retry_after = _retry_after_seconds(response.headers.get("Retry-After"))
                else:
                    self._raise_for(response, url)
            if attempt == self.config.s2_max_retries or refused > CONNECT_RETRIES:
                break
            wait = self._backoff(attempt, retry_after)
            log.warning("Semantic Scholar %s %s; retrying in %.0f s (try %d of %d)", what,
                        last_problem, wait, attempt + 2, self.config.s2_max_retries + 1)
            self._sleep(wait)
            self.stats.waited_s += wait
        raise S2Unavailable(
            f"Semantic Scholar ({self.config.s2_api_url}) {last_problem} for {what}; "
            f"gave up after {attempt + 1} tries. Finished pages are kept: "
            "rerun the same command later to resume."
        )

    def _throttle(self) -> None:
        gap = self.config.s2_interval - (time.monotonic() - self._last_request_at)
        if gap > 0:
            self._sleep(gap)
            self.stats.waited_s += gap
        self._last_request_at = time.monotonic()

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.config.s2_backoff_max_s)
        return min(self.config.s2_backoff_base_s * (2**attempt), self.config.s2_backoff_max_s)

    def _raise_for(self, response: httpx.Response, url: str) -> None:
        message = _error_message(response, self.config.s2_api_key)
        status = response.status_code
        if status == 400 and "exceed" in message.lower() and "size" in message.lower():
            raise S2ResponseTooLarge(message)
        if status == 404:
            raise S2NotFound(message or f"not found: {urlparse(url).path}")
        if status in (401, 403):
            raise S2Error(
                f"Semantic Scholar refused the request (HTTP {status}): check S2_API_KEY "
                f"({message})"
            )
        raise S2Error(f"Semantic Scholar rejected the request (HTTP {status}): {message}")


def _error_message(response: httpx.Response, api_key: str | None) -> str:
    """What an error answer says, with the key redacted (a server may echo its headers)."""
    answer = redact(response.text, [api_key])
    try:
        body = json.loads(answer)
    except json.JSONDecodeError:
        return answer[:200].strip()
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or "")
    return ""


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# ---------------------------------------------------------------------------
# Ids
# ---------------------------------------------------------------------------
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^?#\s]+?)(?:v\d+)?(?:\.pdf)?$", re.I)
_S2_URL = re.compile(r"semanticscholar\.org/(?:paper/)(?:[^/]+/)?([0-9a-f]{40})", re.I)
_PREFIXES = {
    "corpusid": "CorpusId", "doi": "DOI", "arxiv": "ARXIV", "acl": "ACL", "mag": "MAG",
    "pmid": "PMID", "pmcid": "PMCID", "url": "URL",
}


def normalize_paper_id(text: str) -> str:
    """Turn any id form a user types into one the Graph API accepts.

    >>> normalize_paper_id("https://arxiv.org/abs/2204.05862v2")
    'ARXIV:2204.05862'
    """
    text = text.strip()
    if not text:
        raise S2Error("empty paper id")
    if m := _ARXIV_URL.search(text):
        return f"ARXIV:{m.group(1)}"
    if m := _S2_URL.search(text):
        return m.group(1).lower()
    if re.fullmatch(r"[0-9a-fA-F]{40}", text):
        return text.lower()
    if text.lower().startswith(("https://doi.org/", "http://doi.org/", "https://dx.doi.org/")):
        return "DOI:" + text.split("doi.org/", 1)[1]
    if ":" in text and not text.lower().startswith(("http://", "https://")):
        prefix, rest = text.split(":", 1)
        canonical = _PREFIXES.get(prefix.lower())
        if canonical:
            return f"{canonical}:{rest.strip()}"
    if re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", text):
        return "ARXIV:" + re.sub(r"v\d+$", "", text)
    if text.startswith("10.") and "/" in text:
        return "DOI:" + text
    if text.lower().startswith(("http://", "https://")):
        return "URL:" + text
    return text


# ---------------------------------------------------------------------------
# The client
# ---------------------------------------------------------------------------
@dataclass
class CitationPage:
    offset: int
    limit: int
    rows: list[dict[str, Any]]
    next_offset: int | None


class ScholarClient:
    """The few Graph API calls citeaudit needs, each one request (or a clear error)."""

    def __init__(self, config: Config, sleep: Callable[[float], None] = time.sleep):
        self.config = config
        self.requester = PoliteRequester(config, sleep=sleep)
        self.client = SemanticScholar(
            timeout=int(config.s2_timeout_s),
            api_key=config.s2_api_key,
            api_url=config.s2_api_url.rstrip("/"),
            retry=False,
        )
        inner = self.client._AsyncSemanticScholar
        inner._requester = self.requester
        self._graph_url = inner.api_url + inner.BASE_PATH_GRAPH
        self._auth_header = dict(inner.auth_header)

    def close(self) -> None:
        self.requester.close()

    def __enter__(self) -> ScholarClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def stats(self) -> RequestStats:
        return self.requester.stats

    def paper(self, paper_id: str, fields: list[str] | None = None) -> dict[str, Any]:
        """One paper's JSON; S2NotFound names the id the user gave."""
        normalized = normalize_paper_id(paper_id)
        try:
            paper = self.client.get_paper(normalized, fields=fields or DETAIL_FIELDS)
        except S2NotFound as exc:
            raise S2NotFound(f"no paper found for {normalized} ({exc})") from None
        except S2Error as exc:
            if "not found" in str(exc).lower() or "no valid paper ids" in str(exc).lower():
                raise S2NotFound(f"no paper found for {normalized}") from None
            raise
        if not paper.raw_data or not paper.raw_data.get("paperId"):
            raise S2NotFound(f"no paper found for {normalized}")
        return dict(paper.raw_data)

    def citation_page(
        self, paper_id: str, offset: int, limit: int, date_filter: str = ""
    ) -> CitationPage:
        """One page of /paper/{id}/citations; `next_offset` is None on the last page."""
        params = f"fields={','.join(CITATION_FIELDS)}&offset={offset}&limit={limit}"
        if date_filter:
            params += f"&publicationDateOrYear={date_filter}"
        body = self.requester.request(
            f"{self._graph_url}/paper/{paper_id}/citations", params, self._auth_header
        )
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            raise S2Error(f"unexpected citations response for {paper_id}: {str(body)[:200]}")
        return CitationPage(offset, limit, body["data"], body.get("next"))

    def batch(self, paper_ids: list[str], fields: list[str] | None = None) -> list[dict | None]:
        """POST /paper/batch in chunks of 500; None where S2 does not know an id."""
        out: list[dict | None] = []
        for start in range(0, len(paper_ids), BATCH_SIZE):
            chunk = paper_ids[start : start + BATCH_SIZE]
            body = self.requester.request(
                f"{self._graph_url}/paper/batch",
                f"fields={','.join(fields or DETAIL_FIELDS)}",
                self._auth_header,
                {"ids": chunk},
            )
            if not isinstance(body, list) or len(body) != len(chunk):
                raise S2Error(f"unexpected batch response: {str(body)[:200]}")
            out.extend(body)
        return out

    def snippets(self, query: str, paper_ids: list[str], limit: int = 100) -> list[dict[str, Any]]:
        """Full-text snippets from the given papers (the client's search_snippet)."""
        results = self.client.search_snippet(query, paper_ids=paper_ids, limit=limit)
        return [dict(r.raw_data) for r in results]
