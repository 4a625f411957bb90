"""Ranking rules, twin merging and as-of filtering on hand-made candidates."""

from __future__ import annotations

import pytest

from citeaudit.core.errors import CiteauditError
from citeaudit.literature.select import Candidate, merge_twins, normalize_title, rank


def c(pid, cites=0, infl=0, flag=False, year=2023, date=None, **kw):
    return Candidate(paper_id=pid, citation_count=cites, influential_citation_count=infl,
                     is_influential=flag, year=year, publication_date=date, **kw)


POOL = [
    c("a", cites=50, infl=1),
    c("b", cites=10, infl=9, flag=True),
    c("c", cites=50, infl=5),
    c("d", cites=5, infl=0, flag=True),
    c("e", cites=0, infl=0),
]


def ids(ranking):
    return [w.representative.paper_id for w in ranking.works]


def test_citations_rule_breaks_ties_by_influential_count():
    assert ids(rank(POOL, "citations", 5)) == ["c", "a", "b", "d", "e"]


def test_influential_citations_rule():
    assert ids(rank(POOL, "influential-citations", 5)) == ["b", "c", "a", "d", "e"]


def test_s2_influential_rule_puts_flagged_edges_first_then_citations():
    assert ids(rank(POOL, "s2-influential", 5)) == ["b", "d", "c", "a", "e"]


def test_top_n_cuts_and_full_ties_are_deterministic():
    tied = [c("z", cites=3, year=2024), c("y", cites=3, year=2024), c("x", cites=3, year=2022)]
    first = ids(rank(tied, "citations", 2))
    assert first == ["x", "y"]  # earlier year, then paper id
    assert ids(rank(list(reversed(tied)), "citations", 2)) == first


def test_unknown_rule_and_bad_n_are_clear_errors():
    with pytest.raises(CiteauditError, match="unknown ranking rule 'pagerank'"):
        rank(POOL, "pagerank")
    with pytest.raises(CiteauditError, match="at least 1"):
        rank(POOL, "citations", 0)


def test_twins_by_arxiv_doi_and_title_take_one_slot():
    pool = [
        c("pre", cites=40, arxiv_id="2305.18290", venue="arXiv.org",
          title="Direct Preference Optimization"),
        c("pub", cites=90, arxiv_id="2305.18290", doi="10.5555/neurips.1", venue="NeurIPS",
          title="Direct Preference Optimization: Your LM is secretly a reward model"),
        c("doi-twin", cites=5, doi="10.5555/NEURIPS.1"),
        c("t1", cites=7, title="Red Teaming Language Models to Reduce Harms: Methods"),
        c("t2", cites=3, title="Red-teaming language models to reduce harms -- methods"),
        c("short1", cites=2, title="Introduction"),
        c("short2", cites=1, title="Introduction"),
    ]
    works = merge_twins(pool)
    by_rep = {w.representative.paper_id: sorted(m.paper_id for m in w.members) for w in works}
    assert by_rep["pub"] == ["doi-twin", "pre", "pub"]
    assert by_rep["t1"] == ["t1", "t2"]
    assert "short1" in by_rep and "short2" in by_rep  # short titles never merge
    ranking = rank(pool, "citations", 10)
    assert ranking.n_twins_merged == 3
    assert ids(ranking)[0] == "pub"
    assert ranking.works[0].citation_count == 90


def test_as_of_uses_the_date_when_known_else_the_year():
    pool = [
        c("early", date="2023-03-01", cites=1),
        c("late", date="2024-02-01", year=2024, cites=9),
        c("year-only-in", year=2023, cites=5),
        c("year-only-out", year=2024, cites=8),
        c("undated", year=None, cites=100),
    ]
    ranking = rank(pool, "citations", 10, as_of="2023-12-31")
    assert sorted(ids(ranking)) == ["early", "year-only-in"]
    assert ranking.n_undated == 1
    with pytest.raises(CiteauditError, match="--as-of must be a date"):
        rank(pool, "citations", 10, as_of="last year")


def test_normalize_title():
    assert normalize_title("Café <b>RLHF</b>: a Study!") == normalize_title("cafe brlhfb a study")
    assert normalize_title(None) == ""


