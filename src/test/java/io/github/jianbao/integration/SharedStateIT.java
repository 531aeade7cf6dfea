package io.github.jianbao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleFormat;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.Token;
import io.github.jianbao.testing.Fixtures;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * An analyzer shares nothing mutable: not with HanLP's global state, which belongs to the host application too, and
 * not between threads.
 */
class SharedStateIT {
    @Test
    void neverChangesHanlpGlobalConfigurationOrDictionary() throws Exception {
        CustomDictionary.DEFAULT.contains("健康码");  // loads HanLP's dictionary before the snapshot
        Map<String, String> config = snapshot(HanLP.Config.class);
        int trieSize = CustomDictionary.DEFAULT.trie == null ? 0 : CustomDictionary.DEFAULT.trie.size();
        int datSize = CustomDictionary.DEFAULT.dat.size();

        ArticleAnalyzer analyzer = ArticleAnalyzer.builder().userTerms(Set.of("一码知健", "个人健康信息码")).build();
        ArticleSummary summary = analyzer.analyze(Fixtures.read("articles/secretchina-934423.md"));

        assertThat(summary.tokens()).extracting(t -> t.text()).contains("个人健康信息码");
        assertThat(snapshot(HanLP.Config.class)).isEqualTo(config);
        assertThat(CustomDictionary.DEFAULT.trie == null ? 0 : CustomDictionary.DEFAULT.trie.size())
                .isEqualTo(trieSize);
        assertThat(CustomDictionary.DEFAULT.dat.size()).isEqualTo(datSize);
        assertThat(CustomDictionary.DEFAULT.contains("一码知健")).isFalse();
        assertThat(CustomDictionary.DEFAULT.contains("国家标准化管理委员会")).isFalse();
    }

    @Test
    void leavesHanlpsOwnEntriesOfItsWordsAsTheyCameInTheJar() {
        // 外交部 is on the analyzer's organisation list and 新华社 a user term here, and HanLP's jar holds both
        // with its own natures and frequencies; the analyzer's words must not overwrite them for the JVM.
        ArticleAnalyzer analyzer = ArticleAnalyzer.builder().userTerms(Set.of("新华社")).build();
        analyzer.analyze("外交部发言人说，新华社报道了此事。", ArticleFormat.PLAIN_TEXT);

        assertThat(CustomDictionary.DEFAULT.get("外交部")).hasToString("nto 783 ");
        assertThat(CustomDictionary.DEFAULT.get("新华社")).hasToString("nt 1708 ");
    }

    @Test
    void userTermsOfOneAnalyzerNeverReachAnother() {
        String text = "新华社报道了此事。";
        ArticleAnalyzer withTerm = ArticleAnalyzer.builder().userTerms(Set.of("新华社")).build();
        ArticleAnalyzer plain = ArticleAnalyzer.create();

        Token mine = withTerm.analyze(text, ArticleFormat.PLAIN_TEXT).tokens().get(0);
        Token theirs = plain.analyze(text, ArticleFormat.PLAIN_TEXT).tokens().get(0);

        assertThat(mine.text()).isEqualTo("新华社");
        assertThat(mine.tag()).isEqualTo("nz");
        assertThat(theirs.text()).isEqualTo("新华社");
        assertThat(theirs.tag()).isEqualTo("nt");
    }

    @Test
    void concurrentAnalysesEqualSequentialOnes() throws Exception {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        List<String> pages = new ArrayList<>();
        pages.add(Fixtures.read("articles/" + Fixtures.FOUNDING_PAGE));
        Fixtures.LAYOUT_PAGES.forEach(page -> pages.add(Fixtures.read("articles/" + page)));
        List<ArticleSummary> sequential = pages.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArticleSummary>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String page : pages) {
                    futures.add(pool.submit(() -> analyzer.analyze(page)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % pages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> snapshot(Class<?> type) throws IllegalAccessException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
                Object value = field.get(null);
                values.put(field.getName(), value instanceof Object[] array ? List.of(array).toString()
                        : Objects.toString(value));
            }
        }
        return values;
    }
}
