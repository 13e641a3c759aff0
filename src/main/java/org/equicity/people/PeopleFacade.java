package org.equicity.people;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.people.Accounts.LinkPurpose;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.equicity.shared.UiSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;

@Service
@Transactional
class PeopleFacade implements People {

    private static final int MAX_EMAIL = 320;
    private static final int MAX_NAME = 200;

    private final PersonRepository people;
    private final Access access;
    private final OneTimeLinks links;
    private final Mailer mailer;
    private final PasswordEncoder passwords;
    private final UiSettings ui;
    private final Clock clock;
    private final DepartmentDirectory departments;
    private final PendingGrantRepository pendingGrants;
    private final ApplicationEventPublisher events;

    PeopleFacade(
            PersonRepository people,
            Access access,
            OneTimeLinks links,
            Mailer mailer,
            PasswordEncoder passwords,
            UiSettings ui,
            DepartmentDirectory departments,
            PendingGrantRepository pendingGrants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.people = people;
        this.access = access;
        this.links = links;
        this.mailer = mailer;
        this.passwords = passwords;
        this.ui = ui;
        this.departments = departments;
        this.pendingGrants = pendingGrants;
    }

    /**
     * The role takes effect when the invitee follows the mailed link, for an existing account as for a new one, and
     * the answer is the same for both: inviting must not tell a coordinator whether someone has an account, nor give
     * an account a role its owner did not accept.
     */
    @Override
    public InvitationSent invite(Invite command) {
        requireGrantManagement(command.grant());
        requireOwnDepartment(command.grant());
        var email = validEmail(command.email());
        var language = validLanguage(command.language());
        var person = people.findByEmail(email)
                .orElseGet(() -> people.save(
                        new Person(email, nameOrDefault(command.displayName(), email), language, clock.instant())));
        var alreadyInvited = pendingGrants.findByPerson(person).stream()
                .anyMatch(pending -> pending.toGrant().equals(command.grant()));
        if (!person.grants().contains(command.grant()) && !alreadyInvited) {
            pendingGrants.save(new PendingGrant(person, command.grant(), clock.instant()));
        }
        var inviter = access.current().map(Access.CurrentPerson::displayName).orElse("Equicity");
        var role = new DefaultMessageSourceResolvable(
                "mail.role." + command.grant().role().name());
        var link = links.issue(person, LinkPurpose.INVITATION);
        mailer.send(new OutgoingMail(
                person.email(),
                locale(person),
                person.hasPassword() ? "role-invitation" : "invitation",
                person.displayName(),
                inviter,
                role,
                link,
                OneTimeLinks.INVITATION_VALIDITY.toDays()));
        return new InvitationSent(person.id(), person.email());
    }

