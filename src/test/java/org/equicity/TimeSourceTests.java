package org.equicity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Every "now" in the application comes from the {@link Clock} bean, so that a test can fix the date (a deadline
 * passing, a reminder falling due) by replacing one bean instead of waiting for the calendar.
 */
class TimeSourceTests {

    private static final DescribedPredicate<JavaMethodCall> NOW_WITHOUT_CLOCK =
            new DescribedPredicate<>("java.time's now() without a Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    var target = call.getTarget();
                    return target.getName().equals("now")
                            && target.getOwner().getPackageName().equals("java.time")
                            && target.getRawParameterTypes().stream()
                                    .noneMatch(type -> type.isEquivalentTo(Clock.class));
                }
            };

    @Test
    void theApplicationAsksTheClockBeanForTheTime() {
        var application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(EquicityApplication.class);

        noClasses()
                .should()
                .callMethodWhere(NOW_WITHOUT_CLOCK)
                .because("the time comes from the injected Clock: LocalDate.now(clock), clock.instant()")
                .check(application);
    }
}
