/*
 * Site search with no server. The index (SearchIndex.java) is split into files fetched as a query needs
 * them: search/index.json (the first term of each chunk), search/terms/N.json (sorted terms, each with
 * its pages and scores) and search/pages/N.json (what a result shows). Query words become terms with
 * search-terms.js, the script the build made the index with. A word matches its own term, and
 * also, at lower scores, longer terms it begins while the reader types (the last word) and terms one
 * letter away (words of five letters or more). Pages matching more of the words rank higher.
 * find and snippet are pure and tested in the JVM (SearchScriptTest); results are built from text nodes.
 */
var CoderPaySearch = (function () {
  "use strict";

  var PREFIX = 0.6, NEAR = 0.5, SHOWN = 10, SIZE = 200, RANGE = 3;

  // The last chunk whose first term is not after t.
  function chunkOf(firsts, t) {
    var lo = 0, hi = firsts.length - 1, mid;
    while (lo < hi) {
      mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= t) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  // The chunks that may hold terms starting with p, at most RANGE of them.
  function prefixChunks(firsts, p) {
    var out = [], i = chunkOf(firsts, p);
    for (; i < firsts.length && out.length < RANGE && (!out.length || firsts[i] < p + "\uffff"); i++) {
      out.push(i);
    }
    return out;
  }

  // Whether a and b differ by at most one letter added, left out, changed, or two swapped.
  function near(a, b) {
    var i = 0, m = a.length, n = b.length;
    if (Math.abs(m - n) > 1) { return false; }
    while (i < m && i < n && a.charAt(i) === b.charAt(i)) { i++; }
    return m === n ? a.slice(i + 1) === b.slice(i + 1)
        || a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2)
      : m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The query's words to look up, each with its term, whether it is being typed (the last), and the chunks it needs.
  function plan(manifest, query) {
    var firsts = manifest.chunks, raw = SearchTerms.words(query), seen = {}, out = [];
    raw.forEach(function (w, k) {
      var t = SearchTerms.terms(w)[0], last = k === raw.length - 1 && !/\s$/.test(query), chunks, p;
      if (!t || seen[t] || !firsts.length) { return; }
      seen[t] = true;
      chunks = [chunkOf(firsts, t)];
      if (last) {
        chunks = chunks.concat(prefixChunks(firsts, t < w ? t : w));
        for (p = 4; p < w.length; p++) { chunks.push(chunkOf(firsts, w.slice(0, p))); }
      }
      if (w.length >= 5 && !/^\d/.test(w)) { chunks = chunks.concat(prefixChunks(firsts, t.slice(0, 3))); }
      out.push({ word: w, term: t, last: last, chunks: chunks });
    });
    return out;
  }

  // How well index term x stands for a planned word: 1 itself, PREFIX if the word is being typed into
  // it (or, when the index lacks the word, x is a stem the word begins with), NEAR one letter away.
  function fit(q, x) {
    if (x === q.term) { return 1; }
    if (x.slice(-1) === "=") { return 0; } // a name's bonus, read with its term
    if (q.last && (x.indexOf(q.word) === 0 || q.missing && x.length >= 4 && q.word.indexOf(x) === 0)) {
      return PREFIX;
    }
    return q.word.length >= 5 && !/^\d/.test(q.word) && (near(q.term, x) || near(q.word, x)) ? NEAR : 0;
  }

  // Adds a posting list's scores times f into into[page].
  function add(into, list, f) {
    for (var i = 0, id = 0; list && i < list.length; i += 2) {
      id += list[i];
      into[id] = (into[id] || 0) + list[i + 1] * f;
    }
  }

  // Pages by score: each word adds its best term's score on the page (and the bonus of a name it is, is
  // being typed into, or is misspelt from: a near term only stands for a word the index lacks). The sum counts more the more of the query's weight the page holds: a word on
  // few pages weighs much, one on every page almost nothing. Ties go in path order.
  function rank(words, chunks, pages) {
    var found = {}, matched = {}, weight = [], total = 0;
    words.forEach(function (q, k) {
      var best = {}, df = 0, exact = 0; // pages with the word's own term, or else with its likeliest
      var fits = [], stemmed;
      q.missing = !q.chunks.some(function (c) { return chunks[c] && chunks[c][q.term]; });
      q.chunks.forEach(function (c) {
        for (var x in chunks[c]) {
          if (fit(q, x)) { fits.push({ chunk: chunks[c], x: x, f: fit(q, x) }); }
        }
      });
      // A misspelt word that begins with a term ("certifcation", "certif") means that term, not its neighbours.
      stemmed = fits.some(function (a) { return a.f === PREFIX; });
      fits.forEach(function (a) {
        var one = {}, id, x = a.x, f = a.f;
        matched[x] = true;
        add(one, a.chunk[x], f);
        if (f > NEAR || q.missing && !stemmed) { add(one, a.chunk[x + "="], f); }
        for (id in one) { best[id] = Math.max(best[id] || 0, one[id]); }
        if (f === 1) { exact = a.chunk[x].length / 2; } else { df = Math.max(df, a.chunk[x].length / 2); }
      });
      df = exact || df;
      weight[k] = df ? Math.log(1 + (pages - df + 0.5) / (df + 0.5)) : 0;
      total += weight[k];
      Object.keys(best).forEach(function (id) {
        found[id] = found[id] || { score: 0, weight: 0 };
        found[id].score += best[id];
        found[id].weight += weight[k];
      });
    });
    var hits = Object.keys(found).map(function (id) {
      return { id: +id, score: found[id].score * (0.5 + 0.5 * (total ? found[id].weight / total : 1)) };
    }).sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return { hits: hits, matched: matched };
  }

  // Calls done with each path's file, in order, once all have come (load calls back with one file).
  function all(load, paths, done) {
    var out = [], left = paths.length;
    if (!left) { done(out); }
    paths.forEach(function (p, i) {
      load(p, function (file) { out[i] = file; if (!--left) { done(out); } });
    });
  }

  // Runs a query: load(path, callback) fetches a file of the index folder; done gets the total and the
  // first SHOWN pages, each {url, title, description, figure, text}, and the index terms found.
  function find(load, query, done) {
    load("index.json", function (manifest) {
      var words = plan(manifest, query), ids = [];
      words.forEach(function (q) { q.chunks.forEach(function (c) { if (ids.indexOf(c) < 0) { ids.push(c); } }); });
      all(load, ids.map(function (c) { return "terms/" + c + ".json"; }), function (files) {
        var chunks = {}, r;
        ids.forEach(function (c, i) { chunks[c] = files[i]; });
        r = rank(words, chunks, manifest.pages);
        all(load, r.hits.slice(0, SHOWN).map(function (h) { return "pages/" + h.id + ".json"; }), function (pages) {
          done({ words: words.length, total: r.hits.length, pages: pages, matched: r.matched });
        });
      });
    });
  }

  // [{text, mark}]: SIZE characters or so of text where most matched terms are, cut at words, with
  // ellipses, every word whose term matched marked; null if none is in text.
  function snippet(text, matched) {
    var re = /\$?\d[\d,.]*k?|[a-z0-9]+(?:['\u2019]s)?/gi, m, all = [], best, parts = [], k;
    while ((m = re.exec(text))) {
      var t = SearchTerms.terms(m[0].replace(/[.,]+$/, ""))[0];
      if (t && matched[t]) { all.push({ start: m.index, end: m.index + m[0].replace(/[.,]+$/, "").length, term: t }); }
    }
    all.forEach(function (first, i) {
      var seen = {}, value = 0, j, last = first.end;
      for (j = i; j < all.length && all[j].end <= first.start + SIZE - 60; j++) {
        value += seen[all[j].term] ? 0 : 1;
        seen[all[j].term] = true;
        last = Math.max(last, all[j].end);
      }
      if (!best || value > best.value) { best = { value: value, first: first.start, last: last }; }
    });
    if (!best) { return null; }
    var start = Math.max(0, Math.min(best.first - 50, text.length - SIZE)), dot = text.indexOf(". ", start - 2);
    start = !start ? 0 : dot >= 0 && dot + 2 <= best.first ? dot + 2 : text.lastIndexOf(" ", start) + 1;
    var end = Math.min(text.length, start + SIZE), at = 0;
    if (end < text.length) {
      k = text.slice(best.last, end + 1).search(/[,;:.]?\s\S*$/); // last space, less a comma
      end = best.last + Math.max(0, k);
    }
    function part(s, mark) { if (s) { parts.push({ text: s, mark: mark }); } }
    all.forEach(function (x) {
      if (x.start >= start && x.end <= end) {
        part(text.slice(Math.max(at, start), x.start), false);
        part(text.slice(x.start, x.end), true);
        at = x.end;
      }
    });
    part(text.slice(Math.max(at, start), end), false);
    return (start ? [{ text: "\u2026" }] : []).concat(parts, end < text.length ? [{ text: "\u2026" }] : []);
  }

  function el(parent, tag, text) {
    var e = parent.appendChild(document.createElement(tag));
    if (text) { e.appendChild(document.createTextNode(text)); }
    return e;
  }

  function show(result, query) {
    var status = document.getElementById("search-status"), list = document.getElementById("search-results");
    var n = result.total;
    list.textContent = "";
    status.textContent = !result.words ? "" : (n ? n + (n === 1 ? " page matches" : " pages match")
      + (n > SHOWN ? ", the best " + SHOWN + " first" : "") : "No pages match") + " \u201c" + query + "\u201d.";
    result.pages.forEach(function (page) {
      var item = el(list, "li"), link = el(item, "a", page.title), p;
      if (/^(\/(?!\/)|https?:\/\/)/i.test(page.url)) {
        link.href = page.url; // not javascript:
      }
      if (page.figure) { el(item, "p", page.figure).className = "search__figure"; }
      p = el(item, "p");
      (snippet(page.text, result.matched) || [{ text: page.description }]).forEach(function (part) {
        (part.mark ? el(p, "mark") : p).appendChild(document.createTextNode(part.text));
      });
    });
  }

  if (typeof document !== "undefined") {
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.querySelector(".search__form"), files = {}, latest = 0, timer;
      if (!form || !window.fetch || !window.URLSearchParams) { return; }
      document.getElementById("search-needs-js").hidden = true;
      var input = form.elements.q, base = form.getAttribute("data-index");
      function load(path, done) {
        (files[path] = files[path] || fetch(base + path).then(function (r) { return r.json(); })).then(done);
      }
      function run() {
        var query = input.value, mine = ++latest;
        history.replaceState(null, "", "?q=" + encodeURIComponent(query));
        find(load, query, function (result) { if (mine === latest) { show(result, query); } });
      }
      input.value = new URLSearchParams(location.search).get("q") || "";
      form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
      input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 250); });
      if (input.value) { run(); }
    });
  }

  return { plan: plan, near: near, find: find, snippet: snippet, show: show };
}());
