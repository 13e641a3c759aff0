package org.equicity.network.web;

import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.Access;
import org.equicity.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final PageForms forms;
    private final MessageSource messages;

    NetworkAdminPages(Networks networks, Access access, PageForms forms, MessageSource messages) {
        this.messages = messages;
        this.networks = networks;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/admin/networks")
    String list(Model model) {
        access.requirePlatformAdmin();
        forms.errors(model);
        return page(model, NetworkForm.blank());
    }

    @PostMapping("/admin/networks")
    String create(
            @ModelAttribute("form") NetworkForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        access.requirePlatformAdmin();
        var errors = forms.errors(binding, model);
        int period = form.period(errors);
        return forms.save(
                errors,
                model,
                redirect,
                null,
                () -> {
                    var created = networks.create(
                            new CreateNetwork(form.slug(), form.name(), form.description(), form.website(), period));
                    redirect.addFlashAttribute(
                            "notice",
                            messages.getMessage(
                                    "network.admin.created",
                                    new Object[] {created.name()},
                                    LocaleContextHolder.getLocale()));
                    return "/manage/networks/" + created.slug() + "/people";
                },
                conflict -> page(model, form));
    }

    private String page(Model model, NetworkForm form) {
        model.addAttribute("networks", networks.all());
        model.addAttribute("form", form);
        return "network/admin/networks";
    }
}
