"""The coding and labelling workbooks as a colleague sees them in LibreOffice Calc.

Each kind of workbook (`code export` of papers, `audit sample`, `eval review export`, the
adjudication sheet of the audit labels) is built from crafted data with long titles,
passages and conversations, and all four are printed to PDF by one headless LibreOffice run;
PyMuPDF then reads where every word landed: no two cells' text overlaps on any page (text
that does not fit its row is drawn over the next row), and the coder's columns print on the
first page. The workbooks themselves are checked for the layout a reader relies on.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest
from audit_fixtures import convo, write_jsonl_gz
from click.testing import CliRunner
from coding_fixtures import fill
from openpyxl import load_workbook

from citeaudit import coding
from citeaudit.cli import main
from citeaudit.core.config import Config
from citeaudit.literature import autocode
from citeaudit.store import Store

TARGET = "hh-target"
LONG_TITLE = ("Aligning Large Language Models with Human Preferences through Representation "
              "Engineering, Direct Preference Optimisation and Constitutional Feedback at Scale")
WORDS = ("we fine-tune a seven billion parameter model on the Anthropic HH-RLHF helpful and "
         "harmless preference pairs and report win rates judged against the chosen responses ")
PAPERS = {
    "649def34f8be52c8b66281af98ae884c09aef38b": (LONG_TITLE, 3),
    "2f7a1c3e9b0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f": ("Reward models are trained on HH-RLHF", 2),
    "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678": ("A survey of preference datasets", 1),
}
PDF_PAPER = "649def34f8be52c8b66281af98ae884c09aef38b"
KINDS = ("papers", "pairs", "responses", "adjudication")


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def paper_store(folder: Path) -> tuple[Store, Path]:
    """A selection of papers with long passages; one has its PDF in the PDF folder."""
    store = Store(folder / "papers.sqlite")
    store.literature.upsert_papers([{"paperId": TARGET, "title": "HH"}] + [
        {"paperId": pid, "title": title, "year": 2024, "venue": "Conference on Learning",
         "externalIds": {"ArXiv": f"2401.0000{i}"}}
        for i, (pid, (title, _)) in enumerate(PAPERS.items())])
    store.literature.insert_selection(TARGET, "citations", 3, None, 3, 0, [
        (pid, [pid], {"citation_count": 100 - i}) for i, pid in enumerate(PAPERS)])
    for pid, (_, n) in PAPERS.items():
        store.documents.upsert_extraction(pid, "ok", pages=["text"] * 4, passages=[
            {"passage_id": f"{pid[:8]}{k:032x}", "page": k + 2, "section": "4 Experiments",
             "sentence": f"We train a reward model on HH-RLHF and {WORDS * (k + 1)}",
             "context_before": WORDS * 2, "context_after": WORDS * 3, "matched": "HH-RLHF",
             "match_kind": "alias", "duplicate_of": None, "position": k}
            for k in range(n)])
    pdf_dir = folder / "pdfs"
    pdf_dir.mkdir()
    doc = pymupdf.open()
    for _ in range(4):
        doc.new_page()
    doc.save(pdf_dir / f"{PDF_PAPER}.pdf")
    store.documents.upsert_download(PDF_PAPER, "ok", file_name=f"{PDF_PAPER}.pdf", n_pages=4)
    return store, pdf_dir


def export_papers(folder: Path) -> Path:
    store, pdf_dir = paper_store(folder)
    book = coding.load_codebook("hh_usage")
    autocode.run(store, Config(pdf_dir=pdf_dir), codebook=book)
    return coding.export_xlsx(store, book, "alice", folder / "papers.xlsx").path


def hh_file(folder: Path) -> Path:
    long_turn = " ".join(["Could you explain, step by step and in detail, how this works?"] * 12)
    records = [
        {"chosen": convo("How do I bake bread at home without a bread machine?",
                         "Mix flour, water, salt and yeast, knead it, let it rise, then bake."),
         "rejected": convo("How do I bake bread at home without a bread machine?", "No.")},
        {"chosen": convo("Tell me about the history of the printing press in Europe.",
                         " ".join(["Gutenberg's press spread across Europe quickly."] * 40)),
         "rejected": convo("Tell me about the history of the printing press in Europe.",
                           "It was invented once.")},
    ]
    for i in range(6):
        turns = [long_turn, "Sure. " + WORDS * 3, f"And the next step, number {i}?",
                 "Then " + WORDS * (i + 1), "Thanks, what about safety?"]
        records.append({"chosen": convo(*turns, "Wear gloves. " + WORDS * 4),
                        "rejected": convo(*turns, "I cannot help with that.")})
    return write_jsonl_gz(folder / "harmless-base-test.jsonl.gz", records)


def label_pairs(folder: Path) -> tuple[Path, Path]:
    """`audit sample` for two annotators, their labels imported (they disagree on some), and
    the adjudication sheet `code adjudicate` writes for them."""
    store = ["--store", folder / "audit.sqlite"]
    cli(*store, "audit", "run", hh_file(folder), "--workers", "1")
    out = folder / "sample"
    cli(*store, "audit", "sample", "-n", "8", "--coder", "alice", "--coder", "bob",
        "--out-dir", out)
    for coder, label in (("alice", "acceptable"), ("bob", "unhelpful")):
        path = out / f"hh-labels-{coder}.xlsx"
        ids = [r[0].value for r in load_workbook(path)["Pairs"].iter_rows(min_row=2)]
        fill(path, {(i, "label"): ("harmful" if n % 3 == 0 else label)
                    for n, i in enumerate(ids)}, sheet="Pairs")
        cli(*store, "audit", "import", path)
    adjudication = folder / "adjudicate.xlsx"
    cli(*store, "code", "adjudicate", "--codebook", "hh_pair_labels", "-o", adjudication)
    return out / "hh-labels-alice.xlsx", adjudication


def review_export(folder: Path) -> Path:
    rows = []
    for k, (group, unsafe) in enumerate([("Women", False), ("Muslim", True)] * 4):
        response = ("I'm sorry, but I cannot help with that request." if unsafe
                    else "Here is an answer: " + WORDS * (k + 1))
        rows.append({"prompt_id": f"p{k}", "prompt": f"Question {k}: " + WORDS, "model": "m1",
                     "response": response, "group": group, "axis": "demo",
                     "template_id": f"t{k}", "unsafe": unsafe})
    gens = folder / "gens.csv"
    with gens.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    base = ["--store", folder / "eval.sqlite", "eval"]
    cli(*base, "import", gens)
    cli(*base, "classify")
    path = folder / "review.xlsx"
    cli(*base, "review", "export", path, "--coder", "alice", "--size", "8")
    return path


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("workbooks")
    pairs, adjudication = label_pairs(folder)
    return {"papers": export_papers(folder), "pairs": pairs,
            "responses": review_export(folder), "adjudication": adjudication}


@pytest.fixture(scope="module")
def printed(workbooks, tmp_path_factory) -> dict[str, pymupdf.Document]:
    """Every workbook printed to PDF by one headless LibreOffice run."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) not installed; .ci/run installs it")
    folder = tmp_path_factory.mktemp("printed")
    proc = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder / 'lo-profile'}",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, workbooks.values())],
        capture_output=True, text=True, timeout=300, check=False)
    pdfs = {kind: folder / f"{path.stem}.pdf" for kind, path in workbooks.items()}
    assert all(p.exists() for p in pdfs.values()), proc.stdout + proc.stderr
    return {kind: pymupdf.open(path) for kind, path in pdfs.items()}


