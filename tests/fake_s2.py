"""A fake Semantic Scholar Graph API on 127.0.0.1, speaking the real protocol.

Response shapes follow the recorded real traffic in ../shared/data/s2-cassettes/
(see test_fake_s2.py). It generates a citing corpus (heavy-tailed citation counts,
arXiv/DOI/ACL ids, open-access PDFs, preprint/published twins, missing abstracts)
and injects faults: 429 storms with Retry-After, 5xx, latency, dropped connections,
truncated JSON, an oversize-page 400. Every request is logged for the tests.

Run standalone: python tests/fake_s2.py --citations 3000 --port 8765
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from local_http import LocalHTTPServer

TARGET_ARXIV = "2204.05862"
TARGET_TITLE = ("Training a Helpful and Harmless Assistant with Reinforcement Learning "
                "from Human Feedback")
CAP = 10_000
TOO_LARGE = "Response would exceed maximum size. Please reduce the limit or fields requested."
RATE_LIMITED = {
    "message": "Too Many Requests. Please wait and try again or apply for a key for higher "
               "rate limits. https://www.semanticscholar.org/product/api#api-key-form",
    "code": "429",
}
# Top-level paper fields the real Graph API accepts (besides those every record carries).
REAL_PAPER_FIELDS = {
    "contexts", "intents", "isInfluential", "contextsWithIntent", "references", "citations",
    "tldr", "url", "embedding", "citationStyles", "isOpenAccess", "publicationVenue",
    "s2FieldsOfStudy", "journal", "referenceCount",
}
WORDS = ("preference reward alignment harmless helpful language model safety feedback "
         "optimization direct policy red teaming jailbreak refusal bias evaluation benchmark "
         "constitutional scalable oversight instruction tuning dataset audit toxicity").split()
VENUES = ["arXiv.org", "NeurIPS", "ICLR", "ACL", "EMNLP", "ICML", "NAACL", "FAccT", "AAAI", ""]


def sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


@dataclass
class Fault:
    """Answer the next `count` requests whose path matches `path` with a fault."""

    kind: str  # "status" | "drop" | "truncate"
    path: str = ".*"
    count: int = 1
    status: int = 500
    retry_after: str | None = None


@dataclass
class LoggedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


@dataclass
class Corpus:
    target: dict[str, Any]
    citing: list[dict[str, Any]]  # citing paper records (all fields)
    edges: dict[str, dict[str, Any]]  # citing paperId -> edge (contexts, intents, isInfluential)
    references: dict[str, list[str]]  # paperId -> cited paperIds
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)  # referenced, non-citing

    def all_papers(self) -> dict[str, dict[str, Any]]:
        papers = {p["paperId"]: p for p in self.citing}
        papers[self.target["paperId"]] = self.target
        papers.update(self.extra)
        return papers


def make_paper(rng: random.Random, i: int, seed: int) -> dict[str, Any]:
    pid = sha(f"paper-{seed}-{i}")
    year = rng.choice([2022, 2023, 2023, 2024, 2024, 2024, 2025, 2025])
    pub = date(year, 1, 1) + timedelta(days=rng.randrange(0, 360))
    ext: dict[str, Any] = {"CorpusId": 250_000_000 + i}
    if rng.random() < 0.6:
        ext["ArXiv"] = f"{str(year)[2:]}{pub.month:02d}.{10000 + i:05d}"
    if rng.random() < 0.5:
        ext["DOI"] = f"10.{1000 + i % 50}/fake.{seed}.{i}"
    if rng.random() < 0.1:
        ext["ACL"] = f"{year}.acl-long.{i}"
    cites = int(min(50_000, rng.paretovariate(1.1) * 2)) - 2
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).capitalize()
    oa = None
    if rng.random() < 0.4:
        oa = {"url": f"https://example.org/pdf/{pid}.pdf", "status": "GREEN"}
    return {
        "paperId": pid,
        "corpusId": ext["CorpusId"],
        "externalIds": ext,
        "title": f"{title} {i}",
        "abstract": None if rng.random() < 0.3 else f"We study {title.lower()}.",
        "year": year,
        "publicationDate": None if rng.random() < 0.15 else pub.isoformat(),
        "venue": rng.choice(VENUES),
        "authors": [{"authorId": str(1000 + i * 3 + k), "name": f"Author {i}-{k}"}
                    for k in range(rng.randint(1, 5))],
        "citationCount": max(0, cites),
        "influentialCitationCount": max(0, cites // rng.randint(8, 30)),
        "openAccessPdf": oa,
        "publicationTypes": rng.choice([["JournalArticle"], ["Conference"], None, ["Review"]]),
        "fieldsOfStudy": ["Computer Science"],
        "referenceCount": 0,
        "journal": None,
    }


def make_corpus(n_citations: int = 300, seed: int = 1, twins: int = 5) -> Corpus:
    """A deterministic citing corpus; the last `twins` papers are preprints of earlier ones."""
    rng = random.Random(seed)
    target = {
        "paperId": sha("target-hh"),
        "corpusId": 248118878,
        "externalIds": {"ArXiv": TARGET_ARXIV, "DBLP": "journals/corr/abs-2204-05862",
                        "DOI": "10.48550/arXiv.2204.05862", "CorpusId": 248118878},
        "title": TARGET_TITLE,
        "abstract": "We apply preference modeling and RLHF to finetune language models.",
        "year": 2022,
        "publicationDate": "2022-04-12",
        "venue": "arXiv.org",
        "authors": [{"authorId": "1", "name": "Yuntao Bai"}],
        "citationCount": n_citations,
        "influentialCitationCount": n_citations // 10,
        "openAccessPdf": {"url": "https://arxiv.org/pdf/2204.05862", "status": "GREEN"},
        "publicationTypes": ["JournalArticle"],
        "fieldsOfStudy": ["Computer Science"],
        "referenceCount": 0,
        "journal": None,
    }
    n_unique = max(0, n_citations - twins)
    citing = [make_paper(rng, i, seed) for i in range(n_unique)]
    for k in range(min(twins, n_unique)):
        original = citing[k]
        arxiv = original["externalIds"].get("ArXiv") or f"2301.{90000 + k}"
        original["externalIds"]["ArXiv"] = arxiv
        original["externalIds"].setdefault("DOI", f"10.1000/published.{seed}.{k}")
        original["venue"] = "NeurIPS"
        preprint = dict(original)
        preprint.update(
            paperId=sha(f"preprint-{seed}-{k}"),
            corpusId=260_000_000 + k,
            externalIds={"ArXiv": arxiv, "CorpusId": 260_000_000 + k},
            venue="arXiv.org",
            citationCount=original["citationCount"] // 2,
            influentialCitationCount=original["influentialCitationCount"] // 2,
            title=original["title"].upper(),  # same work, different casing
        )
        citing.append(preprint)
    edges = {}
    for p in citing:
        edges[p["paperId"]] = {
            "contexts": [] if rng.random() < 0.3 else [
                f"We train on the Anthropic HH dataset (Bai et al., 2022) for {p['title'][:30]}."
            ],
            "intents": rng.choice([[], ["methodology"], ["background"], ["result", "methodology"]]),
            "isInfluential": rng.random() < 0.15,
        }
    ids = [p["paperId"] for p in citing]
    references = {}
    extra = {}
    for idx, p in enumerate(citing):
        refs = [target["paperId"]]
        refs += [ids[j] for j in rng.sample(range(len(ids)), k=min(len(ids), 4)) if j != idx]
        outside = sha(f"outside-{seed}-{idx % 37}")
        extra.setdefault(outside, {"paperId": outside, "title": f"Outside work {idx % 37}",
                                   "year": 2020, "externalIds": {}})
        refs.append(outside)
        references[p["paperId"]] = refs
        p["referenceCount"] = len(refs)
    references[target["paperId"]] = []
    return Corpus(target=target, citing=citing, edges=edges, references=references, extra=extra)


def project(paper: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """Only the requested fields, plus paperId, as the real API answers."""
    out = {"paperId": paper["paperId"]}
    for f in fields:
        if "." in f or f == "paperId":
            continue
        out[f] = paper.get(f)
    return out


def in_date_range(paper: dict[str, Any], spec: str) -> bool:
    """publicationDateOrYear=start:end (either side may be empty; years or dates)."""
    start, _, end = spec.partition(":")

    def bound(text: str, upper: bool) -> date | None:
        if not text:
            return None
        parts = text.split("-")
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
        d = int(parts[2]) if len(parts) > 2 else (28 if upper and len(parts) == 2 else
                                                   (31 if upper else 1))
        return date(y, m, d)

    if paper.get("publicationDate"):
        when = date.fromisoformat(paper["publicationDate"])
    elif paper.get("year"):
        when = date(paper["year"], 6, 30)
        lo, hi = bound(start, False), bound(end, True)
        return (lo is None or paper["year"] >= lo.year) and (hi is None or paper["year"] <= hi.year)
    else:
        return False
    lo, hi = bound(start, False), bound(end, True)
    return (lo is None or when >= lo) and (hi is None or when <= hi)


class FakeS2:
    """Start with `with FakeS2(corpus) as s2:`; point the client at `s2.url`."""

    def __init__(self, corpus: Corpus | None = None, latency_s: float = 0.0,
                 max_page_bytes: int | None = None, rate_limit_per_s: float | None = None,
                 port: int = 0):
        self.corpus = corpus or make_corpus()
        self.papers = self.corpus.all_papers()
        self.latency_s = latency_s
        self.max_page_bytes = max_page_bytes
        self.rate_limit_per_s = rate_limit_per_s
        self.faults: list[Fault] = []
        self.log: list[LoggedRequest] = []
        self.snippets: dict[str, list[dict[str, Any]]] = {}  # paperId -> snippet results
        self._lock = threading.Lock()
        self._last_request = 0.0
        self._index = self._build_index()
        handler = type("Handler", (_Handler,), {"fake": self})
        self.server = LocalHTTPServer(handler, port)

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> FakeS2:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def add_fault(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def requests_to(self, pattern: str) -> list[LoggedRequest]:
        return [r for r in self.log if re.search(pattern, r.path)]

    # -- resolution ----------------------------------------------------------------
    def _build_index(self) -> dict[str, str]:
        index = {}
        for pid, p in self.papers.items():
            index[pid] = pid
            ext = p.get("externalIds") or {}
            if p.get("corpusId"):
                index[f"corpusid:{p['corpusId']}"] = pid
            for key, prefix in (("DOI", "doi"), ("ArXiv", "arxiv"), ("ACL", "acl")):
                if ext.get(key):
                    index[f"{prefix}:{str(ext[key]).lower()}"] = pid
        return index

    def resolve(self, raw_id: str) -> str | None:
        text = unquote(raw_id).strip()
        low = text.lower()
        if low.startswith("url:"):
            url = text[4:]
            if m := re.search(r"arxiv\.org/(?:abs|pdf)/([^?#]+?)(?:v\d+)?(?:\.pdf)?$", url):
                return self._index.get(f"arxiv:{m.group(1).lower()}")
            if m := re.search(r"semanticscholar\.org/paper/(?:[^/]+/)?([0-9a-f]{40})", url):
                return self._index.get(m.group(1))
            return None
        if re.fullmatch(r"10\.\S+/\S+", text):
            return self._index.get(f"doi:{low}")
        return self._index.get(low) or self._index.get(text)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeS2
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # quiet
        pass

    # -- plumbing -------------------------------------------------------------------
    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = (json.dumps(body) + ("\n" if status != 200 else "")).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        if status == 429:
            self._send(429, RATE_LIMITED, {"Retry-After": "1"})
        elif status >= 500:
            self._send(status, {"message": message})
        else:
            self._send(status, {"error": message})

    def _apply_fault(self, path: str) -> bool:
        fake = self.fake
        with fake._lock:
            fault = next((f for f in fake.faults if f.count > 0 and re.search(f.path, path)), None)
            if fault:
                fault.count -= 1
        if fault is None:
            return False
        if fault.kind == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return True
        if fault.kind == "truncate":
            data = b'{"offset": 0, "data": [{"citingPaper": {"paperId": "ab'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return True
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        if fault.status == 429:
            self._send(429, RATE_LIMITED, headers)
        elif fault.status == 504:
            self._send(504, {"message": "Endpoint request timed out"}, headers)
        elif fault.status >= 500:
            self._send(fault.status, {"message": "Internal Server Error"}, headers)
        else:
            self._send(fault.status, {"error": "injected fault"}, headers)
        return True

    def _rate_limited(self) -> bool:
        fake = self.fake
        if not fake.rate_limit_per_s:
            return False
        with fake._lock:
            now = time.monotonic()
            if now - fake._last_request < 1.0 / fake.rate_limit_per_s:
                return True
            fake._last_request = now
        return False

    def _handle(self, method: str) -> None:
        parsed = urlparse(self.path)
        query = parse_qs(parsed.query, keep_blank_values=True)
        body = None
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"null")
            except json.JSONDecodeError:
                body = raw
        self.fake.log.append(LoggedRequest(method, parsed.path, query, dict(self.headers), body))
        if self.fake.latency_s:
            time.sleep(self.fake.latency_s)
        if self._apply_fault(parsed.path):
            return
        if self._rate_limited():
            self._error(429, "")
            return
        path = parsed.path
        if not path.startswith("/graph/v1/"):
            self._error(404, f"no such endpoint {path}")
            return
        route = path[len("/graph/v1/"):]
        fields = [f for f in ",".join(query.get("fields", [])).split(",") if f]
        try:
            if method == "POST" and route == "paper/batch":
                self._batch(body, fields)
            elif method == "GET" and route == "snippet/search":
                self._snippets(query)
            elif method == "GET" and route.endswith("/citations") and route.startswith("paper/"):
                self._citations(route[len("paper/"):-len("/citations")], query, fields)
            elif method == "GET" and route.endswith("/references") and route.startswith("paper/"):
                self._references(route[len("paper/"):-len("/references")], query, fields)
            elif method == "GET" and route.startswith("paper/"):
                self._paper(route[len("paper/"):], fields)
            else:
                self._error(404, f"no such endpoint {path}")
        except BrokenPipeError:
            pass

    def do_GET(self) -> None:  # noqa: N802
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    # -- endpoints ------------------------------------------------------------------
    def _fields_known(self, fields: list[str]) -> bool:
        """False (after answering 400 as the real API does) when a field is unknown."""
        if bad := self._bad_fields(fields):
            self._error(400, f"Unrecognized or unsupported fields: [{', '.join(bad)}]")
            return False
        return True

    def _resolve_or_404(self, raw_id: str) -> str | None:
        """The paper id behind any id form, or None after answering 404."""
        pid = self.fake.resolve(raw_id)
        if pid is None:
            self._error(404, f"Paper with id {unquote(raw_id)} not found")
        return pid

    def _bad_fields(self, fields: list[str]) -> list[str]:
        known = set(self.fake.corpus.target) | REAL_PAPER_FIELDS
        return [f for f in fields if f.split(".")[0] not in known]

    def _paper(self, raw_id: str, fields: list[str]) -> None:
        if not self._fields_known(fields):
            return
        pid = self._resolve_or_404(raw_id)
        if pid is None:
            return
        self._send(200, project(self.fake.papers[pid], fields or ["title"]))

    def _paging(self, query: dict[str, list[str]], cap: int | None) -> tuple[int, int] | None:
        try:
            offset = int(query.get("offset", ["0"])[0])
            limit = int(query.get("limit", ["100"])[0])
        except ValueError:
            self._error(400, "offset and limit must be integers")
            return None
        if limit > 1000 or limit < 0:
            self._error(400, "Limit must be <= 1000")
            return None
        if cap is not None and offset + limit > cap:
            self._error(400, "Requested data for this limit and/or offset is not available")
            return None
        return offset, limit

    def _citations(self, raw_id: str, query: dict[str, list[str]], fields: list[str]) -> None:
        if not self._fields_known(fields):
            return
        pid = self._resolve_or_404(raw_id)
        if pid is None:
            return
        paging = self._paging(query, CAP)
        if paging is None:
            return
        offset, limit = paging
        citing = self.fake.corpus.citing if pid == self.fake.corpus.target["paperId"] else []
        if spec := query.get("publicationDateOrYear", [""])[0]:
            citing = [p for p in citing if in_date_range(p, spec)]
        edge_fields = [f for f in fields if f in ("contexts", "intents", "isInfluential")]
        paper_fields = [f for f in fields if f not in edge_fields]
        rows = []
        for p in citing[offset : offset + limit]:
            edge = self.fake.corpus.edges[p["paperId"]]
            row = {f: edge[f] for f in edge_fields}
            row["citingPaper"] = project(p, paper_fields or ["title"])
            rows.append(row)
        body: dict[str, Any] = {"offset": offset, "data": rows}
        end = offset + len(rows)
        if end < len(citing) and end < CAP:
            body["next"] = end
        if self.fake.max_page_bytes and len(json.dumps(body)) > self.fake.max_page_bytes:
            self._error(400, TOO_LARGE)
            return
        self._send(200, body)

    def _references(self, raw_id: str, query: dict[str, list[str]], fields: list[str]) -> None:
        pid = self._resolve_or_404(raw_id)
        if pid is None:
            return
        paging = self._paging(query, CAP)
        if paging is None:
            return
        offset, limit = paging
        refs = self.fake.corpus.references.get(pid, [])
        rows = [{"citedPaper": project(self.fake.papers[r], fields or ["title"])}
                for r in refs[offset : offset + limit]]
        body: dict[str, Any] = {"offset": offset, "data": rows}
        if offset + len(rows) < len(refs):
            body["next"] = offset + len(rows)
        self._send(200, body)

    def _batch(self, body: Any, fields: list[str]) -> None:
        if not self._fields_known(fields):
            return
        if not isinstance(body, dict) or not isinstance(body.get("ids"), list):
            self._error(400, 'Body must be a JSON object with an "ids" list')
            return
        ids = body["ids"]
        if len(ids) > 500:
            self._error(400, "Cannot process more than 500 ids at once")
            return
        ref_fields = [f.split(".", 1)[1] for f in fields if f.startswith("references.")]
        want_refs = "references" in fields or bool(ref_fields)
        out = []
        for raw_id in ids:
            pid = self.fake.resolve(str(raw_id))
            if pid is None:
                out.append(None)
                continue
            paper = project(self.fake.papers[pid], fields or ["title"])
            if want_refs:
                paper["references"] = [
                    project(self.fake.papers[r], ref_fields or ["title"])
                    for r in self.fake.corpus.references.get(pid, [])
                ]
            out.append(paper)
        self._send(200, out)

    def _snippets(self, query: dict[str, list[str]]) -> None:
        if not query.get("query", [""])[0]:
            self._error(400, "query is required")
            return
        wanted = [p for p in ",".join(query.get("paperIds", [])).split(",") if p]
        try:
            limit = int(query.get("limit", ["10"])[0])
        except ValueError:
            self._error(400, "limit must be an integer")
            return
        results = []
        for raw in wanted or list(self.fake.snippets):
            pid = self.fake.resolve(raw) or raw
            results += self.fake.snippets.get(pid, [])
        self._send(200, {"data": results[:limit], "retrievalVersion": "v1.0.0"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citations", type=int, default=3000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with FakeS2(make_corpus(args.citations), latency_s=args.latency, port=args.port) as fake:
        print(f"fake Semantic Scholar API at {fake.url} (Ctrl-C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
