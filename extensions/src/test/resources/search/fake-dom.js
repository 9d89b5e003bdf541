/*
 * Just enough of a DOM for CoderPaySearch.show, for SearchScriptTest: elements, text nodes and
 * textContent. Anything that would parse HTML (innerHTML, outerHTML, insertAdjacentHTML,
 * document.write) throws, and created lists every element made, so a test sees exactly what show built.
 */
var created = [];
var document = (function () {
  function refuse() {
    throw new Error("HTML parsing used");
  }
  function Text(data) {
    this.nodeName = "#text";
    this.data = String(data);
  }
  function Element(name) {
    this.nodeName = name;
    this.childNodes = [];
    this.attributes = {};
  }
  Element.prototype.appendChild = function (node) {
    if (!(node instanceof Text || node instanceof Element)) {
      throw new Error("not a node: " + node);
    }
    this.childNodes.push(node);
    return node;
  };
  Element.prototype.insertAdjacentHTML = refuse;
  Object.defineProperty(Element.prototype, "textContent", {
    get: function () {
      return this.childNodes.map(function (n) { return n instanceof Text ? n.data : n.textContent; }).join("");
    },
    set: function (value) {
      this.childNodes = String(value) === "" ? [] : [new Text(value)];
    }
  });
  Object.defineProperty(Element.prototype, "href", {
    get: function () { return this.attributes.href; },
    set: function (value) { this.attributes.href = String(value); }
  });
  ["innerHTML", "outerHTML"].forEach(function (name) {
    Object.defineProperty(Element.prototype, name, { get: refuse, set: refuse });
  });
  var byId = { "search-status": new Element("p"), "search-results": new Element("ol") };
  return {
    createElement: function (name) {
      created.push(String(name));
      return new Element(String(name).toLowerCase());
    },
    createTextNode: function (data) { return new Text(data); },
    getElementById: function (id) { return byId[id]; },
    write: refuse,
    writeln: refuse
  };
}());

/** The tree under node written out as HTML, text and attribute values escaped. */
function html(node) {
  function escape(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  if (node.nodeName === "#text") {
    return escape(node.data);
  }
  var attributes = Object.keys(node.attributes).map(function (k) {
    return " " + k + "=\"" + escape(node.attributes[k]) + "\"";
  }).join("");
  return "<" + node.nodeName + attributes + ">" + node.childNodes.map(html).join("") + "</" + node.nodeName + ">";
}
