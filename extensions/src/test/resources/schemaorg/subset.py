#!/usr/bin/env python3
"""Cuts the part of the schema.org vocabulary the site's JSON-LD uses out of a release file.

Usage: subset.py schemaorg-current-https.jsonld > schemaorg-subset.jsonld

Keeps, verbatim, every class the site's types inherit from (rdfs:subClassOf, followed to Thing) and
every property whose schema:domainIncludes names one of those classes. Add a type to ROOTS when the
site starts using it, and cut the subset again from the same release (see README.md here).
"""
import json
import sys

ROOTS = ["WebSite", "Organization", "Article", "BreadcrumbList", "ListItem", "Occupation",
         "MonetaryAmountDistribution", "Dataset", "DataCatalog", "Country", "ImageObject", "WebPage"]

graph = json.load(open(sys.argv[1], encoding="utf-8"))
nodes = {n["@id"]: n for n in graph["@graph"]}


def ids(value):
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [v["@id"] for v in values]


classes = set()
todo = ["schema:" + r for r in ROOTS]
while todo:
    c = todo.pop()
    if c in classes or c not in nodes:
        continue
    classes.add(c)
    todo.extend(ids(nodes[c].get("rdfs:subClassOf")))

keep = [n for n in graph["@graph"] if n["@id"] in classes
        or n["@type"] == "rdf:Property" and any(d in classes for d in ids(n.get("schema:domainIncludes")))]
keep.sort(key=lambda n: n["@id"])
json.dump({"@context": graph["@context"], "@graph": keep}, sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)
sys.stdout.write("\n")
