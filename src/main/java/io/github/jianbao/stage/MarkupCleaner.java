package io.github.jianbao.stage;

import io.github.jianbao.ArticleFormat;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.Dateline;
import io.github.jianbao.internal.FrontMatter;
import io.github.jianbao.internal.Outlets;
import io.github.jianbao.internal.PageBlocks;
import io.github.jianbao.internal.PageBlocks.Block;
import io.github.jianbao.internal.PageBlocks.Kind;
import io.github.jianbao.internal.Texts;
import io.github.jianbao.internal.UrlDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a page into its body text and the facts the page states about itself: title, outlet, date, address,
 * captions and tags.
 *
 * <p>Needs: a non-blank article and its format. Guarantees: non-blank body text with paragraphs separated by line
 * feeds and no markup, navigation, promo, share, comment or credit lines; for {@link ArticleFormat#PLAIN_TEXT} the
 * body is the input exactly. Markdown is rendered to HTML first (commonmark-java, with indented code blocks off,
 * since mirrors indent their embedded HTML), so one DOM reading serves both formats. Stateless and thread-safe.
 */
public final class MarkupCleaner implements Stage<RawArticle, CleanText> {
    private static final Parser MARKDOWN = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, HtmlBlock.class, ThematicBreak.class, FencedCodeBlock.class,
                    BlockQuote.class, ListBlock.class))
            .build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    /** Lines that are page furniture, never article text. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:[（(]?\\s*(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|责编|責編)\\s*[：:]"
                    + "|原标题[：:]|原標題[：:]|(?:点击|點擊)(?:进入|進入|查看|阅读|閱讀|这里|這裡)"
                    + "|(?:分享到|分享至|扫码|掃碼|扫描二维码|掃描二維碼|长按|長按|订阅|訂閱|关注我们|關注我們)"
                    + "|本文(?:网址|網址|链接|鏈接)|手机上长按|手機上長按)"
                    + "|版权所有|版權所有|©|(?i:copyright)|未经授权|未經授權|转载请注明|轉載請註明"
                    + "|^\\s*[（(]?(?:图片来源|圖片來源)[：:][^）)]*[）)]?\\s*$");
    /** Lines after which a page has no more article text. */
    private static final Pattern TAIL = Pattern.compile(
            "^(?:责任编辑|責任編輯|原文地址|原文網址|原文链接|原文鏈接|手机上长按|手機上長按|相关文章|相關文章|相关新闻|相關新聞"
                    + "|相关阅读|相關閱讀|延伸阅读|延伸閱讀|更多相关|更多相關|推荐阅读|推薦閱讀|热点推荐|熱點推薦|猜你喜欢|猜你喜歡)");
    /** 原文地址（需翻墙访问）：https://… and the like: the original address. */
    private static final Pattern ORIGINAL_URL = Pattern.compile(
            "^(?:原文地址|原文網址|原文链接|原文鏈接|原文来自|原文來自|本文链接|本文鏈接)[^：:]*[：:]\\s*"
                    + "(?:(\\p{IsHan}{2,10}?)[：:])?.*?(https?://\\S+?)[）)~]*$");
    private static final Pattern ORIGINAL_FROM = Pattern.compile("^原文来自(\\p{IsHan}{2,10}?)[：:]");
    /** A credit line closing the body: 新京报记者杨畅, （记者：张三）, 作者：李四. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^[（(]?\\s*(?:\\p{IsHan}{0,8}?(?:记者|記者)|作者|撰稿|文)\\s*[：:]?\\s*([\\p{IsHan}·]{2,5})\\s*[）)]?$");
    private static final Pattern CAPTION_CUE = Pattern.compile(
            "^(?:图|圖|图为|圖為|照片|资料图|資料圖)|图片来源|圖片來源|图源|圖源|摄影|攝影|摄）|攝）|"
                    + "(?i:getty|afp|reuters|via |photo|/ap\\b|\\bap/)");
    private static final Pattern BARE_URL = Pattern.compile("\\s*(?:https?://|www\\.)\\S+\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|::|\\s[-–—]\\s)\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final int CAPTION_MAX = 160;

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the article is blank or has no text left after cleaning
     */
    @Override
    public CleanText apply(RawArticle article) {
        String content = article.content();
        Checks.argument(!content.isBlank(), "article must not be blank (%s, %d chars)", article.format(),
                content.length());
        CleanText clean = switch (article.format()) {
            case PLAIN_TEXT -> plain(content, article.referenceDate());
            case MARKDOWN -> {
                FrontMatter front = FrontMatter.parse(content);
                Document page = Jsoup.parse(HTML.render(MARKDOWN.parse(front.body())));
                yield fromPage(page, front, article.referenceDate());
            }
            case HTML -> fromPage(Jsoup.parse(content), FrontMatter.parse(""), article.referenceDate());
        };
        Checks.argument(!clean.text().isBlank(), "article has no text after cleaning (%s, %d chars): %s",
                article.format(), content.length(), Checks.quote(content));
        return clean;
    }

    private static CleanText plain(String content, Optional<LocalDate> reference) {
        Optional<Dateline> dateline = Dateline.find(content);
        Optional<LocalDate> published = dateline.flatMap(d -> dateOf(d, reference.map(LocalDate::getYear)));
        return new CleanText(content, Optional.empty(), dateline.flatMap(Dateline::outlet), Optional.empty(),
                published, Optional.empty(), List.of(), List.of(),
                dateline.map(Dateline::reporters).orElse(List.of()));
    }

    private static CleanText fromPage(Document page, FrontMatter front, Optional<LocalDate> reference) {
        Metadata meta = Metadata.read(page, front);
        PageBlocks.Page blocks = PageBlocks.read(page);
        Body body = Body.collect(blocks.blocks(), meta.title());

        Optional<Dateline> dateline = Optional.empty();
        if (!body.paragraphs.isEmpty()) {
            dateline = Dateline.find(body.paragraphs.get(0));
            dateline.ifPresent(d -> body.paragraphs.set(0, cutDateline(body.paragraphs.get(0), d)));
            body.paragraphs.removeIf(String::isBlank);
        }
        Optional<String> url = first(meta.url(), body.url);
        Optional<Integer> knownYear = first(meta.published(), url.flatMap(UrlDates::find)).map(LocalDate::getYear)
                .or(() -> reference.map(LocalDate::getYear));
        Optional<LocalDate> published = first(dateline.flatMap(d -> dateOf(d, knownYear)), meta.published(),
                url.flatMap(UrlDates::find));
        Optional<String> source = first(dateline.flatMap(Dateline::outlet), body.outlet, meta.source(),
                url.flatMap(Outlets::byUrl));
        List<String> bylines = new ArrayList<>(dateline.map(Dateline::reporters).orElse(List.of()));
        bylines.addAll(body.bylines);
        List<String> tags = blocks.tags().isEmpty() ? front.list("tags") : blocks.tags();
        return new CleanText(String.join("\n", body.paragraphs), meta.title(), source, url, published,
                dateline.map(Dateline::text), body.captions, tags, bylines.stream().distinct().toList());
    }

    private static String cutDateline(String paragraph, Dateline dateline) {
        int at = paragraph.indexOf(dateline.text());
        return paragraph.substring(at + dateline.text().length()).strip();
    }

    private static Optional<LocalDate> dateOf(Dateline dateline, Optional<Integer> knownYear) {
        if (dateline.month().isEmpty() || dateline.day().isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> year = dateline.year().isPresent()
                ? Optional.of(dateline.year().getAsInt()) : knownYear;
        return year.flatMap(y -> UrlDates.date(y, dateline.month().getAsInt(), dateline.day().getAsInt()));
    }

    @SafeVarargs
    private static <T> Optional<T> first(Optional<T>... options) {
        return Stream.of(options).flatMap(Optional::stream).findFirst();
    }

    /** The paragraphs, captions and credits of the body, in page order. */
    private static final class Body {
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        private final List<String> bylines = new ArrayList<>();
        private Optional<String> url = Optional.empty();
        private Optional<String> outlet = Optional.empty();

        static Body collect(List<Block> blocks, Optional<String> title) {
            Body body = new Body();
            boolean afterImage = false;
            boolean ended = false;
            for (Block block : blocks) {
                String text = block.text();
                if (block.kind() == Kind.IMAGE) {
                    afterImage = true;
                    continue;
                }
                boolean caption = block.kind() == Kind.CAPTION || afterImage && isCaption(block);
                afterImage = false;
                body.readOriginal(text);
                if (TAIL.matcher(text).find()) {
                    ended |= !body.paragraphs.isEmpty();
                    continue;
                }
                if (ended || block.linkDensity() > 0.5 || BOILERPLATE.matcher(text).find()
                        || ORIGINAL_URL.matcher(text).find() || BARE_URL.matcher(text).matches()) {
                    continue;
                }
                if (caption) {
                    body.captions.add(text);
                } else if (block.inMain() && title.filter(t -> sameTitle(t, text)).isEmpty()) {
                    body.paragraphs.add(text);
                }
            }
            body.dropClosingCredit();
            return body;
        }

        private static boolean isCaption(Block block) {
            String text = block.text();
            if (block.captionCue()) {
                return true;
            }
            if (text.length() > CAPTION_MAX) {
                return false;
            }
            return !SENTENCE_END.matcher(text).find() || CAPTION_CUE.matcher(text).find();
        }

        private static boolean sameTitle(String title, String text) {
            return Texts.normalizeSpace(title).equals(text);
        }

        private void readOriginal(String text) {
            Matcher m = ORIGINAL_URL.matcher(text);
            if (m.find() && url.isEmpty()) {
                url = Optional.of(m.group(2));
            }
            Matcher from = ORIGINAL_FROM.matcher(text);
            if (from.find() && outlet.isEmpty()) {
                outlet = Optional.of(from.group(1));
            }
        }

        private void dropClosingCredit() {
            while (!paragraphs.isEmpty()) {
                Matcher m = CREDIT_LINE.matcher(paragraphs.get(paragraphs.size() - 1));
                if (!m.matches()) {
                    return;
                }
                bylines.add(m.group(1));
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
    }

    /**
     * What a page's head, front matter and leading heading say about the article.
     */
    private record Metadata(Optional<String> title, Optional<String> url, Optional<LocalDate> published,
                            Optional<String> source) {

        static Metadata read(Document page, FrontMatter front) {
            Optional<Element> heading = Optional.ofNullable(page.body().selectFirst("h1, h2, h3"))
                    .filter(h -> h.elementSiblingIndex() < 3 || h.normalName().equals("h1"));
            Optional<String> title = nonBlank(front.fields().get("title"))
                    .or(() -> meta(page, "og:title"))
                    .or(() -> heading.map(Element::text).flatMap(MarkupCleaner::nonBlank))
                    .or(() -> nonBlank(page.title()).map(MarkupCleaner::withoutSiteName));
            Optional<String> url = Stream.of("from", "url", "link", "original", "source_url")
                    .map(k -> front.fields().get(k)).filter(v -> v != null && v.startsWith("http")).findFirst()
                    .or(() -> heading.map(h -> h.selectFirst("a[href^=http]")).map(a -> a.attr("href")))
                    .or(() -> Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(l -> l.attr("href"))
                            .filter(h -> h.startsWith("http")))
                    .or(() -> meta(page, "og:url"));
            Optional<LocalDate> published = Stream.of(
                            meta(page, "article:published_time"), meta(page, "pubdate"), meta(page, "publishdate"),
                            meta(page, "og:release_date"), meta(page, "datePublished"),
                            nonBlank(front.fields().get("date")),
                            Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                    .flatMap(Optional::stream).map(MarkupCleaner::parseDate).flatMap(Optional::stream).findFirst();
            return new Metadata(title.map(String::strip), url, published,
                    nonBlank(front.fields().get("source")).or(() -> meta(page, "og:site_name")));
        }

        private static Optional<String> meta(Document page, String name) {
            Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop="
                    + name + "]");
            return e == null ? Optional.empty() : nonBlank(e.attr("content"));
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** "法国全国大罢工再次严重影响交通 - 新华网" loses its site name: the first part is the headline. */
    private static String withoutSiteName(String title) {
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        return parts.length > 1 && parts[0].length() >= 4 ? parts[0] : title.strip();
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toLocalDate());
        } catch (java.time.format.DateTimeParseException notOffset) {
            // Not a full timestamp: fall back to the first year-month-day in the value, in the page's local time.
            Matcher m = ISO_DATE.matcher(value);
            return m.find() ? UrlDates.date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
        }
    }
}
