"""Turn sections into one self-contained HTML page (Jinja2 with autoescape).

Nothing on the page is fetched: CSS, plotly.js and our script are inlined, a Content
Security Policy forbids any connection, and only scripts carrying this page's nonce run,
so even text that slipped past escaping could not execute.
"""

from __future__ import annotations

import functools
import json
import re
import secrets
from pathlib import Path
from typing import Any

import jinja2
import plotly.graph_objects as go
from markupsafe import Markup, escape
from plotly.offline import get_plotlyjs

import citeaudit
from citeaudit.report.data import ReportData
from citeaudit.report.sections import Section

TEMPLATES = Path(__file__).parent / "templates"

# JSON inside <script> must not close the element or open a comment: escape the characters
# HTML cares about as JSON unicode escapes (JSON.parse turns them back into the same text).
_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(value: Any) -> Markup:
    """JSON that is safe to place between <script type="application/json"> tags."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return Markup(text.translate(_SCRIPT_SAFE))


def figure_json(figure: go.Figure) -> Markup:
    return script_json(figure.to_json(validate=False, pretty=False, engine="json"))


def script_source(js: str) -> Markup:
    """Our own JavaScript, guarded against a literal `</script` ending the element early."""
    return Markup(js.replace("</script", "<\\/script").replace("<!--", "<\\!--"))


@functools.lru_cache(maxsize=1)
def _plotly_js() -> Markup:
    return script_source(get_plotlyjs())


_CODE_SPAN = re.compile(r"`([^`]+)`")


def code_spans(text: Any) -> Markup:
    """Escape `text`, then show `backticked` parts (command names) as <code>."""
    escaped = str(escape("" if text is None else text))
    return Markup(_CODE_SPAN.sub(r"<code>\1</code>", escaped))


def human(value: Any) -> str:
    """A table cell for people: integers with thousands separators; a float a part already
    rounded (to 4 decimals or fewer) as it is; any other float to 3 significant digits (one
    decimal from 10, none from 1,000), floating-point noise such as 1.4e-17 as 0. The cell's
    data-sort keeps the full value, the CSV and XLSX files the data."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if value != value:  # NaN
        return ""
    size = abs(value)
    if size < 1e-12:
        return "0"
    if value == round(value, 4):
        return f"{value:,}"
    if size >= 1000:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    if size >= 1e-4:
        return f"{value:.3g}"
    return f"{value:.2e}"


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every {{ }} is escaped unless it is Markup we built above
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["figure_json"] = figure_json
    env.filters["code_spans"] = code_spans
    env.filters["human"] = human
    return env


def render_html(data: ReportData, sections: list[Section],
                downloads: list[tuple[str, str]] | None = None) -> str:
    """The page; `downloads` are (label, relative href) of files written beside it."""
    template = _environment().get_template("report.html.j2")
    return template.render(
        data=data,
        sections=sections,
        downloads=downloads or [],
        version=citeaudit.__version__,
        nonce=secrets.token_urlsafe(18),
        css=Markup((TEMPLATES / "report.css").read_text(encoding="utf-8").replace("</", "<\\/")),
        plotly_js=_plotly_js(),
        report_js=script_source((TEMPLATES / "report.js").read_text(encoding="utf-8")),
    )
