package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalNumbersTests {

    static final Locale DE = Locale.GERMAN;
    static final Locale FR = Locale.FRENCH;

    @Test
    void aGermanReaderTypesWithOrWithoutGroupingAndTheKeypadPointStillWorks() {
        assertThat(LocalNumbers.parse("12000,50", DE)).isEqualByComparingTo("12000.50");
        assertThat(LocalNumbers.parse("12.000,50", DE)).isEqualByComparingTo("12000.50");
        assertThat(LocalNumbers.parse("1.234.567", DE)).isEqualByComparingTo("1234567");
        assertThat(LocalNumbers.parse("12.000", DE)).isEqualByComparingTo("12000");
        assertThat(LocalNumbers.parse("0.5", DE)).isEqualByComparingTo("0.5");
        assertThat(LocalNumbers.parse(" -3 ", DE)).isEqualByComparingTo("-3");
        assertThat(LocalNumbers.parse("  ", DE)).isNull();
        assertThatThrownBy(() -> LocalNumbers.parse("12,000.50", DE)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> LocalNumbers.parse("12.00,5", DE)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> LocalNumbers.parse("zwölf", DE)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void anEnglishReaderTypesWithOrWithoutGroupingButACommaIsNoDecimalMark() {
        assertThat(LocalNumbers.parse("12,000.50", Locale.ENGLISH)).isEqualByComparingTo("12000.50");
        assertThat(LocalNumbers.parse("12000.50", Locale.ENGLISH)).isEqualByComparingTo("12000.50");
        assertThatThrownBy(() -> LocalNumbers.parse("12000,50", Locale.ENGLISH))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aFrenchReaderGroupsWithSpacesOfAnyKind() {
        assertThat(LocalNumbers.parse("12 000,50", FR)).isEqualByComparingTo("12000.50");
        assertThat(LocalNumbers.parse("12\u202f000,50", FR)).isEqualByComparingTo("12000.50");
        assertThat(LocalNumbers.parse("12000.5", FR)).isEqualByComparingTo("12000.5");
    }

    @Test
    void wholeNumbersRefuseDecimalsAndNumbersAreShownWithTheirDecimals() {
        assertThat(LocalNumbers.parseWhole("2.026", DE)).isEqualTo(2026);
        assertThatThrownBy(() -> LocalNumbers.parseWhole("2,5", DE)).isInstanceOf(NumberFormatException.class);
        assertThat(LocalNumbers.format(new BigDecimal("12000.50"), DE)).isEqualTo("12.000,50");
        assertThat(LocalNumbers.format(new BigDecimal("12000.50"), Locale.ENGLISH))
                .isEqualTo("12,000.50");
        assertThat(LocalNumbers.format(new BigDecimal("85000.00"), DE)).isEqualTo("85.000");
        assertThat(LocalNumbers.format(new BigDecimal("0.125"), DE)).isEqualTo("0,125");
    }
}
