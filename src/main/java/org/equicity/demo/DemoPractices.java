package org.equicity.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeCalls.CallDetails;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.springframework.stereotype.Component;

/**
 * The demo network's call for practices on welcoming newcomers, open for two months from the day the content is
 * loaded: Beispielstadt has answered with a practice the committee designated (so that the call page, the library and
 * a compiled compendium show it, its process as a list), Villa Ejemplo has not, and sees the call on its
 * coordinator's work list.
 */
@Component
class DemoPractices {

    private final PracticeCalls calls;
    private final Practices practices;
    private final Clock clock;

    DemoPractices(PracticeCalls calls, Practices practices, Clock clock) {
        this.calls = calls;
        this.practices = practices;
        this.clock = clock;
    }

    void load(NetworkDetails network, CitySummary beispielstadt) {
        var call = calls.open(
                network.id(),
                new CallDetails(
                        "Welcoming newcomers",
                        "Practices that help people who have just arrived find their way in the city: first"
                                + " advice, language, housing, work.",
                        LocalDate.now(clock).plusMonths(2),
                        List.of("welcoming-newcomers")));
        var practice = calls.answer(
                call,
                beispielstadt.id(),
                new PracticeContent(
                        "de",
                        new Template(
                                "Willkommensbüro im Rathaus",
                                "Integrationsbüro",
                                null,
                                List.of("welcoming-newcomers"),
                                "Neu zugezogene Menschen finden an einem Ort Beratung in ihrer Sprache.",
                                "seit 2021",
                                "Erste Orientierung für alle, die neu in der Stadt sind.",
                                "Viele Neuzugezogene wussten nicht, an welches Amt sie sich wenden sollten.",
                                // CommonMark, as the page and the compiled compendium show it: a paragraph, a list
                                "Ein Büro im Rathaus mit Sprechstunden in **sechs Sprachen**:\n\n"
                                        + "- Lotsinnen begleiten zu Ämtern\n"
                                        + "- Termine bei der Meldebehörde ohne Wartezeit\n"
                                        + "- ein *Willkommensheft* für jeden Stadtteil",
                                "Über 2.000 Beratungen im Jahr; kürzere Wartezeiten bei der Meldebehörde.",
                                List.of()),
                        new Classification(null, null, List.of(), 2021)));
        practices.startReview(practice);
        practices.designate(practice);
    }
}
