package io.github.jianbao.tools;

import io.github.jianbao.EntityType;
import io.github.jianbao.TextPart;
import io.github.jianbao.Token;
import io.github.jianbao.internal.Lexicon;
import io.github.jianbao.internal.Organizations;
import io.github.jianbao.internal.ner.NamedSpan;
import io.github.jianbao.internal.ner.NerLabels;
import io.github.jianbao.stage.PartText;
import io.github.jianbao.stage.Segmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NER corpora into sentences with gold entity spans: char BIO files ({@code char<TAB>tag}, MSRA, CLUENER,
 * Weibo) and People's Daily 1998 ({@code word/POS}, nr/ns/nt and bracketed {@code [...]nt} compounds).
 */
final class NerCorpus {
    /** One sentence: its code points and its entities, with code point offsets. */
    record Sentence(String text, int[] codePoints, List<NamedSpan> entities) {
        int[] labels() {
            int[] labels = new int[codePoints.length];
            for (NamedSpan e : entities) {
                for (int i = e.start(); i < e.end(); i++) {
                    labels[i] = NerLabels.label(e.type(), i - e.start(), e.end() - e.start());
                }
            }
            return labels;
        }

        /** {@return the entities with char offsets into {@link #text}} */
        List<NamedSpan> charEntities() {
            List<NamedSpan> out = new ArrayList<>();
            for (NamedSpan e : entities) {
                out.add(new NamedSpan(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end()),
                        e.type()));
            }
            return out;
        }
    }

    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("PER", EntityType.PERSON), Map.entry("LOC", EntityType.PLACE),
            Map.entry("ORG", EntityType.ORGANIZATION),
            // CLUENER2020: see its SOURCE.md for the rough mapping to MSRA's three types.
            Map.entry("NAME", EntityType.PERSON), Map.entry("ADDRESS", EntityType.PLACE),
            Map.entry("COMPANY", EntityType.ORGANIZATION), Map.entry("GOVERNMENT", EntityType.ORGANIZATION),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            // Weibo NER: named mentions only; GPE (countries, cities) are places in MSRA.
            Map.entry("PER.NAM", EntityType.PERSON), Map.entry("LOC.NAM", EntityType.PLACE),
            Map.entry("GPE.NAM", EntityType.PLACE), Map.entry("ORG.NAM", EntityType.ORGANIZATION));

    private NerCorpus() {
    }

    /**
     * {@return each sentence's words as the pipeline's segmenter gives them, with the bundled organisation words, so
     * that the tagger sees the features it sees in the pipeline}
     */
    static List<List<Token>> segment(List<Sentence> sentences) {
        Segmenter segmenter = new Segmenter(new Lexicon(Organizations.bundled().words(), List.of()), null);
        List<List<Token>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(segmenter.apply(new PartText(TextPart.BODY, s.text())).tokens());
        }
        return out;
    }

    /** {@return the index of the first dev sentence: the last 10% of the sentences are the dev part} */
    static int devStart(int sentences) {
        return sentences - sentences / 10;
    }

    /** Reads a char BIO file; tags of types without an MSRA counterpart count as O. */
    static List<Sentence> readBio(Path file) {
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Integer> cps = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line == null || line.isBlank()) {
                    if (!cps.isEmpty()) {
                        sentences.add(fromBio(cps, tags));
                        cps.clear();
                        tags.clear();
                    }
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                String[] parts = line.split("[\t ]");
                if (parts[0].isEmpty()) {
                    continue;
                }
                cps.add(parts[0].codePointAt(0));
                tags.add(parts[parts.length - 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    private static Sentence fromBio(List<Integer> cps, List<String> tags) {
        int[] codePoints = cps.stream().mapToInt(Integer::intValue).toArray();
        List<NamedSpan> spans = new ArrayList<>();
        int start = -1;
        EntityType open = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            char prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
            EntityType type = prefix == 'O' ? null : TYPES.get(tag.substring(2).toUpperCase(Locale.ROOT));
            boolean continues = type != null && type == open && (prefix == 'I' || prefix == 'M' || prefix == 'E');
            if (open != null && !continues) {
                spans.add(new NamedSpan(start, i, open));
                open = null;
            }
            if (type != null && !continues) {
                start = i;
                open = type;
            }
        }
        return new Sentence(new String(codePoints, 0, codePoints.length), codePoints, spans);
    }

    private static final Pattern PKU_TOKEN = Pattern.compile("(\\[)?([^\\s/]+)/([A-Za-z]+)(?:\\]([a-z]+))?");

    /**
     * Reads People's Daily 1998 ({@code 199801.noid.txt}): nr → person (a surname and given name written as two
     * adjacent nr words make one person), ns → place, nt and bracketed compounds {@code [...]nt} → organisation,
     * {@code [...]ns} → place. Paragraphs are split into sentences after 。！？.
     */
    static List<Sentence> readPku98(Path file) {
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                StringBuilder text = new StringBuilder();
                List<NamedSpan> spans = new ArrayList<>();
                int bracketStart = -1;
                int previousPersonStart = -1;
                int previousPersonEnd = -1;
                Matcher m = PKU_TOKEN.matcher(line);
                while (m.find()) {
                    if (m.group(1) != null) {
                        bracketStart = text.codePointCount(0, text.length());
                    }
                    String word = m.group(2);
                    String pos = m.group(3);
                    int start = text.codePointCount(0, text.length());
                    text.append(word);
                    int end = text.codePointCount(0, text.length());
                    boolean inBracket = bracketStart >= 0;
                    if (!inBracket) {
                        if (pos.equals("nr")) {
                            if (previousPersonEnd == start && end - previousPersonStart <= 4) {
                                spans.remove(spans.size() - 1);
                                start = previousPersonStart;
                            }
                            spans.add(new NamedSpan(start, end, EntityType.PERSON));
                            previousPersonStart = start;
                            previousPersonEnd = end;
                        } else if (pos.equals("ns")) {
                            spans.add(new NamedSpan(start, end, EntityType.PLACE));
                        } else if (pos.equals("nt")) {
                            spans.add(new NamedSpan(start, end, EntityType.ORGANIZATION));
                        }
                    }
                    String compound = m.group(4);
                    if (compound != null) {
                        if (compound.equals("nt")) {
                            spans.add(new NamedSpan(bracketStart, end, EntityType.ORGANIZATION));
                        } else if (compound.equals("ns")) {
                            spans.add(new NamedSpan(bracketStart, end, EntityType.PLACE));
                        }
                        bracketStart = -1;
                    }
                }
                splitSentences(text.toString(), spans, sentences);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    private static void splitSentences(String paragraph, List<NamedSpan> spans, List<Sentence> out) {
        int[] cps = paragraph.codePoints().toArray();
        int from = 0;
        int spanIndex = 0;
        for (int i = 0; i < cps.length; i++) {
            boolean end = i == cps.length - 1 || ((cps[i] == '。' || cps[i] == '！' || cps[i] == '？')
                    && cps[i + 1] != '”' && cps[i + 1] != '’' && cps[i + 1] != '）');
            if (!end) {
                continue;
            }
            List<NamedSpan> inside = new ArrayList<>();
            while (spanIndex < spans.size() && spans.get(spanIndex).start() <= i) {
                NamedSpan s = spans.get(spanIndex++);
                inside.add(new NamedSpan(s.start() - from, Math.min(s.end(), i + 1) - from, s.type()));
            }
            int[] part = java.util.Arrays.copyOfRange(cps, from, i + 1);
            out.add(new Sentence(new String(part, 0, part.length), part, inside));
            from = i + 1;
        }
    }
}
