"""CSV files for people: formula-safe, readable by Excel (BOM), never half written."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from citeaudit.core.files import atomic_write, spreadsheet_safe, write_csv, write_frame_csv


def read(path):
    raw = path.read_bytes()
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return raw, list(csv.reader(handle))


def test_text_a_spreadsheet_would_run_is_neutralised_and_the_rest_kept(tmp_path):
    rows = [
        {"title": "=HYPERLINK(\"http://x\")", "n": 1, "note": None},
        {"title": "-1 is a number-looking title", "n": 2, "note": "Café, naïve"},
        ["@SUM(A1)", 3, "+plus"],
    ]
    raw, table = read(write_csv(tmp_path / "t.csv", ["title", "n", "note"], rows))
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    assert table == [["title", "n", "note"],
                     ["'=HYPERLINK(\"http://x\")", "1", ""],
                     ["'-1 is a number-looking title", "2", "Café, naïve"],
                     ["'@SUM(A1)", "3", "'+plus"]]
    assert spreadsheet_safe(-1) == -1 and spreadsheet_safe("ok") == "ok"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = write_csv(tmp_path / "t.csv", ["a"], [["old"]])

    def rows():
        yield ["new"]
        raise KeyboardInterrupt  # Ctrl-C half way

    with pytest.raises(KeyboardInterrupt):
        write_csv(path, ["a"], rows())
    assert read(path)[1] == [["a"], ["old"]]
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    with pytest.raises(OSError):
        atomic_write(tmp_path / "x.txt", lambda tmp: (_ for _ in ()).throw(OSError("disk")))
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_frames_write_missing_values_as_empty_cells(tmp_path):
    frame = pd.DataFrame({"group": ["=evil", "b"], "rate": [0.5, float("nan")]})
    _, table = read(write_frame_csv(tmp_path / "f.csv", frame))
    assert table == [["group", "rate"], ["'=evil", "0.5"], ["b", ""]]
    # pandas reads it back (it strips the BOM itself)
    assert pd.read_csv(tmp_path / "f.csv").columns.tolist() == ["group", "rate"]
