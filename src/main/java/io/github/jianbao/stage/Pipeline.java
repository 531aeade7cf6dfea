package io.github.jianbao.stage;

import io.github.jianbao.ArticleSummary;
import io.github.jianbao.DateMention;
import io.github.jianbao.Entity;
import io.github.jianbao.Keyword;
import io.github.jianbao.Sentence;
import io.github.jianbao.TextPart;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.ner.CharNerTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole analysis of one article, stage by stage. Immutable and thread-safe: every call builds its own results.
 */
public final class Pipeline {
    /**
     * The settings the stages are built from.
     *
     * @param maxKeywords      the most keywords to return
     * @param summarySentences the most key sentences to return
     * @param stopWords        further words never returned as keywords
     * @param userTerms        further words the segmenter keeps whole
     */
    public record Settings(int maxKeywords, int summarySentences, Set<String> stopWords, Set<String> userTerms) {
        /** Copies the sets. */
        public Settings {
            stopWords = Set.copyOf(stopWords);
            userTerms = Set.copyOf(userTerms);
        }
    }

    private final MarkupCleaner cleaner = new MarkupCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Segmenter segmenter;
    private final EntityRecognizer recognizer;
    private final DateNormalizer dateNormalizer = new DateNormalizer();
    private final KeywordRanker ranker;
    private final SummaryAssembler assembler;

    /** Builds the stages for {@code settings}; loads the bundled resources on first use. */
    public Pipeline(Settings settings) {
        Organizations organizations = Organizations.bundled();
        this.segmenter = new Segmenter(new Lexicon(organizations.words(), settings.userTerms()));
        this.recognizer = new EntityRecognizer(organizations, CharNerTagger.loadDefault());
        this.ranker = new KeywordRanker(settings.maxKeywords(), settings.stopWords(), settings.userTerms());
        this.assembler = new SummaryAssembler(settings.summarySentences());
    }

    /**
     * {@return the summary of {@code article}}
     *
     * @throws IllegalArgumentException if the article is blank or has no text after cleaning
     */
    public ArticleSummary run(RawArticle article) {
        CleanText clean = cleaner.apply(article);
        List<Sentence> sentences = splitter.apply(clean.text());
        TaggedText body = segmenter.apply(new PartText(TextPart.BODY, clean.text()));
        TaggedText title = segmenter.apply(new PartText(TextPart.TITLE, clean.title().orElse("")));
        TaggedText dateline = segmenter.apply(new PartText(TextPart.DATELINE, clean.dateline().orElse("")));
        TaggedText captions = segmenter.apply(new PartText(TextPart.CAPTION, String.join("\n", clean.captions())));
        List<TaggedText> parts = List.of(body, title, dateline, captions);

        List<Entity> entities = recognizer.apply(new EntityRecognizer.Input(parts, clean.bylines()));
        Optional<LocalDate> reference = clean.publishedDate().or(article::referenceDate);
        List<DateMention> dates = new ArrayList<>();
        for (TaggedText part : parts) {
            dates.addAll(dateNormalizer.apply(new DateNormalizer.Input(part.text(), part.part(), reference)));
        }
        List<Keyword> keywords = ranker.apply(new KeywordRanker.Input(body, title, clean.sourceTags(), entities,
                clean.source(), clean.marks()));
        List<String> keySentences = assembler.apply(new SummaryAssembler.Input(sentences, body.tokens()));
        return new ArticleSummary(clean.title(), clean.source(), clean.url(), clean.publishedDate(), clean.dateline(),
                clean.captions(), clean.text(), sentences, body.words(), entities, dates, keywords,
                clean.sourceTags(), keySentences);
    }
}
