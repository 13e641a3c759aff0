package org.equicity.practice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.people.WorkListSection;
import org.equicity.practice.PracticeCalls;
import org.springframework.stereotype.Component;

/**
 * A coordinator's open calls for practices that their city has not answered yet, the nearest deadline first, urgent in
 * the last {@link PracticeCalls#REMINDER_DAYS} days; each links to the call's page, where the city answers.
 */
@Component
class CallsToAnswerSection implements WorkListSection {

    private final PracticeCalls calls;

    CallsToAnswerSection(PracticeCalls calls) {
        this.calls = calls;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> calls.unansweredBy(city.id()).stream()
                        .map(call -> new Entry(
                                "/manage/cities/" + city.slug() + "/calls/"
                                        + call.id().value(),
                                "practice.call.worklist.answer",
                                List.of(call.details().theme(), city.name()),
                                null,
                                "practice.call.worklist.until",
                                List.of(call.networkName(), call.details().deadline()),
                                !call.details().deadline().isAfter(today.plusDays(PracticeCalls.REMINDER_DAYS)))))
                .toList();
        return Optional.of(
                new Section("practice.call.worklist.answer-heading", "practice.call.worklist.answer-none", entries));
    }
}
