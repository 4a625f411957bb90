"""The pdfs and extract stages over a store: real PDFs served locally, S2 contexts linked
to the PDF passages they repeat, S2 snippets for papers without a PDF, and the CLI."""

from __future__ import annotations

import csv
from pathlib import Path

import pdf_server as srv
import pymupdf
import pytest
from click.testing import CliRunner
from conftest import fast_config
from corpus_fixtures import PDFS, needs_corpus

from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.core.errors import CiteauditError
from citeaudit.literature import fetch as fetch_stage
from citeaudit.literature.extract import stage as passages_stage
from citeaudit.literature.pdfs import run_pdfs
from citeaudit.literature.scholar import ScholarClient
from citeaudit.store import Store

TARGET = {
    "paperId": "hh", "corpusId": 248118878, "title": "Training a Helpful and Harmless Assistant "
    "with Reinforcement Learning from Human Feedback", "year": 2022,
    "externalIds": {"ArXiv": "2204.05862", "DOI": "10.48550/arXiv.2204.05862"},
    "authors": [{"name": "Yuntao Bai"}] + [{"name": f"Author {i}"} for i in range(30)],
}
# A sentence of 2310.10076 (page 6), as S2 would give it, and one that is nowhere in it.
REPEATED_CONTEXT = ("We use the HH-RLHF dataset (Bai et al., 2022a) which contains human feedback "
                    "data comparing pairs of answers to a prompt.")
OTHER_CONTEXT = "Reward models are trained on comparisons (Bai et al., 2022a) in many settings."


def scanned_pdf() -> bytes:
    doc = pymupdf.open()
    doc.new_page().draw_rect(pymupdf.Rect(40, 40, 400, 400), fill=(0.3, 0.3, 0.3))
    return doc.tobytes()


@pytest.fixture
def world(tmp_path):
    if not PDFS.is_dir():  # the served PDFs are the shared corpus's
        pytest.skip(f"shared corpus absent: {PDFS}")
    server = srv.PdfServer().start()
    for name in ("2310.10076", "2305.18290", "2401.05566"):
        server.routes[f"/arxiv/{name}"] = srv.pdf((PDFS / f"{name}.pdf").read_bytes())
    server.routes["/oa/scan.pdf"] = srv.pdf(scanned_pdf())
    config = fast_config(tmp_path, "http://127.0.0.1:9", arxiv_pdf_url=f"{server.url}/arxiv")
    store = Store(config.store_path)
    citing = [{"paperId": f"p{name}", "title": f"Paper {name}", "externalIds": {"ArXiv": name}}
              for name in ("2310.10076", "2305.18290", "2401.05566")]
    citing += [{"paperId": "pscan", "title": "A scanned paper",
                "openAccessPdf": {"url": f"{server.url}/oa/scan.pdf"}},
               {"paperId": "pnone", "title": "Paywalled"}]
    store.literature.upsert_target("ARXIV:2204.05862", TARGET)
    edges = [{"citingPaper": p, "contexts": []} for p in citing]
    edges[0]["contexts"] = [REPEATED_CONTEXT, OTHER_CONTEXT]
    store.literature.upsert_citation_page("hh", "", 0, 1000, edges, None)
    store.literature.insert_selection("hh", "citations", 5, None, 5, 0,
                                      [(p["paperId"], [p["paperId"]], {}) for p in citing])
    yield store, config, server
    store.close()
    server.stop()


@needs_corpus
def test_pdfs_then_extract_stores_passages_and_links_s2_contexts(world):
    store, config, server = world
    downloads = run_pdfs(store, config)
    assert downloads.states == {"ok": 4, "no-open-access": 1}
    summary = passages_stage.run_extract(store, config)
    assert summary.states == {"ok": 3, "no-text": 1}
    assert summary.n_without_pdf == 1
    assert store.documents.get_extraction("pscan")["reason"].startswith("0 characters")

    rows = store.documents.list_paper_passages("p2310.10076")
    pdf_rows = [r for r in rows if r["source"] == "pdf"]
    assert {r["page"] for r in pdf_rows} == {4, 6, 7}
    assert all(r["section"] for r in pdf_rows)
    repeated = next(r for r in rows if r["source"] == "s2-context"
                    and r["sentence"] == REPEATED_CONTEXT)
    twin = store.query("SELECT * FROM passages WHERE passage_id=?",
                       (repeated["duplicate_of"],))[0]
    assert twin["source"] == "pdf" and twin["page"] == 6
    assert "HH-RLHF dataset (Bai et al., 2022a)" in twin["sentence"]
    other = next(r for r in rows if r["sentence"] == OTHER_CONTEXT)
    assert other["duplicate_of"] is None
    counts = store.documents.count_passages()["p2310.10076"]
    assert counts["s2-context"] == 2 and counts["total"] == len(pdf_rows) + 1

    extraction = store.documents.get_extraction("p2305.18290")
    assert (extraction["marker_style"], extraction["markers_json"]) == ("numeric", '["1"]')
    assert len(store.documents.list_page_texts("p2305.18290")) == 27


