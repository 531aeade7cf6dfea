package io.github.jianbao.stage;

import io.github.jianbao.ArticleFormat;
import io.github.jianbao.internal.Checks;
import io.github.jianbao.internal.Credits;
import io.github.jianbao.internal.Dateline;
import io.github.jianbao.internal.FrontMatter;
import io.github.jianbao.internal.Outlets;
import io.github.jianbao.internal.PageDates;
import io.github.jianbao.internal.PageBlocks;
import io.github.jianbao.internal.PageBlocks.Block;
import io.github.jianbao.internal.PageBlocks.Kind;
import io.github.jianbao.internal.Texts;
import io.github.jianbao.internal.UrlDates;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

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

    /** Lines that are page furniture, never article text, by how they start or what they are. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^[（(]?\\s*(?:(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|责编|責編)\\s*[：:]"
                    + "|原标题[：:]|原標題[：:]|【纠错】|【糾錯】|【(?:诚征|誠徵)|荣誉会员招募|榮譽會員招募|(?:点击|點擊)(?:进入|進入|查看|阅读|閱讀|这里|這裡)"
                    + "|(?:分享到|分享至|扫码|掃碼|扫描二维码|掃描二維碼|长按|長按|订阅|訂閱|关注我们|關注我們)"
                    + "|本文(?:网址|網址|链接|鏈接)|手机上长按|手機上長按)"
                    + "|^\\s*[（(]?(?:图片来源|圖片來源)[：:][^）)]*[）)]?\\s*$"
                    // 本文共528字，订阅后可畅读全文; 发于2020.2.10总第934期《中国新闻周刊》; a button's label on its own line.
                    + "|^[（(]?本文共\\d+字|^(?:发于|發於|刊于|刊於|原载于|原載於)\\S{0,20}期"
                    + "|^(?:收藏|举报|舉報|分享|点赞|點讚|打印|关闭|關閉|字号|字號|返回顶部|返回頂部|转播到腾讯微博|正在加载\\.*|"
                    + "设为首页|設為首頁|加载更多|載入更多)$");
    /**
     * Words that make any line furniture wherever they stand: a copyright notice. Looked for with
     * {@link String#indexOf}, faster than an unanchored alternation tried at every character of every block.
     */
    private static final List<String> RIGHTS_WORDS = List.of("版权所有", "版權所有", "©", "未经授权", "未經授權", "转载请注明",
            "轉載請註明");
    /** Line breaks and tabs from the markup inside a heading, with the spaces around them. */
    private static final Pattern MARKUP_BREAKS = Pattern.compile("\\s*[\\r\\n\\t]+\\s*");
    /** A breadcrumb: 宁波 > 企业资讯 > 正文, 首页/科技/正文. */
    private static final Pattern BREADCRUMB = Pattern.compile("[>/›»]\\s*(?:正文|正文内容|內文)$");
    /** Lines after which a page has no more article text. */
    private static final Pattern TAIL = Pattern.compile(
            "^(?:责任编辑|責任編輯|原文地址|原文網址|原文链接|原文鏈接|手机上长按|手機上長按|相关文章|相關文章|相关新闻|相關新聞"
                    + "|相关阅读|相關閱讀|延伸阅读|延伸閱讀|更多相关|更多相關|推荐阅读|推薦閱讀|热点推荐|熱點推薦|猜你喜欢|猜你喜歡"
                    + "|作者最新文章|相关搜索|相關搜尋|相关推荐|相關推薦|为您推荐|為您推薦|精彩视频推荐|精彩視頻推薦"
                    + "|精彩推荐|精彩推薦|热门推荐|熱門推薦|大家都在看|免责声明|免責聲明|上一篇|下一篇)"
                    // A comment section's heading: 网友评论, 全部评论(12), 发表评论：
                    + "|^(?:网友|網友|我要|发表|發表|全部|热门|熱門|最新|精彩|更多)?(?:评论|評論|留言)(?:区|區|列表)?\\s*"
                    + "(?:[（(]?\\d*[）)]?)?[：:]?$");
    /** 原文地址（需翻墙访问）：https://… and the like: the original address. */
    private static final Pattern ORIGINAL_URL = Pattern.compile(
            "^(?:原文地址|原文網址|原文链接|原文鏈接|原文来自|原文來自|本文链接|本文鏈接)[^：:]*[：:]\\s*"
                    + "(?:(\\p{IsHan}{2,10}?)[：:])?.*?(https?://\\S+?)[）)~]*$");
    /** 原文来自新京报：, 原文来自微信公众号「财新网」：, 原文来自 中国青年报 冰点周刊. */
    private static final Pattern ORIGINAL_FROM = Pattern.compile(
            "^(?:原文|文章)(?:来自|來自)\\s*(?:微信公众号|微信公號|微信公号)?\\s*[「“\"]?(\\p{IsHan}{2,10}?)[」”\"]?(?:[\\s：:~、]|$)");
    private static final Pattern ORIGINAL_LINE = Pattern.compile(
            "^(?:原文|本文|文章)(?:来自|來自|地址|網址|网址|链接|鏈接|出处|出處)");
    /** The longest 原文来自 line dropped from the body; a longer one tells a story. */
    private static final int ORIGINAL_LINE_MAX = 60;
    /** 扬子晚报记者 张楠: a closing credit naming the reporter's outlet. */
    private static final Pattern OUTLET_REPORTER = Pattern.compile(
            "^[（(]?\\s*(\\p{IsHan}{2,8}?(?:报|報|网|網|社|台|新闻|新聞|周刊|週刊))(?:见习|見習|实习|實習|特约|特約|驻\\p{IsHan}{1,4})?"
                    + "(?:记者|記者)");
    /** （作者：紫君）帝尧者…: a credit in brackets opening the first paragraph. */
    private static final Pattern LEAD_CREDIT = Pattern.compile(
            "^[（(]\\s*((?:作者|文|撰文|记者|記者)\\s*[：:／/]?\\s*[\\p{IsHan}·]{2,6})\\s*[）)]\\s*");
    /** A page header's byline: an outlet or account name on its own, such as 新华社, 加拿大必读, GameForce. */
    private static final Pattern HEADER_NAME = Pattern.compile("^[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9·&. ]{1,15}$");
    private static final Pattern HEADER_WORDS = Pattern.compile(
            "原创|原創|发布|發佈|发表|發表|更新|\\p{IsHan}{0,6}(?:时间|時間)|[：:|｜]");
    private static final Pattern HEADER_FURNITURE = Pattern.compile(
            "字号|字號|分享|收藏|举报|舉報|评论|評論|订阅|訂閱|关注|關注|登录|登錄|注册|註冊|首页|首頁|正文|站内|站內|更多|返回|"
                    + "打印|纠错|糾錯|阅读|閱讀|浏览|瀏覽|点击|點擊|作者|优质|優質|认证|認證|粉丝|粉絲");
    /** " @ 史蒂文的家_藍天": a blog platform's title names the blog after an at sign. */
    private static final Pattern BLOG_SUFFIX = Pattern.compile("\\s+@\\s+[^@]{1,30}$");
    /** How many months a page's own link may be dated from the dateline's month and still tell the year. */
    private static final int LINK_MONTHS = 1;
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})[-_/]?(0[1-9]|1[0-2])(?:/|$)");
    /** Up to this much text before the headline is page header, not body. */
    private static final int HEADER_TEXT_MAX = 200;
    /** A credit line closing the body: 新京报记者杨畅, （记者：张三）, 作者：李四. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^[（(]?\\s*(?:\\p{IsHan}{0,8}?(?:记者|記者)|作者|撰稿|文)\\s*[：:]?\\s*([\\p{IsHan}·]{2,5})\\s*[）)]?$");
    private static final Pattern CAPTION_CUE = Pattern.compile(
            "^(?:图|圖|图为|圖為|照片|资料图|資料圖)|图片来源|圖片來源|图源|圖源|摄影|攝影|摄）|攝）|"
                    + "(?i:getty|afp|reuters|via |photo|/ap\\b|\\bap/)");
    private static final Pattern BARE_URL = Pattern.compile("\\s*(?:https?://|www\\.)\\S+\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    /** A site name after the headline in {@code <title>}: "… - 新华网", "…_网易新闻", "… | BBC News". */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "\\s*(?:[-–—_|｜]|::)\\s*([^-–—_|｜:]{1,16}?)\\s*(?:::)?\\s*$");
    private static final Pattern SITE_WORD = Pattern.compile(
            "网|網|新闻|新聞|频道|頻道|日报|日報|时报|時報|之声|之聲|电台|電台|中文|PIXNET|痞客邦|(?i:news|bbc|online)");
    /** A page saved with its address in a leading comment: {@code <!--http://…-->}, {@code saved from url=(0045)…}. */
    private static final Pattern SAVED_FROM = Pattern.compile(
            "\\A\\s*(?:<!DOCTYPE[^>]*>\\s*)?<!--\\s*(?:saved from url=\\(\\d+\\))?\\s*(https?://[^\\s>]+?)\\s*-->");
    private static final Pattern URL_YEAR = Pattern.compile("[-/_]((?:19|20)\\d{2})[-/_]");
    private static final Pattern SHORT_LEAD = Pattern.compile("^[^，。！？；：,.!?;:]{1,10}$");
    private static final int LEAD_PARAGRAPHS = 4;
    private static final int LEAD_CAPTION_MAX = 80;
    /** A caption's closing credit in brackets, （视频截图）, (AFP), （图片来源：网络）, or after a slash: 图/新华. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "[（(][^（）()]{0,60}(?:图|圖|照|摄|攝|提供|截屏|(?i:getty|afp|reuters|ap|pixabay|wikimedia|public domain|"
                    + "stock|photo))[^（）()]{0,60}[）)]\\s*$"
                    + "|(?:图|圖|摄影|攝影|摄|攝)\\s*[/／]\\s*[\\p{IsHan}A-Za-z· ]{1,16}\\s*$");
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
                yield fromPage(page, front, article.referenceDate(), "");
            }
            case HTML -> fromPage(Jsoup.parse(content), FrontMatter.parse(""), article.referenceDate(), content);
        };
        if (clean.text().isBlank()) {
            // Quoting reads the whole input, so it is done only for the message of a failure.
            throw new IllegalArgumentException(String.format("article has no text after cleaning (%s, %d chars): %s",
                    article.format(), content.length(), Checks.quote(content)));
        }
        return clean;
    }

    private static CleanText plain(String content, Optional<LocalDate> reference) {
        Optional<Dateline> dateline = Dateline.find(content);
        Optional<LocalDate> published = dateline.flatMap(d -> dateOf(d, reference.map(LocalDate::getYear)));
        return new CleanText(content, Optional.empty(), dateline.flatMap(Dateline::outlet), Optional.empty(),
                published, Optional.empty(), List.of(), List.of(),
                dateline.map(Dateline::reporters).orElse(List.of()), List.of(), List.of());
    }

    private static CleanText fromPage(Document page, FrontMatter front, Optional<LocalDate> reference, String raw) {
        Metadata meta = Metadata.read(page, front, raw);
        PageBlocks.Page blocks = PageBlocks.read(page);
        Body body = Body.collect(blocks.blocks(), meta.title());
        Optional<Dateline> dateline = body.takeLead(meta.title());
        body.trimTail();
        body.fallBack();

        Optional<String> url = first(meta.url(), body.url);
        Optional<LocalDate> urlDate = url.flatMap(UrlDates::find);
        // A mirror's front matter dates its copy; the original address, written when the outlet published, wins.
        Optional<LocalDate> pageDate = meta.frontDated() && urlDate.isPresent() && !urlDate.equals(meta.published())
                ? Optional.empty() : first(meta.published(), body.stamp);
        Optional<Integer> knownYear = first(pageDate, urlDate, meta.updated()).map(LocalDate::getYear)
                .or(() -> url.flatMap(MarkupCleaner::urlYear))
                .or(() -> reference.map(LocalDate::getYear))
                .or(() -> PageDates.commonYear(meta.title().orElse("") + String.join("", body.paragraphs)
                        + String.join("", body.captions)))
                .or(() -> dateline.flatMap(d -> linkYear(d, body.linkMonths)));
        Optional<LocalDate> datelineDate = dateline.flatMap(d -> dateOf(d, knownYear));
        Optional<LocalDate> headerDate = body.monthDay.flatMap(md -> knownYear.flatMap(
                y -> UrlDates.date(y, md.getMonthValue(), md.getDayOfMonth())));
        // A page's own timestamp that its address confirms is the publication; otherwise the dateline's day wins,
        // since a wire dateline (新华社巴黎12月9日电) is filed in local time before the site publishes it.
        Optional<LocalDate> published = pageDate.isPresent() && pageDate.equals(urlDate) ? pageDate
                : first(datelineDate, pageDate, urlDate, headerDate, meta.updated());
        Optional<String> source = first(body.label, body.headerName, dateline.flatMap(Dateline::outlet), body.outlet,
                body.creditOutlet, meta.source(), url.flatMap(Outlets::byUrl)).map(Outlets::simplified);
        List<String> bylines = new ArrayList<>(dateline.map(Dateline::reporters).orElse(List.of()));
        bylines.addAll(body.bylines);
        List<String> tags = blocks.tags().isEmpty() ? front.list("tags") : blocks.tags();
        String text = String.join("\n", body.paragraphs);
        // Paragraphs the lead and tail readings cut take their emphasis with them.
        List<String> emphasis = body.emphasis.stream().filter(text::contains).distinct().toList();
        return new CleanText(text, meta.title(), source, url, published, dateline.map(Dateline::text), body.captions,
                tags, bylines.stream().distinct().toList(), emphasis, meta.keywords());
    }

    /**
     * The year of a dated address that the body links to in the dateline's month or next to it: a wire story
     * without a year (路透上海9月1日) that links a ministry statement filed under {@code /201809/} was written in 2018.
     */
    private static Optional<Integer> linkYear(Dateline dateline, List<YearMonth> linkMonths) {
        if (dateline.month().isEmpty()) {
            return Optional.empty();
        }
        int month = dateline.month().getAsInt();
        for (YearMonth linked : linkMonths) {
            for (int year = linked.getYear() - 1; year <= linked.getYear() + 1; year++) {
                if (Math.abs(ChronoUnit.MONTHS.between(YearMonth.of(year, month), linked)) <= LINK_MONTHS) {
                    return Optional.of(year);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return the month an address is filed under: /2018/09/02/, /201809/, 20180902; empty if none} */
    private static Optional<YearMonth> urlMonth(String href) {
        Optional<LocalDate> date = UrlDates.find(href);
        if (date.isPresent()) {
            return date.map(YearMonth::from);
        }
        Matcher m = URL_MONTH.matcher(href);
        return m.find() ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    private static Optional<Integer> urlYear(String url) {
        Matcher m = URL_YEAR.matcher(url);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
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
        private final List<String> emphasis = new ArrayList<>();
        private final List<YearMonth> linkMonths = new ArrayList<>();
        /** Link text of the main content, the body of last resort for a fragment that is all links. */
        private final List<String> linked = new ArrayList<>();
        private Optional<String> url = Optional.empty();
        private Optional<String> outlet = Optional.empty();
        private Optional<String> label = Optional.empty();
        private Optional<String> headerName = Optional.empty();
        private Optional<String> creditOutlet = Optional.empty();
        private Optional<LocalDate> stamp = Optional.empty();
        private Optional<MonthDay> monthDay = Optional.empty();

        /** The short line just read, if it could be the byline of a timestamp that follows it. */
        private @Nullable String nameBefore;

        /** {@return whether a line is page furniture: an editor's credit, a share prompt, a copyright, a breadcrumb} */
        private static boolean isBoilerplate(String text) {
            if (BOILERPLATE.matcher(text).lookingAt()) {
                return true;
            }
            for (String word : RIGHTS_WORDS) {
                if (text.contains(word)) {
                    return true;
                }
            }
            return containsIgnoreCase(text, "copyright")
                    || (text.endsWith("正文") || text.endsWith("正文内容") || text.endsWith("內文"))
                    && BREADCRUMB.matcher(text).find();
        }

        /** {@return whether {@code text} holds {@code ascii}, lower-case ASCII letters, in either case} */
        private static boolean containsIgnoreCase(String text, String ascii) {
            for (int i = 0; i + ascii.length() <= text.length(); i++) {
                if ((text.charAt(i) | 0x20) == ascii.charAt(0)
                        && text.regionMatches(true, i, ascii, 0, ascii.length())) {
                    return true;
                }
            }
            return false;
        }

        static Body collect(List<Block> blocks, Optional<String> title) {
            Body body = new Body();
            Optional<String> headlineText = title.map(Texts::normalizeSpace);
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
                body.readOriginal(block);
                if (!block.href().isEmpty()) {
                    urlMonth(block.href()).ifPresent(body.linkMonths::add);
                }
                String before = body.nameBefore;
                body.nameBefore = null;
                if (body.readHeader(text, before)) {
                    continue;
                }
                boolean headline = headlineText.filter(text::equals).isPresent();
                if (headline && ended && body.paragraphs.stream().mapToInt(String::length).sum() < HEADER_TEXT_MAX) {
                    // The headline after a section end (a blog's "相關文章" header list) opens the article: what came
                    // before was page header. After a body of some length it is a list of the author's articles.
                    body.paragraphs.clear();
                    body.captions.clear();
                    ended = false;
                    continue;
                }
                if (TAIL.matcher(text).lookingAt()) {
                    ended |= !body.paragraphs.isEmpty();
                    continue;
                }
                if (headline) {
                    if (body.paragraphs.isEmpty()) {
                        // Short lines after images above the headline are page header (站内, a logo's name).
                        body.captions.clear();
                    }
                    continue;
                }
                if (!ended && block.linkDensity() > 0.5 && block.inMain() && body.paragraphs.isEmpty()
                        && body.captions.isEmpty() && !isBoilerplate(text)) {
                    body.linked.add(text);
                }
                if (ended || block.linkDensity() > 0.5 || isBoilerplate(text)
                        || ORIGINAL_URL.matcher(text).find() || BARE_URL.matcher(text).matches()
                        || ORIGINAL_LINE.matcher(text).find() && text.length() <= ORIGINAL_LINE_MAX) {
                    continue;
                }
                if (block.kind() != Kind.HEADING && HEADER_NAME.matcher(text).matches()) {
                    body.nameBefore = text;
                }
                if (caption) {
                    body.captions.add(text);
                } else if (block.inMain()) {
                    body.paragraphs.add(text);
                    body.emphasis.addAll(block.emphasis());
                }
            }
            return body;
        }

        /**
         * Reads the page header lines that come before the body: a timestamp (2019-12-10 07:57:40), a 来源 label,
         * and the byline beside the timestamp (华夏人文 2020-03-09 18:14:21, or 新华社 on the line before).
         *
         * @param before the line just before, if it could be a byline
         * @return whether the line was header matter, not body text
         */
        private boolean readHeader(String text, @Nullable String before) {
            if (paragraphs.size() >= LEAD_PARAGRAPHS - 1 && !text.startsWith("本文来源")) {
                return false;
            }
            Optional<LocalDate> date = PageDates.stamp(text);
            Optional<MonthDay> partial = date.isPresent() ? Optional.empty() : PageDates.monthDayStamp(text);
            Optional<String> named = text.length() <= Credits.CREDIT_MAX ? Credits.sourceLabel(text)
                    : Optional.empty();
            if (label.isEmpty()) {
                label = named;
            }
            if (date.isPresent() && stamp.isEmpty()) {
                stamp = date;
            }
            if (partial.isPresent() && monthDay.isEmpty()) {
                monthDay = partial;
            }
            boolean stamped = date.isPresent() || partial.isPresent();
            if (stamped && named.isEmpty() && headerName.isEmpty()) {
                Optional<String> beside = date.flatMap(d -> headerName(PageDates.withoutStamp(text)));
                if (beside.isPresent()) {
                    headerName = beside;
                } else if (before != null && headerName(before).isPresent()) {
                    headerName = headerName(before);
                    dropLast(captions, before);
                    dropLast(paragraphs, before);
                }
            }
            return stamped || named.isPresent();
        }

        /** {@return the byline left in a header line once its timestamp is gone, if it is a plain name} */
        private static Optional<String> headerName(String rest) {
            String name = HEADER_WORDS.matcher(rest).replaceAll(" ").strip();
            name = name.replaceAll("^[\\d:：\\s]+|[\\d:：\\s]+$", "");
            return HEADER_NAME.matcher(name).matches() && !HEADER_FURNITURE.matcher(name).find()
                    ? Optional.of(name) : Optional.empty();
        }

        private static void dropLast(List<String> list, String text) {
            if (!list.isEmpty() && list.get(list.size() - 1).equals(text)) {
                list.remove(list.size() - 1);
            }
        }

        private static boolean isCaption(Block block) {
            String text = block.text();
            if (block.captionCue()) {
                return true;
            }
            if (text.length() > CAPTION_MAX || Dateline.find(text).isPresent()) {
                return false;
            }
            return !SENTENCE_END.matcher(text).find() || CAPTION_CUE.matcher(text).find()
                    || CAPTION_CREDIT.matcher(text).find();
        }

        private static boolean sameTitle(String title, String text) {
            return Texts.normalizeSpace(title).equals(text);
        }

        private void readOriginal(Block block) {
            String text = block.text();
            Matcher m = ORIGINAL_URL.matcher(text);
            if (m.find() && url.isEmpty()) {
                url = Optional.of(m.group(2));
            } else if (ORIGINAL_LINE.matcher(text).find() && url.isEmpty() && !block.href().isEmpty()) {
                // 原文来自新京报：[headline](http://…): the address is the link's, not in the text.
                url = Optional.of(block.href());
            }
            Matcher from = ORIGINAL_FROM.matcher(text);
            if (from.find() && outlet.isEmpty()) {
                outlet = Optional.of(from.group(1));
            }
        }

        /**
         * Takes the dateline and the credit, timestamp and label lines before it off the head of the body.
         *
         * @return the dateline, or empty if the first paragraphs hold none
         */
        Optional<Dateline> takeLead(Optional<String> title) {
            Optional<Dateline> found = findLead();
            takeLeadCredit();
            // 【新唐人北京时间2020年09月25日讯】【环球直击】9月24日完整版（2）: the headline again after the dateline.
            if (!paragraphs.isEmpty() && title.filter(t -> sameTitle(t, paragraphs.get(0))).isPresent()) {
                paragraphs.remove(0);
            }
            return found;
        }

        private Optional<Dateline> findLead() {
            for (int i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.size()); i++) {
                String p = paragraphs.get(i);
                Optional<Dateline> dateline = Dateline.find(p);
                if (dateline.isPresent()) {
                    if (paragraphs.subList(0, i).stream().anyMatch(q -> q.length() > LEAD_CAPTION_MAX)) {
                        return Optional.empty();
                    }
                    // Labels and captions above the dateline go; a deck written as a sentence (导语) stays.
                    List<String> deck = paragraphs.subList(0, i).stream().filter(MarkupCleaner::endsSentence).toList();
                    paragraphs.subList(0, i).clear();
                    paragraphs.set(0, cutDateline(p, dateline.get()));
                    readLeadCredit();
                    paragraphs.addAll(0, deck);
                    paragraphs.removeIf(String::isBlank);
                    return dateline;
                }
                if (Credits.isCredit(p)) {
                    bylines.addAll(Credits.authors(p));
                    Credits.sourceLabel(p).filter(x -> label.isEmpty()).ifPresent(x -> label = Optional.of(x));
                    readCreditOutlet(p);
                    paragraphs.remove(i--);
                } else if (SHORT_LEAD.matcher(p).matches() && i + 1 < paragraphs.size()
                        && paragraphs.subList(0, i).isEmpty()) {
                    // 图集, 字号: page furniture before the first sentence.
                    paragraphs.remove(i--);
                }
            }
            return Optional.empty();
        }

        /** A credit paragraph right after the dateline (新京报讯 on its own line, then （记者杨畅）). */
        private void readLeadCredit() {
            if (!paragraphs.isEmpty() && Credits.isCredit(paragraphs.get(0))) {
                bylines.addAll(Credits.authors(paragraphs.remove(0)));
            }
        }

        /** （作者：紫君）帝尧者…: a bracketed credit that opens the first paragraph. */
        private void takeLeadCredit() {
            if (paragraphs.isEmpty()) {
                return;
            }
            Matcher m = LEAD_CREDIT.matcher(paragraphs.get(0));
            if (m.find() && m.end() < paragraphs.get(0).length()) {
                bylines.addAll(Credits.authors(m.group(1)));
                paragraphs.set(0, paragraphs.get(0).substring(m.end()));
            }
        }

        private void readCreditOutlet(String credit) {
            Matcher m = OUTLET_REPORTER.matcher(credit);
            if (m.find() && creditOutlet.isEmpty()) {
                creditOutlet = Optional.of(m.group(1));
            }
        }

        /**
         * Gives a page with no paragraphs what text it has: an image-only post its captions, a fragment that is one
         * link its link text (#2, #3). A page with none of these stays empty and is rejected.
         */
        void fallBack() {
            if (paragraphs.isEmpty()) {
                paragraphs.addAll(captions.isEmpty() ? linked : captions);
                captions.clear();
            }
        }

        /** Drops the credits, end marks and disclaimers that close the body, keeping the names they give. */
        void trimTail() {
            while (!paragraphs.isEmpty()) {
                int last = paragraphs.size() - 1;
                String p = Credits.withoutEndMark(paragraphs.get(last)).strip();
                paragraphs.set(last, p);
                Matcher m = CREDIT_LINE.matcher(p);
                if (p.isEmpty() || Credits.isEndMatter(p)) {
                    paragraphs.remove(last);
                } else if (m.matches()) {
                    bylines.add(m.group(1));
                    readCreditOutlet(p);
                    paragraphs.remove(last);
                } else if (Credits.isCredit(p)) {
                    bylines.addAll(Credits.authors(p));
                    readCreditOutlet(p);
                    paragraphs.remove(last);
                } else {
                    return;
                }
            }
        }
    }

    /**
     * What a page's head, front matter and leading heading say about the article.
     */
    private record Metadata(Optional<String> title, Optional<String> url, Optional<LocalDate> published,
                            boolean frontDated, Optional<LocalDate> updated, Optional<String> source,
                            List<String> keywords) {

        private static final List<String> META_KEYS = List.of("property", "name", "itemprop");
        /** Between the keywords of a {@code <meta name=keywords>}: portals use commas, spaces or both. */
        private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,，、;；|\\s]+");
        // Parsed once: jsoup parses a selector string again on every call.
        private static final Evaluator H1 = QueryParser.parse("h1");
        private static final Evaluator H2_H3 = QueryParser.parse("h2, h3");
        private static final Evaluator WEB_LINK = QueryParser.parse("a[href^=http]");
        private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
        private static final Evaluator PUBLISH_TIME = QueryParser.parse("[data-publishtime]");
        private static final Evaluator TIME = QueryParser.parse("time[datetime]");

        static Metadata read(Document page, FrontMatter front, String raw) {
            Map<String, String> metas = metas(page);
            Function<String, Optional<String>> meta = name -> Optional.ofNullable(metas.get(name));
            // An <h1> is the headline wherever it is; a lesser heading only near the top (mirrors use ### title).
            Optional<Element> heading = Optional.ofNullable(page.body().selectFirst(H1))
                    .or(() -> Optional.ofNullable(page.body().selectFirst(H2_H3))
                            .filter(h -> h.elementSiblingIndex() < 3));
            Optional<Element> feedTitle = feedTitle(page);
            Optional<String> title = nonBlank(front.fields().get("title"))
                    .or(() -> meta.apply("og:title").map(MarkupCleaner::withoutSiteName))
                    .or(() -> feedTitle.map(MarkupCleaner::headingText).flatMap(MarkupCleaner::nonBlank))
                    .or(() -> heading.map(MarkupCleaner::headingText).flatMap(MarkupCleaner::nonBlank))
                    .or(() -> nonBlank(page.title()).map(MarkupCleaner::withoutSiteName));
            Matcher saved = SAVED_FROM.matcher(raw);
            Optional<String> url = Stream.of("from", "url", "link", "original", "source_url")
                    .map(k -> front.fields().get(k)).filter(v -> v != null && v.startsWith("http")).findFirst()
                    .or(() -> feedTitle.map(h -> h.selectFirst(WEB_LINK)).map(a -> a.attr("href")))
                    .or(() -> saved.find() ? Optional.of(saved.group(1)) : Optional.empty())
                    .or(() -> Optional.ofNullable(page.selectFirst(CANONICAL)).map(l -> l.attr("href"))
                            .filter(h -> h.startsWith("http")))
                    .or(() -> meta.apply("og:url"))
                    .or(() -> meta.apply("dc.identifier").filter(h -> h.startsWith("http")))
                    // Last: a portal's <h1> often links its own front page, a mirror's heading the article.
                    .or(() -> heading.map(h -> h.selectFirst(WEB_LINK)).map(a -> a.attr("href")));
            Optional<LocalDate> metaPublished = firstDate(Stream.of("article:published_time", "pubdate", "publishdate",
                    "og:release_date", "datepublished", "apub:time", "dcterms.created", "dc.date.issued")
                    .map(meta));
            Optional<LocalDate> frontDate = nonBlank(front.fields().get("date")).flatMap(PageDates::parse);
            // The page's own elements are searched only when its metadata and front matter give no date.
            Optional<LocalDate> published = first(metaPublished, frontDate).or(() -> firstDate(Stream.of(
                    () -> Optional.ofNullable(page.selectFirst(PUBLISH_TIME))
                            .map(e -> e.attr("data-publishtime")),
                    (Supplier<Optional<String>>) () -> Optional.ofNullable(page.selectFirst(TIME))
                            .map(t -> t.attr("datetime"))).map(Supplier::get)));
            Optional<LocalDate> updated = firstDate(Stream.of("article:modified_time", "og:updated_time",
                    "dateupdate", "datemodified", "dcterms.modified").map(meta));
            List<String> keywords = Stream.of("keywords", "news_keywords").map(meta).flatMap(Optional::stream)
                    .flatMap(KEYWORD_SEPARATORS::splitAsStream).map(String::strip).filter(k -> !k.isEmpty())
                    .collect(Collectors.toCollection(ArrayList::new));
            keywords.addAll(front.list("keywords"));
            return new Metadata(title.map(String::strip), url, published,
                    metaPublished.isEmpty() && frontDate.isPresent(), updated,
                    nonBlank(front.fields().get("source")).or(() -> meta.apply("og:site_name")),
                    keywords.stream().distinct().toList());
        }

        private static Optional<LocalDate> firstDate(Stream<Optional<String>> values) {
            return values.flatMap(Optional::stream).map(PageDates::parse).flatMap(Optional::stream).findFirst();
        }

        /**
         * A feed capture opens with its headline as one link to the original, then a rule:
         * {@code [蔡英文感谢印度声援台湾](https://www.dw.com/…)} over {@code ------}.
         */
        private static Optional<Element> feedTitle(Document page) {
            Element first = page.body().firstElementChild();
            if (first == null || !Set.of("p", "h1", "h2", "h3").contains(first.normalName())) {
                return Optional.empty();
            }
            Element link = first.selectFirst(WEB_LINK);
            Element next = first.nextElementSibling();
            boolean onlyLink = link != null && link.text().equals(first.text()) && !first.text().isBlank();
            return onlyLink && next != null && next.normalName().equals("hr") ? Optional.of(first) : Optional.empty();
        }

        /** The first {@code content} of each {@code <meta>} name, property and itemprop, keys in lower case. */
        private static Map<String, String> metas(Document page) {
            Map<String, String> metas = new HashMap<>();
            for (Element e : page.getElementsByTag("meta")) {
                String content = e.attr("content");
                if (content.isBlank()) {
                    continue;
                }
                for (String key : META_KEYS) {
                    String name = e.attr(key);
                    if (!name.isEmpty()) {
                        metas.putIfAbsent(name.toLowerCase(Locale.ROOT), content.strip());
                    }
                }
            }
            return metas;
        }
    }

    /** A heading's text as written: line breaks from the markup go, but runs of typed spaces stay, as the gold has. */
    private static String headingText(Element heading) {
        return MARKUP_BREAKS.matcher(heading.wholeText()).replaceAll("").replace('\u00A0', ' ').strip();
    }

    /** {@return whether a paragraph ends as a sentence does: 。！？ or a closing quote} */
    private static boolean endsSentence(String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && "。！？!?”」".indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * "法国全国大罢工再次严重影响交通-新华网" loses its site name, "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天" its blog name; a
     * column prefix ("特稿 | …") stays.
     */
    private static String withoutSiteName(String title) {
        String t = title.strip();
        Matcher m = SITE_SUFFIX.matcher(t);
        while (m.find() && m.start() >= 4 && (SITE_WORD.matcher(m.group(1)).find() || Outlets.isOutlet(m.group(1)))) {
            t = t.substring(0, m.start()).strip();
            m = SITE_SUFFIX.matcher(t);
        }
        Matcher blog = BLOG_SUFFIX.matcher(t);
        return blog.find() && blog.start() >= 4 ? t.substring(0, blog.start()).strip() : t;
    }
}
