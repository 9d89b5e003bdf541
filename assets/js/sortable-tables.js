/*
 * Sortable salary tables, as a progressive enhancement: each column heading of a salary table becomes
 * a button that sorts the rows by that column (numbers by their data-sort value, text alphabetically),
 * first descending for numbers and ascending for text, then the other way. aria-sort tells screen
 * readers the current order; the build already writes it for the column a table is sorted by, so the
 * first press there reverses it. Without this script the tables are plain and complete.
 */
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.children[index];
    if (!cell) {
      return "";
    }
    var key = cell.getAttribute("data-sort");
    return key !== null ? Number(key) : cell.textContent.trim().toLowerCase();
  }

  function sortBy(table, headers, index) {
    var header = headers[index];
    var numeric = header.classList.contains("salary-table__num");
    var current = header.getAttribute("aria-sort");
    var ascending = current ? current === "descending" : !numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  // A folded table's rows are blocks on a phone, and some browsers then stop reading it as a table;
  // explicit roles keep it one (HTML forbids them in the markup, so they are added here).
  function keepTableRoles(table) {
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.querySelectorAll("thead, tbody"), function (g) { g.setAttribute("role", "rowgroup"); });
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute("role", "row");
      Array.prototype.forEach.call(row.cells, function (cell) {
        cell.setAttribute("role", cell.tagName === "TD" ? "cell" : cell.scope === "col" ? "columnheader" : "rowheader");
      });
    });
  }

  function enhance(table) {
    if (table.closest(".salary-table--stack")) {
      keepTableRoles(table);
    }
    if (!table.tHead || !table.tBodies[0] || table.tBodies[0].rows.length < 3) {
      return;
    }
    var headers = Array.prototype.slice.call(table.tHead.querySelectorAll("th[scope=col]"));
    // On a phone a folded table hides its headings unless they sort (site.css, "figures").
    table.classList.add("salary-table__table--sortable");
    headers.forEach(function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "salary-table__sort";
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, headers, index); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.salary-table__table"), enhance);
  });
}());
