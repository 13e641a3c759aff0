package org.equicity.practice.importing;

import static org.equicity.city.TestCities.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.practice.importing.PracticeImports.ImportId;
import org.equicity.practice.importing.PracticeImports.ImportPreview;
import org.equicity.practice.importing.PracticeImports.Status;
import org.equicity.practice.importing.PracticeImports.Upload;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A network with 16 member cities in 8 countries, a ministry, a region and an NGO as contributors, its secretariat,
 * and the compendium it imports: 34 practices of them (and of two owners it does not hold) under two themes, with
 * a table of contents, English and French labels, one practice missing from the contents, one the network holds
 * already and one with a label no language knows.
 */
final class ImportWorld {

    static final String THEME_ONE = "ENSURING EQUALITY";
    static final String THEME_TWO = "BUILDING TRUST";
    static final Map<String, List<String>> COUNTRIES = countries();

    final ApplicationContext context;
    final UserDetails admin;
    final NetworkDetails network;
    final UserDetails secretariat;
    final Map<String, CitySummary> cities = new LinkedHashMap<>();
    final ContributorId ministry;
    final ContributorId region;
    final ContributorId ngo;

    ImportWorld(ApplicationContext context) {
        this.context = context;
        this.admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var networks = context.getBean(Networks.class);
        this.network = as(
                admin,
                () -> networks.create(
                        new CreateNetwork("import-" + suffix, "Import network " + suffix, null, null, 2)));
        this.secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        COUNTRIES.forEach((country, names) -> names.forEach(name -> member(name, country.substring(0, 2))));
        this.ministry = contributor(
                "Federal Ministry of Social Affairs", ContributorKind.NATIONAL_AUTHORITY, OwnerLevel.NATIONAL, "DE");
        this.region = contributor("Region of Flanders", ContributorKind.REGION, OwnerLevel.REGIONAL, "BE");
        this.ngo = contributor("SOS Racisme", ContributorKind.NGO, OwnerLevel.LOCAL, "ES");
    }

    /** A city of this country that becomes a member of the network. */
    CitySummary member(String name, String country) {
        var city = TestCities.create(context, name, country);
        as(admin, () -> context.getBean(Networks.class).admit(network.id(), city.id(), LocalDate.of(2020, 1, 1)));
        cities.put(name, city);
        return city;
    }

    ContributorId contributor(String name, ContributorKind kind, OwnerLevel level, String... countries) {
        return as(
                secretariat,
                () -> context.getBean(Contributors.class)
                        .add(network.id(), new ContributorDetails(name, kind, level, List.of(countries))));
    }

    /** The first edition: two practices of each member city, and the others'. */
    static TestCompendium compendium() {
        var compendium = new TestCompendium("Compendium of urban practices against discrimination");
        for (var theme : List.of(THEME_ONE, THEME_TWO)) {
            COUNTRIES.forEach((country, names) -> {
                var french = country.startsWith("FR") || country.startsWith("BE");
                for (var city : names) {
                    var heading = THEME_ONE.equals(theme)
                            ? city.toUpperCase() + ": Welcome desk for newcomers in " + city
                            : city.toUpperCase() + ": Anti-rumour campaign of " + city;
                    var area = THEME_ONE.equals(theme)
                            ? "Public services"
                            : "Anti-rumour strategies and campaigns; Education";
                    compendium.practice(theme, country.substring(3), heading, french, area);
                }
            });
        }
        compendium.practice(
                THEME_TWO,
                "GERMANY",
                "National action plan against racism",
                false,
                "Leadership",
                "Leading authority",
                "Federal Ministry of Social Affairs");
        compendium.practice(
                THEME_TWO,
                "BELGIUM",
                "Flemish integration pathway",
                true,
                "Education",
                "Leading authority",
                "Region of Flanders");
        compendium.practice(
                THEME_TWO,
                "SPAIN",
                "SOS RACISME: Observatory of discrimination",
                false,
                "Anti-discrimination",
                "Lead partner",
                "Red Cross");
        compendium
                .practice(THEME_TWO, "SPAIN", "ATLANTIS: Harbour festival", false, "Public space")
                .unlisted();
        compendium.practice(
                THEME_TWO,
                "PORTUGAL",
                "Housing for all campaign",
                false,
                "Housing",
                "Leading authority",
                "Ministry of Housing");
        return compendium;
    }

    ImportId upload(String fileName, byte[] content, String date) {
        return as(
                secretariat,
                () -> context.getBean(PracticeImports.class)
                        .upload(
                                network.id(),
                                new Upload(
                                        fileName,
                                        content,
                                        new SourceDocument(
                                                "Compendium of urban practices against discrimination",
                                                "Council of Europe",
                                                date,
                                                "https://example.org/compendium.pdf"),
                                        null,
                                        null)));
    }

    ImportPreview preview(ImportId id) {
        return as(secretariat, () -> context.getBean(PracticeImports.class).preview(id));
    }

    /** Confirms and waits for the background import to end. */
    ImportPreview imported(ImportId id) {
        as(secretariat, () -> context.getBean(PracticeImports.class).confirm(id));
        var until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            var preview = preview(id);
            if (preview.status() == Status.IMPORTED || preview.status() == Status.FAILED) {
                return preview;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError("The import did not end within 3 minutes");
    }

    private static Map<String, List<String>> countries() {
        var countries = new LinkedHashMap<String, List<String>>();
        countries.put("AT AUSTRIA", List.of("Graz", "Salzburg"));
        countries.put("BE BELGIUM", List.of("Ghent", "Liège"));
        countries.put("DE GERMANY", List.of("Heidelberg", "Potsdam"));
        countries.put("ES SPAIN", List.of("Barcelona", "Valencia"));
        countries.put("FR FRANCE", List.of("Lyon", "Nantes"));
        countries.put("IT ITALY", List.of("Bologna", "Turin"));
        countries.put("PT PORTUGAL", List.of("Lisbon", "Porto"));
        countries.put("SE SWEDEN", List.of("Malmö", "Uppsala"));
        return countries;
    }
}
