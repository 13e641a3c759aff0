package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/** Population and official languages: typed when a city is created and kept up to date with its profile. */
class BasicsForm {

    static final String POPULATION = "\\s*\\d{0,12}\\s*";

    @Pattern(regexp = POPULATION, message = "{city.error.population}")
    private String population;

    @NotBlank(message = "{city.error.language-required}")
    private String mainLanguage;

    private List<String> otherLanguages = new ArrayList<>();

    Long populationValue() {
        return population == null || population.isBlank() ? null : Long.valueOf(population.strip());
    }

    /** The main language first, as the city writes in it by default. */
    List<String> officialLanguages() {
        var languages = new ArrayList<String>();
        languages.add(mainLanguage);
        otherLanguages.stream().filter(code -> !code.equals(mainLanguage)).forEach(languages::add);
        return languages;
    }

    void fill(Long population, List<String> languages) {
        this.population = population == null ? "" : population.toString();
        this.mainLanguage = languages.isEmpty() ? null : languages.get(0);
        this.otherLanguages = new ArrayList<>(languages.subList(Math.min(1, languages.size()), languages.size()));
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getMainLanguage() {
        return mainLanguage;
    }

    public void setMainLanguage(String mainLanguage) {
        this.mainLanguage = mainLanguage;
    }

    public List<String> getOtherLanguages() {
        return otherLanguages;
    }

    public void setOtherLanguages(List<String> otherLanguages) {
        this.otherLanguages = otherLanguages == null ? new ArrayList<>() : otherLanguages;
    }
}
