package org.equicity.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the failure limit in front of it. Every failure looks the same from outside (unknown
 * address, wrong password, deactivated account, no password set yet), so the form never tells whether an account
 * exists.
 */
class PasswordLogin implements AuthenticationProvider {

    /** Too many failures: the account or the client address is locked for a while. */
    static final class Throttled extends AuthenticationException {
        Throttled() {
            super("Too many failed sign-ins");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    PasswordLogin(PersonRepository people, PasswordEncoder encoder, LoginThrottle throttle) {
        UserDetailsService accounts = email -> people.findByEmail(Person.normalise(email))
                .filter(Person::hasPassword)
                .map(SignedIn::new)
                .orElseThrow(() -> new UsernameNotFoundException("No password sign-in"));
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var account = Person.normalise(String.valueOf(authentication.getName()));
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        // Counted before the password is checked, so that parallel guesses cannot pass the limit.
        if (!throttle.attempt(account, address)) {
            throw new Throttled();
        }
        try {
            var result = passwords.authenticate(authentication);
            throttle.succeeded(account, address);
            return result;
        } catch (AuthenticationException ex) {
            throttle.forgetStale();
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
