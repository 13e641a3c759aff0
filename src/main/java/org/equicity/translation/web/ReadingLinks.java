package org.equicity.translation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.equicity.translation.PageTexts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the page-wide choice between originals and translations, for the toggle of
 * {@code translation/reading.html}: the current page with and without {@link PageTexts#SHOW_ORIGINALS}, so that the
 * choice works as a plain link. Relative to the host, so that no forged Host header ends up in a link.
 */
@ControllerAdvice(annotations = Controller.class)
class ReadingLinks {

    record Links(String originals, String translated) {}

    @ModelAttribute("readingLinks")
    Links readingLinks(HttpServletRequest request) {
        var current = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
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
