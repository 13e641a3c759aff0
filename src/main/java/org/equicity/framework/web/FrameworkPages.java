package org.equicity.framework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.equicity.framework.CrosswalkLink;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the framework catalogue: the list, one version with all its items, and the crosswalk. */
@Controller
class FrameworkPages {

    /** Item headings start below the page's h1; deeper sub-items stop at h6. */
    private static final int FIRST_ITEM_LEVEL = 2;

    private final Frameworks frameworks;

    FrameworkPages(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    record VersionRow(String id, String version, Shown name, Shown description, String source, boolean inUse) {}

    /** One framework id with its versions, newest first; named after its newest version. */
    record Group(String id, Shown name, List<VersionRow> versions) {}

    record ItemLink(String href, String code, Shown label, Shown framework, Shown note) {}

    record ItemView(
            String code,
            Shown label,
            Shown description,
            List<Shown> questions,
            List<ItemLink> links,
            List<ItemView> children,
            int level) {}

    record LinkRow(ItemLink from, ItemLink to, Shown note) {}

    @GetMapping("/frameworks")
    String list(Model model, Locale locale) {
        var groups = new LinkedHashMap<String, List<VersionRow>>();
        for (Framework framework : frameworks.all()) {
            groups.computeIfAbsent(framework.ref().id(), id -> new ArrayList<>())
                    .add(new VersionRow(
                            framework.ref().id(),
                            framework.ref().version(),
                            Shown.of(framework.name(), locale),
                            Shown.of(framework.description(), locale),
                            framework.source(),
                            frameworks.isInUse(framework.ref())));
        }
        model.addAttribute(
                "groups",
                groups.entrySet().stream()
                        .map(group -> new Group(
                                group.getKey(), group.getValue().get(0).name(), group.getValue()))
                        .toList());
        return "framework/list";
    }

    @GetMapping("/frameworks/{id}/{version}")
    String show(@PathVariable String id, @PathVariable String version, Model model, Locale locale) {
        var framework = FrameworkLookup.framework(frameworks, id, version);
        model.addAttribute("framework", framework);
        model.addAttribute("name", Shown.of(framework.name(), locale));
        model.addAttribute("description", Shown.of(framework.description(), locale));
        model.addAttribute("inUse", frameworks.isInUse(framework.ref()));
        model.addAttribute(
                "otherVersions",
                frameworks.all().stream()
                        .filter(other -> other.ref().id().equals(framework.ref().id())
                                && !other.ref().equals(framework.ref()))
                        .map(other -> other.ref().version())
                        .toList());
        model.addAttribute(
                "items",
                framework.items().stream()
                        .map(item -> view(framework, item, FIRST_ITEM_LEVEL, locale))
                        .toList());
        return "framework/show";
    }

    @GetMapping("/frameworks/crosswalk")
    String crosswalk(Model model, Locale locale) {
        model.addAttribute(
                "links",
                frameworks.crosswalk().stream()
                        .map(link -> new LinkRow(
                                link(link.from(), null, locale),
                                link(link.to(), null, locale),
                                Shown.of(link.note(), locale)))
                        .toList());
        return "framework/crosswalk";
    }

    private ItemView view(Framework framework, FrameworkItem item, int level, Locale locale) {
        var ref = new ItemRef(framework.ref(), item.code());
        return new ItemView(
                item.code(),
                Shown.of(item.label(), locale),
                Shown.of(item.description(), locale),
                item.questions().stream()
                        .map(question -> Shown.of(question, locale))
                        .toList(),
                frameworks.crosswalk().stream()
                        .filter(link -> link.touches(ref))
                        .map(link -> link(link.other(ref).orElseThrow(), link, locale))
                        .toList(),
                item.children().stream()
                        .map(child -> view(framework, child, Math.min(level + 1, 6), locale))
                        .toList(),
                level);
    }

    /** A link to an item on its framework's page; the crosswalk guarantees that the item exists. */
    private ItemLink link(ItemRef ref, CrosswalkLink via, Locale locale) {
        var framework = frameworks.find(ref.framework()).orElseThrow();
        var item = framework.item(ref.code()).orElseThrow();
        return new ItemLink(
                "/frameworks/" + ref.framework().id() + "/" + ref.framework().version() + "#item-" + ref.code(),
                ref.code(),
                Shown.of(item.label(), locale),
                Shown.of(framework.name(), locale),
                via == null ? null : Shown.of(via.note(), locale));
    }
}
