package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link CronSpec} against the behaviour of robfig/cron v3.0.1's parser with the Coder provider's
 * options, case by case (read from the library's {@code parser.go}).
 */
class CronSpecTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0 0 22 * * *", "0 */5 * * * *", "30 0 9 * * 1-5", "* * * * * *", "0 0 0 1 1 0",
        // five fields: the day of week is optional (read seconds first)
        "*/5 * * * *", "0 0 0 * *",
        // names, case-insensitive, in month and day of week only
        "0 0 9 * JAN-DEC MON-FRI", "0 0 9 * jan sun", "0 0 9 * Feb sat",
        // ? as *, */n, n/m (n to max), ranges with steps, lists
        "? ? ? ? ? ?", "0 0/15 * * * *", "0 10-50/10 * * * *", "0 1,2,3 * * * *", "59 59 23 31 12 6",
        // empty list pieces are skipped; * takes no range end into account
        "0 1,,2 * * * *", "0 , * * * *", "0 *-5 * * * *",
        // Go's Atoi: a sign is allowed, leading zeros too
        "+0 +5 * * * *", "00 05 * * * *",
        // white space: tabs, newlines, non-breaking spaces (Go's unicode.IsSpace)
        "0\t0\n22 * * *", " 0 0 22 * * * ", "0\u00a00 22 * * *",
        // descriptors
        "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
        "@every 1h30m", "@every 5s", "@every 1.5h", "@every .5m", "@every 1.m", "@every 0", "@every -1s",
        "@every 1h2m3s4ms5us6ns", "@every 3\u00b5s",
    })
    void scriptParserAccepts(String spec) {
        assertThat(CronSpec.check(spec, CronSpec.SCRIPT)).as(spec).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty spec string",
        "'   '|expected 5 to 6 fields, found 0",
        "0 0 0 * * * 2025|expected 5 to 6 fields, found 7",
        "0 0 0 *|expected 5 to 6 fields, found 4",
        "60 * * * * *|end of range (60) above maximum (59): 60",
        "0 0 24 * * *|end of range (24) above maximum (23): 24",
        "0 0 0 0 * *|beginning of range (0) below minimum (1): 0",
        "0 0 0 32 * *|end of range (32) above maximum (31): 32",
        "0 0 0 * 13 *|end of range (13) above maximum (12): 13",
        "0 0 0 * * 7|end of range (7) above maximum (6): 7",
        "0 5-1 * * * *|beginning of range (5) beyond end of range (1): 5-1",
        "0 */0 * * * *|step of range should be a positive number: */0",
        "0 1-2-3 * * * *|too many hyphens: 1-2-3",
        "0 1/2/3 * * * *|too many slashes: 1/2/3",
        "0 -5 * * * *|failed to parse int from ",
        "-0 * * * * *|failed to parse int from ",
        "0 1- * * * *|failed to parse int from ",
        "0 x * * * *|failed to parse int from x",
        "0 0 0 * * MONDAY|failed to parse int from MONDAY",
        "0 0 0 * MON *|failed to parse int from MON",
        "0 0 0 JAN * *|failed to parse int from JAN",
        "0 */-1 * * * *|negative number (-1) not allowed: -1",
        "0 1_0 * * * *|failed to parse int from 1_0",
        "L * * * * *|failed to parse int from L",
        "@fortnightly|unrecognized descriptor: @fortnightly",
        "'@daily '|'unrecognized descriptor: @daily '",
        "@every|unrecognized descriptor: @every",
        "@every 5 minutes|failed to parse duration @every 5 minutes: time: unknown unit",
        "@every 5|failed to parse duration @every 5: time: missing unit",
        "@every h|failed to parse duration @every h: time: invalid duration",
        "@every .s|failed to parse duration @every .s: time: invalid duration",
        "'@every '|'failed to parse duration @every : time: invalid duration'",
        "@every 1d|failed to parse duration @every 1d: time: unknown unit",
        "@every 99999999999999999999h|failed to parse duration",
    })
    void scriptParserRefuses(String spec, String error) {
        assertThat(CronSpec.check(spec, CronSpec.SCRIPT)).as(spec).startsWith(error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TZ=UTC 0 0 * * * *", "CRON_TZ=Europe/Berlin 0 0 9 * * *", "TZ=Nowhere",
        "@every 2562047h"})
    void unsureWhereTheHostDecides(String spec) {
        assertThat(CronSpec.check(spec, CronSpec.SCRIPT)).as(spec).isEqualTo(CronSpec.UNSURE);
    }

    @Test
    void theUnixParserReadsFiveFieldsMinuteFirst() {
        CronSpec.Parser unix = new CronSpec.Parser(false, true, true);
        assertThat(CronSpec.check("*/5 * * * *", unix)).isNull();
        assertThat(CronSpec.check("0 0 0 * *", unix)).startsWith("beginning of range (0) below minimum (1)");
        assertThat(CronSpec.check("0 0 * *", unix)).isNull(); // day of week optional
        assertThat(CronSpec.check("0 0 0 * * *", unix)).startsWith("expected 4 to 5 fields, found 6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"* 8-18 * * 1-5", "* * * * *", "* 0 1 1 0", "* 9 * jan mon", "*\t9 * * *"})
    void prebuildScheduleAccepts(String spec) {
        assertThat(CronSpec.checkPrebuild(spec)).as(spec).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 8-18 * * 1-5|cron spec failed validation: minute field should be *",
        "*/5 8 * * *|cron spec failed validation: minute field should be *",
        "* 8-18 * *|cron spec failed validation: cron specification should consist of 5 fields",
        "* * * * * *|cron spec failed validation: cron specification should consist of 5 fields",
        "@daily|cron spec failed validation: cron specification should consist of 5 fields",
        "* 8-25 * * *|failed to parse cron spec: end of range (25) above maximum (23): 8-25",
        "* * * * 7|failed to parse cron spec: end of range (7) above maximum (6): 7",
    })
    void prebuildScheduleRefuses(String spec, String error) {
        assertThat(CronSpec.checkPrebuild(spec)).as(spec).isEqualTo(error);
    }

    @Test
    void prebuildSchedulesOverlapAsTheProviderComputesIt() {
        assertThat(CronSpec.overlap(List.of("* 8-18 * * 1-5", "* 19-23 * * 1-5", "* * * * 0,6"))).isNull();
        assertThat(CronSpec.overlap(List.of("* 8-18 * * 1-5", "* 12 * * *")))
            .isEqualTo("schedules overlap: * 8-18 * * 1-5 and * 12 * * *");
        // different months never overlap
        assertThat(CronSpec.overlap(List.of("* * * 1-6 *", "* * * 7-12 *"))).isNull();
        // both day of month and day of week set: overlap when either does
        assertThat(CronSpec.overlap(List.of("* 9 1 * 1", "* 9 2 * 1"))).isEqualTo("schedules overlap: * 9 1 * 1 and * 9 2 * 1");
        assertThat(CronSpec.overlap(List.of("* 9 1 * 1", "* 9 2 * 2"))).isNull();
        // one schedule: nothing to compare (its own syntax is not read)
        assertThat(CronSpec.overlap(List.of("* */2 * * *"))).isNull();
        // the overlap check reads no steps or names: refused once there are two schedules
        assertThat(CronSpec.overlap(List.of("* */2 * * *", "* 9 * * *"))).isEqualTo("invalid schedule: invalid hour range: invalid value: strconv.Atoi: parsing \"*/2\": invalid syntax");
        assertThat(CronSpec.overlap(List.of("* 9 * * mon", "* 10 * * *")))
            .isEqualTo("invalid schedule: invalid day range: invalid value: strconv.Atoi: parsing \"mon\": invalid syntax");
    }

    @Test
    void goStringsFieldsSplitsOnUnicodeSpace() {
        assertThat(CronSpec.fields(" a\u2003b\u3000 c\u0085")).containsExactly("a", "b", "c");
        assertThat(CronSpec.fields("a\u200bb")).containsExactly("a\u200bb"); // zero-width space is not a space
    }
}
