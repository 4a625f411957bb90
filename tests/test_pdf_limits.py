"""PDFs that need more memory or time than allowed, and folders of files that are not all
PDFs: each file gets a state, the others are still read."""

from __future__ import annotations

import csv
import hashlib

import pdf_server as srv
import pytest
from click.testing import CliRunner
from test_pdfs import downloader, make_pdf, paper, selected_store

from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.literature.extract.stage import run_extract
from citeaudit.literature.pdfs import ingest_dir, run_pdfs

# A small limit keeps the tests fast: the nested PDF passes 128 MB within seconds.
SMALL_MEMORY = {"pdf_memory_limit_mb": 128, "pdf_time_limit_s": 120.0}


@pytest.fixture
def server():
    s = srv.PdfServer().start()
    yield s
    s.stop()


@pytest.fixture
def config(tmp_path, server):
    return Config(store_path=tmp_path / "store.sqlite", pdf_dir=tmp_path / "pdfs",
                  arxiv_pdf_url=f"{server.url}/arxiv", acl_pdf_url=f"{server.url}/acl",
                  http_timeout_s=2.0, http_max_retries=0, arxiv_min_interval_s=0.0,
                  host_min_interval_s=0.0)


def nested_xobject_pdf(depth: int = 40) -> bytes:
    """A PDF of a few KB, written by hand: the page draws form XObject 1, which draws 2
    twice, which draws 3 twice, ... so reading its text draws 2**depth strings. PyMuPDF
    reading it in-process took 1.4 GB in 48 s until a 2 GB address-space cap stopped it."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /XObject << /X 6 0 R >> >> >>",
               _stream(b"", b"/X Do"),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for level in range(depth):
        if level < depth - 1:
            objects.append(_stream(b"/XObject << /X %d 0 R >>" % (len(objects) + 2),
                                   b"/X Do /X Do"))
        else:
            objects.append(_stream(b"/Font << /F 5 0 R >>",
                                   b"BT /F 12 Tf 72 720 Td (" + b"HH-RLHF " * 50 + b") Tj ET"))
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(resources: bytes, content: bytes) -> bytes:
    kind = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << %s >> " \
        % resources if resources else b""
    return b"<< %s/Length %d >>\nstream\n%s\nendstream" % (kind, len(content), content)


HOSTILE = nested_xobject_pdf()
GOOD_TEXT = "We fine-tune on the HH-RLHF dataset of preference pairs."


def _held(store, config, pid: str, body: bytes) -> None:
    """A PDF recorded as downloaded (as `pdfs --pdf-dir` accepted the hostile file before)."""
    config.pdf_dir.mkdir(parents=True, exist_ok=True)
    (config.pdf_dir / f"{pid}.pdf").write_bytes(body)
    store.documents.upsert_download(pid, "ok", file_name=f"{pid}.pdf",
                                    sha256=hashlib.sha256(body).hexdigest(), source="local")


def test_a_pdf_over_the_memory_limit_is_too_complex_and_the_others_are_read(config):
    config = config.replace(**SMALL_MEMORY)
    assert len(HOSTILE) < 8 * 1024
    papers = [paper("good1"), paper("nested"), paper("good2")]
    with selected_store(config, papers) as store:
        _held(store, config, "good1", make_pdf(GOOD_TEXT))
        _held(store, config, "nested", HOSTILE)
        _held(store, config, "good2", make_pdf(GOOD_TEXT))
        summary = run_extract(store, config)
        rows = {p["paperId"]: store.documents.get_extraction(p["paperId"]) for p in papers}
        assert {pid: row["state"] for pid, row in rows.items()} == {
            "good1": "ok", "nested": "too-complex", "good2": "ok"}
        assert "memory limit of 128 MB" in rows["nested"]["reason"]
        assert rows["good2"]["n_passages"] >= 1  # the file after the hostile one is read
        assert ("nested", "too-complex", rows["nested"]["reason"]) in summary.problems

        again = run_extract(store, config)  # the same limits: not tried again
        assert (again.n_extracted, again.n_unchanged) == (0, 3)

        # a raised memory limit tries it again; this time the time limit stops it
        raised = config.replace(pdf_memory_limit_mb=512, pdf_time_limit_s=1.0)
        third = run_extract(store, raised)
        assert third.n_extracted == 1
        reason = store.documents.get_extraction("nested")["reason"]
        assert store.documents.get_extraction("nested")["state"] == "too-complex"
        assert "time limit of 1 s" in reason


def test_pdfs_validation_reads_under_the_limits(server, config, tmp_path):
    config = config.replace(pdf_memory_limit_mb=2048, pdf_time_limit_s=1.0)
    hand = tmp_path / "hand"
    hand.mkdir()
    (hand / "2401.00001.pdf").write_bytes(HOSTILE)  # matched by its name alone
    (hand / "2401.00002.pdf").write_bytes(make_pdf(GOOD_TEXT))
    server.routes["/arxiv/2401.00003"] = srv.pdf(HOSTILE)
    papers = [paper("hand-nested", arxiv="2401.00001"), paper("hand-good", arxiv="2401.00002"),
              paper("served-nested", arxiv="2401.00003")]
    with selected_store(config, papers) as store:
        ingested = ingest_dir(store, config, hand)
        assert [(f, pid) for f, pid, _how in ingested.matched] == [("2401.00002.pdf",
                                                                   "hand-good")]
        assert [(f, state) for f, state, _why in ingested.invalid] == [
            ("2401.00001.pdf", "too-complex")]
        assert "time limit of 1 s" in ingested.invalid[0][2]
        run_pdfs(store, config, paper_ids=["served-nested"], downloader=downloader(config))
        row = store.documents.get_download("served-nested")
        assert row["state"] == "too-complex" and "time limit of 1 s" in row["reason"]
        assert not list(config.pdf_dir.glob("*nested*"))
        run_pdfs(store, config, paper_ids=["served-nested"], downloader=downloader(config))
        assert server.counts["/arxiv/2401.00003"] == 1  # a lasting answer: not asked again
        raised = config.replace(pdf_time_limit_s=1.5)
        run_pdfs(store, raised, paper_ids=["served-nested"], downloader=downloader(raised))
        assert server.counts["/arxiv/2401.00003"] == 2  # ... until the limit is raised
        assert "time limit of 1.5 s" in store.documents.get_download("served-nested")["reason"]


def test_extract_from_dir_checks_each_file_like_pdfs(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(make_pdf(GOOD_TEXT))
    (folder / "UPPER.PDF").write_bytes(make_pdf(GOOD_TEXT))
    (folder / "page.pdf").write_bytes(
        b"<!DOCTYPE html><html><body>We use the HH-RLHF dataset.</body></html>")
    (folder / "nested.pdf").write_bytes(HOSTILE)
    outside = tmp_path / "private.pdf"
    outside.write_bytes(make_pdf(GOOD_TEXT))
    (folder / "link.pdf").symlink_to(outside)
    (tmp_path / "citeaudit.toml").write_text(
        "pdf_memory_limit_mb = 128\npdf_time_limit_s = 120\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", "--from-dir", str(folder), "--csv", "p.csv"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "outside-folder link.pdf: a link to" in text
    assert "not-a-pdf page.pdf: the file is an HTML page" in text
    assert "too-complex nested.pdf: needs more than the memory limit of 128 MB" in text
    assert "5 PDFs (" in text and "2 ok" in text
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert {r["paper_id"] for r in csv.DictReader(handle)} == {"good", "UPPER"}
