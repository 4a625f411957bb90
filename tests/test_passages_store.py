"""The passages component of the store: migration, pages, passages and counts."""

from __future__ import annotations

import sqlite3

import pytest

from citeaudit.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        s.literature.upsert_papers([{"paperId": "p1", "title": "One"},
                                    {"paperId": "p2", "title": "Two"}])
        yield s


def _pdf_passage(pid: str, page: int, sentence: str) -> dict:
    return {"passage_id": pid, "page": page, "section": "4 Experiments", "sentence": sentence,
            "context_before": "Before.", "context_after": "After.", "matched": "HH-RLHF",
            "match_kind": "alias"}


def test_migration_is_recorded_and_reopening_keeps_data(tmp_path):
    path = tmp_path / "s.sqlite"
    with Store(path) as s:
        assert s.schema_versions()["passages"] == 5
        s.literature.upsert_papers([{"paperId": "p1"}])
        s.documents.upsert_extraction("p1", "ok", pages=["page one"],
                                      passages=[_pdf_passage("a", 1, "x")])
    with Store(path) as s:
        assert [r["passage_id"] for r in s.documents.list_paper_passages("p1")] == ["a"]
        assert s.documents.list_page_texts("p1") == ["page one"]


def test_save_extraction_replaces_pdf_passages_but_keeps_s2_ones(store):
    store.documents.upsert_extraction("p1", "ok", pages=["a", "b"],
                                      passages=[_pdf_passage("a", 2, "s1"),
                                                _pdf_passage("b", 1, "s2")])
    store.documents.upsert_s2_passages("p1", "s2-context", [{"passage_id": "c", "sentence": "ctx",
                                                              "duplicate_of": "a"}])
    assert [r["passage_id"] for r in store.documents.list_paper_passages("p1")] == ["b", "a", "c"]
    assert store.documents.count_passages() == {"p1": {"pdf": 2, "s2-context": 1, "total": 2}}

    store.documents.upsert_extraction("p1", "ok", pages=["a"],
                                      passages=[_pdf_passage("b", 1, "s2")])
    rows = {r["passage_id"]: r for r in store.documents.list_paper_passages("p1")}
    assert set(rows) == {"b", "c"}
    assert rows["c"]["duplicate_of"] is None  # its PDF twin is gone
    assert store.documents.list_page_texts("p1") == ["a"]
    assert store.documents.get_extraction("p1")["n_passages"] == 1


def test_failed_extraction_rolls_back_everything(store):
    store.documents.upsert_extraction("p1", "ok", pages=["a"], passages=[_pdf_passage("a", 1, "s")])
    bad = [_pdf_passage("z", 1, "s"), {"passage_id": "y", "sentence": None}]  # NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        store.documents.upsert_extraction("p1", "ok", pages=["new"], passages=bad)
    assert [r["passage_id"] for r in store.documents.list_paper_passages("p1")] == ["a"]
    assert store.documents.list_page_texts("p1") == ["a"]


def test_source_and_match_kind_are_checked(store):
    with pytest.raises(ValueError):
        store.documents.upsert_s2_passages("p1", "pdf", [])
    with pytest.raises(sqlite3.IntegrityError):
        store.documents.upsert_extraction("p1", "ok", passages=[{**_pdf_passage("a", 1, "s"),
                                                                "match_kind": "guess"}])


def test_download_state_round_trip(store):
    assert store.documents.get_download("p1") is None
    store.documents.upsert_download("p1", "http-403", reason="forbidden", url="http://x/1.pdf",
                                    http_status=403, attempts=1)
    row = store.documents.get_download("p1")
    assert (row["state"], row["http_status"], row["file_name"]) == ("http-403", 403, None)
    store.documents.upsert_download("p1", "ok", file_name="p1.pdf", n_pages=3, attempts=2)
    assert store.documents.get_download("p1")["reason"] is None
    with pytest.raises(ValueError):
        store.documents.upsert_download("p1", "ok", path="/etc/passwd")


def test_snippet_passages_are_remembered(store):
    assert store.documents.get_snippet_fetch("p2") is None
    store.documents.upsert_snippet_passages("p2", [{"passage_id": "s1", "sentence": "We use HH.",
                                                    "section": "Method"}])
    assert store.documents.get_snippet_fetch("p2")["n_snippets"] == 1
    assert store.documents.count_passages()["p2"] == {"s2-snippet": 1, "total": 1}


def test_passage_kinds_are_stored_and_only_dataset_use_and_citations_are_counted(store):
    kinds = ["dataset_use", "citation", "model_name", "table_figure", "table_figure"]
    store.documents.upsert_extraction("p1", "ok", passages=[
        {**_pdf_passage(f"k{i}", 1, f"s{i}"), "passage_kind": kind}
        for i, kind in enumerate(kinds)])
    store.documents.upsert_s2_passages("p1", "s2-context", [
        {"passage_id": "c", "sentence": "ctx"}])  # no kind given: a dataset use
    rows = store.documents.list_paper_passages("p1")
    assert [r["passage_kind"] for r in rows] == [*kinds, "dataset_use"]
    assert store.documents.count_passages() == {
        "p1": {"pdf": 2, "s2-context": 1, "total": 3, "other": 3}}
    with pytest.raises(sqlite3.IntegrityError):
        store.documents.upsert_extraction("p1", "ok", passages=[
            {**_pdf_passage("a", 1, "s"), "passage_kind": "guess"}])


def test_a_passage_citing_the_red_team_datas_paper_is_stored_with_its_match_kind(store):
    row = {**_pdf_passage("rt", 4, "16 prompts adapted from the red-teaming dataset of [23]."),
           "matched": "[23]", "match_kind": "redteam_marker"}
    store.documents.upsert_extraction("p1", "ok", pages=["page"], passages=[row])
    assert [r["match_kind"] for r in store.documents.list_paper_passages("p1")] == [
        "redteam_marker"]


def test_an_unknown_match_kind_is_refused(store):
    row = {**_pdf_passage("x", 1, "Some sentence."), "match_kind": "guess"}
    with pytest.raises(sqlite3.IntegrityError):
        store.documents.upsert_extraction("p1", "ok", pages=["page"], passages=[row])