@needs_corpus
def test_rerun_skips_unchanged_pdfs_and_keeps_passage_ids(world):
    store, config, _server = world
    run_pdfs(store, config)
    passages_stage.run_extract(store, config)
    before = {r["passage_id"]: r["created_at"] for r in store.documents.list_passages()}
    stamp = store.documents.get_extraction("p2305.18290")["extracted_at"]
    again = passages_stage.run_extract(store, config)
    assert again.n_unchanged == 4 and again.n_extracted == 0
    assert store.documents.get_extraction("p2305.18290")["extracted_at"] == stamp
    forced = passages_stage.run_extract(store, config, force=True)
    assert forced.n_extracted == 4
    assert set(before) == {r["passage_id"] for r in store.documents.list_passages()}


@needs_corpus
def test_cli_list_passages_and_csv(world, tmp_path):
    store, config, _server = world
    run_pdfs(store, config)
    passages_stage.run_extract(store, config)
    store.close()
    runner = CliRunner()
    base = ["--store", str(config.store_path)]
    env = {"CITEAUDIT_S2_API_URL": config.s2_api_url}

    listing = runner.invoke(main, [*base, "list", "--csv"], env=env)
    assert listing.exit_code == 0, listing.output
    rows = list(csv.DictReader(listing.output.splitlines()))
    by_id = {r["paper_id"]: r for r in rows}
    assert by_id["pscan"]["pdf"] == "ok" and by_id["pnone"]["pdf"] == "no-open-access"
    # HH's citation on page 12, and Ganguli et al. 2022 cited for red team prompts on page 2
    assert int(by_id["p2401.05566"]["passages"]) == 2

    shown = runner.invoke(main, [*base, "passages", "3"], env=env)  # rank 3: Sleeper Agents
    assert shown.exit_code == 0, shown.output
    assert "as described in Bai et al. (2022a)" in shown.output
    assert "p. 12" in shown.output

    out = tmp_path / "out" / "passages.csv"
    exported = runner.invoke(main, [*base, "passages", "--csv", str(out)], env=env)
    assert exported.exit_code == 0, exported.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert table[0].keys() == set(passages_stage.CSV_COLUMNS)
    assert len(table) == sum(1 for _ in Store(config.store_path).documents.list_passages())
    assert {r["paper_id"] for r in table} >= {"p2310.10076", "p2305.18290", "p2401.05566"}
    assert [(r["page"], r["matched"]) for r in table if r["match_kind"] == "redteam_marker"
            and r["paper_id"] == "p2401.05566"] == [("2", "Ganguli et al., 2022")]

    # DPO's two plot titles naming Anthropic-HH are figure text: shown with their kind,
    # left out of the counts
    dpo = " ".join(runner.invoke(main, [*base, "passages", "p2305.18290"], env=env).output.split())
    assert "11 passages (and 2 naming a model or in a table or figure)" in dpo
    assert "p. 8 · 6 Experiments · pdf · table figure · alias Anthropic-HH" in dpo
    assert int(by_id["p2305.18290"]["passages"]) == 11
    assert {r["passage_kind"] for r in table if r["paper_id"] == "p2305.18290"} == {
        "dataset_use", "citation", "table_figure"}
    counts = " ".join(runner.invoke(main, [*base, "passages"], env=env).output.split())
    assert "other" in counts

    missing = runner.invoke(main, [*base, "passages", "no-such-paper"], env=env)
    assert missing.exit_code == 1 and "no stored paper" in missing.output


