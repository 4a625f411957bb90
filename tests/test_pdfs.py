"""Downloads through a local HTTP server: redirects, refusals, HTML, truncation, slowness,
resumption, politeness, and files that are not usable PDFs; plus --pdf-dir ingestion."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pdf_server as srv
import pymupdf
import pytest

from citeaudit.core.config import Config
from citeaudit.literature.download import Downloader, safe_file_name, validate_pdf
from citeaudit.literature.pdfs import ingest_dir, run_pdfs
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
    store.literature.upsert_papers([{"paperId": "T", "title": "Target"}, *papers])
    store.literature.insert_selection("T", "citations", len(papers), None, len(papers), 0,
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
        states = {p["paperId"]: store.documents.get_download(p["paperId"])["state"] for p in papers}
        assert states == {"enc": "encrypted", "bad": "corrupt", "big": "too-large",
                          "none": "no-open-access", "gone": "http-404", "good": "ok"}
        gone = store.documents.get_download("gone")
        assert "open-access: http-404" in gone["reason"] and "arxiv: http-404" in gone["reason"]
        assert summary.n_downloaded == 1
        good = store.documents.get_download("good")
        assert (config.pdf_dir / good["file_name"]).read_bytes() == GOOD

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
        assert summary.unmatched == ["unknown.pdf"]
        assert [(name, state) for name, state, _why in summary.invalid] == [
            ("broken.pdf", "not-a-pdf")]  # checked before it is matched
        row = store.documents.get_download("A")
        assert (row["state"], row["source"]) == ("ok", "local")
        assert (config.pdf_dir / row["file_name"]).read_bytes() == GOOD


def test_all_sources_failing_records_the_most_telling_state_not_the_last(server, config):
    server.routes.update({"/page": srv.html(), "/refused": srv.status(403),
                          "/busy": srv.status(503)})
    papers = [paper("page", oa=f"{server.url}/page", arxiv="2401.00001"),
              paper("refused", oa=f"{server.url}/refused", acl="2024.acl-long.1"),
              paper("flaky", oa=f"{server.url}/busy", arxiv="2401.00002")]
    with selected_store(config, papers) as store:
        run_pdfs(store, config, downloader=downloader(config))
        rows = {p["paperId"]: store.documents.get_download(p["paperId"]) for p in papers}
    assert {pid: r["state"] for pid, r in rows.items()} == {
        "page": "not-a-pdf", "refused": "http-403", "flaky": "http-503"}
    assert rows["page"]["reason"].startswith("Not a PDF")
    assert "arxiv: http-404" in rows["page"]["reason"]  # the whole chain is kept
    assert rows["refused"]["reason"].startswith("Access refused (HTTP 403)")
    assert rows["flaky"]["reason"].startswith("Network error (http-503), will retry")
    assert rows["flaky"]["url"] == f"{server.url}/busy" and rows["flaky"]["http_status"] == 503


def test_rerun_retries_only_the_sources_that_failed_for_a_passing_reason(server, config):
    server.routes.update({"/arxiv/2401.00003": srv.status(503), "/refused": srv.status(403)})
    flaky_oa = paper("oa-404-arxiv-busy", oa=f"{server.url}/gone", arxiv="2401.00003")
    flaky_last = paper("oa-busy-arxiv-404", oa=f"{server.url}/busy-oa", arxiv="2401.00004")
    server.routes["/busy-oa"] = srv.status(504)
    lasting = paper("lasting", oa=f"{server.url}/refused", arxiv="2401.00005")
    papers = [flaky_oa, flaky_last, lasting]
    with selected_store(config, papers) as store:
        run_pdfs(store, config, downloader=downloader(config))
        # before: the last source's failure was stored, so a 404 after a 504 was never retried
        assert store.documents.get_download("oa-busy-arxiv-404")["state"] == "http-504"
        assert store.documents.get_download("oa-404-arxiv-busy")["state"] == "http-503"
        before = dict(server.counts)
        server.routes["/arxiv/2401.00003"] = srv.pdf(GOOD)
        server.routes["/busy-oa"] = srv.pdf(GOOD)
        again = run_pdfs(store, config, downloader=downloader(config))
        assert store.documents.get_download("oa-404-arxiv-busy")["state"] == "ok"
        assert store.documents.get_download("oa-busy-arxiv-404")["state"] == "ok"
        assert again.n_downloaded == 2 and again.n_already == 1
        # lasting answers (404, 403) were not asked again
        for path in ("/gone", "/refused", "/arxiv/2401.00005"):
            assert server.counts[path] == before[path], path
        assert server.counts["/arxiv/2401.00003"] == before["/arxiv/2401.00003"] + 1
        # --retry-failed asks every source of a lasting failure again
        run_pdfs(store, config, retry_failed=True, downloader=downloader(config))
        assert server.counts["/refused"] == before["/refused"] + 1
        assert server.counts["/arxiv/2401.00005"] == before["/arxiv/2401.00005"] + 1


def test_a_new_source_after_a_lasting_failure_is_tried_alone(server, config):
    with selected_store(config, [paper("late", oa=f"{server.url}/gone")]) as store:
        run_pdfs(store, config, downloader=downloader(config))
        assert store.documents.get_download("late")["state"] == "http-404"
        run_pdfs(store, config, downloader=downloader(config))
        assert server.counts["/gone"] == 1
        # a later fetch finds the arXiv version
        store.literature.upsert_papers([paper("late", oa=f"{server.url}/gone", arxiv="2401.00009")])
        server.routes["/arxiv/2401.00009"] = srv.pdf(GOOD)
        run_pdfs(store, config, downloader=downloader(config))
        assert store.documents.get_download("late")["state"] == "ok"
        assert server.counts == {"/gone": 1, "/arxiv/2401.00009": 1}


def test_a_retryable_source_that_is_gone_leaves_the_lasting_answer(server, config):
    server.routes["/busy"] = srv.status(503)
    with selected_store(config, [paper("moved", oa=f"{server.url}/busy",
                                       arxiv="2401.00007")]) as store:
        run_pdfs(store, config, downloader=downloader(config))
        assert store.documents.get_download("moved")["state"] == "http-503"
        before = len(server.hits)
        store.literature.upsert_papers([paper("moved", arxiv="2401.00007")])  # S2 dropped the link
        run_pdfs(store, config, downloader=downloader(config))
        assert len(server.hits) == before  # nothing left worth asking
        row = store.documents.get_download("moved")
        assert row["state"] == "http-404" and "answered in an earlier run" in row["reason"]


def test_rows_stored_before_per_source_outcomes_keep_their_rerun_rule(server, config):
    papers = [paper("old-404", oa=f"{server.url}/gone"),
              paper("old-timeout", oa=f"{server.url}/good.pdf")]
    server.routes["/good.pdf"] = srv.pdf(GOOD)
    with selected_store(config, papers) as store:
        store.documents.upsert_download("old-404", "http-404", reason="HTTP 404", attempts=1)
        store.documents.upsert_download("old-timeout", "timeout", reason="slow", attempts=3)
        run_pdfs(store, config, downloader=downloader(config))
        assert "/gone" not in server.counts
        assert store.documents.get_download("old-timeout")["state"] == "ok"


def test_status_names_each_paper_by_rank_title_and_id(server, config):
    from click.testing import CliRunner

    from citeaudit.cli import main

    hostile = "[/] A title with [bold]markup[/bold] that goes on and on about preference data"
    server.routes["/page"] = srv.html()
    papers = [paper("0123456789abcdef0123456789abcdef01234567", oa=f"{server.url}/page",
                    title=hostile), paper("plain", title="Short title")]
    with selected_store(config, papers) as store:
        run_pdfs(store, config, downloader=downloader(config))
    result = CliRunner().invoke(main, ["--store", str(config.store_path), "pdfs", "--status"],
                                env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.replace("│", " ").split())  # cells read across lines
    assert "[/] A title with [bold]markup[/bold] that goes on" in text
    assert hostile not in text and "…" in text  # cut to fit
    assert "0123456789abcdef0123456789abcdef01234567" in text
    assert "Short title" in text and "plain No open-access copy known" in text
    assert "Not a PDF (the link gives a web page" in text and "not-a-pdf" in text


def _closed_port_url() -> str:
    """A local address where nothing listens: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_unreachable_hosts_are_tried_once_per_run_and_papers_recorded_offline(tmp_path):
    refused = _closed_port_url()
    config = Config(store_path=tmp_path / "store.sqlite", pdf_dir=tmp_path / "pdfs",
                    arxiv_pdf_url=f"{refused}/arxiv", http_max_retries=3,
                    arxiv_min_interval_s=0.0, host_min_interval_s=0.0)
    papers = [paper(f"ax{i}", arxiv=f"2401.0000{i}") for i in range(3)] + \
        [paper(f"oa{i}", oa=f"http://nonexistent.invalid/p{i}.pdf") for i in range(3)]
    with selected_store(config, papers) as store:
        started = time.monotonic()
        summary = run_pdfs(store, config)  # the real backoff: 2, 4, 8 s between retries
        assert time.monotonic() - started < 5
        rows = {p["paperId"]: store.documents.get_download(p["paperId"]) for p in papers}
        assert {r["state"] for r in rows.values()} == {"offline"}
        assert summary.n_requests == 2  # one attempt per host
        assert "connection refused" in rows["ax2"]["reason"]
        assert "does not resolve" in rows["oa2"]["reason"]
        assert "not asked again in this run" in rows["oa2"]["reason"]
        again = run_pdfs(store, config)  # a passing failure: the next run asks again
        assert again.n_requests == 2 and again.states == {"offline": 6}


