package org.equicity.people;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a signed-in person, the same whether they signed in with a password, an API token or an
 * OpenID Connect provider (then it also carries the provider's ID token). It carries only who the person is: what
 * they may do is read from the stored grants on every check (see {@link AccessRules}), so that a revoked role stops
 * working at once. The authorities are a snapshot used for navigation only.
 *
 * <p>It is serialised into the session, which lives in the database shared by every node: what it holds must stay
 * serialisable, and a change to its fields must come with a new {@code serialVersionUID} so that sessions written by
 * the previous version are dropped (the person signs in again) rather than read wrongly.
 */
class SignedIn implements UserDetails, OidcUser, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID personId;
    private final String email;
    private final String displayName;
    private final String language;
    private final boolean active;
    private final Set<GrantedAuthority> authorities;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private String passwordHash;

    SignedIn(Person person) {
        this(person, null, null);
    }

    SignedIn(Person person, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.personId = person.id().value();
        this.email = person.email();
        this.displayName = person.displayName();
        this.language = person.language();
        this.active = person.isActive();
        this.passwordHash = person.passwordHash();
        this.authorities = person.grants().stream()
                .map(grant -> new SimpleGrantedAuthority("ROLE_" + grant.role().name()))
                .collect(Collectors.toUnmodifiableSet());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    UUID personId() {
        return personId;
    }

    String displayName() {
        return displayName;
    }

    String language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }
}
