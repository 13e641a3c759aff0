package org.equicity.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.equicity.people.Accounts;
import org.equicity.people.PlaceNames;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: name, language, password and personal API tokens. */
@Controller
class AccountController {

    record ProfileForm(String displayName, String language) {}

    record PasswordForm(String currentPassword, String password, String passwordRepeat) {}

    record TokenForm(String name, String expiresOn) {}

    private final Accounts accounts;
    private final PageForms forms;
    private final LocaleResolver locales;

    private final PlaceNames places;
    private final Clock clock;

    AccountController(Accounts accounts, PageForms forms, LocaleResolver locales, PlaceNames places, Clock clock) {
        this.clock = clock;
        this.places = places;
        this.accounts = accounts;
        this.forms = forms;
        this.locales = locales;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/account/profile")
    String updateProfile(
            ProfileForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.updateProfile(form.displayName(), form.language());
        } catch (RuleViolationException ex) {
            model.addAttribute("errors", forms.errors(ex));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form, null);
        }
        locales.setLocale(request, response, Locale.forLanguageTag(accounts.me().language()));
        redirect.addFlashAttribute("notice", "people.account.profile.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(PasswordForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            LinkController.requireRepeated(form.password(), form.passwordRepeat());
            accounts.changePassword(form.currentPassword(), form.password());
        } catch (RuleViolationException ex) {
            model.addAttribute("passwordErrors", forms.errors(ex));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, null, null);
        }
        redirect.addFlashAttribute("notice", "people.account.password.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(TokenForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var created = accounts.createToken(form.name(), expiry(form.expiresOn()));
            redirect.addFlashAttribute("createdToken", created);
        } catch (RuleViolationException ex) {
            model.addAttribute("tokenErrors", forms.errors(ex));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, null, form);
        }
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.revokeToken(id);
        redirect.addFlashAttribute("notice", "people.account.token.revoked");
        return "redirect:/account#tokens";
    }

    private static LocalDate expiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            throw RuleViolationException.about("expiresOn", "people.token.expiry-invalid");
        }
    }

    /** The profile's errors are the page's {@code errors}, as its fields are the shared ones; the other forms name theirs. */
    private String page(Model model, ProfileForm profile, TokenForm token) {
        if (!model.containsAttribute("errors")) {
            forms.errors(model);
        }
        var me = accounts.me();
        model.addAttribute("me", me);
        model.addAttribute("places", places);
        model.addAttribute("profile", profile != null ? profile : new ProfileForm(me.displayName(), me.language()));
        model.addAttribute("tokenForm", token != null ? token : new TokenForm(null, null));
        model.addAttribute("tokens", accounts.tokens());
        model.addAttribute("now", clock.instant());
        return "people/account";
    }
}