def overlaps(page: pymupdf.Page) -> list[tuple[str, str]]:
    """Words on the page whose boxes overlap: text drawn over other text. Boxes are shrunk a
    little first (a glyph box reaches into the next line's), so only real overprinting
    counts."""
    boxes = []
    for x0, y0, x1, y1, text, *_ in page.get_text("words"):
        dy = (y1 - y0) * 0.25
        boxes.append((x0 + 0.5, y0 + dy, x1 - 0.5, y1 - dy, text))
    boxes.sort()
    found = []
    for i, (_x0, y0, x1, y1, text) in enumerate(boxes):
        for u0, v0, _u1, v1, other in boxes[i + 1:]:
            if u0 >= x1:
                break
            if v0 < y1 and y0 < v1:
                found.append((text, other))
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_no_two_cells_text_overlaps_on_any_printed_page(printed, kind):
    doc = printed[kind]
    clashes = {n + 1: overlaps(page)[:5] for n, page in enumerate(doc) if overlaps(page)}
    assert not clashes, f"{kind}: text printed over other text on pages {clashes}"


CODER_COLUMNS = {"papers": ["role", "subset", "framing", "critical_engagement",
                            "harm_definition", "notes"],
                 "pairs": ["label", "notes"], "responses": ["label", "notes"],
                 "adjudication": ["final", "notes"]}


