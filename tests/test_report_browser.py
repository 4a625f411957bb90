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
    captions = [c.split(". ", 1)[1] for c in section.locator("table caption").all_inner_texts()]
    assert [c[:20] for c in captions] == [t.caption[:20] for t in evaluation.tables]


# ---------------------------------------------------------------------------
# Layout (issue 18): what a reader sees, not only what the page holds
# ---------------------------------------------------------------------------
# The visible text boxes of each chart (titles, ticks, legend, labels, buttons) and of each
# table's header row, as [owner, text, corners]: the four corners on screen, so that a
# rotated tick label is its own slanted box rather than the upright box around it.
TEXT_BOXES = """() => {
  const visible = el => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity || 1) > 0
      && r.width > 0 && r.height > 0 && el.textContent.trim() !== '';
  };
  const corners = t => {
    const b = t.getBBox(), m = t.getScreenCTM();
    return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height],
            [b.x, b.y + b.height]].map(([x, y]) => [m.a * x + m.c * y + m.e,
                                                    m.b * x + m.d * y + m.f]);
  };
  const boxes = [];
  document.querySelectorAll('.plot').forEach(plot => {
    plot.querySelectorAll('svg text').forEach(t => {
      if (t.closest('.hoverlayer') || !visible(t)) return;
      boxes.push([plot.id, t.textContent.trim(), corners(t)]);
    });
  });
  document.querySelectorAll('table.data thead').forEach((head, i) => {
    head.querySelectorAll('th').forEach(th => {
      const r = th.getBoundingClientRect();
      boxes.push(['thead-' + i, th.textContent.trim(),
                  [[r.left, r.top], [r.right, r.top], [r.right, r.bottom], [r.left, r.bottom]]]);
    });
  });
  return boxes;
}"""


def _separated(a, b, slack):
    """Whether two convex quadrilaterals have a gap (or overlap by at most `slack` px) along
    one of their edges' normals (the separating-axis test)."""
    for quad in (a, b):
        for i in range(4):
            (x1, y1), (x2, y2) = quad[i], quad[(i + 1) % 4]
            length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 or 1.0
            nx, ny = (y1 - y2) / length, (x2 - x1) / length
            pa = [nx * x + ny * y for x, y in a]
            pb = [nx * x + ny * y for x, y in b]
            if min(max(pa), max(pb)) - max(min(pa), min(pb)) <= slack:
                return True
    return False


def _overlapping(boxes, slack=1.0):
    by_owner: dict[str, list] = {}
    for owner, text, quad in boxes:
        by_owner.setdefault(owner, []).append((text, quad))
    clashes = []
    for owner, items in by_owner.items():
        for i, (text_a, a) in enumerate(items):
            for text_b, b in items[i + 1:]:
                if not _separated(a, b, slack):
                    clashes.append((owner, text_a, text_b))
    return clashes


def test_the_overlap_check_tells_slanted_neighbours_from_overlapping_boxes():
    upright = [[0, 0], [50, 0], [50, 10], [0, 10]]
    assert _overlapping([("f", "a", upright),
                         ("f", "b", [[40, 5], [90, 5], [90, 15], [40, 15]])]) == [("f", "a", "b")]
    assert _overlapping([("f", "a", upright),
                         ("f", "b", [[60, 0], [90, 0], [90, 10], [60, 10]])]) == []

    def slanted(x):  # 50 x 10 rotated by 45 degrees, starting at (x, 0)
        return [[x, 0], [x + 35.4, 35.4], [x + 28.3, 42.4], [x - 7.1, 7.1]]
    # upright boxes around these two would overlap; the slanted labels themselves do not
    assert _overlapping([("f", "a", slanted(0)), ("f", "b", slanted(20))]) == []


@pytest.mark.parametrize("width", [1000, 1400])  # 1000: a legend in a row ran into the title
def test_no_two_text_boxes_of_a_figure_or_table_header_overlap(opened_report, width):
    page, _, _, summary = opened_report
    page.set_viewport_size({"width": width, "height": 900})
    page.wait_for_timeout(400)  # plotly redraws responsive charts on resize
    boxes = page.evaluate(TEXT_BOXES)
    owners = {b[0] for b in boxes}
    assert len([o for o in owners if o.startswith("fig-")]) == summary.n_figures
    assert _overlapping(boxes) == []


