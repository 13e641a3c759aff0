package org.equicity.shared.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every number field of every form is read and shown in the reader's language, through {@link LocalNumbers}: amounts
 * and figures with the language's marks, whole numbers (years, percentages, counts) without grouping, since nobody
 * writes the year 2.026. API bodies are JSON and untouched by this.
 */
@Configuration(proxyBeanMethods = false)
class NumberFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new Decimals());
        registry.addFormatterForFieldType(Integer.class, new WholeNumbers());
    }

    static final class Decimals implements Formatter<BigDecimal> {

        @Override
        public BigDecimal parse(String text, Locale locale) {
            var number = LocalNumbers.parse(text, locale);
            if (number == null) {
                throw new NumberFormatException("no number");
            }
            return number;
        }

        @Override
        public String print(BigDecimal number, Locale locale) {
            return LocalNumbers.format(number, locale);
        }
    }

    static final class WholeNumbers implements Formatter<Integer> {

        @Override
        public Integer parse(String text, Locale locale) {
            var number = LocalNumbers.parseWhole(text, locale);
            if (number == null) {
                throw new NumberFormatException("no number");
            }
            return number;
        }

        @Override
        public String print(Integer number, Locale locale) {
            return number.toString();
        }
    }
}