@needs_corpus
def test_extract_from_a_folder_writes_a_csv_without_a_store(tmp_path, monkeypatch):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in ("2310.10076", "2404.18870"):
        (folder / f"{name}.pdf").write_bytes((PDFS / f"{name}.pdf").read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "p.csv"
    result = CliRunner().invoke(main, ["extract", "--from-dir", str(folder), "--csv", str(out)])
    assert result.exit_code == 0, result.output
    # the broken file is named with the state `citeaudit pdfs` gives it, the others are read
    assert "truncated broken.pdf" in " ".join(result.output.split())
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert {r["paper_id"] for r in table} == {"2310.10076", "2404.18870"}
    assert any(r["page"] == "4" and "Anthropic HH dataset [23]" in r["sentence"] for r in table)
    assert not (tmp_path / "cache").exists()  # nothing stored, not even an empty store


def test_snippets_give_passages_to_papers_without_a_pdf(tmp_path, fake_s2):
    config = fast_config(tmp_path, fake_s2.url, top_n=3)
    store = Store(config.store_path)
    with ScholarClient(config) as client:
        fetch_stage.run(store, config, client)
    ids = store.literature.list_selected_paper_ids()
    target = store.literature.get_paper(store.literature.get_latest_target_paper_id())
    sentences = ["We fine-tune on Anthropic's preference data [12].",
                 "The policy is then compared with a baseline.",
                 "We also filter the harmless-base split by length."]
    text = " ".join(sentences)
    bounds = []
    for sentence in sentences:
        start = text.index(sentence)
        bounds.append({"start": start, "end": start + len(sentence)})
    mention = text.index("[12]")
    fake_s2.snippets[ids[0]] = [{
        "snippet": {
            "text": text, "snippetKind": "body", "section": "4 Experiments",
            "annotations": {
                "sentences": bounds,
                "refMentions": [{"start": mention, "end": mention + 4,
                                 "matchedPaperCorpusId": str(target["corpus_id"])}]},
        },
        "score": 0.8, "paper": {"corpusId": "1", "title": "x"},
    }, {
        "snippet": {"text": "Unrelated text citing another work [3].", "section": "Intro",
                    "annotations": {"sentences": [{"start": 0, "end": 39}],
                                    "refMentions": [{"start": 35, "end": 38,
                                                     "matchedPaperCorpusId": "99"}]}},
        "score": 0.5, "paper": {"corpusId": "1", "title": "x"},
    }]
    summary = passages_stage.run(store, config)
    assert summary.snippets.n_fetched == 3
    rows = store.documents.list_paper_passages(ids[0], source="s2-snippet")
    assert [(r["sentence"], r["match_kind"], r["matched"], r["section"], r["passage_kind"])
            for r in rows] == [
        # the owner's name with a data noun names the dataset
        ("We fine-tune on Anthropic's preference data [12].", "alias",
         "Anthropic's preference data | [12]", "4 Experiments", "dataset_use"),
        ("We also filter the harmless-base split by length.", "alias", "harmless-base",
         "4 Experiments", "dataset_use"),
    ]
    assert rows[0]["context_after"] == "The policy is then compared with a baseline."
    asked = fake_s2.requests_to("snippet/search")
    assert len(asked) == 3 and all("paperIds" in r.query for r in asked)

    again = passages_stage.run(store, config)
    assert again.snippets is None  # nothing left to ask
    assert len(fake_s2.requests_to("snippet/search")) == 3
    store.close()


def test_extract_without_a_selection_says_what_to_run(tmp_path):
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "extract"])
    assert result.exit_code == 1
    assert "citeaudit fetch" in result.output


def test_pdf_paths_from_the_store_are_names_not_paths(world):
    store, config, _server = world
    run_pdfs(store, config)
    names = [row["file_name"] for row in store.query("SELECT * FROM pdf_downloads")
             if row["file_name"]]
    assert len(names) == 4  # three arXiv PDFs and the scan; the paywalled paper has none
    assert all(Path(name).name == name for name in names), names


def test_a_folder_is_read_for_the_stored_target_else_the_known_default(tmp_path):
    config = Config(store_path=tmp_path / "s.sqlite")  # target: HH-RLHF, known without a fetch
    assert passages_stage.folder_target(config) == \
        passages_stage.KNOWN_TARGETS["ARXIV:2204.05862"]
    assert not config.store_path.exists()  # nothing stored, not even an empty store
    dpo = config.replace(target="2305.18290")
    with pytest.raises(CiteauditError, match=r"the target 2305\.18290 is not resolved yet: run "
                       r"`citeaudit fetch` first"):
        passages_stage.folder_target(dpo)
    with Store(config.store_path) as store:
        store.literature.upsert_target("ARXIV:2305.18290", {
            "paperId": "dpo", "title": "Direct Preference Optimization", "year": 2023,
            "externalIds": {"ArXiv": "2305.18290"}, "authors": [{"name": "Rafael Rafailov"}]})
    target = passages_stage.folder_target(dpo)
    assert (target.arxiv_id, target.first_author_surname, target.year) == \
        ("2305.18290", "Rafailov", 2023)
