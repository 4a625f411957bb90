"""Headless Chromium (Debian's package, driven by Playwright) for the report tests: one
browser per module, and a page opened with every request and error recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; see .ci/run)")
    playwright_api = pytest.importorskip("playwright.sync_api",
                                         reason="playwright is not installed")
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


def open_report(browser, page_path: Path) -> tuple[object, dict[str, list[str]]]:
    """The page at `page_path` once every chart is drawn, and what happened on the way:
    requests (anything but the file itself is blocked), console and page errors, dialogs."""
    events: dict[str, list[str]] = {"console_errors": [], "page_errors": [], "dialogs": [],
                                    "requests": []}
    context = browser.new_context()

    def guard(route):
        events["requests"].append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def on_dialog(dialog):
        events["dialogs"].append(dialog.message)
        dialog.dismiss()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("console", lambda m: m.type == "error" and events["console_errors"].append(m.text))
    page.on("pageerror", lambda e: events["page_errors"].append(str(e)))
    page.on("dialog", on_dialog)
    page.goto(page_path.as_uri(), wait_until="load")
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.plot')).every("
        "  d => d.querySelector('svg.main-svg'))", timeout=20000)
    page.wait_for_timeout(200)
    return page, events
