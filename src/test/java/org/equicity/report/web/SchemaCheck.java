package org.equicity.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the parts of JSON Schema 2020-12 that the report schema uses (type, enum, const,
 * required, properties, additionalProperties false, items, local $ref), since no validator library is on the
 * class path. It answers every place where the document and the schema disagree.
 */
public final class SchemaCheck {

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonNode root) {
        this.root = root;
    }

    public static List<String> problems(JsonNode schema, JsonNode document) {
        var check = new SchemaCheck(schema);
        check.walk(schema, document, "$");
        return check.problems;
    }

    private void walk(JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            var target = root;
            for (var part : schema.get("$ref").asString().substring(2).split("/")) {
                target = target.get(part);
            }
            walk(target, value, path);
            return;
        }
        if (schema.has("type")) {
            var types = schema.get("type").isArray()
                    ? StreamSupport.stream(schema.get("type").spliterator(), false)
                            .map(JsonNode::asString)
                            .collect(Collectors.toSet())
                    : Set.of(schema.get("type").asString());
            var actual = type(value);
            if (!types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
                problems.add(path + " is " + actual + ", the schema says " + types);
                return;
            }
        }
        if (schema.has("enum") && schema.get("enum").values().stream().noneMatch(value::equals)) {
            problems.add(path + " = " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + " = " + value + " is not " + schema.get("const"));
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                schema.get("required").values().stream()
                        .map(JsonNode::asString)
                        .filter(name -> !value.has(name))
                        .forEach(name -> problems.add(path + "." + name + " is required but missing"));
            }
            var declared = schema.get("properties");
            for (var property : value.properties()) {
                var name = property.getKey();
                if (declared != null && declared.has(name)) {
                    walk(declared.get(name), property.getValue(), path + "." + name);
                } else if (schema.has("additionalProperties")
                        && !schema.get("additionalProperties").asBoolean(true)) {
                    problems.add(path + "." + name + " is not declared in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int index = 0;
            for (var item : value.values()) {
                walk(schema.get("items"), item, path + "[" + index++ + "]");
            }
        }
    }

    private static String type(JsonNode value) {
        if (value.isNull()) {
            return "null";
        } else if (value.isString()) {
            return "string";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isArray()) {
            return "array";
        }
        return "object";
    }
}