def test_the_stored_target_is_found_by_any_id_form_the_user_typed(tmp_path):
    from citeaudit.core.config import Config
    from citeaudit.literature.target import stored_target_id
    from citeaudit.store import Store

    with Store(tmp_path / "s.sqlite") as store:
        store.literature.upsert_target("ARXIV:2204.05862", {"paperId": "hh", "title": "HH"})
        store.literature.upsert_target("ARXIV:2212.08073", {"paperId": "cai", "title": "CAI"})
        assert stored_target_id(store, Config(target="https://arxiv.org/abs/2204.05862")) == "hh"
        assert stored_target_id(store, Config(target="2204.05862")) == "hh"
        assert stored_target_id(store, Config(target="ARXIV:9999.00000")) == "cai"  # latest


def test_list_csv_columns_say_what_they_hold_under_every_rule(tmp_path):
    import csv
    import io

    from click.testing import CliRunner

    from citeaudit.cli import main
    from citeaudit.store import Store

    store_path = tmp_path / "s.sqlite"
    with Store(store_path) as store:
        store.literature.upsert_target("ARXIV:2204.05862", {"paperId": "T", "title": "HH"})
        store.literature.upsert_citation_page("T", "", 0, 1000, [
            {"isInfluential": p.is_influential,
             "citingPaper": {"paperId": p.paper_id, "title": f"Paper {p.paper_id}",
                             "year": p.year, "citationCount": p.citation_count,
                             "influentialCitationCount": p.influential_citation_count}}
            for p in POOL], None)
    by_id = {p.paper_id: p for p in POOL}
    runner = CliRunner()
    base = ["--store", str(store_path)]
    for rule in ("citations", "influential-citations", "s2-influential"):
        assert runner.invoke(main, [*base, "select", "--rule", rule, "--top", "5"]).exit_code == 0
        result = runner.invoke(main, [*base, "list", "--csv"])
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.output)))
        assert "influential" not in rows[0]  # the old column that held a count under any rule
        assert [r["paper_id"] for r in rows] == ids(rank(POOL, rule, 5))
        for r in rows:
            p = by_id[r["paper_id"]]
            assert int(r["citation_count"]) == p.citation_count
            assert int(r["influential_citation_count"]) == p.influential_citation_count
            assert int(r["s2_is_influential"]) == int(p.is_influential)
            assert r["rule"] == rule
            keys = r["ranked_by"].split(", ")
            assert r["score"] == r[keys[0]]
        # the ranks follow the columns the rule says it ranked by
        sort_values = [tuple(int(r[k]) for k in rows[0]["ranked_by"].split(", ")) for r in rows]
        assert sort_values == sorted(sort_values, reverse=True)
        assert [int(r["rank"]) for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["ranked_by"].startswith("s2_is_influential, citation_count")
    shown = runner.invoke(main, [*base, "list"], env={"COLUMNS": "100"})
    assert "S2 infl." in shown.output and " yes " in shown.output and " no " in shown.output


def test_the_list_table_gives_the_first_ranking_key_its_own_column():
    from citeaudit.literature.select import key_column, key_text

    assert key_column("citations") is None  # the citation count has a column anyway
    assert key_column("influential-citations") == ("influential", "influential_citation_count")
    assert key_column("s2-influential") == ("S2 infl.", "s2_is_influential")
    assert [key_text("s2_is_influential", v) for v in (1, 0, "")] == ["yes", "no", ""]
    assert key_text("influential_citation_count", 0) == "0"


def test_a_paper_is_named_by_its_rank_or_any_stored_id(tmp_path):
    from citeaudit.literature.select import paper_by_rank_or_id
    from citeaudit.store import Store

    with Store(tmp_path / "s.sqlite") as store:
        store.literature.upsert_papers([{"paperId": "dpo", "title": "DPO",
                                         "externalIds": {"ArXiv": "2305.18290"}}], details=True)
        ids = ["a", "b"]
        assert paper_by_rank_or_id(store, ids, "2") == "b"
        assert paper_by_rank_or_id(store, ids, "2305.18290") == "dpo"
        with pytest.raises(CiteauditError, match=r"no stored paper matches '3' \(give an S2 id"):
            paper_by_rank_or_id(store, ids, "3")  # past the last rank and no such id
