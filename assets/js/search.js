/*
 * Site search with no server: ranks the pages of search-index.json (written by the build from the
 * published pages) for the words in ?q=, and lists them with a snippet, the match highlighted. Built
 * with DOM text nodes only, so nothing from the index or the query is ever parsed as HTML.
 */
(function () {
  "use strict";

  var WEIGHTS = { title: 10, headings: 5, description: 3, text: 1 };

  function words(query) {
    return query.toLowerCase().split(/[^a-z0-9$%,.+]+/).filter(function (w) { return w.length > 1; });
  }

  function score(page, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var found = 0;
      for (var field in WEIGHTS) {
        var value = field === "headings" ? page.headings.join(" ") : page[field];
        if (value.toLowerCase().indexOf(terms[i]) >= 0) {
          found += WEIGHTS[field];
        }
      }
      if (found === 0) {
        return 0; // every word must appear somewhere on the page
      }
      total += found;
    }
    return total;
  }

  function snippet(page, terms) {
    var text = page.text, lower = text.toLowerCase(), at = -1, term = terms[0];
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = lower.indexOf(terms[i]);
      term = terms[i];
    }
    var fragment = document.createDocumentFragment();
    if (at < 0) {
      fragment.appendChild(document.createTextNode(page.description));
      return fragment;
    }
    var start = Math.max(0, at - 80), end = Math.min(text.length, at + term.length + 120);
    fragment.appendChild(document.createTextNode((start > 0 ? "\u2026" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + term.length);
    fragment.appendChild(mark);
    fragment.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? "\u2026" : "")));
    return fragment;
  }

  function show(index, query) {
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    list.textContent = "";
    var terms = words(query);
    if (terms.length === 0) {
      status.textContent = "";
      return;
    }
    var hits = index.map(function (page) { return { page: page, score: score(page, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.page.title.localeCompare(b.page.title); });
    status.textContent = hits.length === 0 ? "No pages match \u201c" + query + "\u201d."
      : hits.length + (hits.length === 1 ? " page matches" : " pages match") + " \u201c" + query + "\u201d.";
    hits.slice(0, 20).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.page.url;
      link.textContent = hit.page.title;
      var text = document.createElement("p");
      text.appendChild(snippet(hit.page, terms));
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".search__form");
    if (!form || !window.fetch || !window.URLSearchParams) {
      return;
    }
    document.getElementById("search-needs-js").hidden = true;
    var input = form.elements.q;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    fetch(form.getAttribute("data-index"))
      .then(function (response) { return response.json(); })
      .then(function (index) {
        show(index, query);
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
          show(index, input.value);
        });
      });
  });
}());