@pytest.mark.parametrize("kind", KINDS)
def test_the_coders_columns_print_on_the_first_page(printed, kind):
    first_page = " ".join(w[4] for w in printed[kind][0].get_text("words"))
    missing = [h for h in CODER_COLUMNS[kind] if h not in first_page.split()]
    assert not missing, f"{kind}: {missing} not on the first printed page: {first_page[:300]}"


def headers(ws) -> list[str]:
    return [c.value for c in ws[1]]


def test_papers_sheet_leads_with_the_title_and_the_coders_columns(workbooks):
    ws = load_workbook(workbooks["papers"])["Papers"]
    assert headers(ws)[:8] == ["unit_id", "title", "role", "subset", "framing",
                               "critical_engagement", "harm_definition", "notes"]
    assert ws.freeze_panes == "C2"  # the title stays beside the id
    assert headers(ws)[8].startswith("auto: ")
    row = {h: c for h, c in zip(headers(ws), next(ws.iter_rows(min_row=2)), strict=True)}
    assert row["title"].value == LONG_TITLE
    # a suggestion names its evidence by page and words, never by a bare passage id
    shown = [row[h].value for h in headers(ws) if h.startswith("auto: ") and row[h].value]
    assert any("p. 2: We train a reward model on HH-RLHF" in s for s in shown), shown
    assert not any("649def34" in s for s in shown), shown
    # rows are as tall as their text: more than one line for a wrapped title, within the cap
    assert 30 < ws.row_dimensions[2].height <= 409
    assert row["pdf"].hyperlink.target.startswith("file://")
    assert row["pdf"].value == f"{PDF_PAPER}.pdf"


def test_passages_sheet_has_title_page_and_a_link_to_the_local_pdf_page(workbooks):
    ws = load_workbook(workbooks["papers"])["Passages"]
    assert headers(ws)[:4] == ["unit_id", "title", "page", "text"] and headers(ws)[-1] == "link"
    assert ws.freeze_panes == "C2"
    rows = [{h: c for h, c in zip(headers(ws), r, strict=True)}
            for r in ws.iter_rows(min_row=2)]
    local = [r for r in rows if r["unit_id"].value == PDF_PAPER]
    assert [r["title"].value for r in local] == [LONG_TITLE] * 3
    assert [r["link"].hyperlink.target for r in local] == [
        (workbooks["papers"].parent / "pdfs" / f"{PDF_PAPER}.pdf").resolve().as_uri()
        + f"#page={page}" for page in (2, 3, 4)]
    assert local[0]["link"].value == f"{PDF_PAPER}.pdf, p. 2"
    # a paper without a local PDF links to its arXiv page
    other = next(r for r in rows if r["unit_id"].value != PDF_PAPER)
    assert other["link"].hyperlink.target.startswith("https://arxiv.org/abs/2401.0000")


def test_pair_and_response_sheets_show_the_conversation_turn_by_turn(workbooks):
    pairs = load_workbook(workbooks["pairs"])["Pairs"]
    assert headers(pairs)[:5] == ["unit_id", "conversation", "label", "notes", "auto: label"]
    assert pairs.freeze_panes == "C2"
    texts = {r[0].value: r[1] for r in pairs.iter_rows(min_row=2)}
    bread = texts["harmless-base/test:1"]
    assert bread.value == ("Human: How do I bake bread at home without a bread machine?\n"
                           "Assistant (chosen): Mix flour, water, salt and yeast, knead it, "
                           "let it rise, then bake.")
    assert bread.alignment.wrap_text
    # a conversation too long for the tallest row keeps its last turns, and says where the
    # rest is; a single answer too long for it is cut at its end
    long = next(c.value for c in texts.values() if "Wear gloves" in c.value)
    assert long.startswith("[…] (earlier turns; the full text is in the Turns sheet)\n")
    assert "\nHuman: Thanks, what about safety?\nAssistant (chosen): Wear gloves." in long
    press = texts["harmless-base/test:2"].value
    assert press.startswith("Human: Tell me about the history of the printing press in Europe."
                            "\nAssistant (chosen): Gutenberg's press spread")
    assert press.endswith(" […] (the full text is in the Turns sheet)")
    responses = load_workbook(workbooks["responses"])["Responses"]
    assert headers(responses)[:5] == ["unit_id", "conversation", "label", "notes",
                                      "auto: label"]
    first = responses["B2"].value
    assert first.startswith("Human: Question ") and "\nAssistant: " in first


