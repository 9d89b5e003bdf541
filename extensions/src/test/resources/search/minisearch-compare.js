// Runs the reader questions through MiniSearch 7.2.0 (vendored beside this file, MIT licence) for
// SearchComparisonTest: node minisearch-compare.js input.json prints {query: [url, ...best first]}.
// MiniSearch is set up as its documentation suggests for a site search: every field indexed, titles
// boosted, prefix search and fuzzy matching (0.2) on, stop words left out, any word may match (OR).
"use strict";
const fs = require("fs");
const path = require("path");
const MiniSearch = require(path.join(__dirname, "minisearch-7.2.0", "index.js"));
const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const stop = new Set(input.stopWords);
const search = new MiniSearch({
  fields: ["title", "headings", "description", "text"],
  storeFields: ["url"],
  processTerm: (term) => (stop.has(term.toLowerCase()) ? null : term.toLowerCase()),
  searchOptions: { boost: { title: 3, headings: 2, description: 1.5 }, prefix: true, fuzzy: 0.2 },
});
search.addAll(input.docs.map((d, i) => ({ id: i, url: d.url, title: d.title, headings: d.headings.join(" "),
  description: d.description, text: d.text })));
const out = {};
for (const q of input.queries) {
  out[q] = search.search(q).slice(0, 10).map((r) => r.url);
}
process.stdout.write(JSON.stringify(out));
