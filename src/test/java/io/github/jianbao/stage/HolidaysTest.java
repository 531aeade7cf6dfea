package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {
    @Test
    void holdsEarthHourOnTheLastSaturdayOfMarchUnlessItIsHolySaturday() {
        assertThat(Holidays.earthHour(2021)).isEqualTo(LocalDate.of(2021, 3, 27));
        assertThat(Holidays.earthHour(2019)).isEqualTo(LocalDate.of(2019, 3, 30));
        // Easter fell on 31 March 2013 and 2024 and on 1 April 2018: Earth Hour moved a week earlier.
        assertThat(Holidays.earthHour(2013)).isEqualTo(LocalDate.of(2013, 3, 23));
        assertThat(Holidays.earthHour(2018)).isEqualTo(LocalDate.of(2018, 3, 24));
        assertThat(Holidays.earthHour(2024)).isEqualTo(LocalDate.of(2024, 3, 23));
    }

    @Test
    void startsOnlyHebrewHolidaysTheEveningBefore() {
        assertThat(Holidays.beginsTheEveningBefore(Holidays.named("逾越节"))).isTrue();
        assertThat(Holidays.beginsTheEveningBefore(Holidays.named("开斋节"))).isFalse();
        assertThat(Holidays.beginsTheEveningBefore(Holidays.named("春节"))).isFalse();
    }
}
