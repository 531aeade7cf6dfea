package io.github.jianbao.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a parsed page as a flat list of text blocks (paragraphs, headings, captions, images), after removing what
 * is never content: scripts, hidden elements, tracking images, navigation, share and comment sections.
 *
 * <p>A table row whose cells hold only text becomes one block, its cells apart, so that a row reads as one line.
 * Links are any element with an {@code href}, since mirrors rewrite {@code <a>} as {@code <span href>} or
 * {@code <ok href>}. Each block records how much of its text is link text and whether it lies in the page's main
 * content element, the element whose paragraphs carry the most Chinese punctuation.
 */
public final class PageBlocks {
    /** What a block is. */
    public enum Kind { TEXT, HEADING, CAPTION, IMAGE }

    /**
     * One block of the page.
     *
     * @param text       its text, white space normalised
     * @param kind       what it is
     * @param linkChars  how many of its characters are link text
     * @param inMain     whether it lies in the main content element
     * @param captionCue whether markup marks it as a caption (figcaption, class caption, small print)
     * @param href       the address of its first web link, or empty if it has none
     * @param emphasis   the texts within it set in bold or emphasis ({@code <strong>}, {@code <b>}, {@code <em>}, and
     *                   so Markdown's {@code **}), white space normalised, in order; a block set wholly so is a
     *                   heading, whose text is no emphasis within it
     */
    public record Block(String text, Kind kind, int linkChars, boolean inMain, boolean captionCue, String href,
            List<String> emphasis) {
        /** Copies the list. */
        public Block {
            emphasis = List.copyOf(emphasis);
        }

        /** {@return the share of link text, 0 for an empty block} */
        public double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    /**
     * The blocks of a page and the tags its links carry.
     *
     * @param blocks the blocks in page order
     * @param tags   texts of tag links ({@code /tag/} addresses, {@code rel=tag}) in page order, without repeats
     */
    public record Page(List<Block> blocks, List<String> tags) {
        /** Copies the lists. */
        public Page {
            blocks = List.copyOf(blocks);
            tags = List.copyOf(tags);
        }
    }

    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "button",
            "input", "select", "textarea", "svg", "template", "nav", "footer", "aside", "head", "object", "embed",
            "video", "audio", "canvas", "map", "link", "meta");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "table", "tbody", "thead", "tr", "td", "th", "blockquote", "section", "article", "figure",
            "figcaption", "header", "pre", "dl", "dt", "dd", "center", "hr", "main", "caption", "address", "picture");
    /** Class or id words of boilerplate containers; whole words only, so "article_right" is not "right". */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|comment-?list|reply|share|sharing|social|nav|navbar|menu|breadcrumbs?|footer|"
                    + "sidebar|side|related|recommend(?:ed)?|ads?|advert(?:isement)?|gpt|taboola|sponsor|promo|"
                    + "qrcode|qr|subscribe|copyright|toolbar|pagination|pager|hot(?:news)?|rank(?:ing)?)"
                    + "(?:$|[\\s_\\d-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_NAME = Pattern.compile(
            "caption|pic-?info|img-?desc|imgtxt|image-?text|photo-?desc|picnote", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EMPHASIS_TAGS = Set.of("strong", "b", "em");
    private static final Pattern TAG_HREF = Pattern.compile("/tags?/|[?&]tag=|/keywords?/", Pattern.CASE_INSENSITIVE);
    /**
     * Marks the gap between table cells while a block is built: white space would vanish next to Chinese text when
     * the markup breaks lines inside the cells.
     */
    private static final char CELL_GAP = '\uE000';
    private static final Pattern CELL_GAPS = Pattern.compile("\\s*\uE000[\\s\uE000]*");
    private static final Pattern ZERO_SIZE = Pattern.compile("0(?:px)?");

    private PageBlocks() {
    }

    /** {@return the blocks of {@code document}, which this method prunes in place} */
    public static Page read(Document document) {
        Element body = document.body();
        prune(body);
        Set<Element> main = withLeadingParagraphs(mainContent(body));
        Walker walker = new Walker(main);
        walker.walk(body);
        walker.flush();
        return new Page(walker.blocks, List.copyOf(walker.tags));
    }

    private static void prune(Element body) {
        Map<Element, Marks> marks = marks(body);
        int pageMarks = marks.get(body).all;
        List<Element> doomed = new ArrayList<>();
        Map<String, Boolean> boilerplateNames = new HashMap<>();
        for (Element e : elements(body)) {
            if (e == body) {
                continue;
            }
            if (isHidden(e)) {
                doomed.add(e);
            } else if (hasBoilerplateName(e, boilerplateNames) && marks.get(e).all * 2 <= pageMarks) {
                // A class word says little when the element holds most of the page: BBC wraps the whole page in
                // <div class="… blq-int-nav">. Navigation and share blocks are small.
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean hasBoilerplateName(Element e, Map<String, Boolean> known) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = e.className() + " " + e.id();
        if (names.length() == 1) {
            return false;
        }
        // Portals repeat a handful of class names thousands of times; match each distinct one once.
        return known.computeIfAbsent(names,
                n -> BOILERPLATE_NAME.matcher(n).find() && !CAPTION_NAME.matcher(n).find());
    }

    private static boolean isHidden(Element e) {
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String style = e.attr("style");
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        if (tag.equals("img")) {
            return ZERO_SIZE.matcher(e.attr("width").strip()).matches()
                    || ZERO_SIZE.matcher(e.attr("height").strip()).matches();
        }
        return false;
    }

    /**
     * The element whose own paragraphs carry the most Chinese punctuation, or the body when no element holds at
     * least half of the page's: then the page is a flat run of paragraphs, as rendered Markdown is.
     */
    private static Element mainContent(Element body) {
        Map<Element, Marks> marks = marks(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        double total = 0;
        for (Map.Entry<Element, Marks> entry : marks.entrySet()) {
            Element e = entry.getKey();
            int own = entry.getValue().ownInline;
            if (own == 0) {
                continue;
            }
            total += own;
            // Text straight under <body> counts for the body, never for <html> above it.
            Element parent = e == body ? body : e.parent();
            if (parent != null) {
                scores.merge(parent, (double) own, Double::sum);
                Element grandparent = parent == body ? null : parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, own / 2.0, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        double covered = marks.get(best).all;
        return covered >= total * 0.5 ? best : body;
    }

    /**
     * The main element and the paragraphs just before it under the same parent: feed captures and portals set the
     * lead paragraph apart from the rest of the body (rfi: a bold lead, then {@code <div class=t-content__body>}).
     */
    private static Set<Element> withLeadingParagraphs(Element main) {
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.add(main);
        Element sibling = main.previousElementSibling();
        for (int i = 0; i < 3 && sibling != null; i++, sibling = sibling.previousElementSibling()) {
            if (sibling.normalName().equals("p") && count(sibling.text()) >= 2) {
                set.add(sibling);
            }
        }
        return set;
    }

    /**
     * Chinese punctuation under one element: in all its text, and in its own inline text (text nodes and inline
     * children, not child blocks).
     */
    private static final class Marks {
        private int all;
        private int ownInline;
    }

    /**
     * Counts the punctuation of every element in one post-order walk, so that no element's text is built more than
     * once: calling {@code text()} per element is quadratic on the deep trees of portal pages.
     */
    private static Map<Element, Marks> marks(Element root) {
        Map<Element, Marks> marks = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    marks.put(e, new Marks());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Node parentNode = node.parentNode();
                if (node == root || !(parentNode instanceof Element parent)) {
                    return;
                }
                Marks up = marks.get(parent);
                if (node instanceof TextNode t) {
                    int n = count(t.getWholeText());
                    up.all += n;
                    up.ownInline += n;
                } else if (node instanceof Element e) {
                    int n = marks.get(e).all;
                    up.all += n;
                    if (!BLOCK_TAGS.contains(e.normalName())) {
                        up.ownInline += n;
                    }
                }
            }
        }, root);
        return marks;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                all.add(e);
            }
        }, root);
        return all;
    }

    private static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '，', '。', '！', '？', '；', '：', '、', '“', '”' -> n++;
                default -> {
                }
            }
        }
        return n;
    }

    /** Walks the tree once, cutting blocks at block elements, line breaks and images. */
    private static final class Walker {
        private final Set<Element> main;
        private final List<Block> blocks = new ArrayList<>();
        private final Set<String> tags = new LinkedHashSet<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int captionChars;
        private String href = "";
        private int linkDepth;
        private int captionDepth;
        private int mainDepth;
        private int emphasisDepth;
        /** Where the outermost open emphasis began in {@code text}. */
        private int emphasisStart;
        private final List<String> emphasis = new ArrayList<>();
        private Kind kind = Kind.TEXT;

        Walker(Set<Element> main) {
            this.main = main;
        }

        void walk(Node node) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0 || captionDepth > 0) {
                    int visible = Texts.normalizeSpace(s).length();
                    linkChars += linkDepth > 0 ? visible : 0;
                    captionChars += captionDepth > 0 ? visible : 0;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("img")) {
                flush();
                blocks.add(new Block("", Kind.IMAGE, 0, mainDepth > 0, false, "", List.of()));
                return;
            }
            // A table row reads as one line with its cells apart, unless a cell holds blocks of its own (layout).
            boolean cell = (tag.equals("td") || tag.equals("th")) && !hasBlockInside(e);
            boolean block = BLOCK_TAGS.contains(tag) && !cell;
            if (cell) {
                text.append(CELL_GAP);
            }
            boolean link = e.hasAttr("href");
            boolean caption = tag.equals("figcaption") || tag.equals("small")
                    || e.attributesSize() > 0 && CAPTION_NAME.matcher(e.className() + " " + e.id()).find();
            boolean isMain = main.contains(e);
            if (link && href.isEmpty() && e.attr("href").startsWith("http")) {
                href = e.attr("href");
            }
            if (link && TAG_HREF.matcher(e.attr("href")).find() || "tag".equals(e.attr("rel"))) {
                String tagText = Texts.normalizeSpace(e.text());
                if (!tagText.isEmpty()) {
                    tags.add(tagText);
                }
            }
            if (block) {
                flush();
            }
            linkDepth += link ? 1 : 0;
            captionDepth += caption ? 1 : 0;
            mainDepth += isMain ? 1 : 0;
            boolean emphatic = EMPHASIS_TAGS.contains(tag);
            if (emphatic && emphasisDepth++ == 0) {
                emphasisStart = text.length();
            }
            boolean heading = isHeading(tag);
            if (heading) {
                kind = Kind.HEADING;
            }
            for (Node child : e.childNodes()) {
                walk(child);
            }
            if (block) {
                flush();
            }
            if (cell) {
                text.append(CELL_GAP);
            }
            linkDepth -= link ? 1 : 0;
            captionDepth -= caption ? 1 : 0;
            mainDepth -= isMain ? 1 : 0;
            if (emphatic && --emphasisDepth == 0) {
                closeEmphasis();
            }
            if (heading) {
                flush();
                kind = Kind.TEXT;
            }
        }

        private static boolean hasBlockInside(Element e) {
            for (Element child : e.children()) {
                String tag = child.normalName();
                if (BLOCK_TAGS.contains(tag) || tag.equals("br") || tag.equals("img") || hasBlockInside(child)) {
                    return true;
                }
            }
            return false;
        }

        /** {@return {@code raw} with white space normalised and cell gaps made spaces} */
        private static String cleaned(String raw) {
            String s = Texts.normalizeSpace(raw);
            return s.indexOf(CELL_GAP) >= 0 ? CELL_GAPS.matcher(s).replaceAll(" ").strip() : s;
        }

        private void closeEmphasis() {
            String run = cleaned(text.substring(emphasisStart));
            if (!run.isEmpty()) {
                emphasis.add(run);
            }
        }

        void flush() {
            if (emphasisDepth > 0) {
                // An emphasis that a block or line break cuts (<b>秋季<br>开始</b>) gives a run to each side.
                closeEmphasis();
            }
            String s = cleaned(text.toString());
            if (!s.isEmpty()) {
                // A caption element that closes before the block does (<div><small>…</small></div>) still
                // makes a caption, so count caption text rather than look at the depth at the end.
                boolean caption = captionChars * 2 > s.length();
                Kind k = caption && kind == Kind.TEXT ? Kind.CAPTION : kind;
                emphasis.removeIf(s::equals);
                blocks.add(new Block(s, k, Math.min(linkChars, s.length()), mainDepth > 0, caption, href, emphasis));
            }
            emphasis.clear();
            emphasisStart = 0;
            text.setLength(0);
            linkChars = 0;
            captionChars = 0;
            href = "";
        }
    }
}
