package org.equicity.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.CreateCity;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.shared.DemoContentPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads a fictional network with two fictional cities and one person for each role, so that a newcomer can see
 * every page. It goes through the same facades and access checks as a user: it signs in as the demo platform
 * administrator it creates, and only the people themselves are created without an invitation round trip.
 * Loading twice changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("equicity.demo.enabled")
@Order(10)
class DemoContent implements ApplicationRunner {

    /** Printed in the log at every start with demo content; never used outside demo content. */
    static final String PASSWORD = "equicity-demo-2026";

    static final String NETWORK = "demo-coalition";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final People people;
    private final Cities cities;
    private final Networks networks;
    private final DemoPlans plans;
    private final DemoPractices practices;
    private final DemoSelfAssessments selfAssessments;
    private final DemoIndicators indicators;
    private final DemoMonitoring monitoring;
    private final List<DemoContentPart> parts;
    private final AuthenticationProvider authentication;
    private final DemoReporting reporting;

    DemoContent(
            People people,
            Cities cities,
            Networks networks,
            DemoPlans plans,
            DemoPractices practices,
            DemoSelfAssessments selfAssessments,
            DemoIndicators indicators,
            DemoMonitoring monitoring,
            List<DemoContentPart> parts,
            AuthenticationProvider authentication,
            DemoReporting reporting) {
        this.practices = practices;
        this.people = people;
        this.cities = cities;
        this.networks = networks;
        this.plans = plans;
        this.selfAssessments = selfAssessments;
        this.indicators = indicators;
        this.monitoring = monitoring;
        this.parts = List.copyOf(parts);
        this.authentication = authentication;
        this.reporting = reporting;
    }

    static final String ADMIN = "admin@demo.equicity.local";
    static final String SECRETARIAT = "secretariat@demo.equicity.local";
    static final String REVIEWER = "reviewer@demo.equicity.local";
    static final List<String> CITIES = List.of("beispielstadt", "villa-ejemplo");

    static String cityAccount(String role, String citySlug) {
        return role + "@" + citySlug + ".demo.equicity.local";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (networks.findBySlug(NETWORK).isPresent()) {
            log.info("Demo content is already loaded");
        } else {
            load();
        }
        printAccounts();
    }

