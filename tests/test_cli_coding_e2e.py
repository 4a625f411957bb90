"""The coding round from the command line: export (CSV), import (--prefer-file), adjudicate,
agreement, and the report's agreement table and codes, read from what the user sees, the
store and the files written."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pymupdf
import report_fixtures as fx
from cli_fixtures import flat, squeezed
from click.testing import CliRunner
from coding_fixtures import TINY_CODEBOOK, fill, store_with_items

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.coding import ADJUDICATED
from citeaudit.core.config import Config
from citeaudit.literature.gold import score_rules
from citeaudit.store import Store


class Cli:
    def __init__(self, root: Path):
        self.root = root
        self.store_path = root / "store.sqlite"

    def __call__(self, *args: str, ok: bool = True):
        result = CliRunner().invoke(main, ["--store", str(self.store_path), *args])
        if ok:
            assert result.exit_code == 0, result.output
        return result


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def fill_csv(path: Path, column: str, values: dict[str, str]) -> None:
    rows = read_rows(path)
    for row in rows:
        if row["unit_id"] in values:
            row[column] = values[row["unit_id"]]
    write_rows(path, rows)


def tiny(tmp_path: Path) -> tuple[Cli, str]:
    store_with_items(tmp_path / "store.sqlite", n=4).close()
    book = tmp_path / "tiny.yaml"
    book.write_text(TINY_CODEBOOK)
    return Cli(tmp_path), str(book)


def codes_of(cli: Cli, book: str) -> dict:
    with Store(cli.store_path) as store:
        return coding.code_table(store, coding.load_codebook(book))


def test_code_export_csv_and_import_prefer_file(tmp_path):
    cli, book = tiny(tmp_path)
    first, second = tmp_path / "alice-1.csv", tmp_path / "alice-2.csv"
    for path in (first, second):
        shown = flat(cli("code", "export", "--codebook", book, "--coder", "alice",
                         "--format", "csv", "-o", str(path)).output)
        assert "4 units, 4 evidence rows, for alice (codebook tiny v1)" in shown
        assert str(path) in squeezed(shown)
    rows = read_rows(first)
    assert [r["unit_id"] for r in rows] == [f"item-{i}" for i in range(1, 5)]
    assert {"colour", "tags", "auto: colour"} <= set(rows[0])

    fill_csv(first, "colour", {"item-1": "red", "item-2": "blue"})
    shown = flat(cli("code", "import", str(first)).output)
    assert "2 code(s) stored for alice" in shown
    # the second file, exported before the first came back, changes item-1 again
    fill_csv(second, "colour", {"item-1": "green"})
    conflict = cli("code", "import", str(second), ok=False)
    assert conflict.exit_code == 1
    assert "conflict" in flat(conflict.output) and "--prefer-file" in flat(conflict.output)
    assert codes_of(cli, book)["alice"]["item-1"]["colour"] == ["red"]  # nothing stored
    shown = flat(cli("code", "import", "--prefer-file", str(second)).output)
    assert "1 code(s) stored for alice" in shown
    alice = codes_of(cli, book)["alice"]
    assert alice["item-1"]["colour"] == ["green"] and alice["item-2"]["colour"] == ["blue"]


def test_adjudicated_codes_are_final_codes_not_a_person(tmp_path):
    cli, book = tiny(tmp_path)
    sheets = {coder: tmp_path / f"{coder}.xlsx" for coder in ("alice", "bob")}
    colours = {"alice": ["red", "blue", "green", "red"], "bob": ["red", "green", "green", "red"]}
    for coder, path in sheets.items():
        cli("code", "export", "--codebook", book, "--coder", coder, "-o", str(path))
        fill(path, {(f"item-{i}", "colour"): c for i, c in enumerate(colours[coder], 1)})
        cli("code", "import", str(path))

    adjudication = tmp_path / "adjudicate.xlsx"
    shown = flat(cli("code", "adjudicate", "--codebook", book, "-o", str(adjudication)).output)
    assert "1 rows to adjudicate over 1 units" in shown
    fill(adjudication, {("item-2", "final"): "blue"}, sheet="Adjudication")
    shown = flat(cli("code", "import", str(adjudication)).output)
    assert f"1 code(s) stored for {ADJUDICATED}" in shown
    assert codes_of(cli, book)[ADJUDICATED] == {"item-2": {"colour": ["blue"]}}

    agreement_csv = tmp_path / "agreement.csv"
    shown = flat(cli("code", "agreement", "--codebook", book, "--csv",
                     str(agreement_csv)).output)
    assert "Krippendorff's alpha across alice, bob" in shown
    assert ADJUDICATED not in shown.split(" wrote ")[0]  # (the tmp path may hold the word)
    rows = read_rows(agreement_csv)
    kappas = [r for r in rows if r["measure"] == "cohen_kappa" and r["dimension"] == "colour"]
    assert [(r["coder_a"], r["coder_b"], r["n_units"]) for r in kappas] == [
        ("alice", "bob", "4")]
    alpha = next(r for r in rows if r["measure"] == "krippendorff_alpha"
                 and r["dimension"] == "colour")
    assert alpha["n_units"] == "4"  # the four units two people coded, no third coder


def test_report_agreement_table_has_kappa_rows_and_adjudicated_codes(tmp_path):
    cli = Cli(tmp_path)
    ids = fx.paper_ids()[:4]
    with fx.build_store(cli.store_path) as store:
        coding.register_units(store, "paper", [
            coding.Unit(pid, display={"title": fx.titles()[pid]}, position=i)
            for i, pid in enumerate(ids, 1)])
    roles = {"alice": ["evaluation", "reward_model", "evaluation", "critique"],
             "bob": ["evaluation", "policy_dpo", "evaluation", "critique"]}
    for coder, codes in roles.items():
        path = tmp_path / f"{coder}.csv"
        cli("code", "export", "--coder", coder, "--format", "csv", "-o", str(path))
        fill_csv(path, "role", dict(zip(ids, codes, strict=True)))
        cli("code", "import", str(path))
    adjudication = tmp_path / "adjudicate.xlsx"
    cli("code", "adjudicate", "-o", str(adjudication))
    fill(adjudication, {(ids[1], "final"): "reward_model"}, sheet="Adjudication")
    cli("code", "import", str(adjudication))

    out_dir = tmp_path / "report"
    cli("report", "--out", str(out_dir))
    agreement = read_rows(out_dir / "agreement.csv")
    kappa_rows = [r for r in agreement if r["statistic"] == "Cohen's kappa"]
    assert {r["coders"] for r in kappa_rows} == {"alice vs bob"}
    assert {r["dimension"] for r in kappa_rows} >= {"role: evaluation", "role: (exact set)"}
    assert all(ADJUDICATED not in r["coders"] for r in agreement)
    page = html.unescape((out_dir / "index.html").read_text(encoding="utf-8"))
    shown_kappas = re.findall(r"<tr><td>([^<]*)</td><td>alice vs bob</td><td>Cohen's kappa<",
                              page)
    # the page words each row as the codebook does ("role: evaluation" -> "Role of the
    # dataset: Evaluation or benchmark"); the data file keeps the codes
    role = {d.name: d for d in coding.load_codebook("hh_usage").dimensions}["role"]
    worded = {f"role: {c.code}": f"{role.label}: {c.label}" for c in role.codes}
    worded["role: (exact set)"] = f"{role.label}: exact set of codes"
    assert sorted(shown_kappas) == sorted(worded[r["dimension"]] for r in kappa_rows)
    codes = read_rows(out_dir / "codes.csv")
    kinds = {(r["paper_id"], r["coder"]): r["kind"] for r in codes}
    assert kinds[(ids[1], ADJUDICATED)] == "adjudicated"
    assert kinds[(ids[1], "alice")] == kinds[(ids[1], "bob")] == "human"


def make_pdf(*lines: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 72 + 16 * i), line)
    return doc.tobytes()


GOLD = """codebook: hh_usage
version: 2
coder: tester
papers:
  - file: pdfs/dpo.pdf
    codes: {role: [policy_dpo, evaluation], subset: [all], framing: both,
            critical_engagement: "no", harm_definition: "no"}
  - file: pdfs/mention.pdf
    codes: {role: [mention_only], subset: [unspecified], framing: both,
            critical_engagement: "no", harm_definition: "no"}
