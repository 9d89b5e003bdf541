// The Eleventy half of the benchmark: the same synthetic pages, tables and charts as our bake.
const fs = require("fs");
const path = require("path");

const data = {};
for (const file of fs.readdirSync(path.join(__dirname, "_data"))) {
  data[file.replace(/\.json$/, "")] = JSON.parse(fs.readFileSync(path.join(__dirname, "_data", file), "utf8"));
}
const usd = (n, digits = 0) => "$" + n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

module.exports = function (config) {
  config.addShortcode("figureRange", (d, id) => {
    const r = data[d].rows.find((row) => row.id === id);
    return `<span class="figure">${usd(r.pay.low)}–${usd(r.pay.high)}</span>`;
  });
  config.addShortcode("salaryTable", (d, hl) => {
    const set = data[d];
    const rows = set.rows.map((r) => `<tr${r.id === hl ? ' class="is-highlighted"' : ""}><th scope="row">${esc(r.label)}</th>` +
      `<td>${usd(r.pay.low)}–${usd(r.pay.high)}</td><td>${usd(r.pay.low / 2080, 2)}–${usd(r.pay.high / 2080, 2)}</td></tr>`).join("");
    return `<figure class="salary-table"><table class="salary-table__table"><caption>${esc(set.title)}</caption>` +
      `<thead><tr><th scope="col">${esc(set.label)}</th><th scope="col">Annual pay</th><th scope="col">Hourly</th></tr></thead>` +
      `<tbody>${rows}</tbody></table><figcaption>Source: ${esc(set.source)}</figcaption></figure>`;
  });
  config.addShortcode("salaryChart", (d, hl) => {
    const set = data[d];
    const bars = set.rows.map((r, i) => `<g><text x="0" y="${i * 32 + 20}">${esc(r.label)}</text>` +
      `<rect x="${200 + (r.pay.low - 30000) / 200}" y="${i * 32 + 8}" width="${(r.pay.high - r.pay.low) / 200}" height="16"` +
      `${r.id === hl ? ' class="is-highlighted"' : ""}/></g>`).join("");
    return `<figure class="salary-chart"><svg viewBox="0 0 560 ${set.rows.length * 32}" role="img" aria-label="${esc(set.title)}">` +
      `${bars}</svg><figcaption>${esc(set.title)}</figcaption></figure>`;
  });
  return { markdownTemplateEngine: "njk", dir: { input: ".", includes: "_includes", data: "_data", output: "_site" } };
};
