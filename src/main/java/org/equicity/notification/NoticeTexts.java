package org.equicity.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notice's text in a reader's language, and the full addresses its mails link to. */
@Component
class NoticeTexts {

    private final MessageSource messages;
    private final String baseUrl;

    NoticeTexts(MessageSource messages, @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String text(NoticeKind kind, List<String> arguments, Locale language) {
        var resolved = arguments.stream()
                .map(argument -> argument.startsWith("#")
                        ? messages.getMessage(argument.substring(1), null, argument.substring(1), language)
                        : argument)
                .toArray();
        return messages.getMessage("notification.kind." + kind + ".text", resolved, language);
    }

    String label(NoticeKind kind, Locale language) {
        return messages.getMessage("notification.kind." + kind + ".label", null, language);
    }

    String address(String path) {
        return baseUrl + path;
    }
}
