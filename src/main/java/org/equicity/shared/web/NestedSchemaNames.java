package org.equicity.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * Names the OpenAPI schema of a record declared inside another class after both ({@code ReportApi.ActionBody}):
 * controllers and facades declare their bodies as nested records with short names ({@code ActionBody},
 * {@code DecisionBody}) that recur across modules, and by simple name alone the document kept one of them and
 * described the other operations' bodies with it. A {@code @Schema(name = …)} on the record still wins.
 */
@Component
class NestedSchemaNames implements ModelConverter {

    @Override
    public io.swagger.v3.oas.models.media.Schema<?> resolve(
            AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null || type.getName().isBlank()) {
            var javaType = Json.mapper().constructType(type.getType());
            var raw = javaType == null ? null : javaType.getRawClass();
            if (raw != null
                    && raw.isRecord()
                    && raw.getEnclosingClass() != null
                    && javaType.getBindings().isEmpty()
                    && !hasOwnName(raw)) {
                type.name(qualifiedName(raw));
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static boolean hasOwnName(Class<?> record) {
        var schema = record.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty();
    }

    private static String qualifiedName(Class<?> type) {
        var enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : qualifiedName(enclosing) + "." + type.getSimpleName();
    }
}
