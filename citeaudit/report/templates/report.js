(function () {
  "use strict";
  var config = { displaylogo: false, responsive: true,
    modeBarButtonsToRemove: ["sendDataToCloud", "lasso2d", "select2d"] };
  var blocks = document.querySelectorAll('script[type="application/json"][data-figure]');
  Array.prototype.forEach.call(blocks, function (el) {
    var spec = JSON.parse(el.textContent);
    var target = document.getElementById(el.getAttribute("data-figure"));
    if (target && window.Plotly) { window.Plotly.newPlot(target, spec.data, spec.layout, config); }
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
  }

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
