package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whom a city coordinator invites, to which role. */
record InviteForm(
        @NotBlank(message = "{city.error.email}") @Size(max = 320, message = "{city.error.too-long-field}") @Nullable
        String email,

        @Size(max = 200, message = "{city.error.name-too-long}") @Nullable
        String displayName,

        @NotNull(message = "{city.people.error.role}") @Nullable
        CityRole role,

        @Nullable UUID department,
        @Nullable String language) {

    static InviteForm blank(String language) {
        return new InviteForm(null, null, null, null, language);
    }
}
