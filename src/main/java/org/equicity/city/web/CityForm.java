package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.equicity.city.Cities.CreateCity;

/** What a platform administrator types to create a city. */
class CityForm extends BasicsForm {

    @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?", message = "{city.error.slug}")
    private String slug;

    @NotBlank(message = "{city.error.name-required}")
    @Size(max = 200, message = "{city.error.name-too-long}")
    private String name;

    @NotBlank(message = "{city.error.country}")
    private String country;

    CreateCity command() {
        return new CreateCity(slug, name, country, populationValue(), officialLanguages());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
