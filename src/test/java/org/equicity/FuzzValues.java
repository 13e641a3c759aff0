package org.equicity;

import java.math.BigInteger;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The values of the fields and parameters of a fuzzed request, from their schema in the OpenAPI document and their
 * name: sensible ones, with a tenant's ids and valid codes, or broken in one {@link Mode}. Codes stay valid while
 * prose is broken, so that control characters and long texts get stored and shown.
 */
final class FuzzValues {

    /** How the values of a body or of parameters are chosen. */
    enum Mode {
        BASE,
        FOREIGN,
        ABSENT,
        UNKNOWN_CODES,
        CONTROL_CHARACTERS,
        OVERSIZED,
        NULLS,
        WRONG_TYPES
    }

    /** Sensible values of text fields that hold codes rather than prose. */
    static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("frameworkCode", "3"),
            Map.entry("commitment", "1"),
            Map.entry("track", "information-advice"),
            Map.entry("fieldsOfActivity", "monitoring"),
            Map.entry("fieldsOfAction", "leadership"),
            Map.entry("humanRightsPrinciples", "inclusion"),
            Map.entry("language", "en"),
            Map.entry("languages", "fr"),
            Map.entry("officialLanguages", "de"),
            Map.entry("country", "AT"),
            Map.entry("frameworks", "eccar-commitments@2023"),
            Map.entry("framework", "eccar-commitments@2023"),
            Map.entry("commitmentsFramework", "eccar-commitments@2023"),
            Map.entry("tracksFramework", "eccar-tracks@2023"),
            Map.entry("criterion", "goal-oriented"),
            Map.entry("criteria", "ici-good-practice-criteria@2019"),
            Map.entry("phone", "+43 1 234 567"),
            Map.entry("slug", "fuzz-town"),
            Map.entry("email", "fuzz@example.org"),
            Map.entry("website", "https://example.org"),
            Map.entry("link", "https://example.org"),
            Map.entry("evidenceLinks", "https://example.org/evidence"),
            Map.entry("referenceDocuments", "https://example.org/document"),
            // an own breakdown dimension's code and a category's broader one (none)
            Map.entry("code", "fuzz"),
            Map.entry("parent", ""));

    /** Characters that have broken text handling somewhere: NUL, bell, escape, delete, NEL, line separator, BOM. */
    static final String CONTROL =
            "Fuzz \u0000\u0001\u0007\b\u000b\f\u001b[31m\u007f\u0085\u2028\u202e\ufeff\uffff\ud800 end";

    static final int OVERSIZED = 20_001;

    private final JsonNode document;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Random random;

    FuzzValues(JsonNode document, long seed) {
        this.document = document;
        this.random = new Random(seed);
    }

    JsonNode resolve(JsonNode schema) {
        var reference = schema.path("$ref").asString("");
        if (reference.isEmpty()) {
            return schema;
        }
        return document.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    JsonNode value(String name, JsonNode reference, FuzzTenant tenant, Mode mode, int depth) {
        var schema = resolve(reference);
        var type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        if (mode == Mode.NULLS && depth > 0) {
            return nodes.nullNode();
        }
        if (mode == Mode.WRONG_TYPES && depth > 0) {
            return switch (type) {
                case "string" -> nodes.objectNode().put("nested", 1);
                case "object" -> nodes.stringNode("not an object");
                case "array" -> nodes.numberNode(7);
                default -> nodes.stringNode("seven");
            };
        }
        return switch (type) {
            case "object" -> object(schema, tenant, mode, depth);
            case "array" -> array(name, schema, tenant, mode, depth);
            case "integer", "number" -> number(name, schema, mode);
            case "boolean" -> nodes.booleanNode(true);
            default -> string(name, schema, tenant, mode);
        };
    }

    private JsonNode object(JsonNode schema, FuzzTenant tenant, Mode mode, int depth) {
        var object = nodes.objectNode();
        if (depth < 4) {
            schema.path("properties")
                    .properties()
                    .forEach(property -> object.set(
                            property.getKey(), value(property.getKey(), property.getValue(), tenant, mode, depth + 1)));
        }
        return object;
    }

    private JsonNode array(String name, JsonNode schema, FuzzTenant tenant, Mode mode, int depth) {
        ArrayNode array = nodes.arrayNode();
        array.add(value(name, schema.path("items"), tenant, mode, depth));
        if (mode == Mode.OVERSIZED) {
            // long lists of short items besides the long texts, which together would only meet the size limit
            var item = value(name, schema.path("items"), tenant, Mode.BASE, depth);
            for (int i = 0; i < 200; i++) {
                array.add(item);
            }
        }
        return array;
    }

    private JsonNode number(String name, JsonNode schema, Mode mode) {
        if (mode == Mode.UNKNOWN_CODES) {
            return nodes.numberNode(schema.path("minimum").asLong(0) - 1);
        }
        if (mode == Mode.OVERSIZED) {
            return nodes.numberNode(new BigInteger("99999999999999999999"));
        }
        return switch (name) {
            case "version" -> nodes.numberNode(0);
            case "startYear", "year" -> nodes.numberNode(2025);
            case "endYear" -> nodes.numberNode(2027);
            default -> nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
        };
    }

    private JsonNode string(String name, JsonNode schema, FuzzTenant tenant, Mode mode) {
        var format = schema.path("format").asString("");
        if (format.equals("uuid")) {
            if (!FuzzRequests.KINDS.containsKey(name)) {
                throw new AssertionError(
                        "No way to exercise the id field " + name + ": name its kind in the fuzz test");
            }
            return switch (mode) {
                case ABSENT -> nodes.stringNode(absentId());
                case UNKNOWN_CODES -> nodes.stringNode("not-an-id");
                default -> nodes.stringNode(tenant.first(FuzzRequests.KINDS.get(name)));
            };
        }
        if (schema.has("enum")) {
            return nodes.stringNode(
                    mode == Mode.UNKNOWN_CODES
                            ? "NO_SUCH_CODE"
                            : schema.path("enum").get(0).asString());
        }
        if (format.equals("date")) {
            return nodes.stringNode(mode == Mode.UNKNOWN_CODES ? "2025-02-30" : "2025-06-30");
        }
        if (CODES.containsKey(name)) {
            // codes stay valid while prose is fuzzed, so that the fuzzed prose gets stored and shown
            return nodes.stringNode(mode == Mode.UNKNOWN_CODES ? "no-such-code" : CODES.get(name));
        }
        var longest = Math.max(OVERSIZED, schema.path("maxLength").asInt(0) + 1);
        return switch (mode) {
            case CONTROL_CHARACTERS -> nodes.stringNode(CONTROL);
            case OVERSIZED -> nodes.stringNode("x".repeat(longest));
            default -> nodes.stringNode("Fuzz " + name);
        };
    }

    String absentId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
