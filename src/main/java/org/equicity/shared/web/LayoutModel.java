package org.equicity.shared.web;

import java.util.List;
import java.util.Map;
import org.equicity.shared.UiSettings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final UiSettings settings;

    LayoutModel(UiSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("uiLanguages")
    List<String> uiLanguages() {
        return settings.languages();
    }

    /** The interface languages as the choices of a select ({@code forms :: select} with labels {@code language.}). */
    @ModelAttribute("uiLanguageChoices")
    Map<String, String> uiLanguageChoices() {
        return Choices.of(settings.languages(), code -> code, code -> code);
    }
}
