package io.github.jianbao;

import io.github.jianbao.internal.Checks;
import io.github.jianbao.stage.Pipeline;
import io.github.jianbao.stage.RawArticle;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses Chinese news articles: the entry point of Jianbao.
 *
 * <pre>{@code
 * ArticleAnalyzer analyzer = ArticleAnalyzer.create();
 * ArticleSummary summary = analyzer.analyze(page);          // HTML, Markdown or plain text, detected
 * summary.places();                                          // [杭州市, 浙江省, …]
 * summary.dates();                                           // [4月16日=2020-04-16, …]
 * }</pre>
 *
 * <p>An analyzer is immutable and thread-safe: build one and share it. Its first use loads HanLP's dictionaries and
 * the bundled resources, which takes a few seconds once per JVM. It does no I/O of its own beyond reading its
 * classpath resources, reads no clock, and never changes HanLP's global configuration or dictionaries.
 */
public final class ArticleAnalyzer {
    /** The default limit on the length of an article, in chars: {@value}. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 2_000_000;
    private static final int MAX_INPUT_LENGTH_CEILING = 50_000_000;

    private final int maxKeywords;
    private final int summarySentences;
    private final int maxInputLength;
    private final Set<String> stopWords;
    private final Set<String> userTerms;
    private final Pipeline pipeline;

    private ArticleAnalyzer(Builder builder) {
        this.maxKeywords = builder.maxKeywords;
        this.summarySentences = builder.summarySentences;
        this.maxInputLength = builder.maxInputLength;
        this.stopWords = Set.copyOf(builder.stopWords);
        this.userTerms = Set.copyOf(builder.userTerms);
        this.pipeline = new Pipeline(new Pipeline.Settings(maxKeywords, summarySentences, stopWords, userTerms));
    }

    /** {@return an analyzer with the default settings} */
    public static ArticleAnalyzer create() {
        return builder().build();
    }

    /** {@return a builder with the default settings} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this analyzer's settings, for a variant; this analyzer stays as it is} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.maxKeywords = maxKeywords;
        builder.summarySentences = summarySentences;
        builder.maxInputLength = maxInputLength;
        builder.stopWords.addAll(stopWords);
        builder.userTerms.addAll(userTerms);
        return builder;
    }

    /**
     * Analyses an article whose format is detected ({@link ArticleFormat#detect(String)}).
     *
     * @param article an HTML page, a Markdown page or plain text
     * @return the summary of the article
     * @throws NullPointerException     if {@code article} is null
     * @throws IllegalArgumentException if the article is blank, longer than the limit, or has no text after cleaning
     */
    public ArticleSummary analyze(String article) {
        Objects.requireNonNull(article, "article");
        return analyze(article, ArticleFormat.detect(article));
    }

    /**
     * Analyses an article in the given format.
     *
     * @param article the article
     * @param format  how to read it
     * @return the summary of the article
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the article is blank, longer than the limit, or has no text after cleaning
     */
    public ArticleSummary analyze(String article, ArticleFormat format) {
        return run(article, format, Optional.empty());
    }

    /**
     * Analyses an article in the given format, resolving partial and relative dates (4月16日, 昨天) against
     * {@code referenceDate} when the article carries no date of its own.
     *
     * @param article       the article
     * @param format        how to read it
     * @param referenceDate the date to resolve against when the article has none
     * @return the summary of the article
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the article is blank, longer than the limit, or has no text after cleaning
     */
    public ArticleSummary analyze(String article, ArticleFormat format, LocalDate referenceDate) {
        return run(article, format, Optional.of(Objects.requireNonNull(referenceDate, "referenceDate")));
    }

    private ArticleSummary run(String article, ArticleFormat format, Optional<LocalDate> referenceDate) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(format, "format");
        Checks.argument(article.length() <= maxInputLength,
                "article must be at most maxInputLength=%d chars: %d", maxInputLength, article.length());
        Checks.argument(!article.isBlank(), "article must not be blank (%d chars)", article.length());
        return pipeline.run(new RawArticle(article, format, referenceDate));
    }

    /** {@return the settings, for reading in jshell} */
    @Override
    public String toString() {
        return "ArticleAnalyzer[maxKeywords=" + maxKeywords + ", summarySentences=" + summarySentences
                + ", maxInputLength=" + maxInputLength + ", stopWords=" + stopWords.size() + ", userTerms="
                + userTerms.size() + "]";
    }

    /**
     * Settings for an {@link ArticleAnalyzer}. Mutable and not thread-safe; {@link #build()} returns a new analyzer
     * on every call.
     */
    public static final class Builder {
        private int maxKeywords = 10;
        private int summarySentences = 3;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private final Set<String> stopWords = new LinkedHashSet<>();
        private final Set<String> userTerms = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Sets the most keywords to return; default 10.
         *
         * @return this builder
         * @throws IllegalArgumentException if {@code maxKeywords} is outside 1 to 100
         */
        public Builder maxKeywords(int maxKeywords) {
            Checks.argument(maxKeywords >= 1 && maxKeywords <= 100, "maxKeywords must be between 1 and 100: %d",
                    maxKeywords);
            this.maxKeywords = maxKeywords;
            return this;
        }

        /**
         * Sets the most key sentences to return; default 3.
         *
         * @return this builder
         * @throws IllegalArgumentException if {@code summarySentences} is outside 1 to 20
         */
        public Builder summarySentences(int summarySentences) {
            Checks.argument(summarySentences >= 1 && summarySentences <= 20,
                    "summarySentences must be between 1 and 20: %d", summarySentences);
            this.summarySentences = summarySentences;
            return this;
        }

        /**
         * Sets the longest article accepted, in chars; longer ones are rejected, never truncated. Default
         * {@value ArticleAnalyzer#DEFAULT_MAX_INPUT_LENGTH}.
         *
         * @return this builder
         * @throws IllegalArgumentException if {@code maxInputLength} is outside 1 to 50,000,000
         */
        public Builder maxInputLength(int maxInputLength) {
            Checks.argument(maxInputLength >= 1 && maxInputLength <= MAX_INPUT_LENGTH_CEILING,
                    "maxInputLength must be between 1 and %d: %d", MAX_INPUT_LENGTH_CEILING, maxInputLength);
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * Adds words never to return as keywords, for this analyzer only, in either script: 健康碼 stops 健康码 too.
         *
         * @return this builder
         * @throws NullPointerException     if {@code stopWords} or one of its words is null
         * @throws IllegalArgumentException if a word is blank
         */
        public Builder stopWords(Set<String> stopWords) {
            Objects.requireNonNull(stopWords, "stopWords");
            stopWords.forEach(w -> Checks.notBlank(Objects.requireNonNull(w, "a word of stopWords"),
                    "a word of stopWords"));
            this.stopWords.addAll(stopWords);
            return this;
        }

        /**
         * Adds words the segmenter keeps whole (product names, new terms), for this analyzer only; HanLP's global
         * dictionary is not changed.
         *
         * @return this builder
         * @throws NullPointerException     if {@code userTerms} or one of its words is null
         * @throws IllegalArgumentException if a word is blank
         */
        public Builder userTerms(Set<String> userTerms) {
            Objects.requireNonNull(userTerms, "userTerms");
            userTerms.forEach(w -> Checks.notBlank(Objects.requireNonNull(w, "a word of userTerms"),
                    "a word of userTerms"));
            this.userTerms.addAll(userTerms);
            return this;
        }

        /** {@return a new analyzer with these settings} */
        public ArticleAnalyzer build() {
            return new ArticleAnalyzer(this);
        }
    }
}
