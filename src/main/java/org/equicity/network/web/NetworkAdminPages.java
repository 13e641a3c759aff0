package org.equicity.network.web;

import java.util.Locale;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.Access;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administration of networks: the list and creating a network. */
@Controller
class NetworkAdminPages {

    private final Networks networks;
    private final Access access;
    private final MessageSource messages;

    NetworkAdminPages(Networks networks, Access access, MessageSource messages) {
        this.networks = networks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin/networks")
    String list(Model model) {
        access.requirePlatformAdmin();
        return page(model, new NetworkForm());
    }

    @PostMapping("/admin/networks")
    String create(
            @ModelAttribute("form") NetworkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        access.requirePlatformAdmin();
        int period = FormErrors.number(
                result,
                "reportingPeriodYears",
                form.getReportingPeriodYears(),
                "network.error.reportingPeriodYears.range",
                1,
                10);
        if (result.hasErrors()) {
            return page(model, form);
        }
        try {
            var created = networks.create(new CreateNetwork(
                    form.getSlug(), form.getName(), form.getDescription(), form.getWebsite(), period));
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("network.admin.created", new Object[] {created.name()}, locale));
            return "redirect:/manage/networks/" + created.slug() + "/people";
        } catch (RuleViolationException violation) {
            FormErrors.attach(result, violation);
            return page(model, form);
        }
    }

    private String page(Model model, NetworkForm form) {
        model.addAttribute("networks", networks.all());
        model.addAttribute("form", form);
        return "network/admin/networks";
    }
}
