package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An identifier is written as its UUID string and read back from it; the {@code {"value": …}} form written before
 * (and possibly still held by stored event publications) is read too.
 */
class IdentifierJsonTests {

    record Holder(CityId city, List<CityId> others) {}

    final JsonMapper json = JsonMapper.builder()
            .addModule(new IdentifierJson().identifiersAsStrings())
            .build();

    final CityId city = new CityId(UUID.fromString("6f1c2b9e-2f4e-4f7b-9d8e-0a1b2c3d4e5f"));

    @Test
    void anIdentifierIsItsUuidStringBothWays() {
        var written = json.writeValueAsString(new Holder(city, List.of(city)));

        assertThat(written).isEqualTo("{\"city\":\"%s\",\"others\":[\"%s\"]}", city.value(), city.value());
        assertThat(json.readValue(written, Holder.class)).isEqualTo(new Holder(city, List.of(city)));
    }

    @Test
    void theOlderObjectFormIsStillReadAndNonsenseIsRefused() {
        assertThat(json.readValue("{\"city\":{\"value\":\"%s\"}}".formatted(city.value()), Holder.class)
                        .city())
                .isEqualTo(city);
        assertThatThrownBy(() -> json.readValue("{\"city\":\"not-a-uuid\"}", Holder.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.readValue("{\"city\":42}", Holder.class)).isInstanceOf(JacksonException.class);
    }
}
