package org.equicity.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccountsFacade implements Accounts {

    private static final int MAX_TOKEN_NAME = 100;

    private final PersonRepository people;
    private final ApiTokenRepository apiTokens;
    private final Access access;
    private final OneTimeLinks links;
    private final Mailer mailer;
    private final PasswordEncoder passwords;
    private final PeopleFacade rules;
    private final Clock clock;

    AccountsFacade(
            PersonRepository people,
            ApiTokenRepository apiTokens,
            Access access,
            OneTimeLinks links,
            Mailer mailer,
            PasswordEncoder passwords,
            PeopleFacade rules,
            Clock clock) {
        this.clock = clock;
        this.people = people;
        this.apiTokens = apiTokens;
        this.access = access;
        this.links = links;
        this.mailer = mailer;
        this.passwords = passwords;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public LinkState checkLink(String token) {
        return links.find(token)
                .map(link -> new LinkState(
                        link.status(clock.instant()),
                        link.purpose(),
                        link.person().email(),
                        link.person().displayName(),
                        link.person().hasPassword()))
                .orElseGet(LinkState::unknown);
    }

    @Override
    public PersonId acceptInvitation(String token, String displayName, String rawPassword) {
        var name = PeopleFacade.validName(displayName);
        var person = links.find(token)
                .orElseThrow(() -> new RuleViolationException("people.link.invalid"))
                .person();
        PasswordRules.check(rawPassword, person.email());
        if (person.hasPassword()) {
            // The link proves the mailbox, not the right to replace a password the owner chose.
            throw new RuleViolationException("people.link.invalid");
        }
        links.redeem(token, LinkPurpose.INVITATION);
        person.rename(name);
        person.changePassword(passwords.encode(rawPassword));
        rules.acceptInvitations(person);
        return person.id();
    }

    @Override
    public PersonId acceptInvitation(String token) {
        var person = links.redeem(token, LinkPurpose.INVITATION);
        if (!person.hasPassword()) {
            throw new RuleViolationException("people.link.invalid");
        }
        rules.acceptInvitations(person);
        return person.id();
    }

    @Override
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        people.findByEmail(Person.normalise(email))
                .filter(Person::isActive)
                .filter(links::mayIssueReset)
                .ifPresent(person -> {
                    var link = links.issue(person, LinkPurpose.PASSWORD_RESET);
                    mailer.send(new OutgoingMail(
                            person.email(),
                            PeopleFacade.locale(person),
                            "password-reset",
                            person.displayName(),
                            link,
                            OneTimeLinks.RESET_VALIDITY.toMinutes()));
                });
    }

    @Override
    public PersonId resetPassword(String token, String rawPassword) {
        var person = links.find(token)
                .orElseThrow(() -> new RuleViolationException("people.link.invalid"))
                .person();
        PasswordRules.check(rawPassword, person.email());
        links.redeem(token, LinkPurpose.PASSWORD_RESET);
        person.changePassword(passwords.encode(rawPassword));
        return person.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication signedIn(PersonId personId) {
        var person = people.findById(personId.value())
                .filter(Person::isActive)
                .orElseThrow(() -> new AccessDeniedException("Not active"));
        var principal = new SignedIn(person);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    @Transactional(readOnly = true)
    public AccountView me() {
        var person = current();
        return new AccountView(
                person.id(),
                person.email(),
                person.displayName(),
                person.language(),
                person.hasPassword(),
                person.grants().stream()
                        .sorted(Comparator.comparing(RoleGrant::role))
                        .toList());
    }

    @Override
    public void updateProfile(String displayName, String language) {
        var name = PeopleFacade.validName(displayName);
        var chosen = rules.validLanguage(language);
        var person = current();
        person.rename(name);
        person.preferLanguage(chosen);
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        var person = current();
        if (person.hasPassword()
                && (currentPassword == null || !passwords.matches(currentPassword, person.passwordHash()))) {
            throw RuleViolationException.about("currentPassword", "people.password.current-wrong");
        }
        PasswordRules.check(newPassword, person.email());
        person.changePassword(passwords.encode(newPassword));
    }

    @Override
    public void preferLanguage(String language) {
        var signedIn = access.current();
        if (signedIn.isEmpty()) {
            return;
        }
        var chosen = rules.validLanguage(language);
        people.findById(signedIn.get().id().value())
                .filter(person -> !person.language().equals(chosen))
                .ifPresent(person -> person.preferLanguage(chosen));
    }

    @Override
    public CreatedToken createToken(String name, LocalDate expiresOn) {
        TextRules.requirePrintable(name, "name");
        if (name == null || name.isBlank()) {
            throw RuleViolationException.about("name", "people.token.name-required");
        }
        if (name.strip().length() > MAX_TOKEN_NAME) {
            throw RuleViolationException.about("name", "people.token.name-too-long", MAX_TOKEN_NAME);
        }
        Instant expiresAt = null;
        if (expiresOn != null) {
            if (!expiresOn.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
                throw RuleViolationException.about("expiresOn", "people.token.expiry-past");
            }
            expiresAt = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        var person = current();
        var token = "eqc_" + Tokens.newToken();
        var stored = apiTokens.save(new ApiToken(person, name.strip(), Tokens.hash(token), expiresAt, clock.instant()));
        return new CreatedToken(stored.view().id(), name.strip(), token, expiresAt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenView> tokens() {
        return apiTokens.findByPersonOrderByCreatedAt(current()).stream()
                .map(ApiToken::view)
                .toList();
    }

    @Override
    public void revokeToken(UUID token) {
        apiTokens
                .findByIdAndPerson(token, current())
                .orElseThrow(() -> new NotFoundException("API token", token))
                .revoke(clock.instant());
    }

    /** The principal an API token stands for, while it is usable. */
    Optional<SignedIn> authenticateToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        var now = clock.instant();
        return apiTokens
                .findByTokenHash(Tokens.hash(token))
                .filter(found -> found.usable(now))
                .map(found -> {
                    found.used(now);
                    return new SignedIn(found.person());
                });
    }

    private Person current() {
        var me = access.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return people.findById(me.id().value()).orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
