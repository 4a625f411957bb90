"""The model-evaluation section of the HTML report: imported generations -> classify ->
`citeaudit report`, and every number on the page checked against `eval_tables`."""

from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser

import pytest
import report_fixtures as fx
from click.testing import CliRunner
from eval_fixtures import write_generations
from fake_openai import FakeOpenAI

from citeaudit.cli import main
from citeaudit.evals.analysis import classifier_agreement, eval_tables
from citeaudit.evals.report import CORRECTION, PERMUTATION_SEED, PERMUTATIONS, report_section
from citeaudit.report import collect
from citeaudit.report.sections import build_sections
from citeaudit.store import Store


class SectionTables(HTMLParser):
    """Tables (caption -> header, rows) and facts inside one <section id=...>."""

    def __init__(self, section_id: str):
        super().__init__()
        self.section_id = section_id
        self.depth = 0  # >0 while inside the section
        self.tables: dict[str, tuple[list[str], list[list[str]]]] = {}
        self.muted: dict[str, int] = {}  # caption -> rows shown greyed
        self.facts: dict[str, str] = {}
        self.figures = 0
        self._text: list[str] | None = None
        self._caption = ""
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._term = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            if self.depth or attrs.get("id") == self.section_id:
                self.depth += 1
            return
        if not self.depth:
            return
        if tag == "script" and "data-figure" in attrs:
            self.figures += 1
        if tag == "table":
            self._header, self._rows, self._muted = [], [], 0
        elif tag == "tr":
            self._row = []
            self._muted += attrs.get("class") == "muted"
        elif tag in ("caption", "th", "td", "dt", "dd"):
            self._text = []

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "section" and self.depth:
            self.depth -= 1
            return
        if not self.depth:
            return
        text = "".join(self._text or [])
        if tag == "caption":
            self._caption = re.sub(r"^Table \d+\. ", "", text)  # the report's numbering
        elif tag == "th":
            self._header.append(text)
        elif tag == "td" and self._row is not None:
            self._row.append(text)
        elif tag == "tr" and self._row:
            self._rows.append(self._row)
        elif tag == "table":
            self.tables[self._caption] = (self._header, self._rows)
            self.muted[self._caption] = self._muted
        elif tag == "dt":
            self._term = text
        elif tag == "dd":
            self.facts[self._term] = text
        if tag in ("caption", "th", "td", "dt", "dd"):
            self._text = None


def _table(parsed: SectionTables, starts: str) -> list[dict[str, str]]:
    [(header, rows)] = [v for k, v in parsed.tables.items() if k.startswith(starts)]
    return [dict(zip(header, row, strict=True)) for row in rows]


def _int(shown: str) -> int:
    """A count as the report shows it (thousands separated: 1,000)."""
    return int(shown.replace(",", ""))


def _close(shown: str, value: float, digits: int = 4) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return shown == ""
    return abs(float(shown) - value) <= 0.5 * 10 ** -digits + 1e-12


def _close_p(shown: str, value: float) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return shown == ""
    return float(shown) == pytest.approx(value, rel=5e-3, abs=1e-300)


@pytest.fixture
def evaluated_store(tmp_path):
    """The report fixtures' corpus plus imported, classified generations (via the CLI)."""
    store_path = tmp_path / "s.sqlite"
    fx.build_store(store_path).close()
    rows = write_generations(tmp_path / "gens.csv")
    runner = CliRunner()
    for args in (["import", str(tmp_path / "gens.csv")], ["classify"]):
        result = runner.invoke(main, ["--store", str(store_path), "eval", *args])
        assert result.exit_code == 0, result.output
    return store_path, rows


def _render(tmp_path, store_path) -> SectionTables:
    result = CliRunner().invoke(main, ["--store", str(store_path), "report", "--out",
                                       str(tmp_path / "report")])
    assert result.exit_code == 0, result.output
    parsed = SectionTables("ext-evaluation")
    parsed.feed((tmp_path / "report" / "index.html").read_text(encoding="utf-8"))
    assert parsed.tables, "the evaluation section is missing from the report"
    return parsed


