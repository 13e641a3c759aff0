package org.equicity.notification;

import java.util.List;
import java.util.Set;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.people.Addressees;
import org.equicity.people.InvitationAccepted;
import org.equicity.people.Role;
import org.equicity.plan.PlanChanged;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.report.ReportAccepted;
import org.equicity.report.ReportReturned;
import org.equicity.review.ReviewAssigned;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears what happened in the owning modules and posts a notice to those for whom it means work: whom to tell and
 * where they act is decided here, from the event and the owners' facades.
 */
@Component
class WhatWaits {

    private static final Set<Role> CONSULTED = Set.of(Role.CIVIL_SOCIETY_PARTNER, Role.DEPARTMENT_CONTACT);

    private final Noticeboard board;
    private final Addressees addressees;
    private final Cities cities;
    private final Networks networks;
    private final Plans plans;

    WhatWaits(Noticeboard board, Addressees addressees, Cities cities, Networks networks, Plans plans) {
        this.board = board;
        this.addressees = addressees;
        this.cities = cities;
        this.networks = networks;
        this.plans = plans;
    }

    /** A draft opened for consultation: the city's partners and department contacts are asked to comment. */
    @ApplicationModuleListener
    void on(PlanChanged event) {
        if (event.change().kind() != ChangeKind.CONSULTATION_OPENED) {
            return;
        }
        var plan = plans.tracked(event.plan());
        cities.find(plan.city())
                .ifPresent(city -> board.post(
                        addressees.inCity(city.id(), CONSULTED),
                        NoticeKind.CONSULTATION_OPENED,
                        List.of(plan.title(), city.name()),
                        "/manage/cities/" + city.slug() + "/plans/" + plan.id().value() + "/consultation"));
    }

    @ApplicationModuleListener
    void on(CommentAnswered event) {
        var plan = plans.tracked(event.plan());
        cities.find(event.city())
                .ifPresent(city -> board.post(
                        addressees.person(event.author()).stream().toList(),
                        NoticeKind.COMMENT_ANSWERED,
                        List.of(plan.title(), city.name()),
                        "/manage/cities/" + city.slug() + "/plans/" + plan.id().value() + "/consultation#comment-"
                                + event.comment()));
    }

    @ApplicationModuleListener
    void on(ReportReturned event) {
        report(event.city(), event.network(), event.report().value(), NoticeKind.REPORT_RETURNED, event.reason());
    }

    @ApplicationModuleListener
    void on(ReportAccepted event) {
        report(event.city(), event.network(), event.report().value(), NoticeKind.REPORT_ACCEPTED, "");
    }

    private void report(CityId cityId, NetworkId network, Object report, NoticeKind kind, String reason) {
        var networkName =
                networks.find(network).map(Networks.NetworkDetails::name).orElse("");
        cities.find(cityId)
                .ifPresent(city -> board.post(
                        addressees.inCity(city.id(), Set.of(Role.CITY_COORDINATOR)),
                        kind,
                        List.of(city.name(), networkName, reason),
                        "/manage/cities/" + city.slug() + "/reports/" + report));
    }

    @ApplicationModuleListener
    void on(ReviewAssigned event) {
        var networkName = networks.find(event.network())
                .map(Networks.NetworkDetails::name)
                .orElse("");
        board.post(
                addressees.person(event.reviewer()).stream().toList(),
                NoticeKind.REVIEW_ASSIGNED,
                List.of(event.practiceTitle(), networkName),
                "/reviews/" + event.assignment().value());
    }

    /** Those who manage the place of the new role (who sent the invitation) hear that it was taken up. */
    @ApplicationModuleListener
    void on(InvitationAccepted event) {
        var grant = event.grant();
        var role = "#mail.role." + grant.role().name();
        if (grant.city() != null) {
            cities.find(grant.city())
                    .ifPresent(city -> board.post(
                            others(addressees.inCity(city.id(), Set.of(Role.CITY_COORDINATOR)), event),
                            NoticeKind.INVITATION_ACCEPTED,
                            List.of(event.displayName(), role, city.name()),
                            "/manage/cities/" + city.slug() + "/people"));
        } else if (grant.network() != null) {
            networks.find(grant.network())
                    .ifPresent(network -> board.post(
                            others(addressees.inNetwork(network.id(), Role.NETWORK_SECRETARIAT), event),
                            NoticeKind.INVITATION_ACCEPTED,
                            List.of(event.displayName(), role, network.name()),
                            "/manage/networks/" + network.slug() + "/people"));
        }
    }

    private static List<Addressees.Addressee> others(List<Addressees.Addressee> managers, InvitationAccepted event) {
        return managers.stream()
                .filter(manager -> !manager.person().equals(event.person()))
                .toList();
    }
}
