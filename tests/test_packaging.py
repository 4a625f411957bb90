"""A built wheel carries every package and the codebooks, and works outside the checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    # build from a copy of the working tree so that build/ and *.egg-info do not land in
    # the checkout (a plain copy: the tests also run from an unpacked archive, not a clone)
    src = build / "src"
    src.mkdir()
    for rel in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / rel, src / rel)
    for rel in ("coding_scheme", "citeaudit"):
        shutil.copytree(ROOT / rel, src / rel,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(src)],
                   check=True, capture_output=True)
    (path,) = out.glob("citeaudit-*.whl")
    return path


def test_wheel_holds_every_package_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {p.relative_to(ROOT).as_posix() for p in (ROOT / "citeaudit").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    expected |= {f"citeaudit/coding_scheme/{p.name}"
                 for p in (ROOT / "coding_scheme").glob("*.yaml")}
    missing = sorted(expected - names)
    assert not missing, f"missing from the wheel (list them in pyproject.toml): {missing}"


def test_installed_wheel_finds_codebooks_outside_the_checkout(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import citeaudit, sys\n"
        "from citeaudit.core.config import SCHEME_DIR\n"
        "from citeaudit.coding.codebook import load_codebook\n"
        "from citeaudit.core.lexicon import load_lexicon\n"
        "from citeaudit.audit.harm import load_harm_detector\n"
        "from citeaudit.evals.classifier import TAXONOMY_PATH\n"
        "assert str(SCHEME_DIR).startswith(sys.argv[1]), SCHEME_DIR\n"
        "print(load_codebook('hh_usage').name, load_codebook('hh_pair_labels').name)\n"
        "print(len(load_lexicon().terms) > 0, TAXONOMY_PATH.is_file())\n"
        "load_harm_detector()\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(site)], cwd=tmp_path,
                          env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["hh_usage", "hh_pair_labels", "True", "True"]
