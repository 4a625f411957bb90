"""Agreement as a user meets it: `citeaudit code agreement` (its tables and its CSV), and the
library's report for one unit type, for named coders and for units few people coded."""

from __future__ import annotations

import csv

import pytest
from cli_output import flat
from click.testing import CliRunner
from coding_fixtures import TINY_CODEBOOK, store_with_items, tiny_codebook

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.coding.reliability import EXACT_SET
from citeaudit.store import Store

IDS = [f"item-{i}" for i in range(1, 5)]


def _set_codes(store: Store, book, coder: str, values: dict[str, dict[str, list[str]]],
               unit_type: str = "item") -> None:
    store.coding.upsert_codes(
        [{"unit_type": unit_type, "unit_id": u, "codebook": book.name,
          "codebook_version": book.version, "dimension": d, "coder": coder, "value": v}
         for u, dims in values.items() for d, v in dims.items()],
        source="test",
    )


def _two_coders(tmp_path) -> tuple[Store, coding.Codebook]:
    """alice and bob on four items: colour agreed on 1-3, tags differ on item 2."""
    book = tiny_codebook()
    store = store_with_items(tmp_path / "s.sqlite", n=4)
    coding.register_codebook(store, book)
    colours = {"alice": ["red", "blue", "blue", "green"], "bob": ["red", "blue", "blue", "red"]}
    tags = {"alice": [["round"], ["big"], [], ["soft"]], "bob": [["round"], [], [], ["soft"]]}
    for coder in ("alice", "bob"):
        _set_codes(store, book, coder, {u: {"colour": [c], "tags": t} for u, c, t in
                                        zip(IDS, colours[coder], tags[coder], strict=True)})
    return store, book


def _table_rows(output: str) -> list[list[str]]:
    """The cells of each table row printed (box lines dropped, blank cells left out)."""
    return [[cell.strip() for cell in line.replace("┃", "│").split("│") if cell.strip()]
            for line in output.splitlines() if "│" in line or "┃" in line]


def test_code_agreement_prints_and_writes_every_figure(tmp_path):
    store, book = _two_coders(tmp_path)
    report = coding.agreement(store, book)
    store.close()
    codebook_file = tmp_path / "tiny.yaml"
    codebook_file.write_text(TINY_CODEBOOK)
    out_csv = tmp_path / "agreement.csv"
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "code", "agreement",
                                       "--codebook", str(codebook_file), "--csv", str(out_csv)])
    assert result.exit_code == 0, result.output
    assert "Krippendorff's alpha across alice, bob" in flat(result.output)
    cells = _table_rows(result.output)
    # colour: values red 3, blue 4, green 1 (n = 8); one disagreeing unit -> 2 coincidences;
    # expected = 8^2 - (9 + 16 + 1) = 38; alpha = 1 - 7 * 2 / 38 = 24/38 = 0.63
    colour_alpha = next(a for a in report.alphas if (a.dimension, a.code) == ("colour", None))
    colour_kappa = next(p for p in report.pairs if (p.dimension, p.code) == ("colour", None))
    assert colour_alpha.low < colour_alpha.alpha <= colour_alpha.high
    assert ["colour", "0.63", f"{colour_alpha.low:.2f} - {colour_alpha.high:.2f}", "4"] in cells
    assert ["colour", "alice vs bob", "0.60",
            f"{colour_kappa.low:.2f} - {colour_kappa.high:.2f}", "0.75", "4"] in cells
    assert "95% CI: percentile bootstrap over units (1,000 draws, seed 0)" in flat(
        result.output)
    with out_csv.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["measure", "dimension", "code", "coder_a", "coder_b", "value",
                             "low", "high", "accuracy", "n_units"]
    alpha = {(r["dimension"], r["code"]): r for r in rows if r["measure"] == "krippendorff_alpha"}
    kappa = {(r["dimension"], r["code"]): r for r in rows if r["measure"] == "cohen_kappa"}
    # one alpha and one kappa (alice vs bob) per view: colour; tags per code and exact set
    views = {("colour", ""), ("tags", "round"), ("tags", "soft"), ("tags", "big"),
             ("tags", EXACT_SET)}
    assert set(alpha) == views and set(kappa) == views and len(rows) == 10
    colour_alpha = dict(alpha[("colour", "")])
    assert float(colour_alpha.pop("value")) == pytest.approx(24 / 38)
    assert float(colour_alpha.pop("low")) < 24 / 38 <= float(colour_alpha.pop("high"))
    assert colour_alpha == {"measure": "krippendorff_alpha", "dimension": "colour", "code": "",
                            "coder_a": "all people", "coder_b": "", "accuracy": "",
                            "n_units": "4"}
    # colour kappa: po = 3/4; alice red 1 blue 2 green 1, bob red 2 blue 2;
    # pe = (1*2 + 2*2) / 16 = 6/16; kappa = (12 - 6) / (16 - 6) = 0.6
    colour = kappa[("colour", "")]
    assert (colour["measure"], colour["coder_a"], colour["coder_b"], colour["n_units"]) == (
        "cohen_kappa", "alice", "bob", "4")
    assert float(colour["value"]) == pytest.approx(0.6)
    assert float(colour["accuracy"]) == pytest.approx(3 / 4)
    # "round" present on item 1 for both, absent elsewhere: perfect agreement
    assert float(kappa[("tags", "round")]["value"]) == pytest.approx(1.0)
    assert float(kappa[("tags", EXACT_SET)]["accuracy"]) == pytest.approx(3 / 4)


