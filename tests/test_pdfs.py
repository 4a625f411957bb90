"""Downloads through a local HTTP server: redirects, refusals, HTML, truncation, slowness,
resumption, politeness, and files that are not usable PDFs; plus --pdf-dir ingestion."""

from __future__ import annotations

from pathlib import Path

import pdf_server as srv
import pymupdf
import pytest

from citeaudit.config import Config
from citeaudit.pdfs import Downloader, ingest_dir, run_pdfs, safe_file_name, validate_pdf
from citeaudit.store import Store

SHARED_PDFS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "pdfs"


def make_pdf(text: str = "A page about HH-RLHF.", pages: int = 2) -> bytes:
    doc = pymupdf.open()
    for i in range(pages):
        doc.new_page().insert_text((72, 72), f"{text} Page {i + 1}.")
    return doc.tobytes()


GOOD = make_pdf()


@pytest.fixture
def server():
    s = srv.PdfServer().start()
    yield s
    s.stop()


@pytest.fixture
def config(tmp_path, server):
    return Config(
        store_path=tmp_path / "store.sqlite", pdf_dir=tmp_path / "pdfs",
        arxiv_pdf_url=f"{server.url}/arxiv", acl_pdf_url=f"{server.url}/acl",
        http_timeout_s=0.5, http_max_retries=2, arxiv_min_interval_s=0.0,
        host_min_interval_s=0.0,
    )


def downloader(config, **kw) -> Downloader:
    return Downloader(config, backoff_base_s=0.01, **kw)


def paper(pid: str, *, oa: str | None = None, arxiv: str | None = None,
          acl: str | None = None, title: str | None = None) -> dict:
    ext = {k: v for k, v in (("ArXiv", arxiv), ("ACL", acl)) if v}
    return {"paperId": pid, "title": title or f"Paper {pid}", "externalIds": ext,
            "openAccessPdf": {"url": oa} if oa else None}


def selected_store(config, papers: list[dict]) -> Store:
    store = Store(config.store_path)
    store.upsert_papers([{"paperId": "T", "title": "Target"}, *papers])
    store.save_selection("T", "citations", len(papers), None, len(papers), 0,
                         [(p["paperId"], [p["paperId"]], {}) for p in papers])
    return store


def test_redirect_to_a_pdf_is_followed(server, config, tmp_path):
    server.routes["/go"] = srv.redirect("/files/a.pdf")
    server.routes["/files/a.pdf"] = srv.pdf(GOOD)
    result = downloader(config).download(f"{server.url}/go", tmp_path / "a.pdf")
    assert result.state == "ok"
    assert (tmp_path / "a.pdf").read_bytes() == GOOD
    assert result.n_pages == 2 and len(result.sha256) == 64


