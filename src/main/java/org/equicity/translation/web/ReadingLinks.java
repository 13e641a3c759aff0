package org.equicity.translation.web;

import org.equicity.translation.PageTexts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses of the page-wide choice between originals and translations, for the toggle of
 * {@code translation/reading.html}: the current page with and without {@link PageTexts#SHOW_ORIGINALS}, so that the
 * choice works as a plain link.
 */
@ControllerAdvice(annotations = Controller.class)
class ReadingLinks {

    record Links(String originals, String translated) {}

    @ModelAttribute("readingLinks")
    Links readingLinks() {
        var current = ServletUriComponentsBuilder.fromCurrentRequest();
        return new Links(
                current.cloneBuilder()
                        .replaceQueryParam(PageTexts.SHOW_ORIGINALS, "true")
                        .build()
                        .toUriString(),
                current.cloneBuilder()
                        .replaceQueryParam(PageTexts.SHOW_ORIGINALS)
                        .build()
                        .toUriString());
    }
}
