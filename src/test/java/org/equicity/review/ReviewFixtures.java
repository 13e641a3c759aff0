package org.equicity.review;

import static org.equicity.city.TestCities.as;

import java.util.List;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.equicity.report.ReportFixtures;
import org.equicity.review.Reviews.CriterionRating;
import org.equicity.review.Reviews.Rating;
import org.equicity.review.Reviews.Recommendation;
import org.equicity.review.Reviews.ReviewContent;
import org.equicity.shared.PersonId;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A network with a member city (from {@link ReportFixtures}), two reviewers of the network, and a reviewer of the
 * network who also works for the city, for the review tests of the facade, the pages and the API.
 */
public record ReviewFixtures(
        ReportFixtures report, UserDetails reviewer, UserDetails secondReviewer, UserDetails reviewerOfTheCity) {

    /** The six criteria of the intercultural-cities good-practice framework, in order. */
    public static final List<String> CRITERIA = List.of(
            "goal-oriented",
            "customer-responsive",
            "context-sensitive",
            "highly-impacting",
            "capable-of-being-modelled",
            "can-be-generalised");

    public static ReviewFixtures create(ApplicationContext context) {
        var report = ReportFixtures.create(context);
        var network = report.network().id();
        return new ReviewFixtures(
                report,
                TestPeople.holding(context, RoleGrant.inNetwork(Role.REVIEWER, network)),
                TestPeople.holding(context, RoleGrant.inNetwork(Role.REVIEWER, network)),
                TestPeople.holding(
                        context,
                        RoleGrant.inNetwork(Role.REVIEWER, network),
                        RoleGrant.inCity(
                                Role.CIVIL_SOCIETY_PARTNER, report.city().id())));
    }

    public static PersonId id(UserDetails person) {
        return new PersonId(TestPeople.idOf(person));
    }

    public UserDetails secretariat() {
        return report.secretariat();
    }

    /** A practice the city's coordinator submitted directly to the network, written in English. */
    public PracticeId directSubmission(ApplicationContext context, String title) {
        return directSubmission(context, title, "en");
    }

    public PracticeId directSubmission(ApplicationContext context, String title, String language) {
        var practices = context.getBean(Practices.class);
        return as(
                report.coordinator(),
                () -> practices.submit(new NewPractice(
                        report.city().id(),
                        report.network().id(),
                        new PracticeContent(
                                language,
                                new Template(
                                        title,
                                        "Office for equality",
                                        null,
                                        List.of(),
                                        "Make discrimination reportable",
                                        "2024",
                                        "Purpose",
                                        "Rationale",
                                        "Process",
                                        "Impact",
                                        List.of()),
                                Classification.none()))));
    }

    public AssignmentId assign(ApplicationContext context, PracticeId practice, UserDetails reviewer) {
        var reviews = context.getBean(Reviews.class);
        return as(secretariat(), () -> reviews.assign(practice, id(reviewer)));
    }

    /** Every criterion rated with a justification that names it and {@code marker}. */
    public static ReviewContent complete(String marker) {
        return new ReviewContent(
                CRITERIA.stream()
                        .map(code -> new CriterionRating(code, Rating.MET, "Justified " + code + " " + marker))
                        .toList(),
                "Assessment " + marker,
                Recommendation.DESIGNATE);
    }

    /** Saves a complete review and submits it, as its reviewer. */
    public void submitComplete(ApplicationContext context, AssignmentId id, UserDetails reviewer, String marker) {
        var reviews = context.getBean(Reviews.class);
        as(reviewer, () -> {
            var version = reviews.save(id, reviews.review(id).version(), complete(marker));
            reviews.submit(id, version);
        });
    }
}
