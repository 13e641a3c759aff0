package org.equicity.plan.web;

import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.support.PlanFormErrors;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.equicity.translation.LanguageChoice;
import org.equicity.translation.Languages;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's own pages for its action plans: the list, the plan with its commitments and actions, the forms and the
 * history. Only the city's people see them; the facade decides who may write.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans")
class PlanPages {

    private static final Map<String, String> FIELDS = Map.of(
            "decisionDate", "date",
            "decisionReference", "reference",
            "decisionLink", "link",
            "currency", "budgetCurrency",
            "externalBodies", "coordinationExternal");

    private final Plans plans;
    private final Cities cities;
    private final Frameworks frameworks;
    private final MessageSource messages;
    private final Translations translations;
    private final Clock clock;

    PlanPages(
            Plans plans,
            Cities cities,
            Frameworks frameworks,
            MessageSource messages,
            Translations translations,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.cities = cities;
        this.frameworks = frameworks;
        this.messages = messages;
        this.translations = translations;
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!plans.canSeeDrafts(city.id())) {
            throw new AccessDeniedException("Plans are managed by the city's people");
        }
        return city;
    }

    @ModelAttribute("languageChoices")
    List<LanguageChoice> languageChoices(
            @ModelAttribute(name = "city", binding = false) CitySummary city, Locale locale) {
        return Languages.choices(locale, city.mainLanguage());
    }

    // The list and a new plan

    @GetMapping
    String list(@ModelAttribute(name = "city", binding = false) CitySummary city, Model model) {
        model.addAttribute("plans", plans.ofCity(city.id()));
        model.addAttribute("canWrite", plans.canWrite(city.id()));
        return "plan/list";
    }

    @GetMapping("/new")
    String newPlan(@ModelAttribute(name = "city", binding = false) CitySummary city, Model model) {
        var form = new PlanForm();
        var year = Year.now(clock).getValue();
        form.setStartYear(year);
        form.setEndYear(year + 3);
        form.setCommitmentsFramework("eccar-commitments@2023");
        form.setTracksFramework("eccar-tracks@2023");
        form.setLanguage(city.mainLanguage());
        return planForm(city, form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/new")
    String createPlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                var id = plans.create(new NewPlan(
                        city.id(),
                        form.details(),
                        framework(form.getCommitmentsFramework()),
                        framework(form.getTracksFramework()),
                        form.getPreviousPlan() == null || form.getPreviousPlan().isBlank()
                                ? null
                                : PlanId.parse(form.getPreviousPlan())));
                redirect.addFlashAttribute("notice", "plan.notice.created");
                warnLanguage(redirect, form.getLanguage(), planPath(city, id) + "/edit", form.getTitle());
                return "redirect:/manage/cities/" + city.slug() + "/plans/" + id.value();
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            } catch (IllegalArgumentException notAnId) {
                errors.add(new RuleViolationException("plan.rule.previous"), FIELDS);
            }
        }
        return planForm(city, form, errors, model);
    }

    private String planForm(CitySummary city, PlanForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("previousPlans", plans.ofCity(city.id()));
        return "plan/plan-form";
    }

    private static FrameworkRef framework(String text) {
        try {
            return FrameworkRef.parse(text);
        } catch (IllegalArgumentException | NullPointerException notAReference) {
            throw new RuleViolationException("plan.rule.framework", String.valueOf(text));
        }
    }

    // The plan

    @GetMapping("/{planId}")
    String plan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var view = load(city, planId);
        model.addAttribute("texts", translations.forReader(PlanTexts.of(view), locale, originals));
        return planPage(view, new DecisionForm(), PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    private String planPage(PlanView view, DecisionForm decision, FormErrors errors, Model model) {
        if (!model.containsAttribute("texts")) {
            model.addAttribute(
                    "texts", translations.forReader(PlanTexts.of(view), LocaleContextHolder.getLocale(), false));
        }
        model.addAttribute("plan", view);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "successors",
                plans.ofCity(view.city()).stream()
                        .filter(other -> !other.id().equals(view.id()))
                        .filter(other ->
                                other.state() == PlanState.ADOPTED || other.state() == PlanState.IN_IMPLEMENTATION)
                        .toList());
        return "plan/plan";
    }

    @GetMapping("/{planId}/edit")
    String editPlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city, @PathVariable UUID planId, Model model) {
        var view = load(city, planId);
        var form = new PlanForm();
        form.fill(view.details(), view.version());
        model.addAttribute("plan", view);
        return planForm(city, form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/edit")
    String updatePlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        model.addAttribute("plan", view);
        if (errors.isEmpty()) {
            try {
                plans.update(view.id(), form.getVersion(), form.details());
                redirect.addFlashAttribute("notice", "plan.notice.saved");
                warnLanguage(redirect, form.getLanguage(), planPath(city, view.id()) + "/edit", form.getTitle());
                return "redirect:" + planPath(city, view.id());
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                var stored = load(city, planId);
                model.addAttribute("plan", stored);
                model.addAttribute("conflict", true);
                form.setVersion(stored.version());
            }
        }
        return planForm(city, form, errors, model);
    }

    @PostMapping("/{planId}/consultation")
    String openConsultation(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            RedirectAttributes redirect) {
        return transition(city, planId, redirect, "plan.notice.consultation", plans::openConsultation);
    }

    @PostMapping("/{planId}/implementation")
    String startImplementation(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            RedirectAttributes redirect) {
        return transition(city, planId, redirect, "plan.notice.implementation", plans::startImplementation);
    }

    @PostMapping("/{planId}/closure")
    String close(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            RedirectAttributes redirect) {
        return transition(city, planId, redirect, "plan.notice.closed", plans::close);
    }

    @PostMapping("/{planId}/supersession")
    String supersede(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @RequestParam(name = "by", required = false) UUID by,
            RedirectAttributes redirect) {
        return transition(city, planId, redirect, "plan.notice.superseded", id -> {
            if (by == null) {
                throw new RuleViolationException("plan.rule.successor");
            }
            plans.supersede(id, new PlanId(by));
        });
    }

    private String transition(
            CitySummary city, UUID planId, RedirectAttributes redirect, String notice, Consumer<PlanId> move) {
        var view = load(city, planId);
        try {
            move.accept(view.id());
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:" + planPath(city, view.id());
    }

    @PostMapping("/{planId}/adoption")
    String adopt(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @ModelAttribute("decision") DecisionForm decision,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                plans.adopt(view.id(), decision.decision());
                redirect.addFlashAttribute("notice", "plan.notice.adopted");
                return "redirect:" + planPath(city, view.id());
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            }
        }
        return planPage(view, decision, errors, model);
    }

    @GetMapping("/{planId}/history")
    String history(
            @ModelAttribute(name = "city", binding = false) CitySummary city, @PathVariable UUID planId, Model model) {
        var view = load(city, planId);
        model.addAttribute("plan", view);
        model.addAttribute("history", plans.history(view.id()));
        return "plan/history";
    }

    // Commitments

    @GetMapping("/{planId}/commitments/new")
    String newCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city, @PathVariable UUID planId, Model model) {
        var view = load(city, planId);
        var form = new CommitmentForm();
        form.setLanguage(view.details().language());
        return commitmentForm(view, null, form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/commitments/new")
    String addCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @ModelAttribute("form") CommitmentForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        return save(
                view,
                city,
                PlanFormErrors.of(messages, locale).add(binding),
                redirect,
                () -> plans.addCommitment(view.id(), form.content()),
                () -> commitmentForm(view, null, form, null, model),
                model,
                form.getLanguage(),
                String.join("\n", nonNull(form.getOwnTitle(), form.getGoal(), form.getTargetGroups())));
    }

    @GetMapping("/{planId}/commitments/{commitmentId}/edit")
    String editCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID commitmentId,
            Model model) {
        var view = load(city, planId);
        var commitment = view.commitment(new CommitmentId(commitmentId))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var form = new CommitmentForm();
        form.fill(commitment.content(), commitment.version());
        return commitmentForm(view, commitment.id(), form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/commitments/{commitmentId}/edit")
    String updateCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID commitmentId,
            @ModelAttribute("form") CommitmentForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var id = new CommitmentId(commitmentId);
        view.commitment(id).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                plans.updateCommitment(view.id(), id, form.getVersion(), form.content());
                redirect.addFlashAttribute("notice", "plan.notice.saved");
                warnLanguage(
                        redirect,
                        form.getLanguage(),
                        editPath(city, view.id(), id),
                        form.getOwnTitle(),
                        form.getGoal(),
                        form.getTargetGroups());
                return "redirect:" + planPath(city, view.id()) + "#commitment-" + commitmentId;
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                var stored = load(city, planId);
                var current = stored.commitment(id).orElseThrow(() -> new NotFoundException("Commitment", id));
                model.addAttribute("conflict", true);
                model.addAttribute("stored", current);
                form.setVersion(current.version());
                return commitmentForm(stored, id, form, errors, model);
            }
        }
        return commitmentForm(view, id, form, errors, model);
    }

    private String commitmentForm(PlanView view, CommitmentId id, CommitmentForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("commitmentId", id);
        model.addAttribute("form", form);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "plan/commitment-form";
    }

    // Actions

    @GetMapping("/{planId}/commitments/{commitmentId}/actions/new")
    String newAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID commitmentId,
            Model model) {
        var view = load(city, planId);
        var commitment = new CommitmentId(commitmentId);
        view.commitment(commitment).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var form = new ActionForm();
        form.setStatus(ActionStatus.PLANNED);
        form.setLanguage(view.details().language());
        return actionForm(view, commitment, null, form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/commitments/{commitmentId}/actions/new")
    String addAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID commitmentId,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var commitment = new CommitmentId(commitmentId);
        view.commitment(commitment).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        return save(
                view,
                city,
                PlanFormErrors.of(messages, locale).add(binding),
                redirect,
                () -> plans.addAction(view.id(), commitment, form.content()),
                () -> actionForm(view, commitment, null, form, null, model),
                model,
                form.getLanguage(),
                String.join("\n", nonNull(form.getTitle(), form.getDescription(), form.getTargetGroups())));
    }

    @GetMapping("/{planId}/actions/{actionId}/edit")
    String editAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID actionId,
            Model model) {
        var view = load(city, planId);
        var action = view.action(new ActionId(actionId)).orElseThrow(() -> new NotFoundException("Action", actionId));
        var form = new ActionForm();
        form.fill(action.content(), action.version());
        return actionForm(
                view, action.commitment(), action.id(), form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/actions/{actionId}/edit")
    String updateAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID actionId,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var id = new ActionId(actionId);
        var action = view.action(id).orElseThrow(() -> new NotFoundException("Action", actionId));
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                plans.updateAction(view.id(), id, form.getVersion(), form.content());
                redirect.addFlashAttribute("notice", "plan.notice.saved");
                warnLanguage(
                        redirect,
                        form.getLanguage(),
                        editPath(city, view.id(), id),
                        form.getTitle(),
                        form.getDescription(),
                        form.getTargetGroups());
                return "redirect:" + planPath(city, view.id()) + "#action-" + actionId;
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                var stored = load(city, planId);
                var current = stored.action(id).orElseThrow(() -> new NotFoundException("Action", id));
                model.addAttribute("conflict", true);
                model.addAttribute("stored", current);
                form.setVersion(current.version());
                return actionForm(stored, current.commitment(), id, form, errors, model);
            }
        }
        return actionForm(view, action.commitment(), id, form, errors, model);
    }

    private String actionForm(
            PlanView view, CommitmentId commitment, ActionId id, ActionForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("commitment", view.commitment(commitment).orElseThrow());
        model.addAttribute("actionId", id);
        model.addAttribute("action", id == null ? null : view.action(id).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("statuses", List.of(ActionStatus.values()));
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "plan/action-form";
    }

    // Needs

    @GetMapping("/{planId}/needs")
    String needs(
            @ModelAttribute(name = "city", binding = false) CitySummary city, @PathVariable UUID planId, Model model) {
        model.addAttribute("plan", load(city, planId));
        return "plan/needs";
    }

    @GetMapping("/{planId}/needs/new")
    String newNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city, @PathVariable UUID planId, Model model) {
        var view = load(city, planId);
        var form = new NeedForm();
        form.setLanguage(view.details().language());
        return needForm(view, null, form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/needs/new")
    String addNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @ModelAttribute("form") NeedForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                var need = plans.addNeed(view.id(), form.content());
                redirect.addFlashAttribute("notice", "plan.notice.need-saved");
                warnLanguage(
                        redirect,
                        form.getLanguage(),
                        editPath(city, view.id(), need),
                        form.getDescription(),
                        form.getParticipants());
                return "redirect:" + planPath(city, view.id()) + "/needs";
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            }
        }
        return needForm(view, null, form, errors, model);
    }

    @GetMapping("/{planId}/needs/{needId}/edit")
    String editNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID needId,
            Model model) {
        var view = load(city, planId);
        var need = view.need(new NeedId(needId)).orElseThrow(() -> new NotFoundException("Need", needId));
        var form = new NeedForm();
        form.fill(need.content(), need.version());
        return needForm(view, need.id(), form, PlanFormErrors.of(messages, Locale.ROOT), model);
    }

    @PostMapping("/{planId}/needs/{needId}/edit")
    String updateNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @PathVariable UUID planId,
            @PathVariable UUID needId,
            @ModelAttribute("form") NeedForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var view = load(city, planId);
        var id = new NeedId(needId);
        view.need(id).orElseThrow(() -> new NotFoundException("Need", needId));
        var errors = PlanFormErrors.of(messages, locale).add(binding);
        if (errors.isEmpty()) {
            try {
                plans.updateNeed(view.id(), id, form.getVersion(), form.content());
                redirect.addFlashAttribute("notice", "plan.notice.need-saved");
                warnLanguage(
                        redirect,
                        form.getLanguage(),
                        editPath(city, view.id(), id),
                        form.getDescription(),
                        form.getParticipants());
                return "redirect:" + planPath(city, view.id()) + "/needs";
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                var stored = load(city, planId);
                var current = stored.need(id).orElseThrow(() -> new NotFoundException("Need", id));
                model.addAttribute("conflict", true);
                model.addAttribute("stored", current);
                form.setVersion(current.version());
                return needForm(stored, id, form, errors, model);
            }
        }
        return needForm(view, id, form, errors, model);
    }

    private String needForm(PlanView view, NeedId id, NeedForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("needId", id);
        model.addAttribute("form", form);
        model.addAttribute("methods", List.of(NeedMethod.values()));
        model.addAttribute("errors", errors);
        return "plan/need-form";
    }

    // Helpers

    /** Adds something new; on a broken rule the form comes back with what was typed. */
    private String save(
            PlanView view,
            CitySummary city,
            FormErrors errors,
            RedirectAttributes redirect,
            Supplier<Object> add,
            Supplier<String> form,
            Model model,
            String language,
            String text) {
        if (errors.isEmpty()) {
            try {
                var created = add.get();
                redirect.addFlashAttribute("notice", "plan.notice.saved");
                warnLanguage(redirect, language, editPath(city, view.id(), created), text);
                return "redirect:" + planPath(city, view.id()) + "#" + anchor(created);
            } catch (RuleViolationException violation) {
                errors.add(violation, FIELDS);
            }
        }
        model.addAttribute("errors", errors);
        return form.get();
    }

    /**
     * After a save, warns (without undoing anything) when the texts read clearly like another language than the one
     * chosen for them, with a link back to the form to change it.
     */
    private void warnLanguage(RedirectAttributes redirect, String language, String editPath, String... texts) {
        var text = String.join("\n", nonNull(texts));
        translations
                .languageWarning(text, language, editPath + "#language")
                .ifPresent(warning -> redirect.addFlashAttribute("languageWarning", warning));
    }

    private static List<String> nonNull(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).toList();
    }

    private static String editPath(CitySummary city, PlanId plan, Object subject) {
        if (subject instanceof CommitmentId commitment) {
            return planPath(city, plan) + "/commitments/" + commitment.value() + "/edit";
        }
        if (subject instanceof ActionId action) {
            return planPath(city, plan) + "/actions/" + action.value() + "/edit";
        }
        if (subject instanceof NeedId need) {
            return planPath(city, plan) + "/needs/" + need.value() + "/edit";
        }
        return planPath(city, plan) + "/edit";
    }

    private static String anchor(Object created) {
        if (created instanceof CommitmentId commitment) {
            return "commitment-" + commitment.value();
        }
        if (created instanceof ActionId action) {
            return "action-" + action.value();
        }
        return "main";
    }

    private PlanView load(CitySummary city, UUID planId) {
        var view = plans.plan(new PlanId(planId));
        if (!view.city().equals(city.id())) {
            throw new NotFoundException("Plan", planId);
        }
        return view;
    }

    private static String planPath(CitySummary city, PlanId plan) {
        return "/manage/cities/" + city.slug() + "/plans/" + plan.value();
    }
}
