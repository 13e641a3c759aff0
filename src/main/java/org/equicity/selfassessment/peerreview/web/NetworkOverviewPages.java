package org.equicity.selfassessment.peerreview.web;

import java.util.Locale;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For a network's secretariat planning peer reviews and trainings: per key factor, how many member cities do not
 * (fully) meet it by the self-assessments they share, as a table and a bar chart drawn on the server (SVG, no
 * script), both with the figures the disclosure rules let through.
 */
@Controller
class NetworkOverviewPages {

    private final PeerReviews reviews;
    private final SelfAssessments assessments;

    NetworkOverviewPages(PeerReviews reviews, SelfAssessments assessments) {
        this.reviews = reviews;
        this.assessments = assessments;
    }

    @GetMapping("/manage/networks/{slug}/self-assessment-overview")
    String overview(
            NetworkDetails network, @RequestParam(required = false) String framework, Model model, Locale locale) {
        var frameworks = assessments.frameworks();
        if (frameworks.isEmpty()) {
            throw new NotFoundException("Assessment framework", "any");
        }
        FrameworkRef chosen;
        try {
            chosen = framework == null || framework.isBlank()
                    ? frameworks.get(0).ref()
                    : FrameworkRef.parse(framework.strip());
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("Framework", framework);
        }
        var overview = reviews.overview(network.id(), chosen);
        model.addAttribute("overview", overview);
        model.addAttribute(
                "frameworks",
                Choices.pairs(
                        frameworks.stream().map(found -> found.ref().toString()).toList(),
                        frameworks.stream()
                                .map(found -> found.framework().name().in(locale))
                                .toList()));
        model.addAttribute("chosen", chosen.toString());
        model.addAttribute("chart", BarChart.of(overview, locale));
        return "peerreview/overview";
    }
}