@pytest.mark.parametrize(("route", "state"), [
    (srv.status(403), "http-403"),
    (srv.status(404), "http-404"),
    (srv.html(), "not-a-pdf"),
    (srv.pdf(GOOD[: len(GOOD) // 2]), "truncated"),
])
def test_failures_end_in_a_named_state_and_leave_no_file(server, config, tmp_path, route,
                                                         state):
    server.routes["/x"] = route
    result = downloader(config).download(f"{server.url}/x", tmp_path / "x.pdf")
    assert result.state == state
    assert result.reason
    assert not (tmp_path / "x.pdf").exists()
    assert not (tmp_path / "x.pdf.part").exists()
    assert server.counts["/x"] == 1  # permanent failures are not retried


def test_slow_server_times_out_after_bounded_retries(server, config, tmp_path):
    config = config.replace(http_timeout_s=0.3, http_max_retries=1)
    server.routes["/slow"] = srv.slow(1.0, srv.pdf(GOOD))
    result = downloader(config).download(f"{server.url}/slow", tmp_path / "s.pdf")
    assert result.state == "timeout"
    assert "0.3 s" in result.reason
    assert result.attempts == config.http_max_retries + 1


def test_503_is_retried_then_succeeds(server, config, tmp_path):
    server.routes["/busy"] = srv.fail_first(2, 503, srv.pdf(GOOD))
    result = downloader(config).download(f"{server.url}/busy", tmp_path / "b.pdf")
    assert (result.state, result.attempts) == ("ok", 3)


def test_cut_connection_is_resumed_with_a_range_request(server, config, tmp_path):
    server.routes["/cut"] = srv.cut_off_once(GOOD, keep=len(GOOD) // 3)
    result = downloader(config).download(f"{server.url}/cut", tmp_path / "c.pdf")
    assert result.state == "ok"
    assert (tmp_path / "c.pdf").read_bytes() == GOOD
    assert [h.range for h in server.hits] == [None, f"bytes={len(GOOD) // 3}-"]


def test_partial_file_from_an_earlier_run_is_resumed(server, config, tmp_path):
    server.routes["/p"] = srv.pdf(GOOD)
    (tmp_path / "p.pdf.part").write_bytes(GOOD[:100])
    result = downloader(config).download(f"{server.url}/p", tmp_path / "p.pdf")
    assert result.state == "ok"
    assert (tmp_path / "p.pdf").read_bytes() == GOOD
    assert server.hits[0].range == "bytes=100-"


def test_arxiv_gets_one_request_per_interval(server, config, tmp_path):
    config = config.replace(arxiv_min_interval_s=0.4, host_min_interval_s=0.0)
    server.routes["/arxiv/1"] = srv.pdf(GOOD)
    server.routes["/arxiv/2"] = srv.pdf(GOOD)
    d = downloader(config)
    d.download(f"{server.url}/arxiv/1", tmp_path / "1.pdf")
    d.download(f"{server.url}/arxiv/2", tmp_path / "2.pdf")
    # 0.1 s of slack for the first request's connection set-up on a busy machine
    assert server.hits[1].at - server.hits[0].at >= 0.3


def test_bad_pdfs_each_get_a_state_and_the_run_continues(server, config, tmp_path):
    locked = pymupdf.open(stream=GOOD).tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256,
                                               user_pw="secret", owner_pw="owner")
    server.routes.update({
        "/enc.pdf": srv.pdf(locked),
        "/bad.pdf": srv.pdf(b"%PDF-1.7\n" + b"\x00junk" * 200 + b"\n%%EOF\n"),
        "/big.pdf": srv.pdf(make_pdf(pages=30)),
        "/good.pdf": srv.pdf(GOOD),
    })
    papers = [paper("enc", oa=f"{server.url}/enc.pdf"), paper("bad", oa=f"{server.url}/bad.pdf"),
              paper("big", oa=f"{server.url}/big.pdf"), paper("none"),
              paper("gone", oa=f"{server.url}/missing.pdf", arxiv="2401.00001"),
              paper("good", oa=f"{server.url}/good.pdf")]
    with selected_store(config, papers) as store:
        summary = run_pdfs(store, config, downloader=downloader(config, max_pages=20))
        states = {p["paperId"]: store.pdf_download(p["paperId"])["state"] for p in papers}
        assert states == {"enc": "encrypted", "bad": "corrupt", "big": "too-large",
                          "none": "no-open-access", "gone": "http-404", "good": "ok"}
        gone = store.pdf_download("gone")
        assert "open-access: http-404" in gone["reason"] and "arxiv: http-404" in gone["reason"]
        assert summary.n_downloaded == 1
        assert (config.pdf_dir / store.pdf_download("good")["file_name"]).read_bytes() == GOOD

        requests_before = len(server.hits)
        again = run_pdfs(store, config, downloader=downloader(config, max_pages=20))
        assert len(server.hits) == requests_before  # nothing is fetched twice
        assert again.n_already == len(papers)


def test_too_large_by_announced_length(server, config, tmp_path):
    server.routes["/huge"] = srv.pdf(GOOD)
    result = downloader(config, max_bytes=len(GOOD) - 1).download(f"{server.url}/huge",
                                                                   tmp_path / "h.pdf")
    assert result.state == "too-large"


def test_file_names_never_come_from_the_network():
    assert safe_file_name("a" * 40) == "a" * 40 + ".pdf"
    name = safe_file_name("../../etc/passwd")
    assert "/" not in name and ".." not in name and name.endswith(".pdf")


def test_validate_real_corpus_pdf():
    if not SHARED_PDFS.is_dir():
        pytest.skip(f"shared corpus absent: {SHARED_PDFS}")
    result = validate_pdf(SHARED_PDFS / "2305.18290.pdf")
    assert (result.state, result.n_pages) == ("ok", 27)


def test_pdf_dir_ingestion_matches_by_arxiv_id_doi_and_title(config, tmp_path):
    hand = tmp_path / "hand"
    hand.mkdir()
    (hand / "2401.00001v2.pdf").write_bytes(GOOD)
    (hand / "paper-by-title.pdf").write_bytes(
        make_pdf("Scaling Honest Assistants with Preference Data"))
    (hand / "by-doi.pdf").write_bytes(make_pdf("see doi 10.1234/abc.5"))
    (hand / "unknown.pdf").write_bytes(make_pdf("Something else entirely"))
    (hand / "broken.pdf").write_bytes(b"<html>no</html>")
    papers = [paper("A", arxiv="2401.00001"),
              paper("B", title="Scaling Honest Assistants with Preference Data"),
              {**paper("C"), "externalIds": {"DOI": "10.1234/ABC.5"}}]
    with selected_store(config, papers) as store:
        summary = ingest_dir(store, config, hand)
        matched = {pid: how for _f, pid, how in summary.matched}
        assert set(matched) == {"A", "B", "C"}
        assert "file name" in matched["A"] and "title" in matched["B"] and "DOI" in matched["C"]
        assert summary.unmatched == ["broken.pdf", "unknown.pdf"]
        row = store.pdf_download("A")
        assert (row["state"], row["source"]) == ("ok", "local")
        assert (config.pdf_dir / row["file_name"]).read_bytes() == GOOD
