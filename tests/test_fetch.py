"""Fetching the citing corpus from a fake Semantic Scholar that speaks the real API."""

from __future__ import annotations

import math
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import fast_config
from fake_s2 import FakeS2, Fault, make_corpus

from citeaudit.cli import main
from citeaudit.core.errors import S2NotFound, S2Unavailable
from citeaudit.literature import fetch
from citeaudit.literature.scholar import ScholarClient, normalize_paper_id
from citeaudit.store import Store

REPO = Path(__file__).resolve().parents[1]


def run_fetch(config, **kwargs):
    with Store(config.store_path) as store, ScholarClient(config) as client:
        return fetch.run(store, config, client, **kwargs)


def citation_offsets(server: FakeS2) -> list[int]:
    return [int(r.query["offset"][0]) for r in server.requests_to(r"/citations$")]


def test_fetch_pages_to_the_end_within_the_request_budget(tmp_path):
    with FakeS2(make_corpus(2500, seed=3)) as server:
        config = fast_config(tmp_path, server.url)
        summary = run_fetch(config)
        assert summary.citations_stored == 2500
        assert citation_offsets(server) == [0, 1000, 2000]
        assert all(r.query["limit"] == ["1000"] for r in server.requests_to("/citations$"))
        assert len(server.log) <= fetch.minimum_requests(2500) == math.ceil(2500 / 1000) + 3
        assert len(server.requests_to("/paper/batch")) == 1
        assert not summary.truncated
        with Store(config.store_path) as store:
            assert store.scalar("SELECT count(*) FROM citations") == 2500
            assert store.scalar("SELECT count(*) FROM reference_fetches") == 100
            assert store.scalar("SELECT count(*) FROM paper_references") > 100

        before = len(server.log)
        again = run_fetch(config)
        assert len(server.log) == before, "a warm rerun must make no API calls"
        assert again.requests == 0
        assert again.citations_stored == 2500
        with Store(config.store_path) as store:
            assert store.scalar("SELECT count(*) FROM selections") == 1, "same ranking, one record"


def test_refresh_asks_again(tmp_path, fake_s2, s2_config):
    run_fetch(s2_config)
    before = len(fake_s2.log)
    run_fetch(s2_config, refresh=True)
    assert len(fake_s2.log) > before
    with Store(s2_config.store_path) as store:
        assert store.scalar("SELECT count(*) FROM citations") == 300


def test_cap_truncation_is_warned_and_stored_pages_stay_offline(tmp_path):
    with FakeS2(make_corpus(10_400, seed=5, twins=0)) as server:
        config = fast_config(tmp_path, server.url)
        summary = run_fetch(config)
        assert summary.truncated
        assert summary.citations_stored == 10_000
        assert any("10,000" in w for w in summary.warnings)
        assert max(citation_offsets(server)) == 9000
        before = len(server.log)
        assert run_fetch(config).truncated
        assert len(server.log) == before


def test_oversize_page_halves_the_limit_and_goes_on(tmp_path):
    with FakeS2(make_corpus(600, seed=2), max_page_bytes=150_000) as server:
        config = fast_config(tmp_path, server.url)
        summary = run_fetch(config)
        assert summary.citations_stored == 600
        limits = [int(r.query["limit"][0]) for r in server.requests_to("/citations$")]
        assert limits[0] == 1000 and min(limits) < 1000
        assert len({r.query["offset"][0] for r in server.requests_to("/citations$")}) > 1


def test_as_of_restricts_to_papers_published_by_that_date(tmp_path, fake_s2, s2_config):
    config = s2_config.replace(as_of="2023-12-31")
    summary = run_fetch(config)
    sent = fake_s2.requests_to("/citations$")[0].query
    assert sent["publicationDateOrYear"] == [":2023-12-31"]
    expected = [p for p in fake_s2.corpus.citing
                if (p["publicationDate"] or f"{p['year']}-01-01") <= "2023-12-31"]
    assert summary.citations_stored == len(expected) < 300
    with Store(config.store_path) as store:
        selection = store.literature.get_current_selection()
        assert selection.as_of == "2023-12-31"
        for row in store.literature.list_selection_items(selection.selection_id):
            assert (row["publication_date"] or str(row["year"])) <= "2023-12-31"


def test_429_storm_honours_retry_after(tmp_path, fake_s2, s2_config):
    fake_s2.add_fault(Fault("status", path="/citations$", count=3, status=429, retry_after="1"))
    with Store(s2_config.store_path) as store, ScholarClient(s2_config) as client:
        summary = fetch.run(store, s2_config, client)
        assert summary.citations_stored == 300
        assert client.stats.retries == 3
        assert client.stats.waited_s >= 3.0  # three Retry-After: 1 honoured
    assert [s for s in client.stats.statuses if s == 429] == [429, 429, 429]


@pytest.mark.parametrize("fault", [
    Fault("status", path="/citations$", count=2, status=500),
    Fault("status", path="/citations$", count=2, status=503),
    Fault("status", path="/batch$", count=1, status=504),
    Fault("drop", path="/citations$", count=2),
    Fault("truncate", path="/citations$", count=1),
])
def test_transient_faults_are_retried_then_succeed(tmp_path, fake_s2, s2_config, fault):
    fake_s2.add_fault(fault)
    summary = run_fetch(s2_config)
    assert summary.citations_stored == 300
    assert summary.details_fetched == 100


