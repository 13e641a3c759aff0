package org.equicity.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/**
 * Calls for practices: the network's secretariat asks its member cities for practices on a theme, in some fields of
 * action, by a deadline; a member city answers with a practice of its own (a new one, or one it already submitted to
 * the network) while the call is open and its deadline has not passed; the call shows who answered and who did not.
 * Only the network's secretariat opens and closes calls; only the coordinators of current member cities answer.
 */
public interface PracticeCalls {

    /** How many days before its deadline a city that has not answered is reminded. */
    int REMINDER_DAYS = 7;

    CallId open(NetworkId network, CallDetails details);

    /** The secretariat closes the call: no more answers. Closing a closed call changes nothing. */
    void close(CallId id);

    /**
     * The call with who answered and who did not; for the network's secretariat and reviewers, and the people of its
     * current member cities.
     */
    CallView call(CallId id);

    /** The network's calls, the latest deadline first; for its secretariat and reviewers. */
    List<CallSummary> ofNetwork(NetworkId network);

    /** The open calls of the networks the city is a current member of, the nearest deadline first. */
    List<CallSummary> openFor(CityId city);

    /** As {@link #openFor}, without the calls the city has answered already: what its work list asks it to answer. */
    List<CallSummary> unansweredBy(CityId city);

    /** The city's coordinator answers with a new practice, submitted to the call's network. */
    PracticeId answer(CallId id, CityId city, PracticeContent content);

    /**
     * The city's coordinator answers with a practice the city already submitted to the call's network; answering with
     * it again changes nothing.
     */
    void answerWith(CallId id, CityId city, PracticeId practice);

    /** The practices that answered the call, in the order they came; whoever may read the call. */
    List<PracticeId> answeredPractices(CallId id);

    enum CallState {
        OPEN,
        CLOSED
    }

    /** What a call asks for: {@code fieldsOfAction} are codes of the intercultural-cities fields of action. */
    record CallDetails(String theme, String description, LocalDate deadline, List<String> fieldsOfAction) {

        static final TextRules RULES = new TextRules("practice");

        public CallDetails {
            theme = RULES.required(theme, 300, "theme");
            description = RULES.optional(description, 4_000, "description");
            if (deadline == null) {
                throw RuleViolationException.about("deadline", "practice.rule.required", "deadline");
            }
            fieldsOfAction = RULES.lines(fieldsOfAction, 100, "fieldsOfAction");
        }
    }

    /**
     * A call as lists show it: {@code answered} member cities of {@code members} have answered; {@code acceptsAnswers}
     * while it is open and its deadline has not passed.
     */
    record CallSummary(
            CallId id,
            NetworkId network,
            String networkSlug,
            String networkName,
            CallDetails details,
            CallState state,
            Instant openedAt,
            boolean acceptsAnswers,
            int answered,
            int members) {

        public CallSummary {
            Objects.requireNonNull(id, "id");
        }
    }

    /** One answer: the practice a city gave, in its current state. */
    record Answer(CityId city, String cityName, PracticeId practice, String title, PracticeStatus status, Instant at) {}

    /** A member city that has not answered. */
    record Missing(CityId city, String citySlug, String cityName, String country) {}

    /**
     * The call for its reader. A city's people see only their own cities' answers and no list of who is missing;
     * {@code mayAnswer} lists the reader's cities that may still answer.
     */
    record CallView(
            CallSummary summary,
            List<Answer> answers,
            List<Missing> missing,
            boolean manageable,
            List<CityId> mayAnswer) {

        public CallView {
            answers = List.copyOf(answers);
            missing = List.copyOf(missing);
            mayAnswer = List.copyOf(mayAnswer);
        }
    }
}