    /** The roles the person was invited to take effect: they followed an invitation link. */
    void acceptInvitations(Person person) {
        var pending = pendingGrants.findByPerson(person);
        pending.forEach(invitation -> {
            person.grant(invitation.toGrant(), clock.instant());
            events.publishEvent(new InvitationAccepted(person.id(), person.displayName(), invitation.toGrant()));
        });
        pendingGrants.deleteAll(pending);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleHolder> inCity(CityId city) {
        if (!access.canReadCity(city)) {
            access.requireCityManagement(city);
        }
        return holders(people.holdingRolesInCity(city.value()), grant -> city.equals(grant.city()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleHolder> inNetwork(NetworkId network) {
        access.requireNetworkManagement(network);
        return holders(people.holdingRolesInNetwork(network.value()), grant -> network.equals(grant.network()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers(NetworkId network) {
        access.requireNetworkManagement(network);
        var reviewer = RoleGrant.inNetwork(Role.REVIEWER, network);
        return people.holdingRolesInNetwork(network.value()).stream()
                .filter(person -> person.grants().contains(reviewer))
                .map(person -> new Reviewer(
                        person.id(),
                        person.displayName(),
                        person.email(),
                        person.isActive(),
                        person.grants().stream()
                                .map(RoleGrant::city)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet())))
                .toList();
    }

    private static List<RoleHolder> holders(List<Person> persons, Predicate<RoleGrant> inScope) {
        return persons.stream()
                .flatMap(person -> person.grants().stream()
                        .filter(inScope)
                        .sorted(Comparator.comparing(RoleGrant::role))
                        .map(grant -> new RoleHolder(
                                person.id(), person.displayName(), person.email(), grant, person.isActive())))
                .toList();
    }

    @Override
    public void revoke(PersonId personId, RoleGrant grant) {
        requireGrantManagement(grant);
        var person = find(personId);
        if (grant.equals(RoleGrant.platformAdmin()) && person.grants().contains(grant) && lastActiveAdmin(person)) {
            throw new RuleViolationException("people.admin.last");
        }
        person.revoke(grant);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonView> everyone() {
        access.requirePlatformAdmin();
        return people.findAll().stream()
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Person::email))
                .map(PeopleFacade::view)
                .toList();
    }

    static PersonView view(Person person) {
        return new PersonView(
                person.id(),
                person.email(),
                person.displayName(),
                person.language(),
                person.isActive(),
                person.hasPassword(),
                person.grants());
    }

    @Override
    public void deactivate(PersonId personId) {
        access.requirePlatformAdmin();
        var person = find(personId);
        if (access.current().map(me -> me.id().equals(personId)).orElse(false)) {
            throw new RuleViolationException("people.deactivate.self");
        }
        if (person.grants().contains(RoleGrant.platformAdmin()) && lastActiveAdmin(person)) {
            throw new RuleViolationException("people.admin.last");
        }
        person.deactivate();
    }

    @Override
    public void reactivate(PersonId personId) {
        access.requirePlatformAdmin();
        find(personId).reactivate();
    }

    @Override
    public PersonId createWithPassword(
            String email, String displayName, String language, String rawPassword, RoleGrant... grants) {
        refuseInWebRequest("createWithPassword is for start-up code, not for web requests");
        var normalised = validEmail(email);
        PasswordRules.check(rawPassword, normalised);
        var person = people.findByEmail(normalised)
                .orElseGet(() -> people.save(new Person(
                        normalised, nameOrDefault(displayName, normalised), validLanguage(language), clock.instant())));
        person.changePassword(passwords.encode(rawPassword));
        for (var grant : grants) {
            person.grant(grant, clock.instant());
        }
        return person.id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> coordinatorsToNotify(CityId city) {
        refuseInWebRequest("coordinatorsToNotify is for background jobs, not for web requests");
        var coordinator = RoleGrant.inCity(Role.CITY_COORDINATOR, city);
        return people.holdingRolesInCity(city.value()).stream()
                .filter(person -> person.isActive() && person.grants().contains(coordinator))
                .map(person -> new Recipient(person.email(), person.displayName(), person.language()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> departmentContactsToNotify(CityId city, DepartmentId department) {
        refuseInWebRequest("departmentContactsToNotify is for background jobs, not for web requests");
        var contact = RoleGrant.departmentContact(city, department);
        return people.holdingRolesInCity(city.value()).stream()
                .filter(person -> person.isActive() && person.grants().contains(contact))
                .map(person -> new Recipient(person.email(), person.displayName(), person.language()))
                .toList();
    }

    static void refuseInWebRequest(String message) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE) != null) {
            throw new IllegalStateException(message);
        }
    }

    private boolean lastActiveAdmin(Person person) {
        return !people.anotherActivePlatformAdmin(person.id().value());
    }

    private void requireGrantManagement(RoleGrant grant) {
        switch (grant.role().scope()) {
            case PLATFORM -> access.requirePlatformAdmin();
            case NETWORK -> access.requireNetworkManagement(grant.network());
            case CITY, DEPARTMENT -> access.requireCityManagement(grant.city());
        }
    }

    /**
     * A department contact's department must be one of the very city the role is in: every route that grants roles
     * (the city's, the platform's, the API's) comes through here, so none can name another city's department.
     */
    private void requireOwnDepartment(RoleGrant grant) {
        if (grant.department() != null
                && !departments.cityOf(grant.department()).equals(Optional.of(grant.city()))) {
            throw RuleViolationException.about("department", "people.grant.department");
        }
    }

    private Person find(PersonId id) {
        return people.findById(id.value()).orElseThrow(() -> new NotFoundException("Person", id.value()));
    }

    static String validEmail(String email) {
        if (email == null) {
            throw RuleViolationException.about("email", "people.email.invalid");
        }
        var normalised = Person.normalise(email);
        int at = normalised.indexOf('@');
        if (normalised.length() > MAX_EMAIL
                || at < 1
                || at != normalised.lastIndexOf('@')
                || at == normalised.length() - 1
                || normalised.chars().anyMatch(Character::isWhitespace)) {
            throw RuleViolationException.about("email", "people.email.invalid");
        }
        return normalised;
    }

    static String validName(String name) {
        TextRules.requirePrintable(name, "displayName");
        if (name == null || name.isBlank()) {
            throw RuleViolationException.about("displayName", "people.name.required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw RuleViolationException.about("displayName", "people.name.too-long", MAX_NAME);
        }
        return name.strip();
    }

    private static String nameOrDefault(String name, String email) {
        return name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : validName(name);
    }

    String validLanguage(String language) {
        if (language == null || language.isBlank()) {
            return ui.defaultLocale().getLanguage();
        }
        var locale = Locale.forLanguageTag(language.strip());
        if (!ui.supports(locale)) {
            throw RuleViolationException.about("language", "people.language.unsupported");
        }
        return locale.getLanguage();
    }

    static Locale locale(Person person) {
        return Locale.forLanguageTag(person.language());
    }
}
