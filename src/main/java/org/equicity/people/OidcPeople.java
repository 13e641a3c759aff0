package org.equicity.people;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches a sign-in at a city's identity provider to an existing, active person by verified email address. There
 * is no self-registration: people are invited; an unknown or unverified address is refused.
 */
class OidcPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN = "equicity_unknown_person";

    private final OidcUserService provider = new OidcUserService();
    private final PersonRepository people;
    private final TransactionTemplate transactions;

    OidcPeople(PersonRepository people, TransactionTemplate transactions) {
        this.people = people;
        this.transactions = transactions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        var email = user.getEmail();
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw refused();
        }
        var signedIn = transactions.execute(status -> people.findByEmail(Person.normalise(email))
                .filter(Person::isActive)
                .map(person -> new SignedIn(person, user.getIdToken(), user.getUserInfo()))
                .orElse(null));
        if (signedIn == null) {
            throw refused();
        }
        return signedIn;
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN));
    }
}
