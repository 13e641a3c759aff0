package org.equicity.plan.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.city.Cities;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.springframework.stereotype.Component;

/**
 * On a civil-society partner's work list: the draft plans of their cities that are open for consultation, linking
 * to the consultation where they comment (the public city page shows adopted plans only).
 */
@Component
class OpenConsultationsSection implements WorkListSection {

    private final Cities cities;
    private final Plans plans;

    OpenConsultationsSection(Cities cities, Plans plans) {
        this.cities = cities;
        this.plans = plans;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var partnerOf = reader.citiesWhere(Role.CIVIL_SOCIETY_PARTNER).stream()
                .flatMap(city -> cities.find(city).stream())
                .toList();
        if (partnerOf.isEmpty()) {
            return Optional.empty();
        }
        var entries = partnerOf.stream()
                .flatMap(city -> plans.ofCity(city.id()).stream()
                        .filter(plan -> plan.state() == PlanState.IN_CONSULTATION)
                        .map(plan -> new Entry(
                                "/manage/cities/" + city.slug() + "/plans/"
                                        + plan.id().value() + "/consultation",
                                "plan.worklist.consultations.entry",
                                List.of(plan.title(), city.name()),
                                null,
                                null,
                                List.of(),
                                false)))
                .toList();
        return Optional.of(
                new Section("plan.worklist.consultations.heading", "plan.worklist.consultations.none", entries));
    }
}