    private void load() {
        people.createWithPassword(ADMIN, "Demo Administrator", "en", PASSWORD, RoleGrant.platformAdmin());
        signIn(ADMIN);
        try {
            var network = network();
            var beispielstadt = beispielstadt();
            var villaEjemplo = villaEjemplo();

            networks.admit(network.id(), beispielstadt.id(), LocalDate.of(2016, 3, 21));
            networks.admit(network.id(), villaEjemplo.id(), LocalDate.of(2019, 3, 21));
            plans.beispielstadt(beispielstadt);
            plans.villaEjemplo(villaEjemplo);
            practices.load(network, beispielstadt);
            selfAssessments.beispielstadt(beispielstadt);
            indicators.beispielstadt(beispielstadt);
            monitoring.beispielstadt(beispielstadt);
            reporting.cycleSharingMonitoring(network, beispielstadt);

            people.createWithPassword(
                    SECRETARIAT,
                    "Sam Secretariat",
                    "en",
                    PASSWORD,
                    RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
            people.createWithPassword(
                    REVIEWER, "Rita Reviewer", "en", PASSWORD, RoleGrant.inNetwork(Role.REVIEWER, network.id()));
            cityPeople(beispielstadt, "de");
            cityPeople(villaEjemplo, "es");
            // the parts of nested modules (a peer review) act as the cities' people, who exist only now
            var demoPeople = new DemoContentPart.DemoPeople() {
                @Override
                public String account(String role, String citySlug) {
                    return cityAccount(role, citySlug);
                }

                @Override
                public void signIn(String email) {
                    DemoContent.this.signIn(email);
                }
            };
            parts.forEach(part -> part.load(demoPeople));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The fictional network, with every framework version the demo plans and reports use. */
    private NetworkDetails network() {
        var network = networks.create(new CreateNetwork(
                NETWORK,
                "Demo Coalition of Cities against Racism (fictional)",
                "A fictional city network for trying out Equicity. Its member cities, people and plans are"
                        + " invented; any resemblance to real cities is a coincidence.",
                "https://example.org/demo-coalition",
                2));
        networks.chooseFrameworks(
                network.id(),
                Set.of(
                        FrameworkRef.parse("eccar-commitments@2023"),
                        FrameworkRef.parse("eccar-tracks@2023"),
                        FrameworkRef.parse("eccar-actor-groups@2023"),
                        FrameworkRef.parse("eccar-city-roles@2023"),
                        FrameworkRef.parse("eccar-model-template@2023"),
                        FrameworkRef.parse("eccar-human-rights-principles@2023"),
                        FrameworkRef.parse("eccar-fields-of-activity@2023"),
                        FrameworkRef.parse("ici-fields-of-action@2019"),
                        FrameworkRef.parse("ici-good-practice-criteria@2019")));
        return network;
    }

    private CitySummary beispielstadt() {
        return city(
                new CreateCity("beispielstadt", "Beispielstadt (fictional)", "DE", 248_000L, List.of("de")),
                new Level1Profile(
                        new FocalPoint(
                                "Dr. Jana Muster",
                                "Leiterin der Stelle für Vielfalt und Antidiskriminierung",
                                "jana.muster@beispielstadt.example",
                                "+49 30 1234567"),
                        new PoliticalResponsibility("Petra Beispiel", "Bürgermeisterin für Soziales und Vielfalt"),
                        "Eine ämterübergreifende Steuerungsgruppe trifft sich viermal im Jahr; der Migrationsbeirat"
                                + " und zwei Antidiskriminierungsberatungsstellen sind ständige Gäste.",
                        "Mitglied der Demo-Koalition seit 2016.",
                        new PublicContact(
                                "Rathausplatz 1, 10999 Beispielstadt",
                                "https://beispielstadt.example/vielfalt",
                                "vielfalt@beispielstadt.example"),
                        "Eine erfundene Großstadt, die ihren dritten Aktionsplan gegen Rassismus umsetzt."),
                List.of("Stelle für Vielfalt und Antidiskriminierung", "Personalamt", "Schulamt", "Wohnungsamt"));
    }

    private CitySummary villaEjemplo() {
        return city(
                new CreateCity("villa-ejemplo", "Villa Ejemplo (fictional)", "ES", 176_500L, List.of("es", "ca")),
                new Level1Profile(
                        new FocalPoint(
                                "Lucía Ejemplar",
                                "Coordinadora del Servicio de Igualdad",
                                "lucia.ejemplar@villaejemplo.example",
                                "+34 93 1234567"),
                        new PoliticalResponsibility("Marcos Modelo", "Concejal de Derechos Sociales"),
                        "Una mesa técnica municipal con las entidades sociales se reúne cada trimestre.",
                        "Miembro de la Coalición de demostración desde 2019.",
                        new PublicContact(
                                "Plaza Mayor 1, 08999 Villa Ejemplo",
                                "https://villaejemplo.example/igualdad",
                                "igualdad@villaejemplo.example"),
                        "Una ciudad ficticia que prepara su primer plan de acción contra el racismo."),
                List.of("Servicio de Igualdad", "Recursos Humanos", "Educación", "Vivienda"));
    }

    private CitySummary city(CreateCity create, Level1Profile profile, List<String> departments) {
        var city = cities.create(create);
        var stored = cities.profileForEditing(city.id());
        cities.updateProfile(new UpdateProfile(
                city.id(), stored.version(), create.population(), create.officialLanguages(), profile));
        departments.forEach(name -> cities.addDepartment(city.id(), name));
        return city;
    }

    private void cityPeople(CitySummary city, String language) {
        var equalityDepartment = cities.departments(city.id()).stream()
                .filter(department -> department.name().startsWith("Stelle")
                        || department.name().startsWith("Servicio"))
                .findFirst()
                .orElseThrow();
        people.createWithPassword(
                cityAccount("coordinator", city.slug()),
                "Coordinator " + city.name(),
                language,
                PASSWORD,
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
        people.createWithPassword(
                cityAccount("department", city.slug()),
                equalityDepartment.name(),
                language,
                PASSWORD,
                RoleGrant.departmentContact(city.id(), equalityDepartment.id()));
        people.createWithPassword(
                cityAccount("partner", city.slug()),
                "Civil-society partner " + city.name(),
                language,
                PASSWORD,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.id()));
    }

    private void signIn(String email) {
        var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(result);
    }

    private static void printAccounts() {
        var text = new StringBuilder("\n\n=== Equicity demo content: sign in at /login with these accounts ===\n");
        var line = "  %-50s %s%n";
        text.append(String.format(line, ADMIN, "platform administrator"));
        text.append(String.format(line, SECRETARIAT, "network secretariat of " + NETWORK));
        text.append(String.format(line, REVIEWER, "reviewer of " + NETWORK));
        for (var city : CITIES) {
            text.append(String.format(line, cityAccount("coordinator", city), "city coordinator of " + city));
            text.append(String.format(line, cityAccount("department", city), "department contact in " + city));
            text.append(String.format(line, cityAccount("partner", city), "civil-society partner of " + city));
        }
        text.append("  Password of every demo account: ").append(PASSWORD).append('\n');
        text.append("=== The demo content is fictional: never enable it on a production database ===\n");
        log.warn(text.toString());
    }
}
