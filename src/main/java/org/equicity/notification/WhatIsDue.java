package org.equicity.notification;

import java.util.List;
import java.util.Set;
import org.equicity.assessment.PlanReviewDue;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.people.Addressees;
import org.equicity.people.Role;
import org.equicity.report.ReportDeadlineApproaching;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears of the dates the owning modules' daily jobs find near (a report's deadline, a progress update, a plan's
 * review) and tells those who act on them. The jobs find the same date again each day; each person hears of it once.
 */
@Component
class WhatIsDue {

    private static final Set<Role> COORDINATORS = Set.of(Role.CITY_COORDINATOR);

    private final Noticeboard board;
    private final Addressees addressees;
    private final Cities cities;
    private final Networks networks;

    WhatIsDue(Noticeboard board, Addressees addressees, Cities cities, Networks networks) {
        this.board = board;
        this.addressees = addressees;
        this.cities = cities;
        this.networks = networks;
    }

    /** The report job publishes each reminder once per city, so that the notice needs no memory of its own. */
    @ApplicationModuleListener
    void on(ReportDeadlineApproaching event) {
        var network = networks.find(event.network())
                .map(Networks.NetworkDetails::name)
                .orElse("");
        cities.find(event.city())
                .ifPresent(city -> board.post(
                        addressees.inCity(city.id(), COORDINATORS),
                        NoticeKind.DEADLINE_APPROACHING,
                        List.of(
                                city.name(),
                                event.cycleName(),
                                network,
                                NoticeTexts.date(event.deadline()),
                                NoticeTexts.number(Math.max(-1, event.daysLeft()))),
                        "/manage/cities/" + city.slug() + "/reports"
                                + (event.report() == null
                                        ? ""
                                        : "/" + event.report().value())));
    }

    /** To the contacts of the action's departments; to the coordinators where no department is responsible. */
    @ApplicationModuleListener
    void on(ProgressUpdateDue event) {
        cities.find(event.city()).ifPresent(city -> {
            var told = event.departments().isEmpty()
                    ? addressees.inCity(city.id(), COORDINATORS)
                    : addressees.contactsOf(city.id(), event.departments());
            board.postOnce(
                    told,
                    NoticeKind.PROGRESS_UPDATE_DUE,
                    List.of(event.actionTitle(), event.planTitle(), city.name(), NoticeTexts.date(event.due())),
                    "/manage/cities/" + city.slug() + "/plans/" + event.plan().value() + "/actions/"
                            + event.action().value() + "/progress",
                    "action:" + event.action().value() + ":" + event.due());
        });
    }

    @ApplicationModuleListener
    void on(PlanReviewDue event) {
        cities.find(event.city())
                .ifPresent(city -> board.postOnce(
                        addressees.inCity(city.id(), COORDINATORS),
                        NoticeKind.REVIEW_DUE,
                        List.of(event.planTitle(), city.name(), NoticeTexts.date(event.due())),
                        "/manage/cities/" + city.slug() + "/plans/"
                                + event.plan().value() + "/assessment",
                        "plan:" + event.plan().value() + ":" + event.due()));
    }
}
