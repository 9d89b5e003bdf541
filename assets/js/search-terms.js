/*
 * The words of a text as the site search indexes and looks them up: lower case, stop words left out,
 * figures as one number ("50k", "$50,000" and "50000" are all 50000), words for the same thing as one
 * ("salary" as "pay"), the rest stemmed. The build
 * runs this same file in the JVM (org.coderpay.search.SearchTerms), so a query and the index always
 * agree. stem() is the Porter stemmer of the npm package "stemmer" 2.0.1, (c) 2014 Titus Wormer,
 * MIT licence (https://github.com/words/stemmer), with its module syntax taken out.
 */
var SearchTerms = (function () {
  "use strict";

  var STOP = {};
  ("a about after all also am an and any are as at be been but by can could did do does for from get got had has"
    + " have how i if in into is it its just me much my no not of on or our out so some than that the their them"
    + " then there these they this those to up us was we were what when where which while who why will with would"
    + " you your").split(" ").forEach(function (w) { STOP[w] = true; });

  // Words readers use for the same thing, read as the first: a query for "salary" finds "pay" and "earn".
  var SAME = {};
  ["pay salary salaries wage wages earn earns earned earning earnings income paid paying pays",
    "physician physicians doctor doctors", "remote wfh"].forEach(function (line) {
    var ws = line.split(" ");
    ws.forEach(function (w) { SAME[w] = ws[0]; });
  });

  var step2list = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble", alli: "al",
    entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al", iveness: "ive",
    fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive", biliti: "ble", logi: "log" };
  var step3list = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
  var C = "[^aeiou]", V = "[aeiouy]", CS = "(" + C + "[^aeiouy]*)", VS = "(" + V + "[aeiou]*)";
  var gt0 = new RegExp("^" + CS + "?" + VS + CS), eq1 = new RegExp("^" + CS + "?" + VS + CS + VS + "?$");
  var gt1 = new RegExp("^" + CS + "?(" + VS + CS + "){2,}"), vowelInStem = new RegExp("^" + CS + "?" + V);
  var consonantLike = new RegExp("^" + CS + V + "[^aeiouwxy]$");
  var step2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
  var step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
  var step4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;

  var stems = {}; // a site has a few thousand words, each met many times

  function stem(value) {
    var w = String(value).toLowerCase();
    return stems.hasOwnProperty(w) ? stems[w] : (stems[w] = porter(w));
  }

  function porter(r) {
    var y = false, m;
    if (r.length < 3) {
      return r;
    }
    if (r.charAt(0) === "y") {
      y = true;
      r = "Y" + r.slice(1);
    }
    if (/^.+?(ss|i)es$/.test(r)) {
      r = r.slice(0, -2);
    } else if (/^.+?[^s]s$/.test(r)) {
      r = r.slice(0, -1);
    }
    if ((m = /^(.+?)eed$/.exec(r))) {
      if (gt0.test(m[1])) {
        r = r.slice(0, -1);
      }
    } else if ((m = /^(.+?)(ed|ing)$/.exec(r)) && vowelInStem.test(m[1])) {
      r = m[1];
      if (/(at|bl|iz)$/.test(r)) {
        r += "e";
      } else if (/([^aeiouylsz])\1$/.test(r)) {
        r = r.slice(0, -1);
      } else if (consonantLike.test(r)) {
        r += "e";
      }
    }
    if ((m = /^(.+?)y$/.exec(r)) && vowelInStem.test(m[1])) {
      r = m[1] + "i";
    }
    if ((m = step2.exec(r)) && gt0.test(m[1])) {
      r = m[1] + step2list[m[2]];
    }
    if ((m = step3.exec(r)) && gt0.test(m[1])) {
      r = m[1] + step3list[m[2]];
    }
    if ((m = step4.exec(r))) {
      if (gt1.test(m[1])) {
        r = m[1];
      }
    } else if ((m = /^(.+?(s|t))(ion)$/.exec(r)) && gt1.test(m[1])) {
      r = m[1];
    }
    if ((m = /^(.+?)e$/.exec(r)) && (gt1.test(m[1]) || eq1.test(m[1]) && !consonantLike.test(m[1]))) {
      r = m[1];
    }
    if (/ll$/.test(r) && gt1.test(r)) {
      r = r.slice(0, -1);
    }
    return y ? "y" + r.slice(1) : r;
  }

  // A figure as one number: "$50,000" and "50k" are "50000", "$28.85" is "28.85"; null if s is none.
  function figure(s) {
    var m = /^\$?(\d+(?:,\d{3})*|\d+)(\.\d+)?(k?)$/.exec(s), n;
    if (!m) {
      return null;
    }
    n = m[1].replace(/,/g, "") + (m[2] || "");
    return m[3] ? String(Math.round(parseFloat(n) * 1000)) : n.replace(/^0+(?=\d)/, "");
  }

  // The words of text in order, lower case, figures normalised, single letters left out.
  function words(text) {
    var s = String(text).toLowerCase().replace(/[\u2019']s\b/g, ""), re = /\$?\d[\d,.]*k?|[a-z0-9]+/g;
    var out = [], m, w, f, c;
    while ((m = re.exec(s))) {
      w = m[0];
      c = w.charCodeAt(0);
      f = c === 36 || c < 58 ? figure(w.replace(/[.,]+$/, "")) : null;
      if (f !== null) {
        out.push(f);
      } else if (c === 36 || c < 58) { // "1.2.3": its parts
        (w.match(/[a-z0-9]{2,}/g) || []).forEach(function (p) { out.push(p); });
      } else if (w.length > 1) {
        out.push(w);
      }
    }
    return out;
  }

  // The index terms of text, in order: its words less stop words, stemmed (figures as they are).
  function terms(text) {
    var out = [], ws = words(text), i, w;
    for (i = 0; i < ws.length; i++) {
      w = ws[i];
      if (!STOP.hasOwnProperty(w)) {
        out.push(/^\d/.test(w) ? w : stem(SAME.hasOwnProperty(w) ? SAME[w] : w));
      }
    }
    return out;
  }

  return { stem: stem, figure: figure, words: words, terms: terms, stopWords: STOP };
}());
