package io.github.jianbao.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianbao.EntityType;
import org.junit.jupiter.api.Test;

class NerLabelsTest {
    @Test
    void labelsEachCharOfAnEntityByItsPlace() {
        assertThat(NerLabels.name(NerLabels.label(EntityType.PLACE, 0, 1))).isEqualTo("S-PLACE");
        assertThat(NerLabels.name(NerLabels.label(EntityType.PERSON, 0, 3))).isEqualTo("B-PERSON");
        assertThat(NerLabels.name(NerLabels.label(EntityType.PERSON, 1, 3))).isEqualTo("I-PERSON");
        assertThat(NerLabels.name(NerLabels.label(EntityType.ORGANIZATION, 2, 3))).isEqualTo("E-ORGANIZATION");
    }

    @Test
    void allowsOnlyWellFormedSequences() {
        int begin = NerLabels.label(EntityType.PERSON, 0, 2);
        int end = NerLabels.label(EntityType.PERSON, 1, 2);
        int otherEnd = NerLabels.label(EntityType.PLACE, 1, 2);

        assertThat(NerLabels.allowed(begin, end)).isTrue();
        assertThat(NerLabels.allowed(begin, otherEnd)).isFalse();
        assertThat(NerLabels.allowed(begin, NerLabels.OUTSIDE)).isFalse();
        assertThat(NerLabels.allowed(end, NerLabels.OUTSIDE)).isTrue();
        assertThat(NerLabels.allowedFirst(end)).isFalse();
        assertThat(NerLabels.allowedLast(begin)).isFalse();
    }
}
