package io.github.jianbao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageDatesTest {
    @Test
    void givesTheUtcDayOfAnInstant() {
        // VOA stamps China time; the instant falls on the day its URL carries.
        assertThat(PageDates.parse("2018-09-09T01:08:14+08:00")).contains(LocalDate.of(2018, 9, 8));
        assertThat(PageDates.parse("2019-12-10 07:57:40")).contains(LocalDate.of(2019, 12, 10));
    }

    @Test
    void readsTimestampLines() {
        assertThat(PageDates.stamp("2020-10-12T14:56:56.836Z")).contains(LocalDate.of(2020, 10, 12));
        assertThat(PageDates.stamp("12/10/2020 - 23:29")).contains(LocalDate.of(2020, 10, 12));
        assertThat(PageDates.stamp("更新时间 2012年12月10日, 格林尼治标准时间10:41")).contains(LocalDate.of(2012, 12, 10));
        assertThat(PageDates.stamp("2019年11月25日是个好日子，大家一起去公园散步。")).isEmpty();
    }

    @Test
    void findsTheYearATextTalksAboutMost() {
        assertThat(PageDates.commonYear("2018年油价，2018年需求，2019年预估")).contains(2018);
        assertThat(PageDates.commonYear("没有年份")).isEmpty();
    }
}