def test_bad_target_id_is_reported_and_not_retried(tmp_path, fake_s2, s2_config):
    config = s2_config.replace(target="arXiv:2204.0586")
    with pytest.raises(S2NotFound, match="no paper found for ARXIV:2204.0586"):
        run_fetch(config)
    assert len(fake_s2.log) == 1

    result = CliRunner().invoke(main, ["--store", str(config.store_path), "fetch",
                                       "--target", "arXiv:2204.0586"],
                                env={"CITEAUDIT_S2_API_URL": fake_s2.url})
    assert result.exit_code == 1
    assert "no paper found for ARXIV:2204.0586" in result.output


def test_persistent_5xx_fails_with_a_clear_message(tmp_path, fake_s2, s2_config):
    fake_s2.add_fault(Fault("status", path="/citations$", count=100, status=503))
    with pytest.raises(S2Unavailable, match="HTTP 503.*gave up after 5 tries"):
        run_fetch(s2_config)


def test_unreachable_api_leaves_the_store_intact(tmp_path, fake_s2, s2_config):
    run_fetch(s2_config)
    snapshot = _dump(s2_config.store_path)
    dead = fast_config(tmp_path, "http://127.0.0.1:9", s2_max_retries=1)
    dead = dead.replace(target="CorpusId:999")
    with pytest.raises(S2Unavailable, match="connection failed"):
        run_fetch(dead)
    assert _dump(s2_config.store_path) == snapshot

    env = {**os.environ, "CITEAUDIT_S2_API_URL": "http://127.0.0.1:9", "PYTHONPATH": str(REPO)}
    (tmp_path / "citeaudit.toml").write_text(
        "[citeaudit]\ns2_min_interval_s = 0.0\ns2_max_retries = 2\ns2_backoff_base_s = 0.1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "citeaudit", "--store", str(s2_config.store_path), "fetch",
         "--target", "CorpusId:999"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert proc.returncode == 1
    assert "error:" in proc.stderr and "Traceback" not in proc.stderr
    # the reason and what to check, so that an offline user knows what to do
    assert "Connection refused" in proc.stderr and "s2_api_url" in proc.stderr
    assert _dump(s2_config.store_path) == snapshot


def _dump(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")))) for t in tables
                if t not in ("meta",)]
    finally:
        conn.close()


def test_resume_after_the_fetch_process_is_killed(tmp_path):
    with FakeS2(make_corpus(5000, seed=11), latency_s=0.4) as server:
        store_path = tmp_path / "store.sqlite"
        env = {**os.environ, "CITEAUDIT_S2_API_URL": server.url, "PYTHONPATH": str(REPO)}
        (tmp_path / "citeaudit.toml").write_text(
            "[citeaudit]\ns2_min_interval_s = 0.0\n", encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "citeaudit", "--store", str(store_path), "fetch"],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 60
        pages = 0
        while time.time() < deadline and pages < 2:
            time.sleep(0.1)
            if store_path.exists():
                try:
                    with Store(store_path) as store:
                        pages = store.scalar("SELECT count(*) FROM fetch_pages") or 0
                except Exception:
                    pages = 0
        proc.kill()
        proc.wait()
        assert 2 <= pages < 5, "the kill should land mid-run"
        with Store(store_path) as store:
            pages = store.scalar("SELECT count(*) FROM fetch_pages")
            stored = store.scalar("SELECT count(*) FROM citations")
        assert stored == pages * 1000
        asked_before = citation_offsets(server)

        config = fast_config(tmp_path, server.url, store_path=store_path)
        summary = run_fetch(config)
        assert summary.citations_stored == 5000
        asked_after = citation_offsets(server)[len(asked_before):]
        assert asked_after == [1000 * k for k in range(pages, 5)], "no stored page is asked again"
        with Store(store_path) as store:
            assert store.scalar("SELECT count(*) FROM citations") == 5000
            assert store.scalar(
                "SELECT count(*) FROM (SELECT citing_paper_id FROM citations "
                "GROUP BY citing_paper_id HAVING count(*) > 1)") == 0


def test_api_key_is_sent_but_never_logged_or_stored(tmp_path, fake_s2):
    key = "sk-test-SECRET-4242"
    env = {**os.environ, "CITEAUDIT_S2_API_URL": fake_s2.url, "S2_API_KEY": key,
           "PYTHONPATH": str(REPO)}
    (tmp_path / "citeaudit.toml").write_text("[citeaudit]\ns2_min_interval_s = 0.0\n")
    fake_s2.add_fault(Fault("status", path="/citations$", count=1, status=429, retry_after="0"))
    store_path = tmp_path / "store.sqlite"
    proc = subprocess.run(
        [sys.executable, "-m", "citeaudit", "--debug", "--store", str(store_path), "fetch"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert all(r.headers.get("x-api-key") == key for r in fake_s2.log)
    assert "S2 GET" in proc.stderr  # debug logging was on
    assert key not in proc.stdout and key not in proc.stderr
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert key.encode() not in f.read_bytes(), f"API key found in {f}"


@pytest.mark.parametrize("given", [
    "ARXIV:2204.05862", "arXiv:2204.05862", "2204.05862",
    "https://arxiv.org/abs/2204.05862", "https://arxiv.org/pdf/2204.05862v2",
    "CorpusId:248118878", "DOI:10.48550/arXiv.2204.05862",
    "https://www.semanticscholar.org/paper/Training-a-Helpful/{sha}",
    "{sha}",
])
def test_every_id_form_resolves_to_the_target(tmp_path, fake_s2, s2_config, given):
    sha = fake_s2.corpus.target["paperId"]
    config = s2_config.replace(target=given.format(sha=sha))
    with Store(config.store_path) as store, ScholarClient(config) as client:
        assert fetch.resolve_target(store, client, config.target, refresh=False) == sha


def test_acl_id_resolves(tmp_path, fake_s2, s2_config):
    paper = next(p for p in fake_s2.corpus.citing if p["externalIds"].get("ACL"))
    with ScholarClient(s2_config) as client:
        assert client.paper(f"ACL:{paper['externalIds']['ACL']}")["paperId"] == paper["paperId"]


def test_normalize_paper_id_forms():
    assert normalize_paper_id("corpusid:123") == "CorpusId:123"
    assert normalize_paper_id("https://doi.org/10.1/x") == "DOI:10.1/x"
    assert normalize_paper_id("10.18653/v1/2023.acl-long.1") == "DOI:10.18653/v1/2023.acl-long.1"
    assert normalize_paper_id("acl:2023.acl-long.1") == "ACL:2023.acl-long.1"


def test_cli_fetch_then_list_table_and_csv(tmp_path, fake_s2):
    runner = CliRunner()
    store = str(tmp_path / "s.sqlite")
    env = {"CITEAUDIT_S2_API_URL": fake_s2.url}
    (tmp_path / "c.toml").write_text("[citeaudit]\ns2_min_interval_s = 0.0\n")
    base = ["--config", str(tmp_path / "c.toml"), "--store", store]
    result = runner.invoke(main, base + ["fetch", "--top", "20", "--rule",
                                         "influential-citations"], env=env)
    assert result.exit_code == 0, result.output
    assert "selected: top 20 by influential-citations" in result.output
    result = runner.invoke(main, base + ["list", "--csv"], env=env)
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("rank,paper_id,year,rule,ranked_by,score,citation_count,"
                               "influential_citation_count,s2_is_influential,title")
    assert len(lines) == 21
    result = runner.invoke(main, base + ["list"], env=env)
    assert "Top 20 by influential-citations" in result.output
    result = runner.invoke(main, base + ["select", "--rule", "citations", "--top", "5"], env=env)
    assert result.exit_code == 0
    before = len(fake_s2.log)
    result = runner.invoke(main, base + ["list", "--csv"], env=env)
    assert len(result.output.strip().splitlines()) == 6
    assert len(fake_s2.log) == before


def test_select_without_fetch_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "select"])
    assert result.exit_code == 1
    assert "run `citeaudit fetch` first" in result.output


def test_titles_that_look_like_console_markup_print_as_text(tmp_path):
    hostile = "[/] Closing tag first, then [bold]bold[/bold] and [Re] a replication"
    store_path = tmp_path / "s.sqlite"
    with Store(store_path) as store:
        store.literature.upsert_papers([{"paperId": "T", "title": "HH"},
                                        {"paperId": "P1", "title": hostile, "year": 2024}])
        store.literature.upsert_citation_page("T", "", 0, 1000,
                                              [{"citingPaper": {"paperId": "P1"}}], None)
        store.literature.upsert_target("ARXIV:2204.05862", {"paperId": "T", "title": "HH"})
        store.literature.insert_selection("T", "citations", 1, None, 1, 0, [("P1", ["P1"], {})])
    runner = CliRunner()
    for command in (["list"], ["passages"], ["network", "--out", str(tmp_path / "net")]):
        result = runner.invoke(main, ["--store", str(store_path), *command])
        assert result.exit_code == 0, (command, result.output, result.exception)
        assert "[/] Closing tag first" in " ".join(result.output.split()), command


def test_an_unreachable_host_is_given_up_on_after_a_few_tries_not_the_whole_backoff(tmp_path):
    import socket

    from citeaudit.literature.scholar import CONNECT_RETRIES

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    waits: list[float] = []
    config = fast_config(tmp_path, f"http://127.0.0.1:{port}", s2_max_retries=6)
    with ScholarClient(config, sleep=waits.append) as client:
        tries = CONNECT_RETRIES + 1
        with pytest.raises(S2Unavailable, match=rf"Connection refused.*after {tries} tries"):
            client.paper("CorpusId:1")
        assert client.stats.requests == tries < config.s2_max_retries + 1
    assert len([w for w in waits if w > 0]) == CONNECT_RETRIES
