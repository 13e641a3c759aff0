package org.equicity.people;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in person. It carries only who the person is: what they may do is read from the
 * stored grants on every check (see {@link AccessRules}), so that a revoked role stops working at once. The
 * authorities are a snapshot used for navigation only.
 */
class SignedIn implements UserDetails, CredentialsContainer {

    private final UUID personId;
    private final String email;
    private final String displayName;
    private final boolean active;
    private final Set<GrantedAuthority> authorities;
    private String passwordHash;

    SignedIn(Person person) {
        this.personId = person.id().value();
        this.email = person.email();
        this.displayName = person.displayName();
        this.active = person.isActive();
        this.passwordHash = person.passwordHash();
        this.authorities = person.grants().stream()
                .map(grant -> new SimpleGrantedAuthority("ROLE_" + grant.role().name()))
                .collect(Collectors.toUnmodifiableSet());
    }

    UUID personId() {
        return personId;
    }

    String displayName() {
        return displayName;
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
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