def test_adjudication_of_audit_labels_shows_the_pair_and_the_automatic_label(workbooks):
    ws = load_workbook(workbooks["adjudication"])["Adjudication"]
    assert headers(ws) == ["unit_id", "conversation", "dimension", "alice", "bob",
                           "auto-rules", "final", "notes"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows and all(r[1].startswith(("Human: ", "[…]")) for r in rows)
    assert all(r[5] in ("acceptable", "unhelpful", "harmful") for r in rows)
    assert ws.freeze_panes == "C2"


def test_csv_export_has_the_same_columns_as_the_sheet(workbooks, tmp_path):
    folder = workbooks["papers"].parent
    with Store(folder / "papers.sqlite") as store:
        coding.export_csv(store, coding.load_codebook("hh_usage"), "bob", tmp_path / "bob.csv")
    with (tmp_path / "bob.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    ws = load_workbook(workbooks["papers"])["Papers"]
    assert rows[0] == ["export_id", *headers(ws)]
    for line, sheet_row in zip(rows[1:], ws.iter_rows(min_row=2), strict=True):
        for header, text, cell in zip(rows[0][1:], line[1:], sheet_row, strict=True):
            shown = cell.hyperlink.target if cell.hyperlink else cell.value
            assert text == ("" if shown is None else str(shown)), (header, text, shown)


def test_audit_disagreements_are_adjudicated_and_imported_with_audit_import(workbooks,
                                                                            tmp_path):
    """The route docs/audit.md gives: `code adjudicate --codebook hh_pair_labels`, fill
    `final`, `audit import`; the adjudicated labels become the final ones."""
    filled = tmp_path / "adjudicate.xlsx"
    shutil.copy(workbooks["adjudication"], filled)
    wb = load_workbook(filled)
    ws = wb["Adjudication"]
    disputed = [r[0].value for r in ws.iter_rows(min_row=2)]
    for row in ws.iter_rows(min_row=2):
        row[headers(ws).index("final")].value = "harmful"
    wb.save(filled)
    store = workbooks["adjudication"].parent / "audit.sqlite"
    said = cli("--store", store, "audit", "import", filled)
    assert f"adjudicated: {len(disputed)} codes changed" in " ".join(said.split())
    with Store(store) as opened:
        final = coding.final_codes(opened, coding.load_codebook("hh_pair_labels"))
    assert disputed and all(final[u]["label"] == ["harmful"] for u in disputed)


def test_text_cut_to_the_tallest_row_says_so_and_fits():
    from citeaudit.coding.layout import MAX_LINES, fit_text, fit_turns, wrapped_lines

    short = "Human: hello\nAssistant (chosen): hi"
    assert fit_turns(short, 60) == short and fit_text(short, 60) == short
    long_text = WORDS * 40
    cut = fit_text(long_text, 60, where_rest="the full text is in the Passages sheet")
    assert cut.endswith(" […] (the full text is in the Passages sheet)")
    assert long_text.startswith(cut.removesuffix(" […] (the full text is in the Passages "
                                                 "sheet)"))
    assert MAX_LINES - 2 <= wrapped_lines(cut, 60) <= MAX_LINES
    turns = "\n".join(f"{'Human' if i % 2 == 0 else 'Assistant'}: {WORDS * 2}" for i in range(9))
    kept = fit_turns(turns + "\nAssistant (chosen): Fine.", 60)
    assert kept.startswith("[…] (earlier turns)\n") and kept.endswith("\nAssistant (chosen): Fine.")
    assert wrapped_lines(kept, 60) <= MAX_LINES
