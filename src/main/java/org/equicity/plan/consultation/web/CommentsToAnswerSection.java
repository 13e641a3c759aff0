package org.equicity.plan.consultation.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.people.WorkListSection;
import org.equicity.plan.consultation.PlanConsultation;
import org.springframework.stereotype.Component;

/** On a coordinator's work list: the consultation comments on their cities' plans that nobody has answered yet. */
@Component
class CommentsToAnswerSection implements WorkListSection {

    private static final int QUOTE_LENGTH = 140;

    private final PlanConsultation consultations;

    CommentsToAnswerSection(PlanConsultation consultations) {
        this.consultations = consultations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> consultations.awaitingAnswer(city.id()).stream()
                        .map(item -> new Entry(
                                "/manage/cities/" + city.slug() + "/plans/"
                                        + item.plan().value() + "/consultation#comment-"
                                        + item.comment().id().value(),
                                "site.me.comments.entry",
                                List.of(
                                        item.comment().author(),
                                        item.planTitle(),
                                        item.comment()
                                                .at()
                                                .atOffset(ZoneOffset.UTC)
                                                .toLocalDate(),
                                        city.name()),
                                quote(item.comment().text()),
                                null,
                                List.of(),
                                false)))
                .toList();
        return Optional.of(new Section("site.me.comments.heading", "site.me.comments.none", entries));
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1) + "…";
    }
}
