package org.equicity.practice.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeCalls.CallState;
import org.equicity.practice.PracticeCalls.CallSummary;
import org.springframework.stereotype.Component;

/**
 * A secretariat's open calls for practices, the nearest deadline first, with how many member cities answered; urgent
 * once the deadline has passed and the call waits to be closed.
 */
@Component
class CallsClosingSection implements WorkListSection {

    private final PracticeCalls calls;

    CallsClosingSection(PracticeCalls calls) {
        this.calls = calls;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var networks = reader.networksWhere(Role.NETWORK_SECRETARIAT);
        if (networks.isEmpty()) {
            return Optional.empty();
        }
        var entries = networks.stream()
                .flatMap(network -> calls.ofNetwork(network).stream())
                .filter(call -> call.state() == CallState.OPEN)
                .sorted(Comparator.comparing(
                        (CallSummary call) -> call.details().deadline()))
                .map(call -> new Entry(
                        "/manage/networks/" + call.networkSlug() + "/calls/"
                                + call.id().value(),
                        "practice.call.worklist.closing",
                        List.of(call.details().theme(), call.networkName()),
                        null,
                        "practice.call.worklist.closing-note",
                        List.of(call.details().deadline(), call.answered(), call.members()),
                        call.details().deadline().isBefore(today)))
                .toList();
        return Optional.of(
                new Section("practice.call.worklist.closing-heading", "practice.call.worklist.closing-none", entries));
    }
}
