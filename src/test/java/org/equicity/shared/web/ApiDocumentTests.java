package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equicity.shared.Identifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document describes what the API really reads and writes: each operation's request and response body
 * name a schema of their own Java type (two types never share a schema name, which would document one operation's
 * body as another's), and typed identifiers are strings, as on the wire, never {@code {"value": …}} objects.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document;
    final Map<String, Class<?>> typeOfSchema = new HashMap<>();
    final List<String> problems = new ArrayList<>();

    @BeforeEach
    void readTheDocument() throws Exception {
        var body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        document = JsonMapper.builder().build().readTree(body);
    }

    @Test
    void everySchemaNameStandsForOneJavaTypeWhoseFieldsItDocuments() {
        int operations = 0;
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            var handler = mapping.getValue();
            for (var path : mapping.getKey().getPatternValues()) {
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    var operation =
                            document.path("paths").path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        continue;
                    }
                    operations++;
                    var where = method + " " + path;
                    requestBody(handler)
                            .ifPresent(type -> checkContent(
                                    operation.path("requestBody").path("content"), type, where + " request"));
                    var answer = handler.getReturnType().getGenericParameterType();
                    operation.path("responses").properties().forEach(response -> {
                        if (response.getKey().startsWith("2")) {
                            checkContent(response.getValue().path("content"), answer, where + " response");
                        }
                    });
                }
            }
        }
        assertThat(operations).as("operations found in the document").isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    @Test
    void noSchemaDocumentsAnIdentifierAsAnObject() {
        var objectIds = new ArrayList<String>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            var properties = schema.getValue().path("properties");
            if (properties.size() == 1
                    && "uuid".equals(properties.path("value").path("format").asString(null))) {
                objectIds.add(schema.getKey());
            }
        });
        assertThat(objectIds).isEmpty();
    }

    private static Optional<Type> requestBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .map(MethodParameter::getGenericParameterType)
                .findFirst();
    }

    private void checkContent(JsonNode content, Type type, String where) {
        content.properties().forEach(media -> check(media.getValue().path("schema"), type, where, new HashSet<>()));
    }

    private void check(JsonNode schema, Type type, String where, Set<Class<?>> seen) {
        var raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (ResponseEntity.class.equals(raw) || Optional.class.equals(raw)) {
            check(schema, argument(type), where, seen);
            return;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            check(schema.path("items"), argument(type), where, seen);
            return;
        }
        if (Identifier.class.isAssignableFrom(raw)) {
            if (schema.has("$ref") || schema.has("properties")) {
                problems.add(where + ": " + raw.getSimpleName() + " documented as an object");
            }
            return;
        }
        if (!raw.isRecord() || !seen.add(raw)) {
            return;
        }
        var name = reference(schema);
        if (name == null) {
            return;
        }
        var earlier = typeOfSchema.putIfAbsent(name, raw);
        if (earlier != null && !earlier.equals(raw)) {
            problems.add(where + ": schema " + name + " stands for " + earlier.getName() + " and " + raw.getName());
            return;
        }
        var properties = document.path("components").path("schemas").path(name).path("properties");
        for (var component : raw.getRecordComponents()) {
            var renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            var property = properties.path(renamed == null ? component.getName() : renamed.value());
            if (property.isMissingNode()) {
                problems.add(where + ": schema " + name + " lacks " + raw.getSimpleName() + "." + component.getName());
            } else {
                check(property, component.getGenericType(), where, seen);
            }
        }
    }

    /** The schema name a property or body refers to, also where OpenAPI 3.1 wraps the reference for nullability. */
    private static String reference(JsonNode schema) {
        if (schema.has("$ref")) {
            var ref = schema.get("$ref").asString();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        for (var combined : List.of("allOf", "oneOf", "anyOf")) {
            for (var part : schema.path(combined)) {
                var name = reference(part);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return null;
    }

    private static Type argument(Type type) {
        return type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0]
                : Object.class;
    }
}
