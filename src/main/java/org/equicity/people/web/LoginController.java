package org.equicity.people.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** A configured identity provider, as a "Sign in with ..." button. */
    record Provider(String id, String name) {}

    private final List<Provider> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        var found = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration client) {
                    found.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        found.sort(Comparator.comparing(Provider::name));
        this.providers = List.copyOf(found);
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "people/login";
    }
}
