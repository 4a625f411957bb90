(function () {
  "use strict";
  var config = { displaylogo: false, responsive: true,
    modeBarButtonsToRemove: ["sendDataToCloud", "lasso2d", "select2d"] };
  var blocks = document.querySelectorAll('script[type="application/json"][data-figure]');
  Array.prototype.forEach.call(blocks, function (el) {
    var spec = JSON.parse(el.textContent);
    var target = document.getElementById(el.getAttribute("data-figure"));
    if (!target || !window.Plotly) { return; }
    // A responsive chart takes its container's height when the window is resized: give the
    // container the chart's own height (plotly's default 450 px where it sets none), or every
    // chart shrinks to the CSS minimum.
    target.style.height = ((spec.layout && spec.layout.height) || 450) + "px";
    window.Plotly.newPlot(target, spec.data, spec.layout, config);
  });

  function sortKey(cell, numeric) {
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    if (!numeric) { return raw.trim().toLowerCase(); }
    var value = parseFloat(raw);
    return isNaN(value) ? Number.POSITIVE_INFINITY : value;
  }

  function sortBy(table, index, th) {
    var numeric = th.getAttribute("data-type") === "num" ||
      Array.prototype.every.call(table.tBodies[0].rows, function (row) {
        var cell = row.cells[index];
        return !cell || cell.classList.contains("num");
      });
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a.cells[index], numeric), y = sortKey(b.cells[index], numeric);
      if (x < y) { return ascending ? -1 : 1; }
      if (x > y) { return ascending ? 1 : -1; }
      return 0;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    if (table.pager) { table.pager.show(0); }
  }

  // Long tables show PAGE_SIZE rows at a time, with buttons to page or show them all;
  // without JavaScript (or in print) every row shows.
  var PAGE_SIZE = 25;
  function addPager(table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length <= PAGE_SIZE) { return; }
    var nav = document.createElement("div");
    nav.className = "pager";
    var status = document.createElement("span");
    function button(label) {
      var b = document.createElement("button");
      b.type = "button"; b.textContent = label; nav.appendChild(b); return b;
    }
    var prev = button("\u2039 Previous"), next = button("Next \u203a"), all = button("Show all");
    nav.insertBefore(status, prev);
    var page = 0, showAll = false;
    var pager = { show: function (to) {
      var rows = body.rows, n = rows.length, pages = Math.ceil(n / PAGE_SIZE);
      page = Math.max(0, Math.min(to, pages - 1));
      var first = showAll ? 0 : page * PAGE_SIZE, last = showAll ? n : Math.min(n, first + PAGE_SIZE);
      for (var i = 0; i < n; i++) { rows[i].hidden = i < first || i >= last; }
      status.textContent = "Rows " + (first + 1) + "\u2013" + last + " of " + n;
      prev.disabled = showAll || page === 0;
      next.disabled = showAll || page >= pages - 1;
      all.textContent = showAll ? "Show " + PAGE_SIZE + " per page" : "Show all";
    } };
    prev.addEventListener("click", function () { pager.show(page - 1); });
    next.addEventListener("click", function () { pager.show(page + 1); });
    all.addEventListener("click", function () { showAll = !showAll; pager.show(0); });
    var holder = table.parentNode.classList.contains("table-scroll") ? table.parentNode : table;
    holder.parentNode.insertBefore(nav, holder.nextSibling);
    table.pager = pager;
    pager.show(0);
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.data"), addPager);

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.addEventListener("click", function () { sortBy(table, index, th); });
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(table, index, th); }
      });
    });
  });
})();
