package org.equicity.shared.web;

import java.util.function.Supplier;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page handles a form: what the form could not read or its own constraints refuse, then the facade's
 * broken rule, are shown beside what the person typed; a concurrent edit shows the form again with {@code conflict}
 * set, so that the page can show what is stored now and let the person save over it; a saved form redirects with a
 * notice ({@code forms :: notices}). A change without a form of its own (a button) redirects either way, with the
 * notice or the problem.
 */
@Component
public class PageForms {

    /** Shows the form again; {@code conflict} when someone else saved since the person opened it. */
    @FunctionalInterface
    public interface FormPage {
        String show(boolean conflict);
    }

    private final MessageSource messages;

    PageForms(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * No errors yet, for a form shown for the first time; or, for a form shown again because its upload was above the
     * server's limit ({@link UploadLimitFilter}), that reason beside the field {@code file}.
     */
    public FormErrors errors(Model model) {
        var errors = new FormErrors(messages, LocaleContextHolder.getLocale(), null);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getRequest().getAttribute(UploadLimitFilter.REFUSED) instanceof Long megabytes) {
            errors.add("file", "problem.upload-too-large", megabytes);
        }
        model.addAttribute("errors", errors);
        return errors;
    }

    /** The broken rule of one of several forms on a page, which the page shows under a name of its own. */
    public FormErrors errors(RuleViolationException broken) {
        return new FormErrors(messages, LocaleContextHolder.getLocale(), null).add(broken);
    }

    /** The errors of a form just sent: the values it could not read and its own constraints. */
    public FormErrors errors(BindingResult binding, Model model) {
        var errors =
                new FormErrors(messages, LocaleContextHolder.getLocale(), module(binding.getTarget())).add(binding);
        model.addAttribute("errors", errors);
        return errors;
    }

    /**
     * Saves through {@code change} unless the form has errors already, and redirects to the address it answers with
     * the {@code notice} (a message key, or null where {@code change} flashed a notice of its own); otherwise shows
     * the form again with the errors or the conflict.
     */
    public String save(
            FormErrors errors,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Supplier<String> change,
            FormPage page) {
        if (errors.isEmpty()) {
            try {
                var address = change.get();
                if (notice != null) {
                    redirect.addFlashAttribute("notice", notice);
                }
                return "redirect:" + address;
            } catch (RuleViolationException broken) {
                errors.add(broken);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                model.addAttribute("conflict", true);
                return page.show(true);
            }
        }
        var shown = page.show(false);
        errors.keepTyped(model);
        return shown;
    }

    /**
     * A change without a form (a button): redirects to {@code address} with the {@code notice}, or with the broken
     * rule as the {@code problem}, or after a concurrent edit with {@code conflict} (a message key) as the problem.
     */
    public String act(RedirectAttributes redirect, String address, String notice, String conflict, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute(
                    "problemArguments", FormErrors.arguments(messages, LocaleContextHolder.getLocale(), null, refused));
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            redirect.addFlashAttribute("problem", conflict);
        }
        return "redirect:" + address;
    }

    /** The module a form belongs to, {@code report} for {@code org.equicity.report.web.ActionForm}. */
    private static String module(Object form) {
        if (form == null) {
            return null;
        }
        var parts = form.getClass().getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : null;
    }
}
