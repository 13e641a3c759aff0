package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.equicity.FuzzRequests.Operation;
import org.equicity.FuzzRequests.Request;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends every operation of the OpenAPI document everything a client can send (see {@link FuzzRequests}): first as
 * the coordinator and secretariat of city B at city A's objects, then as A's own people at A's objects (with B's
 * ids where a foreign id is called for). No answer may be a server error, and neither side's objects, read back
 * through every reading operation, may have changed through the other side. Then every page and every reading
 * operation of the API (exports and PDFs included) is rendered over the fuzzed values A stored: again no server
 * error. The seed is fixed, so a failure comes back on the next run; the summary line says what was sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestFuzzTests {

    static final long SEED = 20261207L;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final JsonMapper json = JsonMapper.builder().build();
    final List<String> serverErrors = new ArrayList<>();
    final List<String> foreignWrites = new ArrayList<>();
    UserDetails admin;
    int requests;

    @Test
    void noRequestAnswersAServerErrorOrChangesAnotherCitysObjects() throws Exception {
        var started = System.nanoTime();
        var threads = ManagementFactory.getThreadMXBean();
        var cpuStarted = threads.getCurrentThreadCpuTime();
        var document = json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        var fuzz = new FuzzRequests(document, SEED);
        var operations = fuzz.operations();
        var a = FuzzTenant.create(context, "A");
        var b = FuzzTenant.create(context, "B");
        admin = TestPeople.holding(context, RoleGrant.platformAdmin());

        var aBefore = snapshot(fuzz, operations, a);
        for (var operation : operations) {
            sendAll(operation, fuzz.sensible(operation, a), b.owner(), "B's owner");
            sendAll(operation, fuzz.broken(operation, a, b, false), b.owner(), "B's owner");
        }
        compare("A", aBefore, snapshot(fuzz, operations, a));

        var bBefore = snapshot(fuzz, operations, b);
        for (var operation : operations) {
            sendAll(operation, fuzz.sensible(operation, a), a.owner(), "A's owner");
            sendAll(operation, fuzz.broken(operation, a, b, true), a.owner(), "A's owner");
            sendAll(operation, fuzz.sensible(operation, a), a.fixtures().reviewer(), "A's reviewer");
            sendAll(operation, fuzz.sensible(operation, a), admin, "an administrator");
            sendAll(operation, fuzz.broken(operation, a, a, false), admin, "an administrator");
        }
        compare("B", bBefore, snapshot(fuzz, operations, b));

        var fuzzing = requests;
        var readers = new LinkedHashMap<String, UserDetails>();
        readers.put("A's owner", a.owner());
        readers.put("A's reviewer", a.fixtures().reviewer());
        readers.put("an administrator", admin);
        readers.put("the public", null);
        var rendered = render(fuzz, operations, a, readers);

        System.out.printf(
                "Request fuzz: %d operations, %d requests, %d pages and exports rendered, %d answered 5xx, "
                        + "%d foreign writes, %d s (%d s processor time of the test's thread)%n",
                operations.size(),
                fuzzing,
                rendered,
                serverErrors.size(),
                foreignWrites.size(),
                (System.nanoTime() - started) / 1_000_000_000,
                (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000_000);
        assertThat(serverErrors).isEmpty();
        assertThat(foreignWrites).isEmpty();
    }

    /** Every page (from the request mappings) and every reading API operation, over what A stored. */
    int render(FuzzRequests fuzz, List<Operation> operations, FuzzTenant a, Map<String, UserDetails> readers)
            throws Exception {
        var readings = new ArrayList<Operation>();
        operations.stream()
                .filter(operation -> operation.method() == HttpMethod.GET)
                .forEach(readings::add);
        pages().forEach(readings::add);
        var before = requests;
        for (var reading : readings) {
            for (var reader : readers.entrySet()) {
                sendAll(reading, fuzz.sensible(reading, a), reader.getValue(), reader.getKey());
            }
        }
        return requests - before;
    }

    /** The pages, as operations whose only parameters are their path variables. */
    List<Operation> pages() {
        var pages = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern ->
                        !pattern.startsWith("/api") && !pattern.startsWith("/v3") && !pattern.equals("/error"))
                .forEach(pages::add);
        var nodes = JsonNodeFactory.instance;
        return pages.stream()
                .map(pattern -> {
                    var spec = nodes.objectNode();
                    var parameters = spec.putArray("parameters");
                    Pattern.compile("\\{(\\w+)}")
                            .matcher(pattern)
                            .results()
                            .forEach(variable -> parameters
                                    .addObject()
                                    .put("name", variable.group(1))
                                    .put("in", "path"));
                    return new Operation(HttpMethod.GET, pattern, spec);
                })
                .toList();
    }

    /**
     * Readings of a network that count what its member cities chose to share with it. In the first round B's
     * secretariat may admit A's city to B's network (its own network, a legitimate write), and A's coordinator may
     * then share A's own self-assessment with A's networks: B's count changes by A's own choice, not by a write to B.
     */
    static final Set<String> MEMBERS_CHOICES = Set.of("/api/v1/networks/{id}/self-assessment-overview");

    /**
     * What the reading operations answer an administrator about {@code tenant}'s objects: the operations whose path
     * or query names one of them, the texts of the answers (JSON, CSV) and the status of the others.
     */
    Map<String, String> snapshot(FuzzRequests fuzz, List<Operation> operations, FuzzTenant tenant) throws Exception {
        var answers = new LinkedHashMap<String, String>();
        for (var operation : operations) {
            if (operation.method() != HttpMethod.GET
                    || !namesTenant(operation)
                    || MEMBERS_CHOICES.contains(operation.path())) {
                continue;
            }
            for (var reading : fuzz.sensible(operation, tenant)) {
                var response = mvc.perform(request(HttpMethod.GET, URI.create(reading.uri()))
                                .with(user(admin)))
                        .andReturn()
                        .getResponse();
                var type = Objects.requireNonNullElse(response.getContentType(), "");
                var text = type.contains("json") || type.contains("csv") ? response.getContentAsString() : "";
                answers.put(reading.uri(), response.getStatus() + " " + text);
            }
        }
        return answers;
    }

    private boolean namesTenant(Operation operation) {
        var names = new ArrayList<String>();
        operation.spec().path("parameters").forEach(parameter -> {
            var name = parameter.path("name").asString();
            var kind = parameter.path("in").asString().equals("path")
                    ? FuzzRequests.kind(operation.path(), name)
                    : FuzzRequests.KINDS.get(name);
            if (kind != null && !FuzzTenant.SHARED.containsKey(kind)) {
                names.add(name);
            }
        });
        return !names.isEmpty();
    }

    void compare(String tenant, Map<String, String> before, Map<String, String> after) {
        before.forEach((uri, answer) -> {
            if (!answer.equals(after.get(uri))) {
                foreignWrites.add(tenant + "'s " + uri + " changed from\n  " + answer + "\nto\n  " + after.get(uri));
            }
        });
    }

    void sendAll(Operation operation, List<Request> sent, UserDetails person, String who) throws Exception {
        for (var request : sent) {
            var status = send(request, person);
            if (status.startsWith("5")) {
                serverErrors.add(operation.name() + " with " + request.variant() + " as " + who + " (" + request.uri()
                        + ") answered " + status);
            }
        }
    }

    /** The status of the answer, with the exception behind a server error. */
    String send(Request sent, UserDetails person) throws Exception {
        requests++;
        var builder = request(sent.method(), URI.create(sent.uri())).with(csrf());
        if (person != null) {
            builder.with(user(person));
        }
        if (sent.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON)
                    .content(sent.versioned() ? withStoredVersion(sent) : sent.body());
        }
        try {
            var result = mvc.perform(builder).andReturn();
            var status = result.getResponse().getStatus();
            var exception = result.getResolvedException();
            return status + (status >= 500 && exception != null ? ": " + exception : "");
        } catch (Exception unhandled) {
            var cause = unhandled.getCause() == null ? unhandled : unhandled.getCause();
            return "500: " + cause;
        }
    }

    /** The body with the version the object has now (read from its path or its parent's), so that it gets saved. */
    String withStoredVersion(Request sent) throws Exception {
        var body = (ObjectNode) json.readTree(sent.body());
        var path = URI.create(sent.uri()).getPath();
        for (var candidate : List.of(path, path.substring(0, path.lastIndexOf('/')))) {
            var response =
                    mvc.perform(get(candidate).with(user(admin))).andReturn().getResponse();
            var type = Objects.requireNonNullElse(response.getContentType(), "");
            if (response.getStatus() == 200 && type.contains("json")) {
                var version = json.readTree(response.getContentAsString()).get("version");
                if (version != null && version.isIntegralNumber()) {
                    body.put("version", version.asLong());
                    return json.writeValueAsString(body);
                }
            }
        }
        return sent.body();
    }
}
