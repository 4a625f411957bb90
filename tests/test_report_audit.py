"""The dataset-audit section of the HTML report, built from a real audit run (a slice of the
shared harmless-base test split, a crafted red-team file, a malformed line, hand labels),
checked against the store; and absent when the store holds no audit run."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest
import report_fixtures as fx
from audit_fixtures import real_split, red_team_record
from coding_fixtures import fill

from citeaudit import coding
from citeaudit.audit import sample
from citeaudit.audit import stage as audit
from citeaudit.audit.report import report_section
from citeaudit.audit.sources import guess_source
from citeaudit.core.config import Config
from citeaudit.core.stats import wilson_interval
from citeaudit.report import collect, write_report
from citeaudit.report.sections import build_sections

N_PAIRS = 300


def _table(section, number: str):
    return next(t for t in section.tables if t.caption.startswith(f"Table {number}."))


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit-report")
    lines = gzip.decompress(real_split().read_bytes()).splitlines()[:N_PAIRS]
    pairs = root / "harmless-base-test.jsonl.gz"
    pairs.write_bytes(gzip.compress(b"\n".join([*lines, b"{broken"]) + b"\n"))
    red = root / "red-team-attempts" / "red_team_attempts.jsonl.gz"
    red.parent.mkdir()
    red.write_bytes(gzip.compress(json.dumps([
        red_team_record(i, "rlhf" if i % 2 else "plain lm", "52B" if i % 3 else "2.7B")
        for i in range(60)]).encode()))
    store = fx.build_store(root / "store.sqlite")
    run = audit.run(store, Config(), sources=[guess_source(pairs), guess_source(red)],
                    settings=audit.AuditSettings(n_topics=3))
    drawn = sample.create_sample(store, run.run_id, 12, seed=1, coders=["alice", "bob"],
                                 out_dir=root / "sample")
    ids = _unit_ids(store, run.run_id)
    labels = ["acceptable", "unhelpful", "harmful"]
    fill(Path(drawn.exports[0]), {(u, "label"): labels[i % 3] for i, u in enumerate(ids)},
         sheet="Pairs")
    fill(Path(drawn.exports[1]), {(u, "label"): labels[i % 3] if i % 4 else "acceptable"
                                  for i, u in enumerate(ids)}, sheet="Pairs")
    for path in drawn.exports:
        coding.import_file(store, path)
    section = report_section(store, [])
    yield store, run, section, root
    store.close()


def _unit_ids(store, run_id):
    picked = sample.draw_sample(store.audit.list_pairs(run_id), 12, seed=1)
    return [sample.unit_id(r["subset"], r["split"], r["line"]) for r, _ in picked]


def test_section_is_absent_without_an_audit_run(tmp_path):
    with fx.build_store(tmp_path / "store.sqlite") as store:
        assert report_section(store, []) is None
        data = collect(store, providers={"audit": report_section})
    assert "ext-audit" not in [s.id for s in build_sections(data)]


def test_sizes_turns_and_malformed_come_from_the_store(audited):
    store, run, section, _ = audited
    measures = store.audit.get_measures(run.run_id)
    sizes = {row[0]: row for row in _table(section, "A1").rows}
    assert sizes["harmless-base/test"][1] == N_PAIRS
    assert sizes["harmless-base/test"][2] == 1  # the "{broken" line
    assert sizes["red-team-attempts/all"][1] == 60
    assert sizes["harmless-base/test"][3] == measures[("harmless-base", "test")]["turns"]["mean"]
    kinds = _table(section, "A12").rows
    assert kinds == [["harmless-base/test", "bad_json", 1]]
    listed = _table(section, "A13").rows
    assert listed[0][:3] == ["harmless-base/test", N_PAIRS + 1, "bad_json"]


def test_refusal_rates_and_intervals_match_the_stored_counts(audited):
    store, run, section, _ = audited
    m = store.audit.get_measures(run.run_id)[("harmless-base", "test")]["refusal"]
    rows = {(r[0], r[1]): r for r in _table(section, "A4").rows}
    for label in ("refusal", "evasion"):
        row = rows[("harmless-base/test", label)]
        k_c = m["chosen"]["counts"].get(label, 0)
        k_r = m["rejected"]["counts"].get(label, 0)
        assert (row[2], row[5]) == (k_c, k_r)
        low, high = wilson_interval(k_c, N_PAIRS, z=sample.AUDIT_Z)
        assert row[4] == f"{low:.1%} to {high:.1%}"
    figure = next(f for f in section.figures if "Refusal and evasion" in f.layout.title.text)
    chosen = next(t for t in figure.data if t.name == "chosen")
    k = m["chosen"]["counts"].get("refusal", 0)
    assert chosen.y[0] == pytest.approx(k / N_PAIRS)
    high = wilson_interval(k, N_PAIRS, z=sample.AUDIT_Z)[1]
    assert chosen.error_y.array[0] == pytest.approx(high - k / N_PAIRS)


def test_lengths_duplicates_harm_and_identity_tables(audited):
    store, run, section, _ = audited
    m = store.audit.get_measures(run.run_id)[("harmless-base", "test")]
    lengths = _table(section, "A2").rows[0]
    assert lengths[2] == m["lengths_words"]["chosen"]["p50"]
    assert lengths[5] == m["lengths_words"]["rejected"]["p50"]
    lengths_figure = next(f for f in section.figures if "Length" in f.layout.title.text)
    chosen_line = next(t for t in lengths_figure.data if t.name == "chosen")
    assert sum(chosen_line.y) == pytest.approx(1.0)
    duplicates = _table(section, "A5")
    assert "Jaccard >= 0.8" in duplicates.caption
    assert duplicates.rows[0][1:3] == [m["duplicates"]["pairs"],
                                       m["duplicates"]["distinct_prompts"]]
    harm = {(r[0], r[1]): r for r in _table(section, "A6").rows}
    flagged = sum(1 for r in store.audit.list_pairs(run.run_id, "harmless-base", "test")
                  if r["chosen_harm"])
    assert harm[("harmless-base/test", "chosen")][6] == flagged
    assert ("red-team-attempts/all", "response") in harm
    identity = _table(section, "A7")
    column = identity.columns.index("prompt person")
    stored = sum(r["units_person"] for r in store.audit.list_identity(run.run_id)
                 if r["part"] == "prompt")
    assert sum(row[column] for row in identity.rows) == stored > 0


def test_red_team_topics_and_statistics(audited):
    store, run, section, _ = audited
    topics = _table(section, "A8").rows
    assert len(topics) == len(store.audit.list_topics(run.run_id)) > 0
    by_model = {(r[1], r[2]): r for r in _table(section, "A9").rows}
    assert by_model[("all", "all")][3] == 60
    assert by_model[("rlhf", "all")][3] == 30
    assert by_model[("plain lm", "2.7B")][3] == 10


def test_hand_labels_with_intervals_and_agreement(audited):
    store, _, section, _ = audited
    shares = {s["label"]: s for s in sample.label_shares(store)}
    rows = {r[0]: r for r in _table(section, "A10").rows}
    for label, s in shares.items():
        assert rows[label][1:3] == [s["n"], s["of"]]
    assert sum(r[1] for r in rows.values()) == rows["harmful"][2] > 0
    # weighted hand shares, automatic shares of every pair and corrected shares, per label
    assert _table(section, "A10").columns[5:] == [
        "weighted share", "95% CI (weighted)", "automatic share", "corrected share",
        "95% CI (corrected)"]
    prevalence = sample.label_prevalence(store, store.audit.get_run()["run_id"])
    for i, label in enumerate(("acceptable", "unhelpful", "harmful")):
        assert rows[label][7] == f"{prevalence.corrected.raw[i]:.1%}"
    assert "covers both the calibration error" in _table(section, "A10").caption
    assert "Cohen's kappa" in _table(section, "A11").caption
    trust = dict(section.facts)["Automatic labels' agreement with people"]
    assert trust.startswith("hand-labelled gold: kappa 0.34 (95% CI 0.24 to 0.45)")
    assert "automatic vs hand labels below" in trust
    agreement = _table(section, "A11").rows
    assert any(r[1] == sample.AUTO_CODER or r[2] == sample.AUTO_CODER for r in agreement)
    assert any(r[0] == "krippendorff alpha" for r in agreement)


def test_the_rendered_page_numbers_the_audit_in_the_reports_one_sequence(audited):
    store, _, section, root = audited
    data = collect(store, providers={"audit": report_section})
    html = write_report(data, root / "report").path.read_text(encoding="utf-8")
    assert 'id="ext-audit"' in html
    figures = re.findall(r'<figcaption><span class="label">Figure (\d+)\.</span>', html)
    tables = re.findall(r'<caption><span class="label">Table (\d+)\.</span>', html)
    # the store has literature too: its figures and tables come first, then the audit's
    assert [int(n) for n in figures] == list(range(1, len(figures) + 1))
    assert [int(n) for n in tables] == list(range(1, len(tables) + 1))
    before = html[:html.index('id="ext-audit"')]
    tables_before = len(re.findall(r'<caption><span class="label">Table', before))
    audit_part = html[html.index('id="ext-audit"'):]
    assert len(re.findall("<figcaption>", audit_part)) == len(section.figures)
    assert len(section.figure_captions) == len(section.figures) >= 6
    assert not re.search(r"(Figure|Table) A\d", html)  # the part's own labels are gone
    # "Figure A3 ... (Table A4)": the reference follows the table to its new number
    [refusal] = [c for c in section.figure_captions if "refusal classifier" in c]
    old_table = re.search(r"Table (A\d+)", refusal).group(1)
    new_table = tables_before + next(i for i, t in enumerate(section.tables, 1)
                                     if t.caption.startswith(f"Table {old_table}."))
    assert f"(Table {new_table})" in html


@pytest.mark.skipif(not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()),
                    reason="Debian's chromium is not installed (apt-get install chromium)")
def test_audit_charts_render_in_chromium_without_errors(audited):
    playwright_api = pytest.importorskip("playwright.sync_api",
                                         reason="playwright is not installed")
    store, _, section, root = audited
    page_path = write_report(collect(store, providers={"audit": report_section}),
                             root / "browser").path
    errors: list[str] = []
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=flags)
        page = browser.new_page()
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_path.as_uri(), wait_until="load")
        page.wait_for_function(
            "Array.from(document.querySelectorAll('#ext-audit .plot')).every("
            "  d => d.querySelector('svg.main-svg'))", timeout=20000)
        drawn = page.evaluate("""() => Array.from(
            document.querySelectorAll('#ext-audit .plot')).map(
            d => d.querySelectorAll('svg.main-svg .bars, svg.main-svg .scatterlayer .trace')
                  .length)""")
        browser.close()
    assert len(drawn) == len(section.figures)
    assert all(n > 0 for n in drawn), drawn
    assert errors == []
