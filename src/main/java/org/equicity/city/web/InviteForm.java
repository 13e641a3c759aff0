package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Whom a city coordinator invites, to which role. */
class InviteForm {

    @NotBlank(message = "{city.error.email}")
    @Size(max = 320, message = "{city.error.too-long-field}")
    private String email;

    @Size(max = 200, message = "{city.error.name-too-long}")
    private String displayName;

    @NotNull(message = "{city.people.error.role}")
    private CityRole role;

    private UUID department;

    private String language;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public CityRole getRole() {
        return role;
    }

    public void setRole(CityRole role) {
        this.role = role;
    }

    public UUID getDepartment() {
        return department;
    }

    public void setDepartment(UUID department) {
        this.department = department;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
