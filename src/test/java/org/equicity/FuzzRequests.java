package org.equicity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.equicity.FuzzValues.Mode;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the operations of the OpenAPI document and makes, for one operation, the requests the fuzz test sends:
 * a sensible request built from the schemas with a tenant's ids, then that request broken in every way a client
 * can break it (unreadable JSON, wrong types, missing and unknown fields, oversized and control-character strings,
 * unknown codes, another tenant's ids and ids nobody has, in the path and in the body). The values come from the
 * schemas and the names of parameters and fields, so a new operation is fuzzed without a line here; a parameter or
 * id field whose kind cannot be told fails the test instead of going unexercised.
 */
final class FuzzRequests {

    record Operation(HttpMethod method, String path, JsonNode spec) {
        String name() {
            return method + " " + path;
        }
    }

    /** One request; {@code body} is sent as it is (null: no body), {@code versioned} asks for the stored version. */
    record Request(String variant, HttpMethod method, String uri, String body, boolean versioned) {}

    /** Which kind of object an id parameter or field names, by its name. */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("needId", "need"),
            Map.entry("commitmentId", "commitment"),
            Map.entry("actionId", "action"),
            Map.entry("commentId", "comment"),
            Map.entry("departmentId", "department"),
            Map.entry("department", "department"),
            Map.entry("practiceId", "practice"),
            Map.entry("person", "person"),
            Map.entry("cityId", "city"),
            Map.entry("citySlug", "city-slug"),
            Map.entry("planId", "plan"),
            Map.entry("reportId", "report"),
            Map.entry("cycleId", "cycle"),
            Map.entry("number", "report-version"),
            Map.entry("version", "framework-version"),
            Map.entry("code", "framework-code"),
            Map.entry("index", "report-action-index"),
            Map.entry("dataset", "dataset"),
            Map.entry("token", "token"),
            Map.entry("importId", "import"),
            Map.entry("indicatorId", "indicator"),
            Map.entry("assessmentId", "assessment"),
            Map.entry("period", "period"),
            Map.entry("programmeId", "programme"),
            Map.entry("memberId", "steering-member"),
            Map.entry("requestId", "information-request"),
            Map.entry("recipientId", "recipient"),
            // fields of request bodies
            Map.entry("city", "city"),
            Map.entry("cities", "city"),
            Map.entry("network", "network"),
            Map.entry("networkId", "network"),
            Map.entry("practice", "practice"),
            Map.entry("reviewer", "reviewer-person"),
            Map.entry("action", "action"),
            Map.entry("actions", "action"),
            Map.entry("planAction", "action"),
            Map.entry("commitment", "commitment"),
            Map.entry("coordinationDepartments", "department"),
            Map.entry("implementationDepartments", "department"),
            Map.entry("responsibleDepartments", "department"),
            Map.entry("needs", "need"),
            Map.entry("by", "plan"),
            Map.entry("previousPlan", "plan"),
            Map.entry("id", "reported-action"),
            Map.entry("cycle", "cycle"),
            Map.entry("indicators", "indicator"),
            Map.entry("succeeds", "steering-member"),
            Map.entry("addressee", "department"),
            Map.entry("indicator", "indicator"),
            Map.entry("year", "year"),
            // self-assessment
            Map.entry("factor", "self-assessment-factor"),
            Map.entry("evidenceId", "evidence"),
            Map.entry("developmentId", "development-action"),
            Map.entry("framework", "assessment-framework"),
            Map.entry("plan", "plan"),
            Map.entry("item", "action"),
            Map.entry("call", "call"),
            // peer review
            Map.entry("selfAssessment", "self-assessment"),
            Map.entry("evidence", "evidence"),
            Map.entry("teamMemberId", "peer-review-member"),
            Map.entry("datasetId", "collection-dataset"),
            // own breakdown dimensions, addressed by their code
            Map.entry("dimension", "own-dimension"),
            // files attached to a department's answer
            Map.entry("attachmentId", "answer-attachment"),
            // the published monitoring reports a city's report shares
            Map.entry("programmes", "programme"));

    /** What {@code {id}} or {@code {slug}} names, by the path segment before it. */
    static final Map<String, String> SEGMENT_KINDS = Map.ofEntries(
            Map.entry("reviews", "review"),
            Map.entry("reports", "report"),
            Map.entry("practices", "practice"),
            Map.entry("plans", "plan"),
            Map.entry("networks", "network"),
            Map.entry("cities", "city"),
            Map.entry("cycles", "cycle"),
            Map.entry("translation-jobs", "translation-job"),
            Map.entry("frameworks", "framework"),
            Map.entry("contributors", "contributor"),
            Map.entry("indicators", "indicator"),
            Map.entry("assessments", "assessment"),
            Map.entry("programmes", "programme"),
            Map.entry("information-requests", "information-request"),
            Map.entry("calls", "call"),
            Map.entry("datasets", "collection-dataset"),
            Map.entry("self-assessments", "self-assessment"),
            Map.entry("recommendations", "recommendation"),
            Map.entry("peer-reviews", "peer-review"));

    private final JsonNode document;
    private final JsonMapper json = JsonMapper.builder().build();
    private final FuzzValues values;

    FuzzRequests(JsonNode document, long seed) {
        this.document = document;
        this.values = new FuzzValues(document, seed);
    }

    List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operations.add(new Operation(
                                HttpMethod.valueOf(operation.getKey().toUpperCase()),
                                path.getKey(),
                                operation.getValue()))));
        return operations;
    }

    /** The kind of object a variable of a path names, or fails when it cannot be told. */
    static String kind(String path, String name) {
        if (name.equals("id") || name.equals("slug")) {
            var segments = path.split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + name + "}") && SEGMENT_KINDS.containsKey(segments[i - 1])) {
                    var kind = SEGMENT_KINDS.get(segments[i - 1]);
                    return name.equals("slug") ? kind + "-slug" : kind;
                }
            }
        }
        var kind = KINDS.get(name);
        if (kind == null) {
            throw new AssertionError(
                    "No way to exercise {" + name + "} of " + path + ": name its kind in the fuzz test");
        }
        return kind;
    }

    /** The sensible request of an operation with {@code own}'s first ids, and one per other candidate id. */
    List<Request> sensible(Operation operation, FuzzTenant own) {
        var requests = new ArrayList<Request>();
        var variables = variables(operation);
        var body = body(operation, own, Mode.BASE);
        requests.add(request("sensible", operation, path(operation, own, Mode.BASE, Map.of()), body));
        for (var variable : variables) {
            var values = own.ids().get(kind(operation.path(), variable));
            for (var value : values.subList(1, values.size())) {
                var path = path(operation, own, Mode.BASE, Map.of(variable, value));
                requests.add(request("sensible with another " + variable, operation, path, body));
            }
        }
        return requests;
    }

    /** Everything broken, on {@code own}'s objects, naming {@code other}'s where a foreign id is called for. */
    List<Request> broken(Operation operation, FuzzTenant own, FuzzTenant other, boolean thorough) {
        var requests = new ArrayList<Request>();
        var sensiblePath = path(operation, own, Mode.BASE, Map.of());
        var sensibleBody = body(operation, own, Mode.BASE);
        for (var mode : List.of(Mode.FOREIGN, Mode.ABSENT, Mode.UNKNOWN_CODES, Mode.WRONG_TYPES)) {
            var tenant = mode == Mode.FOREIGN ? other : own;
            if (!variables(operation).isEmpty() || !queryParameters(operation).isEmpty()) {
                requests.add(request(
                        "path and query " + mode, operation, path(operation, tenant, mode, Map.of()), sensibleBody));
            }
        }
        if (!operation.spec().has("requestBody")) {
            return requests;
        }
        for (var mode : Mode.values()) {
            if (mode != Mode.BASE) {
                var tenant = mode == Mode.FOREIGN ? other : own;
                requests.add(request("body " + mode, operation, sensiblePath, body(operation, tenant, mode)));
            }
        }
        requests.add(request("malformed JSON", operation, sensiblePath, "{\"name\": \"unterminated"));
        requests.add(request("an array for an object", operation, sensiblePath, "[1, 2]"));
        requests.add(request("no body", operation, sensiblePath, ""));
        requests.add(request("an empty object", operation, sensiblePath, "{}"));
        requests.add(request("a number too big", operation, sensiblePath, "{\"version\": 1e400}"));
        var unknown = (ObjectNode) json.readTree(sensibleBody);
        unknown.put("unknownField", "Fuzz");
        requests.add(request("an unknown field", operation, sensiblePath, json.writeValueAsString(unknown)));
        if (thorough) {
            requests.addAll(fieldByField(operation, own, sensiblePath, sensibleBody));
        }
        return requests;
    }

    /** One field at a time left out, of the wrong type, or null, the others sensible. */
    private List<Request> fieldByField(Operation operation, FuzzTenant own, String path, String sensibleBody) {
        var requests = new ArrayList<Request>();
        var schema = values.resolve(bodySchema(operation));
        var wrong = (ObjectNode) values.value("", schema, own, Mode.WRONG_TYPES, 0);
        schema.path("properties").propertyNames().forEach(field -> {
            var missing = (ObjectNode) json.readTree(sensibleBody);
            missing.remove(field);
            requests.add(request("without " + field, operation, path, json.writeValueAsString(missing)));
            var mistyped = (ObjectNode) json.readTree(sensibleBody);
            mistyped.set(field, wrong.get(field));
            requests.add(request("a wrong type in " + field, operation, path, json.writeValueAsString(mistyped)));
        });
        return requests;
    }

    private Request request(String variant, Operation operation, String path, String body) {
        return new Request(variant, operation.method(), path, body, asksForVersion(body));
    }

    /** A body that sends version 0 for an object that has been saved since is sent with its stored version. */
    private boolean asksForVersion(String body) {
        try {
            var version = body == null ? null : json.readTree(body).get("version");
            return version != null && version.isIntegralNumber() && version.asLong() == 0;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private List<String> variables(Operation operation) {
        return parameters(operation, "path").stream()
                .map(parameter -> parameter.path("name").asString())
                .toList();
    }

    private List<JsonNode> queryParameters(Operation operation) {
        return parameters(operation, "query");
    }

    private List<JsonNode> parameters(Operation operation, String in) {
        var found = new ArrayList<JsonNode>();
        operation.spec().path("parameters").forEach(parameter -> {
            if (parameter.path("in").asString().equals(in)) {
                found.add(parameter);
            }
        });
        return found;
    }

    /** The path with its variables and query filled in {@code mode}, {@code chosen} overriding some variables. */
    String path(Operation operation, FuzzTenant tenant, Mode mode, Map<String, String> chosen) {
        var path = operation.path();
        for (var variable : variables(operation)) {
            var kind = kind(operation.path(), variable);
            var value = chosen.getOrDefault(variable, pathValue(kind, tenant, mode));
            path = path.replace("{" + variable + "}", UriUtils.encodePathSegment(value, "UTF-8"));
        }
        var query = new LinkedHashMap<String, String>();
        for (var parameter : queryParameters(operation)) {
            var schema = values.resolve(parameter.path("schema"));
            var name = parameter.path("name").asString();
            if (schema.has("properties")) {
                schema.path("properties")
                        .properties()
                        .forEach(property -> query.put(
                                property.getKey(),
                                text(values.value(property.getKey(), property.getValue(), tenant, mode, 1))));
            } else if (schema.path("type").asString().equals("object") || !schema.has("type")) {
                query.put("q", mode == Mode.BASE ? "fuzz" : FuzzValues.CONTROL);
            } else if (KINDS.containsKey(name)) {
                query.put(name, pathValue(KINDS.get(name), tenant, mode));
            } else {
                query.put(name, text(values.value(name, schema, tenant, mode, 1)));
            }
        }
        return query.isEmpty()
                ? path
                : path + "?"
                        + query.entrySet().stream()
                                .map(entry ->
                                        entry.getKey() + "=" + UriUtils.encodeQueryParam(entry.getValue(), "UTF-8"))
                                .collect(Collectors.joining("&"));
    }

    private String pathValue(String kind, FuzzTenant tenant, Mode mode) {
        var value = tenant.first(kind);
        var isId = value.length() == 36 && value.charAt(8) == '-';
        return switch (mode) {
            case ABSENT -> isId ? values.absentId() : "no-such-" + kind;
            case UNKNOWN_CODES, CONTROL_CHARACTERS -> isId ? "not-an-id" : "%00" + "x".repeat(300);
            case WRONG_TYPES -> "-1.5e400";
            default -> value;
        };
    }

    private String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.isString() ? value.asString() : value.toString();
    }

    private JsonNode bodySchema(Operation operation) {
        return operation
                .spec()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
    }

    /** The request's body in {@code mode}, or null when the operation takes none. */
    String body(Operation operation, FuzzTenant tenant, Mode mode) {
        if (!operation.spec().has("requestBody")) {
            return null;
        }
        return json.writeValueAsString(values.value("", bodySchema(operation), tenant, mode, 0));
    }
}
