"""The literature commands from the command line, end to end against a local PDF host:
`pdfs --pdf-dir`, `pdfs --retry-failed`, then extract, and the S2 citation contexts that
repeat a PDF passage: marked in `passages`, counted once in `list`, left out of the report."""

from __future__ import annotations

import csv
from pathlib import Path

import pdf_server as srv
import pymupdf
import pytest
import report_fixtures as fx
from cli_fixtures import flat, squeezed
from click.testing import CliRunner

from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.literature.scholar import normalize_paper_id
from citeaudit.store import Store


def make_pdf(*lines: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 72 + 16 * i), line)
    return doc.tobytes()


@pytest.fixture
def server():
    s = srv.PdfServer().start()
    yield s
    s.stop()


class Cli:
    def __init__(self, root: Path, server_url: str):
        self.root = root
        self.store_path = root / "store.sqlite"
        self.pdf_dir = root / "cache" / "pdfs"
        self.config = root / "citeaudit.toml"
        self.config.write_text("\n".join([
            f'cache_dir = "{(root / "cache").as_posix()}"',
            f'reports_dir = "{(root / "reports").as_posix()}"',
            f'pdf_dir = "{self.pdf_dir.as_posix()}"',
            f'arxiv_pdf_url = "{server_url}/arxiv"', f'acl_pdf_url = "{server_url}/acl"',
            'http_timeout_s = 2.0', 'http_max_retries = 0', 'arxiv_min_interval_s = 0.0',
            'host_min_interval_s = 0.0', ""]))

    def __call__(self, *args: str, ok: bool = True):
        result = CliRunner().invoke(main, ["--config", str(self.config), "--store",
                                           str(self.store_path), *args])
        if ok:
            assert result.exit_code == 0, result.output
        return result

    def state(self, paper_id: str):
        with Store(self.store_path) as store:
            return store.documents.get_download(paper_id)


def selected(cli: Cli, papers: list[dict]) -> None:
    with Store(cli.store_path) as store:
        store.literature.upsert_papers([{"paperId": "T", "title": "Target"}, *papers])
        store.literature.insert_selection("T", "citations", len(papers), None, len(papers), 0,
                                          [(p["paperId"], [p["paperId"]], {}) for p in papers])


def test_pdfs_pdf_dir_takes_hand_obtained_files_without_asking_the_network(tmp_path, server):
    cli = Cli(tmp_path, server.url)
    selected(cli, [{"paperId": "A", "title": "Paper A", "externalIds": {"ArXiv": "2401.00001"}}])
    hand = tmp_path / "hand"
    hand.mkdir()
    body = make_pdf("A page about HH-RLHF.")
    (hand / "2401.00001v2.pdf").write_bytes(body)
    (hand / "unknown.pdf").write_bytes(make_pdf("Something else entirely."))
    result = cli("pdfs", "--pdf-dir", str(hand))
    shown = flat(result.output)
    assert "1 PDFs matched to selected papers" in shown
    assert "not matched (1): unknown.pdf" in shown
    assert "1 papers: 1 ok" in shown and "downloaded now: 0; HTTP requests: 0" in shown
    assert server.hits == []
    row = cli.state("A")
    assert (row["state"], row["source"]) == ("ok", "local")
    assert (cli.pdf_dir / row["file_name"]).read_bytes() == body


def test_pdfs_retry_failed_asks_lasting_failures_again(tmp_path, server):
    cli = Cli(tmp_path, server.url)
    server.routes["/refused"] = srv.status(403)
    selected(cli, [{"paperId": "R", "title": "Refused paper", "externalIds": {},
                    "openAccessPdf": {"url": f"{server.url}/refused"}}])
    first = flat(cli("pdfs").output)
    assert "1 papers: 1 http-403" in first and "downloaded now: 0" in first
    assert cli.state("R")["state"] == "http-403"
    server.routes["/refused"] = srv.pdf(make_pdf("Now open to all."))
    again = flat(cli("pdfs").output)
    assert "1 papers: 1 http-403" in again and "HTTP requests: 0" in again
    assert server.counts["/refused"] == 1  # a lasting answer is not asked again
    retried = flat(cli("pdfs", "--retry-failed").output)
    assert "1 papers: 1 ok" in retried and "downloaded now: 1; HTTP requests: 1" in retried
    assert server.counts["/refused"] == 2 and cli.state("R")["state"] == "ok"


REPEATED = "We train on HH-RLHF (Bai et al., 2022) in experiment 1."  # P02's S2 context too
PDF_ONLY = "We also evaluate on the HH-RLHF harmless-base test split."


def test_s2_contexts_that_repeat_a_pdf_passage_are_marked_and_left_out_of_the_report(
        tmp_path, server):
    cli = Cli(tmp_path, server.url)
    with fx.build_store(cli.store_path) as store:  # twelve selected papers, S2 contexts
        store.literature.upsert_target(normalize_paper_id(Config().target), {
            "paperId": fx.TARGET, "title": store.literature.get_paper(fx.TARGET)["title"],
            "year": 2022,
            "externalIds": {"ArXiv": "2204.05862"}})
    server.routes["/arxiv/2301.00001"] = srv.pdf(make_pdf(
        "Introduction", "Preference data helps alignment.", REPEATED, PDF_ONLY))
    cli("pdfs")
    assert cli.state("P02")["state"] == "ok"
    extracted = flat(cli("extract", "--no-snippets").output)
    assert "S2 citation contexts: 12 (1 repeat a PDF passage)" in extracted

    shown = flat(cli("passages", "2").output)
    assert "P02): 3 passages" in shown  # two from the PDF, one S2 context
    with Store(cli.store_path) as store:
        stored = store.documents.list_passages(["P02"])
    pdf_id = next(r["passage_id"] for r in stored
                  if r["source"] == "pdf" and r["sentence"] == REPEATED)
    assert f"s2-context · dataset use · (repeats {pdf_id}) {REPEATED}" in shown

    listed = cli("list", "--csv").output.splitlines()
    counts = {row["paper_id"]: int(row["passages"]) for row in csv.DictReader(listed)}
    assert counts["P02"] == 2 and counts["P01"] == 1  # the repeat is counted once

    out_dir = tmp_path / "report"
    assert str(out_dir) in squeezed(cli("report", "--out", str(out_dir)).output)
    with open(out_dir / "passages.csv", encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["paper_id"] == "P02"]
    assert sorted(r["source"] for r in rows) == ["pdf", "pdf"]
    assert sum(r["text"] == REPEATED for r in rows) == 1
    page = (out_dir / "index.html").read_text(encoding="utf-8")
    assert page.count("in experiment 1.") == 1
    assert page.count("in experiment 0.") == 1  # P01 has no PDF: its S2 context is shown