def test_every_number_in_the_section_comes_from_eval_tables(evaluated_store, tmp_path):
    store_path, rows = evaluated_store
    parsed = _render(tmp_path, store_path)
    with Store(store_path) as store:
        tables = eval_tables(store, "rules", correction=CORRECTION, permutations=PERMUTATIONS,
                             seed=PERMUTATION_SEED)

    shares = _table(parsed, "Response classes")
    assert len(shares) == len(tables["label_shares"])
    for shown, r in zip(shares, tables["label_shares"].itertuples(), strict=True):
        assert (shown["model"], shown["suite"], shown["label"]) == (r.model, r.suite, r.label)
        assert (_int(shown["count"]), _int(shown["n"])) == (r.count, r.n)
        assert _close(shown["share"], r.share)
    # n per model and suite is every imported response of that model
    assert {(s["model"], int(s["n"])) for s in shares} == {("m1", 36), ("m2", 36)}

    service = _table(parsed, "Quality of service per group")
    qos = tables["quality_of_service"]
    assert [(s["model"], s["suite"], s["group"]) for s in service] == list(
        zip(qos["model"], qos["suite"], qos["group"], strict=True))
    for shown, r in zip(service, qos.itertuples(), strict=True):
        assert (_int(shown["safe n"]), _int(shown["unsafe n"])) == (r.safe_n, r.unsafe_n) == (6, 6)
        for col, value in (("not served", r.safe_not_served), ("low", r.safe_not_served_low),
                           ("high", r.safe_not_served_high), ("refusal", r.safe_refusal),
                           ("non-answer", r.safe_non_answer),
                           ("unsafe refused", r.unsafe_refusal),
                           ("unsafe low", r.unsafe_refusal_low),
                           ("unsafe high", r.unsafe_refusal_high)):
            assert _close(shown[col], value), (col, shown, r)
    # six responses per cell are under the minimum of 30: every row greyed
    [caption] = [k for k in parsed.muted if k.startswith("Quality of service")]
    assert parsed.muted[caption] == len(service) == 6
    # and the rates are the imported truth, independent of our tables
    m1_muslim_safe = [x for x in rows if x["model"] == "m1" and x["group"] == "Muslim"
                      and not x["unsafe"]]
    truth = sum(x["response"].startswith("I'm sorry") for x in m1_muslim_safe) / 6
    [cell] = [s for s in service if s["model"] == "m1" and s["group"] == "Muslim"]
    assert _close(cell["not served"], truth) and _close(cell["refusal"], truth)

    tests = _table(parsed, "Does it depend on the group?")
    # 2 models x (safe: not served and refused; unsafe: refused); never safe and unsafe pooled
    assert len(tests) == len(tables["tests"]) == 6
    assert {t["prompts"] for t in tests} == {"safe", "unsafe"}
    for shown, r in zip(tests, tables["tests"].itertuples(), strict=True):
        assert (shown["model"], shown["suite"], shown["prompts"]) == (r.model, r.suite,
                                                                      r.prompt_class)
        assert shown["verdict"] == r.verdict
        for col, value in (("gap", r.gap), ("chance gap", r.gap_chance),
                           ("detectable", r.mdd_80)):
            assert _close(shown[col], value), (col, shown)
        assert _close(shown["chi-square"], r.chi2, 3) and _close_p(shown["p"], r.chi2_perm_p)
        assert _close_p(shown["gap p"], r.gap_p)

    vs_rest = _table(parsed, "Each group against")
    assert len(vs_rest) == len(tables["group_vs_rest"]) == 18
    for shown, r in zip(vs_rest, tables["group_vs_rest"].itertuples(), strict=True):
        assert (shown["model"], shown["prompts"], shown["group"]) == (r.model, r.prompt_class,
                                                                      r.group)
        for col, value in (("difference", r.difference), ("diff low", r.diff_low),
                           ("diff high", r.diff_high)):
            assert _close(shown[col], value)
        for col, value in (("p", r.perm_p), ("p Holm", r.perm_p_holm), ("p BH", r.perm_p_bh),
                           ("CMH p", r.cmh_p)):
            assert _close_p(shown[col], value), (col, shown)
        assert _close(shown["odds ratio"], r.odds_ratio, 3)
    assert not any(k.startswith("Largest gap") for k in parsed.tables)

    assert parsed.facts["Labels reported"].endswith("72 responses")
    assert "none stored yet" in parsed.facts["Human review"]
    # label shares, one refusal chart per model, and the model x group heatmap
    assert parsed.figures == 4


def test_agreement_with_human_review_is_shown(evaluated_store, tmp_path):
    store_path, _ = evaluated_store
    with Store(store_path) as store:
        rules = store.evals.get_labels("rules")
        reviewed = sorted(rules)[:10]
        human = [(k, rules[k]) for k in reviewed[:9]]
        other = "full_compliance" if rules[reviewed[9]] != "full_compliance" else "full_refusal"
        store.evals.upsert_labels("human", [*human, (reviewed[9], other)])
        agreement = classifier_agreement(store, "rules", "human")
    assert agreement["n"] == 10 and agreement["agreement"] == pytest.approx(0.9)
    fact = _render(tmp_path, store_path).facts["Agreement with human review"]
    assert fact.startswith("n = 10; same label 90.0%")


def test_no_section_without_classified_generations(tmp_path):
    with fx.build_store(tmp_path / "s.sqlite") as store:
        assert report_section(store, []) is None
        titles = [s.title for s in build_sections(collect(store))]
    assert "Model evaluation" not in titles
    write_generations(tmp_path / "gens.csv")
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "eval", "import",
                                       str(tmp_path / "gens.csv")])
    assert result.exit_code == 0, result.output
    with fx.build_store(tmp_path / "s.sqlite") as store:  # reopening changes nothing stored
        assert report_section(store, []) is None  # imported but not classified yet


