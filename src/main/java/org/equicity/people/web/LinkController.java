package org.equicity.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.equicity.people.Accounts;
import org.equicity.people.Accounts.LinkPurpose;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages behind one-time links: accepting an invitation (also the first-start setup) and resetting a forgotten
 * password. A link that is unknown, expired or used shows a page saying so and what to do next.
 */
@Controller
class LinkController {

    record InvitationForm(String displayName, String password, String passwordRepeat) {}

    record ResetForm(String password, String passwordRepeat) {}

    record ResetRequest(String email) {}

    private final Accounts accounts;
    private final SessionSignIn sessions;
    private final PageForms forms;

    LinkController(Accounts accounts, SessionSignIn sessions, PageForms forms) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.forms = forms;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        var link = accounts.checkLink(token);
        model.addAttribute("token", token);
        if (!usable(link, LinkPurpose.INVITATION, model, response)) {
            return "people/link-invalid";
        }
        model.addAttribute("link", link);
        if (link.existingAccount()) {
            return "people/invitation-accept";
        }
        model.addAttribute("form", new InvitationForm(link.displayName(), null, null));
        return "people/invitation";
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(
            @PathVariable String token,
            InvitationForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var link = accounts.checkLink(token);
        model.addAttribute("token", token);
        if (!usable(link, LinkPurpose.INVITATION, model, response)) {
            return "people/link-invalid";
        }
        if (link.existingAccount()) {
            // Someone with an account only confirms: the role is theirs at their next sign-in.
            accounts.acceptInvitation(token);
            redirect.addFlashAttribute("notice", "people.invitation.accepted");
            return "redirect:/login";
        }
        try {
            requireRepeated(form.password(), form.passwordRepeat());
            var person = accounts.acceptInvitation(token, form.displayName(), form.password());
            sessions.signIn(person, request, response);
            redirect.addFlashAttribute("notice", "people.invitation.welcome");
            return "redirect:/account";
        } catch (RuleViolationException ex) {
            model.addAttribute("link", link);
            model.addAttribute("form", new InvitationForm(form.displayName(), null, null));
            model.addAttribute("errors", forms.errors(ex));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "people/invitation";
        }
    }

    @GetMapping("/password-reset")
    String resetRequestForm(Model model) {
        model.addAttribute("form", new ResetRequest(null));
        return "people/reset-request";
    }

    @PostMapping("/password-reset")
    String requestReset(ResetRequest form, RedirectAttributes redirect) {
        accounts.requestPasswordReset(form.email());
        // The same answer whether or not the address has an account: the page must not reveal who is registered.
        redirect.addFlashAttribute("notice", "people.reset.sent");
        return "redirect:/login";
    }

    @GetMapping("/password-reset/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        var link = accounts.checkLink(token);
        model.addAttribute("token", token);
        if (!usable(link, LinkPurpose.PASSWORD_RESET, model, response)) {
            return "people/link-invalid";
        }
        model.addAttribute("link", link);
        model.addAttribute("form", new ResetForm(null, null));
        return "people/reset";
    }

    @PostMapping("/password-reset/{token}")
    String reset(
            @PathVariable String token,
            ResetForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var link = accounts.checkLink(token);
        model.addAttribute("token", token);
        if (!usable(link, LinkPurpose.PASSWORD_RESET, model, response)) {
            return "people/link-invalid";
        }
        try {
            requireRepeated(form.password(), form.passwordRepeat());
            var person = accounts.resetPassword(token, form.password());
            sessions.signIn(person, request, response);
            redirect.addFlashAttribute("notice", "people.reset.done");
            return "redirect:/account";
        } catch (RuleViolationException ex) {
            model.addAttribute("link", link);
            model.addAttribute("form", new ResetForm(null, null));
            model.addAttribute("errors", forms.errors(ex));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "people/reset";
        }
    }

    private static boolean usable(
            Accounts.LinkState link, LinkPurpose purpose, Model model, HttpServletResponse response) {
        if (link.usable() && link.purpose() == purpose) {
            return true;
        }
        var reason = link.purpose() == purpose ? link.status().name().toLowerCase(Locale.ROOT) : "unknown";
        model.addAttribute("reason", reason);
        model.addAttribute("purpose", purpose == LinkPurpose.INVITATION ? "invitation" : "reset");
        response.setStatus(reason.equals("unknown") ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        return false;
    }

    static void requireRepeated(String password, String repeat) {
        if (password != null && !password.equals(repeat)) {
            throw RuleViolationException.about("password", "people.password.mismatch");
        }
    }
}
