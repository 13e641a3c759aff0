package org.equicity.practice.importing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Access;
import org.equicity.practice.ContributorId;
import org.equicity.practice.Contributors;
import org.equicity.practice.PracticeCollections.OwnerRef;
import org.equicity.practice.importing.PracticeImports;
import org.equicity.practice.importing.PracticeImports.Corrections;
import org.equicity.practice.importing.PracticeImports.ImportId;
import org.equicity.practice.importing.PracticeImports.ImportPreview;
import org.equicity.practice.importing.PracticeImports.Problem;
import org.equicity.practice.importing.PracticeImports.ProblemKind;
import org.equicity.practice.importing.PracticeImports.Upload;
import org.equicity.practice.importing.Section;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages for importing a compendium: the upload form, and the preview where it corrects owners, maps
 * unknown labels, deselects practices and confirms; while the import runs the preview shows its progress.
 */
@Controller
@RequestMapping("/manage/networks/{slug}/practice-imports")
class PracticeImportPages {

    private final PracticeImports imports;
    private final Networks networks;
    private final Contributors contributors;
    private final Access access;
    private final MessageSource messages;
    private final PageForms forms;

    PracticeImportPages(
            PracticeImports imports,
            Networks networks,
            Contributors contributors,
            Access access,
            MessageSource messages,
            PageForms forms) {
        this.imports = imports;
        this.networks = networks;
        this.contributors = contributors;
        this.access = access;
        this.messages = messages;
        this.forms = forms;
    }

    @ModelAttribute("network")
    NetworkDetails network(@PathVariable String slug) {
        var network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("Network", slug));
        access.requireNetworkManagement(network.id());
        return network;
    }

    @GetMapping
    String form(@ModelAttribute(name = "network", binding = false) NetworkDetails network, Model model) {
        model.addAttribute("form", Map.of());
        forms.errors(model);
        return "practice/import";
    }

    @PostMapping
    String upload(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam Map<String, String> form,
            Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw RuleViolationException.about("file", "practice.import.empty");
            }
            if (file.getSize() > PracticeImports.MAX_FILE_BYTES) {
                throw RuleViolationException.about(
                        "file", "practice.import.too-large", PracticeImports.MAX_FILE_BYTES / 1024 / 1024);
            }
            var id = imports.upload(
                    network.id(),
                    new Upload(
                            file.getOriginalFilename(),
                            file.getBytes(),
                            form.get("title"),
                            form.get("publisher"),
                            form.get("date"),
                            form.get("address"),
                            blankToNull(form.get("designatedBy")),
                            date(form.get("designatedOn"))));
            return "redirect:/manage/networks/" + network.slug() + "/practice-imports/" + id.value();
        } catch (RuleViolationException refused) {
            model.addAttribute("form", form);
            forms.errors(model).add(refused, refused.field() == null ? "file" : refused.field());
            return "practice/import";
        } catch (IOException unreadable) {
            model.addAttribute("form", form);
            forms.errors(model).add("file", "practice.import.unreadable");
            return "practice/import";
        }
    }

    @GetMapping("/{id}")
    String preview(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID id,
            Locale locale,
            Model model) {
        var preview = ofNetwork(network, id);
        model.addAttribute("preview", preview);
        model.addAttribute("problemTexts", problemTexts(preview, locale));
        model.addAttribute("outcomes", PracticeImports.Outcome.values());
        model.addAttribute("sections", Section.values());
        model.addAttribute(
                "members",
                networks.members(network.id()).stream()
                        .filter(Networks.Member::isCurrent)
                        .toList());
        model.addAttribute("contributors", contributors.ofNetwork(network.id()));
        return "practice/import-preview";
    }

    /**
     * Each problem in the reader's words; a practice that cannot be written names the rule it breaks in the words of
     * the practice form, with the field's label rather than its name in code.
     */
    private Map<Problem, String> problemTexts(ImportPreview preview, Locale locale) {
        var texts = new HashMap<Problem, String>();
        for (var practice : preview.practices()) {
            for (var problem : practice.problems()) {
                texts.computeIfAbsent(problem, shown -> {
                    var detail = shown.detail() == null ? "—" : shown.detail();
                    if (shown.kind() == ProblemKind.INVALID) {
                        var arguments = shown.arguments().toArray(Object[]::new);
                        // the rules of a practice's texts name their field first
                        var field =
                                arguments.length == 0 ? null : shown.arguments().get(0);
                        detail = ruleText(detail, arguments, field, locale);
                    }
                    return messages.getMessage(
                            "practice.import.problem." + shown.kind(), new Object[] {detail}, locale);
                });
            }
        }
        return texts;
    }

    /** A broken rule in the reader's words; where its first argument is the field it is about, the field's label. */
    private String ruleText(String key, Object[] arguments, @Nullable String field, Locale locale) {
        if (field != null && arguments.length > 0 && field.equals(arguments[0])) {
            arguments[0] = messages.getMessage("practice.field." + field, null, field, locale);
        }
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
    }

    @PostMapping("/{id}/corrections")
    String correct(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        var preview = ofNetwork(network, id);
        var owners = new HashMap<String, OwnerRef>();
        var labels = new HashMap<String, Section>();
        var deselected = new ArrayList<String>();
        var selected = form.getOrDefault("selected", List.of());
        for (var practice : preview.practices()) {
            owner(form.getFirst("owner:" + practice.key())).ifPresent(owner -> owners.put(practice.key(), owner));
            if (!selected.contains(practice.key())) {
                deselected.add(practice.key());
            }
        }
        for (var label : preview.unknownLabels()) {
            var section = form.getFirst("label:" + label);
            if (section != null && !section.isBlank()) {
                labels.put(label, Section.valueOf(section));
            }
        }
        try {
            imports.correct(
                    preview.id(),
                    new Corrections(owners, labels, deselected, Map.of(), form.containsKey("acceptSuggestedFields")));
            redirect.addFlashAttribute("notice", "practice.import.corrected");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/manage/networks/" + network.slug() + "/practice-imports/" + id;
    }

    @PostMapping("/{id}/confirm")
    String confirm(
            @ModelAttribute(name = "network", binding = false) NetworkDetails network,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        var preview = ofNetwork(network, id);
        try {
            imports.confirm(preview.id());
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/manage/networks/" + network.slug() + "/practice-imports/" + id;
    }

    /** An upload of another network is not found under this network's address. */
    private ImportPreview ofNetwork(NetworkDetails network, UUID id) {
        var preview = imports.preview(new ImportId(id));
        if (!preview.network().equals(network.id())) {
            throw new NotFoundException("Import", id);
        }
        return preview;
    }

    /** {@code city:<uuid>} or {@code contributor:<uuid>}, as the owner choices send them. */
    private static java.util.Optional<OwnerRef> owner(@Nullable String choice) {
        if (choice == null || !choice.contains(":")) {
            return java.util.Optional.empty();
        }
        try {
            var id = UUID.fromString(choice.substring(choice.indexOf(':') + 1));
            return java.util.Optional.of(
                    choice.startsWith("city:")
                            ? new OwnerRef(new CityId(id), null)
                            : new OwnerRef(null, new ContributorId(id)));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw RuleViolationException.about("designatedOn", "practice.rule.period", "designatedOn", text);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