"""


def test_code_score_auto_prints_the_scores_of_the_rules_against_the_gold_file(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "pdfs").mkdir(parents=True)
    (corpus / "pdfs" / "dpo.pdf").write_bytes(make_pdf(
        "Experiments",
        "We train our policy with DPO on the full HH-RLHF dataset of Bai et al. (2022).",
        "We evaluate win rates on the HH-RLHF test split with GPT-4 as the judge."))
    (corpus / "pdfs" / "mention.pdf").write_bytes(make_pdf(
        "Related work", "Preference datasets such as HH-RLHF are widely used."))
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD)
    cli = Cli(tmp_path)
    result = cli("code", "score-auto", str(gold), "--pdf-dir", str(corpus), "--per-paper")
    shown = flat(result.output)
    report = score_rules(gold, corpus, coding.load_codebook("hh_usage"), Config())
    assert report.n_papers == 2 and report.n_passages >= 3
    assert f"auto (rules) vs gold.yaml: 2 papers, {report.n_passages} passages" in shown
    for row in report.rows:
        accuracy = "n/a" if row.accuracy is None else f"{row.accuracy:.2f}"
        kappa = "n/a" if row.kappa is None else f"{row.kappa:.2f}"
        assert f"{row.dimension} {row.code or ''} {accuracy} {kappa} {row.n_units}".replace(
            "  ", " ") in shown
    for paper in report.per_paper:
        assert f"{paper['file']} ({paper['passages']} passages)" in shown
        for dim, codes in paper["gold"].items():
            auto = paper["auto"].get(dim, [])
            mark = "" if auto == codes else " <- differs"
            assert f"{dim}: gold {', '.join(codes)} | auto {', '.join(auto)}{mark}" in shown
    assert not list(tmp_path.glob("*.sqlite"))  # no store is used
    missing = cli("code", "score-auto", str(gold), "--pdf-dir", str(tmp_path), ok=False)
    assert missing.exit_code == 1
    assert "PDF named in" in flat(missing.output) and "not found" in flat(missing.output)


def test_code_score_auto_reads_pdfs_under_the_extract_limits(tmp_path):
    """A gold paper whose PDF eats memory without bound scores as a paper with no passages
    instead of taking the machine down; the other papers are scored as usual."""
    from test_pdf_limits import HOSTILE

    corpus = tmp_path / "corpus"
    (corpus / "pdfs").mkdir(parents=True)
    (corpus / "pdfs" / "dpo.pdf").write_bytes(HOSTILE)
    (corpus / "pdfs" / "mention.pdf").write_bytes(make_pdf(
        "Related work", "Preference datasets such as HH-RLHF are widely used."))
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD)
    config = tmp_path / "citeaudit.toml"
    config.write_text("[citeaudit]\npdf_memory_limit_mb = 128\npdf_time_limit_s = 60\n")
    cli = Cli(tmp_path)
    result = cli("--config", str(config), "code", "score-auto", str(gold),
                 "--pdf-dir", str(corpus), "--per-paper")
    shown = flat(result.output)
    assert "pdfs/dpo.pdf (0 passages)" in shown
    assert "pdfs/mention.pdf (1 passages)" in shown
