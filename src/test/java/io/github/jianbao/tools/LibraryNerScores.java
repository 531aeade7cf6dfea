package io.github.jianbao.tools;

import io.github.jianbao.ArticleAnalyzer;
import io.github.jianbao.ArticleSummary;
import io.github.jianbao.Entity;
import io.github.jianbao.EntityType;
import io.github.jianbao.Mention;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.ner.NamedSpan;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the whole library, through its public API, on char BIO sentences: what a user who calls
 * {@link ArticleAnalyzer#analyze} gets, with every rule and filter after the tagger. Each article is a run of
 * sentences, one paragraph each; the mentions of places, organisations and persons in the body are the entities
 * found. Where the library also marks a place inside a body's name (杭州市 in 杭州市卫健委), only the outer mention
 * counts, as the BIO files name no entity inside another.
 */
final class LibraryNerScores {
    private static final Set<EntityType> TYPES = Set.of(EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON);

    private LibraryNerScores() {
    }

    /**
     * {@return the scores of the library on {@code sentences}, {@code perArticle} consecutive sentences making one
     * article}
     *
     * @param errors where to print the sentences whose entities differ from the gold ones, or null
     */
    static NerScores score(ArticleAnalyzer analyzer, List<NerCorpus.Sentence> sentences, int perArticle,
            PrintStream errors) {
        NerScores scores = new NerScores();
        for (int from = 0; from < sentences.size(); from += perArticle) {
            List<NerCorpus.Sentence> article = sentences.subList(from, Math.min(sentences.size(), from + perArticle));
            String page = String.join("\n\n", article.stream().map(NerCorpus.Sentence::text).toList());
            ArticleSummary summary = analyzer.analyze(page);
            String body = summary.textOf(TextPart.BODY);
            List<NamedSpan> mentions = outer(mentions(summary));
            int cursor = 0;
            for (NerCorpus.Sentence sentence : article) {
                int at = body.indexOf(sentence.text(), cursor);
                List<NamedSpan> found = new ArrayList<>();
                if (at >= 0) {
                    int end = at + sentence.text().length();
                    for (NamedSpan m : mentions) {
                        if (m.start() >= at && m.end() <= end) {
                            found.add(new NamedSpan(m.start() - at, m.end() - at, m.type()));
                        }
                    }
                    cursor = end;
                }
                scores.add(sentence.charEntities(), found);
                if (errors != null) {
                    printDifference(errors, sentence, found);
                }
            }
        }
        return scores;
    }

    private static List<NamedSpan> mentions(ArticleSummary summary) {
        List<NamedSpan> out = new ArrayList<>();
        for (Entity e : summary.entities()) {
            if (TYPES.contains(e.type())) {
                for (Mention m : e.mentions()) {
                    if (m.part() == TextPart.BODY) {
                        out.add(new NamedSpan(m.start(), m.end(), e.type()));
                    }
                }
            }
        }
        return out;
    }

    /** {@return the mentions that lie inside no longer one} */
    private static List<NamedSpan> outer(List<NamedSpan> mentions) {
        List<NamedSpan> out = new ArrayList<>();
        for (NamedSpan m : mentions) {
            boolean inner = mentions.stream().anyMatch(o -> o.start() <= m.start() && m.end() <= o.end()
                    && o.end() - o.start() > m.end() - m.start());
            if (!inner) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(NamedSpan::start));
        return out;
    }

    private static void printDifference(PrintStream out, NerCorpus.Sentence sentence, List<NamedSpan> found) {
        Set<NamedSpan> gold = new HashSet<>(sentence.charEntities());
        Set<NamedSpan> mine = new HashSet<>(found);
        if (gold.equals(mine)) {
            return;
        }
        String text = sentence.text();
        out.println(text);
        gold.stream().filter(g -> !mine.contains(g)).forEach(g -> out.printf("  missed   %s %s%n", g.type(),
                g.coveredText(text)));
        mine.stream().filter(f -> !gold.contains(f)).forEach(f -> out.printf("  spurious %s %s%n", f.type(),
                f.coveredText(text)));
    }
}