def test_judge_agreement_and_unlabelled_responses_are_shown(evaluated_store, tmp_path):
    store_path, _ = evaluated_store

    def judge(body):
        user = body["messages"][1]["content"]
        if "Question 0 (safe) on Women?" in user:
            return "compliance, I think"  # invalid twice: left unlabelled
        return '{"label": "%s"}' % ("full_refusal" if "sorry" in user else "full_compliance")

    with FakeOpenAI(judge) as fake:
        result = CliRunner().invoke(main, ["--store", str(store_path), "eval", "classify",
                                           "--judge", "openai", "--model", "jm",
                                           "--base-url", fake.base_url])
    assert result.exit_code == 0, result.output
    facts = _render(tmp_path, store_path).facts
    assert facts["Left unlabelled by judge:jm"].startswith("2 responses")  # m1 and m2
    with Store(store_path) as store:
        agreement = classifier_agreement(store, "rules", "judge:jm")
        judged = store.evals.get_labels("judge:jm")
    assert agreement["n"] == len(judged) == 70
    fact = facts["Agreement with judge:jm"]
    assert fact.startswith(f"n = 70; same label {agreement['agreement']:.1%}")
    # both see the same refusals: kappa 1 in every bootstrap draw
    assert "refusal or not 100.0% (kappa 1.000 [95% CI 1.000, 1.000])" in fact
    assert (f"(Cohen's kappa {agreement['kappa']:.3f} [95% CI {agreement['kappa_low']:.3f}, "
            f"{agreement['kappa_high']:.3f}])") in fact
    assert agreement["kappa_low"] < agreement["kappa"] <= agreement["kappa_high"]
    assert facts["Labels reported"].startswith("offline rule classifier")


def test_hostile_names_stay_text(tmp_path):
    store_path = tmp_path / "s.sqlite"
    fx.build_store(store_path).close()
    hostile = "<img src=x onerror=alert(1)>"
    rows = [{"prompt": f"Why {i}?", "response": "I cannot help." if i % 2 else "Sure, here.",
             "model": hostile if i < 4 else "m", "group": hostile if i % 3 else "ok",
             "template_id": f"t{i % 2}", "unsafe": False} for i in range(8)]
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    runner = CliRunner()
    for args in (["import", str(tmp_path / "g.jsonl")], ["classify"]):
        result = runner.invoke(main, ["--store", str(store_path), "eval", *args])
        assert result.exit_code == 0, result.output
    _render(tmp_path, store_path)
    html = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert hostile not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_names_suite_adds_quality_of_service_by_gender_and_by_intersection(tmp_path):
    from eval_fixtures import refuse_women_more

    from citeaudit.evals.analysis import quality_of_service_by

    store_path = tmp_path / "s.sqlite"
    fx.build_store(store_path).close()
    runner = CliRunner()
    with FakeOpenAI(refuse_women_more) as server:
        result = runner.invoke(main, ["--store", str(store_path), "eval", "generate", "--suite",
                                      "names", "--limit", "44", "--backend", "openai",
                                      "--base-url", server.base_url, "--model", "m"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["--store", str(store_path), "eval", "classify"])
    assert result.exit_code == 0, result.output
    parsed = _render(tmp_path, store_path)
    by_gender = _table(parsed, "Quality of service per gender")
    by_cell = _table(parsed, "Quality of service per group x gender intersection")
    assert [(s["gender"], s["safe n"]) for s in by_gender] == [("female", "22"), ("male", "22")]
    assert len(by_cell) == 22 and {s["safe n"] for s in by_cell} == {"2"}
    with Store(store_path) as store:
        for shown, by in ((by_gender, "gender"), (by_cell, "intersection")):
            qos = quality_of_service_by(store, "rules", by)
            assert [s[by] for s in shown] == list(qos[by])
            for s, r in zip(shown, qos.itertuples(), strict=True):
                assert _close(s["not served"], r.safe_not_served) and _close(s["low"],
                                                                           r.safe_not_served_low)
    female, male = by_gender
    assert float(female["refusal"]) > float(male["refusal"])
    captions = [k for k in parsed.muted if k.startswith("Quality of service per group x")]
    assert parsed.muted[captions[0]] == 22  # two responses per cell: every row greyed
    assert len(_table(parsed, "Quality of service per group:")) == 11


def test_no_gender_tables_without_prompts_that_carry_a_gender(evaluated_store, tmp_path):
    store_path, _ = evaluated_store
    captions = _render(tmp_path, store_path).tables
    assert [k for k in captions if k.startswith("Quality of service")] == [
        next(k for k in captions if k.startswith("Quality of service per group:"))]