def test_no_download_takes_the_folder_only_and_prints_progress_lines(server, config, tmp_path,
                                                                       monkeypatch):
    from click.testing import CliRunner

    from citeaudit.cli import main
    from citeaudit.literature import pdfs as pdfs_stage

    server.routes["/arxiv/2401.00002"] = srv.pdf(GOOD)
    hand = tmp_path / "hand"
    hand.mkdir()
    (hand / "2401.00001.pdf").write_bytes(GOOD)
    papers = [paper("A", arxiv="2401.00001"), paper("B", arxiv="2401.00002"),
              paper("C", arxiv="2401.00003")]
    (tmp_path / "citeaudit.toml").write_text(
        f'arxiv_pdf_url = "{server.url}/arxiv"\nacl_pdf_url = "{server.url}/acl"\n'
        f'pdf_dir = "{config.pdf_dir}"\narxiv_min_interval_s = 0.0\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with selected_store(config, papers) as store:
        pdfs_stage.run(store, config.replace(pdf_download=False))  # `run` honours the config
    assert server.hits == []
    result = CliRunner().invoke(main, ["--store", str(config.store_path), "pdfs",
                                       "--pdf-dir", str(hand), "--no-download"])
    assert result.exit_code == 0, result.output
    assert server.hits == []
    text = " ".join(result.output.split())
    assert "1 PDFs matched" in text and "3 papers: 2 not-downloaded, 1 ok" in text
    # off a terminal, where no bar is drawn, one line per paper on stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("PDFs ")]
    assert lines == ["PDFs 1/3: A ok", "PDFs 2/3: B not-downloaded", "PDFs 3/3: C not-downloaded"]
    # the same without --no-download asks the server (so the check above can fail)
    fetched = CliRunner().invoke(main, ["--store", str(config.store_path), "pdfs"])
    assert fetched.exit_code == 0, fetched.output
    assert server.counts["/arxiv/2401.00002"] == 1
