package org.coderpay.seo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pinned schema.org vocabulary (test resource schemaorg/, see its README) and a check of JSON-LD
 * against it: types are classes, properties belong to the type or a supertype, typed values are in
 * the property's range.
 */
final class SchemaOrgVocabulary {
    static final String RESOURCE = "/schemaorg/schemaorg-30.0-subset.jsonld";
    private final Map<String, Set<String>> superclasses = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    static SchemaOrgVocabulary load() throws IOException {
        SchemaOrgVocabulary v = new SchemaOrgVocabulary();
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream(RESOURCE)) {
            JsonNode graph = JsonMapper.builder().build().readTree(in).path("@graph");
            for (JsonNode n : graph) {
                String id = n.path("@id").asString();
                String type = n.path("@type").isArray() ? "" : n.path("@type").asString();
                if (type.equals("rdfs:Class")) {
                    v.superclasses.put(id, ids(n.path("rdfs:subClassOf")));
                } else if (type.equals("rdf:Property")) {
                    v.domains.put(id, ids(n.path("schema:domainIncludes")));
                    v.ranges.put(id, ids(n.path("schema:rangeIncludes")));
                }
            }
        }
        return v;
    }

    private static Set<String> ids(JsonNode value) {
        Set<String> out = new HashSet<>();
        if (value.isArray()) {
            value.forEach(v -> out.add(v.path("@id").asString()));
        } else if (!value.isMissingNode()) {
            out.add(value.path("@id").asString());
        }
        return out;
    }

    /** The class and every class it inherits from. */
    Set<String> lineage(String cls) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            if (seen.add(c)) {
                todo.addAll(superclasses.getOrDefault(c, Set.of()));
            }
        }
        return seen;
    }

    /** Every way {@code node} (a JSON-LD object, with nested objects) breaks the vocabulary, as sentences. */
    List<String> problems(JsonNode node, String where) {
        List<String> problems = new ArrayList<>();
        check(node, where, problems);
        return problems;
    }

    private void check(JsonNode node, String where, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), where + "[" + i + "]", problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (!node.has("@type")) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("@graph")) {
                    check(e.getValue(), where + ".@graph", problems);
                } else if (!e.getKey().startsWith("@")) {
                    problems.add(where + ": property " + e.getKey() + " on an object without @type");
                }
            });
            return;
        }
        String type = "schema:" + node.path("@type").asString();
        if (!superclasses.containsKey(type)) {
            problems.add(where + ": " + type + " is not a schema.org type");
            return;
        }
        Set<String> lineage = lineage(type);
        node.properties().forEach(e -> {
            String key = e.getKey();
            if (key.startsWith("@")) {
                return;
            }
            String property = "schema:" + key;
            Set<String> domain = domains.get(property);
            if (domain == null || domain.stream().noneMatch(lineage::contains)) {
                problems.add(where + ": " + property + " is not a property of " + type + " or its supertypes");
                return;
            }
            for (JsonNode value : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
                if (value.isObject() && value.has("@type")) {
                    String valueType = "schema:" + value.path("@type").asString();
                    if (lineage(valueType).stream().noneMatch(ranges.get(property)::contains)) {
                        problems.add(where + "." + key + ": a " + valueType + " is not in the range of " + property);
                    }
                }
            }
            check(e.getValue(), where + "." + key, problems);
        });
    }
}
