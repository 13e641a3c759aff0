package org.equicity.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.WorkListSection;
import org.equicity.report.DueReport;
import org.equicity.report.Reports;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in person starts, and lands after signing in: what waits for them, each entry linking to the place
 * to act (for a city's coordinator the reports due soon or overdue, then the sections other modules give as
 * {@link WorkListSection}s), then every role they hold and where.
 */
@Controller
class MyWorkPage {

    /** One role in one place; {@code detail} names the department of a department contact. */
    record Workplace(Role role, String place, @Nullable String detail, String link) {}

    /** The reports a coordinated city owes soon or has let pass their deadline. */
    record CityReminders(String citySlug, String cityName, List<DueReport> due) {}

    private final Access access;
    private final Cities cities;
    private final Networks networks;
    private final Reports reports;
    private final List<WorkListSection> sections;
    private final Clock clock;

    MyWorkPage(
            Access access,
            Cities cities,
            Networks networks,
            Reports reports,
            List<WorkListSection> sections,
            Clock clock) {
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(WorkListSection::order))
                .toList();
        this.access = access;
        this.cities = cities;
        this.networks = networks;
        this.reports = reports;
    }

    @GetMapping("/me")
    String myWork(Model model) {
        var me = access.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        model.addAttribute("me", me);
        model.addAttribute(
                "workplaces",
                me.grants().stream()
                        .map(this::workplace)
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(Workplace::role).thenComparing(Workplace::place))
                        .toList());
        var today = LocalDate.now(clock);
        model.addAttribute("today", today);
        var coordinated = me.grants().stream()
                .filter(grant -> grant.role() == Role.CITY_COORDINATOR)
                .map(RoleGrant::city)
                .distinct()
                .flatMap(city -> cities.find(city).stream())
                .map(city -> new WorkListSection.CoordinatedCity(city.id(), city.slug(), city.name()))
                .toList();
        model.addAttribute(
                "reportReminders",
                coordinated.stream()
                        .map(city -> new CityReminders(
                                city.slug(),
                                city.name(),
                                reports.dueFor(city.id()).stream()
                                        .filter(due -> due.needsReminder(today))
                                        .toList()))
                        .filter(city -> !city.due().isEmpty())
                        .toList());
        model.addAttribute("coordinates", !coordinated.isEmpty());
        var reader = new WorkListSection.Reader(me, coordinated);
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> section.forReader(reader, today))
                        .flatMap(Optional::stream)
                        .toList());
        return "site/me";
    }

    /** Empty where the place no longer exists, so that a stale grant does not break the page. */
    private Optional<Workplace> workplace(RoleGrant grant) {
        return switch (grant.role().scope()) {
            case PLATFORM -> Optional.of(new Workplace(grant.role(), "", null, "/admin"));
            case NETWORK ->
                networks.find(grant.network())
                        .map(network -> new Workplace(
                                grant.role(),
                                network.name(),
                                null,
                                grant.role() == Role.NETWORK_SECRETARIAT
                                        ? "/manage/networks/" + network.slug()
                                        : "/networks/" + network.slug()));
            case CITY, DEPARTMENT ->
                cities.find(grant.city())
                        .map(city -> new Workplace(
                                grant.role(),
                                city.name(),
                                grant.department() == null
                                        ? null
                                        : cities.department(grant.department())
                                                .map(Cities.DepartmentSummary::name)
                                                .orElse(null),
                                grant.role() == Role.CITY_COORDINATOR
                                        ? "/manage/cities/" + city.slug()
                                        : "/cities/" + city.slug()));
        };
    }
}
