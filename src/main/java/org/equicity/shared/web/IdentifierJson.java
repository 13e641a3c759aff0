package org.equicity.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;
import java.util.UUID;
import org.equicity.shared.Identifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every {@link Identifier} is a plain UUID string in JSON and in the OpenAPI document, in one place rather than on
 * each id type. Reading also accepts the older {@code {"value": "…"}} form, which event publications stored before
 * this change may still hold.
 */
@Configuration(proxyBeanMethods = false)
class IdentifierJson {

    @Bean
    JacksonModule identifiersAsStrings() {
        var module = new SimpleModule("identifiers-as-strings");
        module.addSerializer(Identifier.class, new ValueSerializer<>() {
            @Override
            public void serialize(Identifier id, JsonGenerator json, SerializationContext context) {
                json.writeString(id.value().toString());
            }
        });
        module.setDeserializers(new IdentifierDeserializers());
        return module;
    }

    /** The API documentation shows an identifier as what it is on the wire. */
    @Bean
    ModelConverter identifiersAsUuidSchemas() {
        return new ModelConverter() {
            @Override
            public Schema<?> resolve(
                    AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                var javaType = Json.mapper().constructType(type.getType());
                if (javaType != null && Identifier.class.isAssignableFrom(javaType.getRawClass())) {
                    return new UUIDSchema();
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        };
    }

    private static final class IdentifierDeserializers extends SimpleDeserializers {

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
            return Identifier.class.isAssignableFrom(type) && type.isRecord();
        }

        @Override
        public ValueDeserializer<?> findBeanDeserializer(
                JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
            return hasDeserializerFor(config, type.getRawClass())
                    ? new IdentifierDeserializer(type.getRawClass())
                    : null;
        }
    }

    private static final class IdentifierDeserializer extends ValueDeserializer<Identifier> {

        private final Class<?> type;
        private final Constructor<?> constructor;

        IdentifierDeserializer(Class<?> type) {
            this.type = type;
            try {
                this.constructor = type.getDeclaredConstructor(UUID.class);
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException notAnIdentifierRecord) {
                throw new IllegalStateException(type + " must be a record of one UUID", notAnIdentifierRecord);
            }
        }

        @Override
        public Identifier deserialize(JsonParser json, DeserializationContext context) {
            String text;
            if (json.currentToken() == JsonToken.START_OBJECT) {
                var tree = context.readTree(json);
                text = tree.path("value").asString(null);
            } else {
                text = json.getValueAsString();
            }
            if (text == null) {
                return (Identifier) context.handleUnexpectedToken(type, json);
            }
            UUID value;
            try {
                value = UUID.fromString(text);
            } catch (IllegalArgumentException notAUuid) {
                return (Identifier) context.handleWeirdStringValue(type, text, "not a UUID");
            }
            try {
                return (Identifier) constructor.newInstance(value);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }
}
