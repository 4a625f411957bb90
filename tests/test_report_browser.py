"""Open the report in headless Chromium (Debian's package, driven by Playwright) and check
what a reader gets: charts drawn, the papers listed, hostile text inert, nothing fetched."""

from __future__ import annotations

import pytest
import report_fixtures as fx
from browser_fixtures import open_report
from eval_fixtures import write_generations

from citeaudit.evals import analysis
from citeaudit.evals.generate import import_generations
from citeaudit.evals.report import report_section
from citeaudit.report import collect, write_report


@pytest.fixture(scope="module")
def opened_report(tmp_path_factory, browser):
    folder = tmp_path_factory.mktemp("report")
    with fx.build_store(folder / "store.sqlite") as store:
        write_generations(folder / "generations.csv")
        import_generations(store, folder / "generations.csv")
        analysis.run(store, None)
        data = collect(store, providers={**fx.PROVIDERS, "evaluation": report_section})
    summary = write_report(data, folder / "hh")
    page, events = open_report(browser, summary.path)
    yield page, events, data, summary
    page.context.close()


def test_no_console_errors_and_no_script_ran_from_the_data(opened_report):
    page, events, _, _ = opened_report
    page.wait_for_timeout(300)  # let a delayed onerror fire, if any could
    assert events["console_errors"] == []
    assert events["page_errors"] == []
    assert events["dialogs"] == []


def test_nothing_is_requested_from_outside_the_file(opened_report):
    _, events, _, summary = opened_report
    assert events["requests"], "the page itself should have been requested"
    outside = [u for u in events["requests"] if not u.startswith("file://")]
    assert outside == []
    assert {u for u in events["requests"]} == {summary.path.as_uri()}


def test_every_chart_is_drawn_as_svg(opened_report):
    page, _, _, summary = opened_report
    counts = page.evaluate("""() => Array.from(document.querySelectorAll('.plot')).map(
        d => d.querySelectorAll('svg.main-svg .plot .trace, svg.main-svg .bars, '
                                + 'svg.main-svg .scatterlayer .trace, '
                                + 'svg.main-svg .heatmaplayer .hm image').length)""")
    assert len(counts) == summary.n_figures >= 9
    assert all(n > 0 for n in counts), counts


def test_the_table_lists_the_selected_papers_in_rank_order(opened_report):
    page, _, data, _ = opened_report
    titles = page.locator("#papers-table tbody a.paper-title").all_inner_texts()
    assert titles == [p.title for p in data.papers]


def test_hostile_text_shows_as_text(opened_report):
    page, _, _, _ = opened_report
    assert page.locator("#papers-table a.paper-title", has_text=fx.HOSTILE_TITLE).count() == 1
    assert page.evaluate("document.querySelectorAll('main img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == \
        page.evaluate("document.querySelectorAll('script[nonce], "
                      "script[type=\"application/json\"]').length")
    ticks = page.locator("#corpus .ytick text").all_text_contents()
    assert "<b>Venue</b>" in ticks  # plotly shows the venue literally, not as bold markup
    bylines = page.locator("#papers-table .byline").all_text_contents()
    assert bylines[0] == "Author 0, <script>x</script> · NeurIPS"
    evidence = page.locator("#papers-table ol.passages q").all_text_contents()
    assert fx.SCRIPT_BREAKOUT in evidence


def test_headings_sort_the_table(opened_report):
    page, _, data, _ = opened_report
    table = page.locator("#papers-table")
    table.locator("th", has_text="Citations").click()
    by_citations = sorted(data.papers, key=lambda p: p.citation_count)
    assert table.locator("tbody a.paper-title").all_inner_texts() == [
        p.title for p in by_citations]
    table.locator("th", has_text="Rank").click()
    assert table.locator("tbody a.paper-title").all_inner_texts()[0] == data.papers[0].title


def test_evaluation_charts_draw_interval_bars(opened_report):
    page, _, data, _ = opened_report
    section = page.locator("#ext-evaluation")
    assert section.locator("h2").inner_text() == "Model evaluation"
    [evaluation] = [s for s in data.extra_sections if s.id == "evaluation"]
    assert section.locator(".plot").count() == len(evaluation.figures) == 4
    # two refusal charts (one per model), each with safe and unsafe bars for three groups
    bars = section.locator("g.errorbar").count()
    assert bars == 2 * 2 * 3
    captions = section.locator("table caption").all_inner_texts()
    assert [c[:20] for c in captions] == [t.caption[:20] for t in evaluation.tables]
