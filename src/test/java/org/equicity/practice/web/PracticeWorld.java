package org.equicity.practice.web;

import static org.equicity.city.TestCities.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.ContributorId;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.Contributors.ContributorDetails;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/** A fresh network with its secretariat and cities with their coordinators, for the library's tests. */
class PracticeWorld {

    record Member(CitySummary city, UserDetails coordinator) {}

    final ApplicationContext context;
    final Practices practices;
    final NetworkDetails network;
    final UserDetails secretariat;

    PracticeWorld(ApplicationContext context) {
        this.context = context;
        this.practices = context.getBean(Practices.class);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        this.network = as(
                admin,
                () -> context.getBean(Networks.class)
                        .create(new CreateNetwork("library-" + suffix, "Library network " + suffix, null, null, 2)));
        this.secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
    }

    Member member(String name, String country) {
        var city = TestCities.create(context, name, country);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        as(admin, () -> context.getBean(Networks.class).admit(network.id(), city.id(), LocalDate.of(2020, 1, 1)));
        return new Member(city, TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id())));
    }

    static PracticeContent content(
            String title, List<String> fieldsOfAction, String commitment, String track, Integer year) {
        return new PracticeContent(
                "de",
                new Template(
                        title,
                        "Office for equality",
                        "Anna Berger",
                        fieldsOfAction,
                        "Main purpose of " + title,
                        "2023–2024",
                        "Purpose of " + title,
                        "Rationale",
                        "Process",
                        "Impact",
                        List.of("https://example.org/" + title.hashCode(), "Annual report")),
                new Classification(commitment, track, List.of("monitoring", "education"), year));
    }

    PracticeId submitted(Member member, PracticeContent content) {
        return as(
                member.coordinator(),
                () -> practices.submit(new NewPractice(member.city().id(), network.id(), content)));
    }

    PracticeId underReview(Member member, PracticeContent content) {
        var id = submitted(member, content);
        as(secretariat, () -> practices.startReview(id));
        return id;
    }

    PracticeId designated(Member member, PracticeContent content) {
        var id = underReview(member, content);
        as(secretariat, () -> practices.designate(id));
        return id;
    }

    ContributorId contributor(String name, ContributorKind kind, OwnerLevel level, String... countries) {
        return as(
                secretariat,
                () -> context.getBean(Contributors.class)
                        .add(network.id(), new ContributorDetails(name, kind, level, List.of(countries))));
    }

    PracticeId designated(ContributorId contributor, PracticeContent content) {
        var id = as(secretariat, () -> context.getBean(Contributors.class).submit(contributor, content));
        as(secretariat, () -> practices.startReview(id));
        as(secretariat, () -> practices.designate(id));
        return id;
    }

    PracticeId declined(Member member, PracticeContent content) {
        var id = underReview(member, content);
        as(secretariat, () -> practices.decline(id));
        return id;
    }
}
