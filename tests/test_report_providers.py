"""The report names its providers in code (report/providers.py), not as import strings."""

import ast
import subprocess
import sys
from pathlib import Path

from citeaudit.report import data, providers

REPORT_DIR = Path(data.__file__).parent


def _string_imports(path: Path) -> list[str]:
    """`importlib` imports and `__import__` calls in one module, as 'file:line'."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            names = ["__import__"]
        if any(n == "__import__" or n.split(".")[0] == "importlib" for n in names):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_the_report_imports_no_module_by_name():
    found = [hit for path in sorted(REPORT_DIR.glob("*.py")) for hit in _string_imports(path)]
    assert found == []


def test_every_report_key_has_a_provider_defined_in_the_report():
    literature_keys = {"pdf_outcomes", "passages", "codebook", "codes", "agreement"}
    assert set(providers.PROVIDERS) == literature_keys | set(data.EXTRA_SECTIONS)
    assert {fn.__module__ for fn in providers.PROVIDERS.values()} == {providers.__name__}


def test_importing_the_report_imports_none_of_the_sections_parts():
    code = ("import sys, citeaudit.report.providers; "
            "print(sorted(m for m in sys.modules if m.startswith(('citeaudit.audit', "
            "'citeaudit.evals', 'citeaudit.coding'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
