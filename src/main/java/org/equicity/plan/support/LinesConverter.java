package org.equicity.plan.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stores a short list (codes, ids, the lines of a list the writer typed one per line) in one text column: they are
 * always read and written with their owner, and the values never contain a line break.
 */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityAttribute(@Nullable String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
