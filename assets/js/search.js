/*
 * Site search with no server: ranks the pages of search-index.json for the words of ?q= and shows
 * snippets with every query word marked. rank and snippet are pure, tested in the JVM (SearchScriptTest);
 * show uses text nodes and <mark> only, so nothing from the index or query is parsed as HTML.
 */
var CoderPaySearch = (function () {
  "use strict";

  var WEIGHTS = { title: 10, headings: 5, description: 3, text: 1 };
  var SIZE = 200; // snippet characters

  // The query's words, lower case, once each, without commas or full stops around them.
  function words(query) {
    return String(query).toLowerCase().split(/[^a-z0-9$%,.+]+/).map(function (w) {
      return w.replace(/^[,.]+|[,.]+$/g, "");
    }).filter(function (w, i, all) { return w.length > 1 && all.indexOf(w) === i; });
  }

  // Where each term occurs in lower-case s, in order; word: at a word start.
  function matches(s, terms) {
    var out = [];
    terms.forEach(function (term, t) {
      for (var at = s.indexOf(term); at >= 0; at = s.indexOf(term, at + term.length)) {
        out.push({ start: at, end: at + term.length, term: t, word: !/[a-z0-9]/.test(s.charAt(at - 1)) });
      }
    });
    return out.sort(function (a, b) { return a.start - b.start; });
  }

  // The whole query as a phrase: its words in order, only spaces or punctuation between.
  function phrase(terms) {
    return terms.length > 1 && new RegExp(terms.map(function (t) {
      return t.replace(/[$.+]/g, "\\$&");
    }).join("[^a-z0-9]+"));
  }

  // 0 unless every term is on the page; each field adds its weight per term in it (twice at a word
  // start), and per term again if it has the phrase.
  function score(page, terms) {
    var total = 0, re = phrase(terms), found = terms.map(function () { return 0; }), f, s, best;
    for (f in WEIGHTS) {
      s = (f === "headings" ? page.headings.join(" ") : page[f]).toLowerCase();
      best = [];
      matches(s, terms).forEach(function (x) { best[x.term] = x.word ? 2 : best[x.term] || 1; });
      terms.forEach(function (t, i) { found[i] += WEIGHTS[f] * (best[i] || 0); });
      total += re && s.search(re) >= 0 ? WEIGHTS[f] * terms.length : 0;
    }
    return found.indexOf(0) >= 0 ? 0 : found.reduce(function (a, b) { return a + b; }, total);
  }

  function rank(index, query) {
    var terms = words(query);
    return index.map(function (page) { return { page: page, score: terms.length && score(page, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.page.title.localeCompare(b.page.title); });
  }

  // [{text, mark}]: SIZE characters or so where most terms are (the phrase first), cut at words, with
  // ellipses; null if no term is in text.
  function snippet(text, terms) {
    var lower = text.toLowerCase(), all = matches(lower, terms), re = phrase(terms), marked = [], parts = [], best, k;
    all.forEach(function (first, i) {
      var seen = {}, value = 0, j, last = first.end;
      for (j = i; j < all.length && all[j].end <= first.start + SIZE - 60; j++) {
        value += seen[all[j].term] ? 0 : 2;
        seen[all[j].term] = true;
        last = Math.max(last, all[j].end);
      }
      value += re && lower.slice(first.start, last).search(re) >= 0 ? 1 : 0;
      if (!best || value > best.value) {
        best = { value: value, first: first.start, last: last };
      }
      for (k = first.start; k < first.end; k++) {
        marked[k] = true;
      }
    });
    if (!best) {
      return null;
    }
    var start = Math.max(0, Math.min(best.first - 50, text.length - SIZE)), dot = text.indexOf(". ", start - 2);
    start = !start ? 0 : dot >= 0 && dot + 2 <= best.first ? dot + 2 : text.lastIndexOf(" ", start) + 1;
    var end = Math.min(text.length, start + SIZE);
    if (end < text.length) {
      k = text.slice(best.last, end + 1).search(/[,;:.]?\s\S*$/); // last space, less a comma
      end = best.last + Math.max(0, k);
    }
    for (k = start; k < end; k++) {
      if (!parts.length || parts[parts.length - 1].mark !== !!marked[k]) {
        parts.push({ text: "", mark: !!marked[k] });
      }
      parts[parts.length - 1].text += text.charAt(k);
    }
    return (start ? [{ text: "\u2026" }] : []).concat(parts, end < text.length ? [{ text: "\u2026" }] : []);
  }

  function show(index, query) {
    var status = document.getElementById("search-status"), list = document.getElementById("search-results");
    var hits = rank(index, query), terms = words(query), n = hits.length;
    list.textContent = "";
    status.textContent = !terms.length ? ""
      : (n ? n + (n === 1 ? " page matches" : " pages match") : "No pages match") + " \u201c" + query + "\u201d.";
    hits.slice(0, 20).forEach(function (hit) {
      var page = hit.page, item = document.createElement("li"), link = document.createElement("a"), p = document.createElement("p");
      if (/^(\/(?!\/)|https?:\/\/)/i.test(page.url)) {
        link.href = page.url; // not javascript:
      }
      link.textContent = page.title;
      (snippet(page.text, terms) || snippet(page.description, terms) || [{ text: page.description }]).forEach(function (part) {
        var mark = part.mark && p.appendChild(document.createElement("mark"));
        (mark || p).appendChild(document.createTextNode(part.text));
      });
      item.appendChild(link);
      item.appendChild(p);
      list.appendChild(item);
    });
  }

  if (typeof document !== "undefined") {
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.querySelector(".search__form");
      if (!form || !window.fetch || !window.URLSearchParams) {
        return;
      }
      document.getElementById("search-needs-js").hidden = true;
      var input = form.elements.q, query = new URLSearchParams(location.search).get("q") || "";
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
  }

  return { words: words, rank: rank, snippet: snippet, show: show };
}());
