package org.equicity.selfassessment.peerreview.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewView;
import org.equicity.shared.web.PdfPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Prints a peer-review report on A4 from the Thymeleaf template {@code peerreview/print}. */
@Component
class PeerReviewPdf {

    private final ITemplateEngine templates;
    private final Clock clock;

    PeerReviewPdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    byte[] render(ReviewView review, Locale locale) {
        var context = new Context(locale);
        context.setVariable("review", review);
        context.setVariable("generated", LocalDate.now(clock));
        return PdfPrinter.print(templates.process("peerreview/print", context));
    }
}
