package org.equicity.practice.web;

import java.util.UUID;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.practice.CallId;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeCalls.CallView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PageForms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's calls for practices: the list with the form to open one, and each call with the member cities that
 * answered and those that did not, where it is closed and its answers compiled. Reviewers read them too.
 */
@Controller
@RequestMapping("/manage/networks/{slug}/calls")
class NetworkCallPages {

    private final PracticeCalls calls;
    private final Access access;
    private final PracticeVocabulary vocabulary;
    private final PageForms forms;

    NetworkCallPages(PracticeCalls calls, Access access, PracticeVocabulary vocabulary, PageForms forms) {
        this.calls = calls;
        this.access = access;
        this.vocabulary = vocabulary;
        this.forms = forms;
    }

    /** Only the network's secretariat and reviewers follow its calls here; cities answer under their own address. */
    @ModelAttribute
    void overseen(NetworkDetails network) {
        if (!access.isReviewer(network.id())) {
            access.requireNetworkManagement(network.id());
        }
    }

    @GetMapping
    String list(NetworkDetails network, Model model) {
        forms.errors(model);
        return list(network, CallForm.BLANK, model);
    }

    @PostMapping
    String open(
            NetworkDetails network,
            @ModelAttribute("form") CallForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkManagement(network.id());
        return forms.save(
                forms.errors(binding, model),
                model,
                redirect,
                "practice.call.opened",
                () -> path(network, calls.open(network.id(), form.details())),
                conflict -> list(network, form, model));
    }

    @GetMapping("/{id}")
    String call(NetworkDetails network, @PathVariable UUID id, Model model) {
        model.addAttribute("call", ofNetwork(network, id));
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/call";
    }

    @PostMapping("/{id}/close")
    String close(NetworkDetails network, @PathVariable UUID id, RedirectAttributes redirect) {
        var call = ofNetwork(network, id);
        return forms.act(
                redirect,
                path(network, call.summary().id()),
                "practice.call.closed",
                "practice.conflict.title",
                () -> calls.close(call.summary().id()));
    }

    private static String path(NetworkDetails network, CallId call) {
        return "/manage/networks/" + network.slug() + "/calls/" + call.value();
    }

    /** A call of another network is not found under this network's address. */
    private CallView ofNetwork(NetworkDetails network, UUID id) {
        var call = calls.call(new CallId(id));
        if (!call.summary().network().equals(network.id())) {
            throw new NotFoundException("Call", id);
        }
        return call;
    }

    private String list(NetworkDetails network, CallForm form, Model model) {
        model.addAttribute("calls", calls.ofNetwork(network.id()));
        model.addAttribute("form", form);
        model.addAttribute("canOpen", access.canManageNetwork(network.id()));
        vocabulary.addTo(model, LocaleContextHolder.getLocale());
        return "practice/calls";
    }
}
