"""The top-level API: every exported name resolves, `import citeaudit` stays light, and the
README's and the docstring's examples are written with (and run on) `citeaudit.X` names."""

import ast
import inspect
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import shared_data

import citeaudit

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "spacy", "pymupdf", "fitz", "transformers", "trl", "plotly", "pandas")


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def _citeaudit_names(code: str) -> set[str]:
    """The X of every `citeaudit.X` in `code`."""
    return {node.attr for node in ast.walk(ast.parse(code))
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "citeaudit"}


def _docstring_example() -> str:
    """The indented block of the package docstring."""
    lines = citeaudit.__doc__.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("    "))
    end = next(i for i in range(start, len(lines)) if lines[i] and lines[i][0] != " ")
    return textwrap.dedent("\n".join(lines[start:end]))


@pytest.mark.parametrize("name", citeaudit.__all__)
def test_every_exported_name_resolves(name):
    assert getattr(citeaudit, name) is not None
    assert name in dir(citeaudit)


def test_stages_are_the_parts_own_functions():
    from citeaudit.audit import stage
    from citeaudit.coding import importing
    from citeaudit.literature import fetch

    assert citeaudit.run_audit is stage.run
    assert citeaudit.fetch_citations is fetch.run
    assert citeaudit.import_codes is importing.import_file


# The stages that follow the contract to the letter: (store, config, *, options, on_progress).
CONTRACT_STAGES = ["run_audit", "auto_code", "generate_responses", "classify_responses",
                   "judge_responses", "train_models"]


@pytest.mark.parametrize("name", CONTRACT_STAGES)
def test_stages_follow_the_one_contract(name):
    stage = getattr(citeaudit, name)
    assert stage.__name__ == "run"
    params = list(inspect.signature(stage).parameters.values())
    assert [p.name for p in params[:2]] == ["store", "config"]
    assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in params[:2])
    assert all(p.kind is p.KEYWORD_ONLY for p in params[2:])
    assert params[-1].name == "on_progress" and params[-1].default is None
    assert inspect.signature(stage).return_annotation.endswith("Summary")


def test_evaluation_and_training_stages_are_the_parts_run_functions():
    from citeaudit.evals import analysis, generate, judge
    from citeaudit.literature import autocode
    from citeaudit.training import train

    assert citeaudit.generate_responses is generate.run
    assert citeaudit.classify_responses is analysis.run
    assert citeaudit.judge_responses is judge.run
    assert citeaudit.auto_code is autocode.run
    assert citeaudit.train_models is train.run


def test_an_unknown_name_is_an_attribute_error_and_subpackages_still_import():
    with pytest.raises(AttributeError, match="no attribute 'fetch_everything'"):
        citeaudit.fetch_everything  # noqa: B018
    from citeaudit import coding

    assert coding.load_codebook is citeaudit.load_codebook


def test_import_citeaudit_and_opening_a_store_load_no_heavy_module():
    code = ("import sys, citeaudit; citeaudit.Store, citeaudit.load_config, "
            "citeaudit.CiteauditError; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_examples_use_the_top_level_api_only():
    readme = _python_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    for code in [*readme, _docstring_example()]:
        assert "from citeaudit" not in code
        assert _citeaudit_names(code)
        assert _citeaudit_names(code) <= set(citeaudit.__all__)


def test_readme_example_runs_from_a_checkout_beside_the_shared_data(tmp_path):
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "data").symlink_to(shared_data())
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (example,) = _python_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
        str(REPO), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", example], cwd=checkout, env=env,
                         capture_output=True, text=True, check=True)
    run_id, records, problems = out.stdout.split()
    assert (records, problems) == ("2312", "0")  # every pair of harmless-base-test
    assert (checkout / "cache" / "citeaudit.sqlite").is_file()


def test_docstring_example_runs_against_a_local_semantic_scholar(tmp_path, fake_s2):
    (tmp_path / "citeaudit.toml").write_text(
        f'[citeaudit]\ns2_api_url = "{fake_s2.url}"\ns2_min_interval_s = 0.0\n'
        "arxiv_min_interval_s = 0.0\nhost_min_interval_s = 0.0\nhttp_timeout_s = 5.0\n",
        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
        str(REPO), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", _docstring_example()], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True)
    page = Path(out.stdout.strip())
    assert page == tmp_path / "reports" / page.parent.name / "index.html"
    assert page.is_file()
