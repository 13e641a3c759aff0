package org.equicity.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.equicity.mail.Mailer;
import org.equicity.people.Access;
import org.equicity.people.People;
import org.equicity.people.PlaceNames;
import org.equicity.people.RoleGrant;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administration: the home page, everyone with an account, and the mail outbox. */
@Controller
class AdminController {

    static final int OUTBOX_SIZE = 200;

    record InviteAdminForm(String email, String displayName, String language) {}

    private final Access access;
    private final People people;
    private final Mailer mailer;
    private final PageForms forms;
    private final PlaceNames places;

    AdminController(Access access, People people, Mailer mailer, PageForms forms, PlaceNames places) {
        this.access = access;
        this.people = people;
        this.mailer = mailer;
        this.forms = forms;
        this.places = places;
    }

    @GetMapping("/admin")
    String home() {
        access.requirePlatformAdmin();
        return "people/admin-home";
    }

    @GetMapping("/admin/people")
    String everyone(Model model, Locale locale) {
        forms.errors(model);
        return peoplePage(model, new InviteAdminForm(null, null, locale.getLanguage()));
    }

    @PostMapping("/admin/people/invite")
    String inviteAdmin(InviteAdminForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var sent = people.invite(
                    new People.Invite(form.email(), form.displayName(), RoleGrant.platformAdmin(), form.language()));
            redirect.addFlashAttribute("notice", "people.admin.invited");
            redirect.addFlashAttribute("noticeArguments", new Object[] {sent.email()});
        } catch (RuleViolationException ex) {
            model.addAttribute("errors", forms.errors(ex));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return peoplePage(model, form);
        }
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/people/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(() -> people.deactivate(new PersonId(id)), "people.admin.deactivated", redirect);
    }

    @PostMapping("/admin/people/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(() -> people.reactivate(new PersonId(id)), "people.admin.reactivated", redirect);
    }

    @PostMapping("/admin/people/{id}/revoke")
    String revoke(@PathVariable UUID id, GrantFields grant, RedirectAttributes redirect) {
        return act(() -> people.revoke(new PersonId(id), grant.toGrant()), "people.admin.revoked", redirect);
    }

    private String act(Runnable action, String notice, RedirectAttributes redirect) {
        return forms.act(redirect, "/admin/people", notice, "error.conflict.text", action);
    }

    private String peoplePage(Model model, InviteAdminForm form) {
        model.addAttribute("everyone", people.everyone());
        model.addAttribute("places", places);
        model.addAttribute("form", form);
        model.addAttribute("me", access.current().map(Access.CurrentPerson::id).orElse(null));
        return "people/admin-people";
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        access.requirePlatformAdmin();
        model.addAttribute("mails", mailer.outbox(OUTBOX_SIZE));
        return "people/outbox";
    }
}
