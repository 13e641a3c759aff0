package org.equicity.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notice's text in a reader's language, and the full addresses its mails link to. */
@Component
class NoticeTexts {

    private static final String DATE = "@date:";
    private static final String NUMBER = "@number:";

    private final MessageSource messages;
    private final String baseUrl;

    NoticeTexts(MessageSource messages, @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An argument that reads as a date in the reader's language. */
    static String date(LocalDate date) {
        return DATE + date;
    }

    /** An argument that is a number, for a message that chooses its words by it. */
    static String number(long number) {
        return NUMBER + number;
    }

    String text(NoticeKind kind, List<String> arguments, Locale language) {
        var resolved =
                arguments.stream().map(argument -> resolved(argument, language)).toArray();
        return messages.getMessage("notification.kind." + kind + ".text", resolved, language);
    }

    private Object resolved(String argument, Locale language) {
        if (argument.startsWith("#")) {
            var key = argument.substring(1);
            return Objects.requireNonNullElse(messages.getMessage(key, null, key, language), key);
        }
        if (argument.startsWith(DATE)) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(language)
                    .format(LocalDate.parse(argument.substring(DATE.length())));
        }
        if (argument.startsWith(NUMBER)) {
            return Long.parseLong(argument.substring(NUMBER.length()));
        }
        return argument;
    }

    String label(NoticeKind kind, Locale language) {
        return messages.getMessage("notification.kind." + kind + ".label", null, language);
    }

    String address(String path) {
        return baseUrl + path;
    }
}
