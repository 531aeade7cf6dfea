package io.github.jianbao.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jianbao.DateGrain;
import io.github.jianbao.DateMention;
import io.github.jianbao.TextPart;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {
    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2020, 5, 26);

    private final DateNormalizer normalizer = new DateNormalizer();

    private List<DateMention> dates(String text) {
        return dates(text, REFERENCE);
    }

    private List<DateMention> dates(String text, LocalDate reference) {
        List<DateMention> found = normalizer.apply(new DateNormalizer.Input(text, TextPart.BODY,
                Optional.of(reference)));
        assertThat(found).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        return found;
    }

    /** Text, start offset and value of each mention; "" for an empty value. */
    private static void assertFinds(List<DateMention> mentions, Tuple... expected) {
        assertThat(mentions)
                .extracting(DateMention::text, DateMention::start, m -> m.value().orElse(""))
                .containsExactly(expected);
    }

    @Test
    void readsAbsoluteDatesInEveryNotation() {
        assertFinds(dates("会议于2020年5月26日召开，文件落款2020-05-26，系统记为2020/5/26或2020.5.26。"),
                tuple("2020年5月26日", 3, "2020-05-26"),
                tuple("2020-05-26", 20, "2020-05-26"),
                tuple("2020/5/26", 35, "2020-05-26"),
                tuple("2020.5.26", 45, "2020-05-26"));
    }

    @Test
    void readsMonthAndYearGrains() {
        List<DateMention> found = dates("该政策2020年5月出台，2020年全面实施。");

        assertFinds(found, tuple("2020年5月", 3, "2020-05"), tuple("2020年", 13, "2020"));
        assertThat(found).extracting(DateMention::grain).containsExactly(DateGrain.MONTH, DateGrain.YEAR);
    }

    @Test
    void readsFullWidthDigitsAndChineseNumerals() {
        assertFinds(dates("\uFF12\uFF10\uFF12\uFF10年\uFF15月\uFF12\uFF16日与二〇二〇年五月二十六日"),
                tuple("\uFF12\uFF10\uFF12\uFF10年\uFF15月\uFF12\uFF16日", 0, "2020-05-26"),
                tuple("二〇二〇年五月二十六日", 11, "2020-05-26"));
    }

    @Test
    void resolvesPartialDatesAgainstTheReferenceLeaningToThePast() {
        assertFinds(dates("4月16日立项，16日公布，5月实施，12月曾讨论，7月将生效。"),
                tuple("4月16日", 0, "2020-04-16"),
                tuple("16日", 8, "2020-05-16"),
                tuple("5月", 14, "2020-05"),
                tuple("12月", 19, "2019-12"),
                tuple("7月", 26, "2020-07"));
    }

    @Test
    void takesTheYearOfAnEarlierDateInTheSameSentence() {
        assertFinds(dates("该校去年11月被曝光学生8月集体感染。", LocalDate.of(2018, 9, 8)),
                tuple("去年11月", 2, "2017-11"), tuple("8月", 12, "2017-08"));
    }

    @Test
    void readsRelativeDays() {
        assertFinds(dates("今天、昨天、前天、明天、今日和昨日"),
                tuple("今天", 0, "2020-05-26"), tuple("昨天", 3, "2020-05-25"), tuple("前天", 6, "2020-05-24"),
                tuple("明天", 9, "2020-05-27"), tuple("今日", 12, "2020-05-26"), tuple("昨日", 15, "2020-05-25"));
    }

    @Test
    void readsRelativeYearsMonthsAndWeeks() {
        assertFinds(dates("去年、今年、明年、前年；本月、上个月、下个月；本周、上周"),
                tuple("去年", 0, "2019"), tuple("今年", 3, "2020"), tuple("明年", 6, "2021"), tuple("前年", 9, "2018"),
                tuple("本月", 12, "2020-05"), tuple("上个月", 15, "2020-04"), tuple("下个月", 19, "2020-06"),
                tuple("本周", 23, "2020-W22"), tuple("上周", 26, "2020-W21"));
    }

    @Test
    void countsAmountsFromTheReference() {
        assertFinds(dates("3天前发布，两周后生效，3个月前提出，前两天已有传闻"),
                tuple("3天前", 0, "2020-05-23"), tuple("两周后", 6, "2020-06-09"),
                tuple("3个月前", 12, "2020-02"), tuple("前两天", 19, "2020-05-24/2020-05-25"));
    }

    @Test
    void countsAPointAmountFromTheDayItsSentenceNames() {
        // #5: 45天后 tells of 45 days after the signing, not after the article's date; 近日 names no day to count from.
        assertFinds(dates("8月6日签署行政令，将在45天后生效。近日有消息，3天后公布。"),
                tuple("8月6日", 0, "2020-08-06"), tuple("45天后", 12, "2020-09-20"),
                tuple("近日", 19, "2020-05-26"), tuple("3天后", 25, "2020-05-29"));
    }

    @Test
    void readsRangesAsOneIntervalMention() {
        List<DateMention> found = dates("4月16日至29日征求意见，4月16日到5月3日公示，2019-2020年试点，从去年到今年推广，5月中下旬验收");

        assertFinds(found,
                tuple("4月16日至29日", 0, "2020-04-16/2020-04-29"),
                tuple("4月16日到5月3日", 14, "2020-04-16/2020-05-03"),
                tuple("2019-2020年", 27, "2019/2020"),
                tuple("从去年到今年", 40, "2019/2020"),
                tuple("5月中下旬", 49, "2020-05-11/2020-05-31"));
        assertThat(found).allMatch(DateMention::isInterval);
    }

    @Test
    void keepsAPartOfTheDayWithItsDate() {
        List<DateMention> found = dates("4月16日晚，警方通报");

        assertFinds(found, tuple("4月16日晚", 0, "2020-04-16T18:00/2020-04-16T23:00"));
        assertThat(found.get(0).grain()).isEqualTo(DateGrain.HOUR);
    }

    @Test
    void readsTimesOfDayAndZones() {
        assertFinds(dates("北京时间5月26日晚8时30分开幕，上午10点签约，15:30闭幕，凌晨有雨"),
                tuple("北京时间5月26日晚8时30分", 0, "2020-05-26T20:30+08:00"),
                tuple("上午10点", 18, "2020-05-26T10:00"),
                tuple("15:30", 26, "2020-05-26T15:30"),
                tuple("凌晨", 34, "2020-05-26T00:00/2020-05-26T04:00"));
    }

    @Test
    void readsTimeRangesWithABareHourAtTheEnd() {
        assertFinds(dates("下午3点至5点开放，10时许到达"),
                tuple("下午3点至5点", 0, "2020-05-26T15:00/2020-05-26T17:00"),
                tuple("10时许", 10, "2020-05-26T10:00"));
    }

    @Test
    void readsHolidaysOfTheReferenceYear() {
        assertFinds(dates("春节、除夕、中秋节、国庆节晚上、复活节、五一国际劳动节"),
                tuple("春节", 0, "2020-01-25"),
                tuple("除夕", 3, "2020-01-24"),
                tuple("中秋节", 6, "2020-10-01"),
                tuple("国庆节晚上", 10, "2020-10-01T18:00/2020-10-01T23:00"),
                tuple("复活节", 16, "2020-04-12"),
                tuple("五一国际劳动节", 20, "2020-05-01"));
    }

    @Test
    void startsHebrewHolidaysOnTheEveningBefore() {
        // #5: a Hebrew-calendar day runs from sunset, so Yom Kippur 2020 (28 September) begins on the 27th.
        List<DateMention> found = dates("赎罪日、逾越节、赎罪日前夕、古尔邦节");

        assertFinds(found,
                tuple("赎罪日", 0, "2020-09-27/2020-09-28"),
                tuple("逾越节", 4, "2020-04-08/2020-04-16"),
                tuple("赎罪日前夕", 8, "2020-09-27"),
                tuple("古尔邦节", 14, "2020-07-31"));
        assertThat(found).extracting(DateMention::isInterval).containsExactly(true, true, false, false);
    }

    @Test
    void readsEarthHourAsItsHourOnItsSaturday() {
        // #5: the last Saturday of March, a week earlier when that is Holy Saturday (Easter 2016 was 27 March).
        List<DateMention> found = dates("2016年地球一小时与地球一小时");

        assertFinds(found,
                tuple("2016年地球一小时", 0, "2016-03-19T20:30/2016-03-19T21:30"),
                tuple("地球一小时", 11, "2020-03-28T20:30/2020-03-28T21:30"));
        assertThat(found).extracting(DateMention::grain).containsOnly(DateGrain.MINUTE);
    }

    @Test
    void takesTheComingNewYearInLateDecember() {
        assertFinds(dates("元旦与春节假期", LocalDate.of(2020, 12, 20)),
                tuple("元旦", 0, "2021-01-01"), tuple("春节", 3, "2021-02-12"));
    }

    @Test
    void readsLunarDatesThroughTheChineseCalendar() {
        assertFinds(dates("农历正月初一，2015年十月初一，古尔邦节"),
                tuple("农历正月初一", 0, "2020-01-25"),
                tuple("2015年十月初一", 7, "2015-11-12"),
                tuple("古尔邦节", 17, "2020-07-31"));
    }

    @Test
    void readsDecadesCenturiesAndEraYears() {
        List<DateMention> found = dates("上世纪90年代，十九世纪七十年代，21世纪，康熙二十年");

        assertFinds(found,
                tuple("90年代", 3, "1990/1999"),
                tuple("十九世纪七十年代", 8, "1870/1879"),
                tuple("21世纪", 17, "2001/2100"),
                tuple("康熙二十年", 22, "1681"));
        assertThat(found).extracting(DateMention::grain).containsOnly(DateGrain.YEAR);
    }

    @Test
    void readsTheStartAndEndOfDecadesAndCenturiesAsTheirYears() {
        assertFinds(dates("七十年代末，上世纪80年代初，二十世纪初，90年代上半年"),
                tuple("七十年代末", 0, "1977/1979"),
                tuple("80年代初", 9, "1980/1982"),
                tuple("二十世纪初", 15, "1901/1930"),
                tuple("90年代上半年", 21, "1990/1994"));
    }

    @Test
    void readsTwoNeighbouringHoursAsAboutTheFirst() {
        List<DateMention> found = dates("忙到凌晨两三点");
        assertFinds(found, tuple("凌晨两三点", 2, "2020-05-26T02:00"));
        assertThat(found.get(0).isVague()).isTrue();
    }

    @Test
    void readsWeekdaysLeaningToThePast() {
        LocalDate friday = LocalDate.of(2020, 5, 29);

        assertFinds(dates("周三晚间发布，上周三宣布，禮拜一开会，週末休息", friday),
                tuple("周三晚间", 0, "2020-05-27T18:00/2020-05-27T23:00"),
                tuple("上周三", 7, "2020-05-20"),
                tuple("禮拜一", 13, "2020-05-25"),
                tuple("週末", 19, "2020-05-30/2020-05-31"));
    }

    @Test
    void readsPartsOfMonthsAndYears() {
        List<DateMention> found = dates("6月上旬启动，2017年底完成，1998年初立项，月底前结束");

        assertFinds(found,
                tuple("6月上旬", 0, "2020-06-01/2020-06-10"),
                tuple("2017年底", 7, "2017-12"),
                tuple("1998年初", 16, "1998-01"),
                tuple("月底", 25, "2020-05"));
        assertThat(found).extracting(DateMention::isVague).containsExactly(false, true, true, true);
    }

    @Test
    void flagsVagueWords() {
        List<DateMention> found = dates("近日，有网友发现");

        assertFinds(found, tuple("近日", 0, "2020-05-26"));
        assertThat(found.get(0).isVague()).isTrue();
    }

    @Test
    void resolvesThatDayAndTheNextToTheDateBeforeThem() {
        assertFinds(dates("5月3日发生事故，当天下午封路。次日恢复。当天无雨"),
                tuple("5月3日", 0, "2020-05-03"),
                tuple("当天下午", 9, "2020-05-03T12:00/2020-05-03T17:00"),
                tuple("次日", 16, "2020-05-04"),
                tuple("当天", 21, "2020-05-04"));
    }

    @Test
    void leavesThatDayUnresolvedWithoutADateBeforeIt() {
        assertFinds(dates("当天有雨"), tuple("当天", 0, ""));
    }

    @Test
    void readsRepublicOfChinaYears() {
        assertFinds(dates("民国109年与民國38年"), tuple("民国109年", 0, "2020"), tuple("民國38年", 7, "1949"));
    }

    @Test
    void readsTraditionalAndCantoneseForms() {
        assertFinds(dates("聽日開會，尋日落雨，下個月二十號截止"),
                tuple("聽日", 0, "2020-05-27"), tuple("尋日", 5, "2020-05-25"),
                tuple("下個月二十號", 10, "2020-06-20"));
    }

    @Test
    void readsOpenIntervals() {
        assertFinds(dates("2018年以来持续增长，截至5月20日共报告，2019年9月9日之后暂停"),
                tuple("2018年以来", 0, "2018/.."),
                tuple("截至5月20日", 12, "../2020-05-20"),
                tuple("2019年9月9日之后", 23, "2019-09-09/.."));
    }

    @Test
    void doesNotTakeDurationsAgesCountsOrNumbersForDates() {
        assertThat(dates("隔离14天，三年来，他25岁，5人受伤，版本1.2.3，709大抓捕，电话010-12345678，13812345678，共2000份，"
                + "判处20年，3.5亿元，提出三点要求，一日三餐，3号线，第3号文件，约100人，今日头条报道，一时兴起，红极一时，"
                + "神舟十二号发射，长征5号升空，雪龙2号返航，坚持二时课诵，美好奇妙夜晚会")).isEmpty();
        assertFinds(dates("他们12号到达，定于5号举行"), tuple("12号", 2, "2020-05-12"), tuple("5号", 10, "2020-05-05"));
        assertFinds(dates("凌晨一时，一时许"), tuple("凌晨一时", 0, "2020-05-26T01:00"), tuple("一时许", 5, "2020-05-26T01:00"));
    }

    @Test
    void readsDayAndMonthOrderOnlyWhereOneReadingIsPossible() {
        assertFinds(dates("13/10/2020与12/10/2020"), tuple("13/10/2020", 0, "2020-10-13"), tuple("12/10/2020", 11, ""));
    }

    @Test
    void keepsMentionsUnresolvedWithoutAReferenceDate() {
        List<DateMention> found = normalizer.apply(
                new DateNormalizer.Input("昨天，2020年5月26日", TextPart.TITLE, Optional.empty()));

        assertFinds(found, tuple("昨天", 0, ""), tuple("2020年5月26日", 3, "2020-05-26"));
        assertThat(found).extracting(DateMention::part).containsOnly(TextPart.TITLE);
        assertThat(found.get(0).grain()).isEqualTo(DateGrain.DAY);
    }

    @Test
    void leavesImpossibleDatesUnresolved() {
        assertFinds(dates("2019年2月29日"), tuple("2019年2月29日", 0, ""));
    }

    @Test
    void handlesEmptyBlankAndMixedText() {
        assertThat(dates("")).isEmpty();
        assertThat(dates("\u3000 \n")).isEmpty();
        assertFinds(dates("\uD842\uDFB7家ABC于\u30002020年5月"), tuple("2020年5月", 8, "2020-05"));
    }

    @Test
    void scansALongTextQuickly() {
        String text = "2020年5月26日，北京下雨。".repeat(5_000);

        assertThat(dates(text)).hasSize(5_000);
    }

    @Test
    void rejectsNullWithTheParameterName() {
        assertThatThrownBy(() -> new DateNormalizer.Input(null, TextPart.BODY, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> normalizer.apply(null))
                .isInstanceOf(NullPointerException.class).hasMessage("input");
    }

    @Test
    void keepsRecurringDatesWithoutValue() {
        // #5: a recurring date names no single day; the date joined to it by 或 recurs too.
        assertFinds(dates("每年8月7日或8日为立秋，每天早上8点开门，8月9日闭馆。"),
                tuple("8月7日", 2, ""),
                tuple("8日", 7, ""),
                tuple("早上8点", 15, ""),
                tuple("8月9日", 22, "2020-08-09"));
    }

    @Test
    void readsBaiRiOnlyAfterADay() {
        // #5: 青天白日满地红旗 is a flag, not daytime.
        assertFinds(dates("大使馆外挂起青天白日满地红旗，当天白日无事。"),
                tuple("当天白日", 15, ""));
    }

    @Test
    void countsHoursFromTheReferenceTimeOnlyWhenThereIsOne() {
        String text = "两小时前发生地震，前两小时内余震不断。";
        List<DateMention> withTime = normalizer.apply(new DateNormalizer.Input(text, TextPart.BODY,
                Optional.of(REFERENCE), Optional.of(java.time.LocalTime.of(9, 30))));

        assertFinds(withTime, tuple("两小时前", 0, "2020-05-26T07:00"),
                tuple("前两小时", 9, "2020-05-26T07:00/2020-05-26T08:00"));
        assertFinds(dates(text), tuple("两小时前", 0, ""), tuple("前两小时", 9, ""));
    }

    @Test
    void rejectsAReferenceTimeWithoutADate() {
        assertThatThrownBy(() -> new DateNormalizer.Input("今天", TextPart.BODY, Optional.empty(),
                Optional.of(java.time.LocalTime.NOON)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referenceTime needs a referenceDate: 12:00");
    }
}
