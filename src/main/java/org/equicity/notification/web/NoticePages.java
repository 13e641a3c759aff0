package org.equicity.notification.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.notification.Delivery;
import org.equicity.notification.NoticeKind;
import org.equicity.notification.Notifications;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notices, how they want to hear of each kind, and the unsubscribe page a mail links to,
 * which works without signing in.
 */
@Controller
class NoticePages {

    private final Notifications notifications;

    NoticePages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notices")
    String list(Model model, Locale locale) {
        model.addAttribute("items", notifications.mine(locale));
        return "notification/notices";
    }

    /** Opening a notice marks it read and leads to the place to act. */
    @GetMapping("/notices/{id}")
    String open(@PathVariable UUID id) {
        return "redirect:" + notifications.open(id).orElseThrow(() -> new NotFoundException("Notice", id));
    }

    @PostMapping("/notices/read")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("notice", "notification.list.all-read");
        return "redirect:/notices";
    }

    @GetMapping("/notices/preferences")
    String preferences(Model model) {
        model.addAttribute("chosen", notifications.preferences());
        model.addAttribute("kinds", List.of(NoticeKind.values()));
        model.addAttribute("deliveries", List.of(Delivery.values()));
        return "notification/preferences";
    }

    /** Each kind is a radio group named after it; anything else sent is ignored. */
    @PostMapping("/notices/preferences")
    String choose(@RequestParam Map<String, String> sent, RedirectAttributes redirect) {
        var choices = new EnumMap<NoticeKind, Delivery>(NoticeKind.class);
        for (var kind : NoticeKind.values()) {
            var value = sent.get(kind.name());
            for (var delivery : Delivery.values()) {
                if (delivery.name().equals(value)) {
                    choices.put(kind, delivery);
                }
            }
        }
        notifications.choose(choices);
        redirect.addFlashAttribute("notice", "notification.preferences.saved");
        return "redirect:/notices/preferences";
    }

    @GetMapping("/notices/unsubscribe")
    String unsubscription(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("unsubscription", notifications.unsubscription(token).orElse(null));
        model.addAttribute("done", false);
        return "notification/unsubscribe";
    }

    @PostMapping("/notices/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("unsubscription", notifications.unsubscribe(token).orElse(null));
        model.addAttribute("done", true);
        return "notification/unsubscribe";
    }
}