def test_every_figure_keeps_its_height_when_the_window_changes(opened_report):
    page, _, _, _ = opened_report
    for width in (1000, 1400):  # plotly's responsive resize once shrank every chart to 320 px
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(400)
        heights = page.evaluate("""() => Array.from(document.querySelectorAll('.plot')).map(
            d => [d.id, JSON.parse(document.querySelector(
                    `script[data-figure="${d.id}"]`).textContent).layout.height || 450,
                  d.querySelector('svg.main-svg').getBoundingClientRect().height])""")
        assert all(svg == pytest.approx(planned, abs=1) and svg >= 200
                   for _, planned, svg in heights), (width, heights)
    agreement = page.locator("#agreement .plot").bounding_box()
    assert agreement["height"] >= 120 + 44 * 2  # a row per dimension, not a 60 px strip


def test_open_evidence_keeps_the_codes_readable_and_the_passages_whole(opened_report):
    page, _, _, _ = opened_report
    page.set_viewport_size({"width": 1400, "height": 900})
    page.evaluate("document.querySelectorAll('#papers-table details')"
                  ".forEach(d => d.open = true)")
    measured = page.evaluate("""() => {
      const canvas = document.createElement('canvas').getContext('2d');
      const cells = Array.from(document.querySelectorAll('#papers-table td.codes'));
      const out = cells.map(td => {
        const s = getComputedStyle(td);
        canvas.font = getComputedStyle(td.querySelector('.code') || td).font;
        const words = td.textContent.split(/\\s+/).filter(Boolean);
        const widest = Math.max(0, ...words.map(w => canvas.measureText(w).width));
        const inner = td.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        return [widest, inner];
      });
      const scroll = document.querySelector('#papers-table').parentElement;
      const quotes = Array.from(document.querySelectorAll('#papers-table ol.passages q'));
      const clipped = quotes.filter(q => {
        const r = q.getBoundingClientRect(), box = scroll.getBoundingClientRect();
        return r.right > box.right + 1 || r.left < box.left - 1;
      }).length;
      return {cells: out, overflow: scroll.scrollWidth - scroll.clientWidth, clipped};
    }""")
    assert measured["cells"] and all(inner >= widest for widest, inner in measured["cells"]), \
        measured["cells"]  # no word of a code is broken mid-word
    assert min(inner for _, inner in measured["cells"]) >= 180
    assert measured["overflow"] <= 1 and measured["clipped"] == 0
    page.evaluate("document.querySelectorAll('#papers-table details')"
                  ".forEach(d => d.open = false)")


def test_long_tables_show_a_page_at_a_time(opened_report):
    page, _, _, _ = opened_report
    table = page.locator("#ext-audit table", has_text="Share per record")
    pager = page.locator("#ext-audit .pager")
    visible_rows = "t => Array.from(t.tBodies[0].rows).filter(r => !r.hidden).length"
    assert table.evaluate(visible_rows) == 25
    assert pager.locator("span").inner_text() == f"Rows 1–25 of {fx.LONG_TABLE_ROWS}"
    pager.locator("button", has_text="Next").click()
    assert pager.locator("span").inner_text() == f"Rows 26–50 of {fx.LONG_TABLE_ROWS}"
    assert table.locator("tbody tr:not([hidden]) td").first.inner_text() == "record 25"
    pager.locator("button", has_text="Show all").click()
    assert table.evaluate(visible_rows) == fx.LONG_TABLE_ROWS
    cells = table.locator("tbody td.num").all_inner_texts()
    assert "0" in cells and "0.143" in cells  # rounded for people; noise shows as 0
    pager.locator("button", has_text="per page").click()


def test_the_network_hides_and_shows_the_target(opened_report):
    page, _, data, _ = opened_report
    plot = page.locator("#network .plot")
    arrows = "p => p.querySelectorAll('.annotation-arrow-g').length"
    graph = data.network.citation
    assert plot.evaluate(arrows) == graph.number_of_edges()
    plot.locator(".updatemenu-button", has_text="without the target").click()
    page.wait_for_timeout(300)
    assert plot.evaluate(arrows) == sum(1 for _, b in graph.edges if b != fx.TARGET)
    assert plot.locator(".legendtext", has_text="the target").count() == 0
    plot.locator(".updatemenu-button", has_text="with the target").click()
    page.wait_for_timeout(300)
    assert plot.evaluate(arrows) == graph.number_of_edges()
