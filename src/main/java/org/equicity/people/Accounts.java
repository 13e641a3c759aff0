package org.equicity.people;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.shared.PersonId;
import org.springframework.security.core.Authentication;

/**
 * A person's own account: completing an invitation, resetting a forgotten password, the profile, the language
 * preference and personal API tokens. Used by the sign-in and account pages; every method acts for the person
 * the link or the session belongs to, never for someone else.
 */
public interface Accounts {

    /** What a one-time link is for and whether it can still be used, without using it. */
    LinkState checkLink(String token);

    /**
     * Sets name and password from an invitation (or the first-start setup link), uses the link up and gives the
     * person the roles they were invited to.
     */
    PersonId acceptInvitation(String token, String displayName, String rawPassword);

    /**
     * Accepts an invitation for an account that already has a password: uses the link up and gives the person the
     * roles they were invited to, leaving name and password as they are.
     */
    PersonId acceptInvitation(String token);

    /** Mails a reset link if an active account has this address; says nothing either way. */
    void requestPasswordReset(String email);

    PersonId resetPassword(String token, String rawPassword);

    /** A session sign-in for a person who just proved themselves through a one-time link. */
    Authentication signedIn(PersonId person);

    AccountView me();

    void updateProfile(String displayName, String language);

    void changePassword(String currentPassword, String newPassword);

    /** Remembers the interface language the signed-in person chose; nothing happens for anonymous visitors. */
    void preferLanguage(String language);

    CreatedToken createToken(String name, LocalDate expiresOn);

    List<TokenView> tokens();

    void revokeToken(UUID token);

    enum LinkStatus {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    enum LinkPurpose {
        INVITATION,
        PASSWORD_RESET
    }

    /** {@code existingAccount}: the person already has a password, so accepting an invitation only confirms it. */
    record LinkState(
            LinkStatus status, LinkPurpose purpose, String email, String displayName, boolean existingAccount) {

        static LinkState unknown() {
            return new LinkState(LinkStatus.UNKNOWN, null, null, null, false);
        }

        public boolean usable() {
            return status == LinkStatus.VALID;
        }
    }

    record AccountView(
            PersonId id,
            String email,
            String displayName,
            String language,
            boolean hasPassword,
            List<RoleGrant> grants) {}

    /**
     * The token itself is shown once, here, and never again: on the page after the redirect, so it travels there as
     * a flash attribute in the (serialised) session.
     */
    record CreatedToken(UUID id, String name, String token, Instant expiresAt) implements Serializable {}

    record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {
        public boolean usable(Instant now) {
            return !revoked && (expiresAt == null || expiresAt.isAfter(now));
        }
    }
}