def test_agreement_of_one_unit_type_counts_only_its_codes(tmp_path):
    store, book = _two_coders(tmp_path)
    # the same codebook used on a second kind of unit, where alice and bob always disagree
    coding.register_units(store, "pair", [coding.Unit(f"pair-{i}") for i in (1, 2)])
    for coder, colour in (("alice", "red"), ("bob", "blue")):
        _set_codes(store, book, coder, {f"pair-{i}": {"colour": [colour]} for i in (1, 2)},
                   unit_type="pair")
    coding.store_auto_codes(store, book, [coding.Suggestion("pair-1", "colour", ["red"], 0.9)],
                            unit_type="pair")
    _set_codes(store, book, coding.ADJUDICATED, {"pair-1": {"colour": ["red"]}},
               unit_type="pair")
    report = coding.agreement(store, book, unit_type="pair")
    alpha = {(a.dimension, a.code): a for a in report.alphas}
    assert alpha[("colour", None)].n_units == 2
    # two units, each red vs blue: n = 4, observed 4, expected 4*4 - (4 + 4) = 8
    assert alpha[("colour", None)].alpha == pytest.approx(1 - 3 * 4 / 8)
    pairs = {(p.dimension, p.code, p.coder_a, p.coder_b): p for p in report.pairs}
    assert pairs[("colour", None, "alice", "bob")].accuracy == 0
    # the final code of pair-1 is the adjudicated one; pair-2 is still in dispute
    auto_final = pairs[("colour", None, coding.AUTO_CODER, "final")]
    assert auto_final.n_units == 1 and auto_final.accuracy == 1


def test_report_names_its_codebook_and_counts_coders_even_one_without_codes(tmp_path):
    store, book = _two_coders(tmp_path)
    report = coding.agreement(store, book, coders=["alice", "bob", "carol"])
    assert (report.codebook, report.version, report.coders) == (
        book.name, book.version, ["alice", "bob", "carol"])
    colour = next(a for a in report.alphas if (a.dimension, a.code) == ("colour", None))
    assert colour.n_coders == 3 and colour.n_units == 4
    pairs = {(p.dimension, p.code, p.coder_a, p.coder_b): p for p in report.pairs}
    assert pairs[("colour", None, "alice", "carol")].n_units == 0
    assert pairs[("colour", None, "alice", "carol")].kappa is None


def test_alpha_skips_units_one_person_coded_wherever_they_come():
    pairable = [["a", "a"], ["a", "b"], ["b", "b"]]
    # n = 6 (a 3, b 3); observed 2; expected 36 - 18 = 18; alpha = 1 - 5 * 2 / 18 = 4/9
    assert coding.krippendorff_alpha_nominal(pairable) == pytest.approx(4 / 9)
    assert coding.krippendorff_alpha_nominal([["a"], *pairable, ["c"]]) == pytest.approx(4 / 9)


def test_alpha_of_a_single_disagreeing_unit_is_zero():
    # n = 2, observed 2, expected 2; alpha = 1 - 1 * 2 / 2
    assert coding.krippendorff_alpha_nominal([["a", "b"]]) == 0.0


def test_code_agreement_shows_n_a_where_a_figure_is_undefined(tmp_path):
    book = tiny_codebook()
    with store_with_items(tmp_path / "s.sqlite", n=2) as store:
        coding.register_codebook(store, book)
        for coder in ("alice", "bob"):  # nobody varies: alpha and kappa are undefined
            _set_codes(store, book, coder, {u: {"colour": ["red"]} for u in IDS[:2]})
    codebook_file = tmp_path / "tiny.yaml"
    codebook_file.write_text(TINY_CODEBOOK)
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "code", "agreement",
                                       "--codebook", str(codebook_file)])
    assert result.exit_code == 0, result.output
    cells = _table_rows(result.output)
    assert ["colour", "n/a", "2"] in cells
    assert ["colour", "alice vs bob", "n/a", "1.00", "2"] in cells
