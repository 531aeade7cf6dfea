package io.github.jianbao.tools;

import io.github.jianbao.EntityType;
import io.github.jianbao.Token;
import io.github.jianbao.internal.ner.CharFeatures;
import io.github.jianbao.internal.ner.CharNerTagger;
import io.github.jianbao.internal.ner.NerLabels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the char NER model ({@link CharNerTagger}), a structured linear model averaged over its updates (CRF
 * gradient steps, passive-aggressive or perceptron steps), and writes it.
 *
 * <p>Training data: the first 90% of the sentences of {@code msra_ner_full/train.bio.tsv}; the last 10% are the dev
 * set and are never trained on. Optional extra corpora are added to the training part. After every epoch the
 * quantised model is scored on the dev set. One thread; a few minutes.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx6g mvn -q test-compile exec:java -Dexec.mainClass=io.github.jianbao.tools.TrainNer \
 *     -Dexec.classpathScope=test \
 *     -Dexec.args="/work/shared/eval src/main/resources/io/github/jianbao/ner/char-ner.bin.gz --crf 0.02 --epochs 24 \
 *         --max-features 96000"
 * </pre>
 * The bundled model was made with exactly this command (min count 2): dev F1 87.53 (P 89.04, R 86.07; ORG 83.87, PLACE
 * 88.27, PERSON 89.42), 1.0 MB, two and a half minutes. With 190,000 features, 87.66 on dev and 91.17 on the slice,
 * against 91.16 there with 96,000; the smaller table (2 MB instead of 4) tags 1.73M chars/s instead of 1.25M.
 * {@code --crf} trains the same features as a linear-chain CRF, by averaged stochastic gradient steps on the
 * conditional log-likelihood, instead of passive-aggressive steps on the best labelling's mistakes: on the slice
 * below 91.17 after 24 epochs against 90.74 for PA-I (step 0.05: 90.95 after 12 epochs; 0.2: 90.6), on dev 87.66
 * against 87.43 for PA-I
 * retrained on today's segmenter; it also takes whole long names that start with places
 * (浙江省湖州市德清县农村信用合作联社), where PA-I stopped at the places.
 * Earlier steps: 87.52 with PA-I on the segmenter of the time (87.65 with 30 templates, some of which walked HanLP's
 * dictionaries themselves instead of reading the segmenter's tags, 86.1 before the features read the segmenter's
 * words and the char classes, the perceptron then 84.5).
 * The 23 templates were chosen with {@code --split 0.8,0.9 --ablate} and {@code --drop}: on that slice, 90.71 with
 * the 28 templates before, 90.94 without the five whose loss cost least (two n-grams of three chars, one of two, the
 * previous word, one long-range pair); dropping the previous word's template alone back in cost 0.35.
 * Tried and flat or worse (PA-I, slice, 15–20 epochs, 90.74 to beat): the 8-bit weights cost nothing against the
 * float averaged model (within 0.1); eight more templates of char-class bigrams and trigrams, class with char, word
 * length and tag with class (90.79); classes of the segmenter's words learnt like the char classes, 256 or 1,024 of
 * them (91.15 on the slice but 87.12 on dev: the classes were learnt from text holding the slice); char classes
 * learnt without the MSRA text (90.74); {@code --pa 0.1} (the same as 1) and 0.01 (90.80); min count 1 or 3 (90.88,
 * 90.99); 300,000 features (90.97); CLUENER as extra data (89.69). Three templates reading the words of the PKU
 * standard ({@code WordBoundaries}): 91.03 with PA-I and 91.28 with the CRF on the slice, but 87.65 and 87.49 on dev,
 * and the tagger ran Apple公司CEO库克 into one organisation again; left out.
 * Tried in session 4, CRF, all flat or worse (slice 0.8–0.9 at 91.16 to beat unless said): People's Daily 1998-01 as
 * extra data (dev fell to 83 by epoch 13: its nr/ns/nt conventions differ), only its sentences whose entities are all
 * persons (dev 87.1); HanLP's person, or person and place, role recognition on in the segmenter whose tags the features
 * read (dev 86.97, 86.35); a bias towards starting entities at decoding, all types or persons only (slice 91.15–91.31,
 * dev down to 87.23 for persons); the averaged weights of two runs with different sentence orders averaged (91.11);
 * steps shrinking each epoch (0.02 × 0.93^epoch: 90.98; 0.05 × 0.9^epoch: 90.92). What helped instead is document
 * context: {@code NameRepeats}, scored by {@code NerEvaluation} in context (dev 87.53 → 87.94).
 * Tried in session 5: keeping only the 96,000 strongest features after epoch 6 or 12 and training on those alone for
 * the remaining epochs (slice 91.16 and 91.06: the features the tagger drops cost it nothing to be retrained for).
 * Sentence orders from seeds 0, 1 and 2 score 91.16, 91.12 and 91.14 on the slice: differences below 0.1 are noise.
 * Training on past 24 epochs gains nothing: epochs 25 to 36 score 90.92 to 91.14 there.
 * Session 6 added some 25 short names of bodies to the segmenter's lexicon (民进, 军委, 国际足联): retrained on it, the
 * slice scores 91.28 alone and 91.70 in context, against 91.70 in context for the model trained before; the bundled
 * model was kept.
 * Tried in session 7: 48,000 features, so that the table takes 1 MB instead of 2: dev 87.31 alone and 88.05 in
 * context, against 87.53 and 88.28, and no faster (1.31M and 1.64M chars/s in two runs, against 1.76M and 1.83M): the
 * fuller table's misses probe longer. A table of the same 96,000 features at half the load (4 MB) tagged no faster
 * either. The bundled model was kept.
 * Options: {@code --epochs N} (default 20), {@code --min-count N} (features seen fewer times are dropped, default 2),
 * {@code --min-weight W} (features whose averaged weights all stay below W are dropped, default 0),
 * {@code --max-features N} (only the N features with the largest weights are kept, default 190000, so that the
 * tagger's table, 16 bytes a feature at most three quarters full, stays within 4 MB for the processor's caches;
 * 380,000 gave the same dev F1, 87.60),
 * {@code --extra pku98,cluener,weibo} (more training corpora),
 * {@code --pa C} (passive-aggressive steps, PA-I, of at most C, default 1; 0 for the perceptron's steps of 1),
 * {@code --crf ETA} (CRF training with gradient steps of ETA instead),
 * {@code --seed S} (the seed of the sentence orders, default 0),
 * {@code --split A,B} (train on the first fraction A of the MSRA sentences and score on those from A to B, such as
 * {@code 0.8,0.9}, to choose features without looking at the dev part),
 * {@code --drop 3,5} (leave these feature templates, indices into a char's features, out of the model),
 * {@code --ablate} (after training, score once with each template's weights set to zero, to see what it is worth).
 *
 * <p>Why not HanLP's {@code NERTrainer}: it keeps string features in a double-array trie map and labels words; a
 * char-level model with int-hashed features, BIOES labels and 8-bit weights is a few hundred lines, trains in
 * minutes on one thread and tags several hundred thousand chars a second.
 */
public final class TrainNer {
    private static final int L = NerLabels.COUNT;

    private TrainNer() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: TrainNer <eval dir> <output model> [--epochs N] [--min-count N] "
                    + "[--min-weight W] [--max-features N] [--extra pku98,cluener,weibo] [--pa C] [--split A,B] "
                    + "[--drop T,T] [--ablate] [--seed S]");
            System.exit(2);
        }
        Path evalDir = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int epochs = 20;
        int minCount = 2;
        float minWeight = 0;
        int maxFeatures = 190_000;
        String extra = "";
        float aggressiveness = 1;
        float crf = 0;
        double[] split = null;
        boolean[] dropped = new boolean[CharFeatures.PER_CHAR];
        boolean ablate = false;
        long seed = 0;
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--split" -> split = Arrays.stream(args[i + 1].split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
                case "--drop" -> Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt)
                        .forEach(t -> dropped[t] = true);
                case "--ablate" -> {
                    ablate = true;
                    i--;
                }
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--min-count" -> minCount = Integer.parseInt(args[i + 1]);
                case "--min-weight" -> minWeight = Float.parseFloat(args[i + 1]);
                case "--max-features" -> maxFeatures = Integer.parseInt(args[i + 1]);
                case "--extra" -> extra = args[i + 1];
                case "--pa" -> aggressiveness = Float.parseFloat(args[i + 1]);
                case "--crf" -> crf = Float.parseFloat(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        List<NerCorpus.Sentence> msra = NerCorpus.readBio(evalDir.resolve("msra_ner_full/train.bio.tsv"));
        int devStart = NerCorpus.devStart(msra.size());
        int trainEnd = split == null ? devStart : (int) (split[0] * msra.size());
        int scoreEnd = split == null ? msra.size() : Math.min(devStart, (int) (split[1] * msra.size()));
        List<NerCorpus.Sentence> train = new ArrayList<>(msra.subList(0, trainEnd));
        List<NerCorpus.Sentence> dev = msra.subList(trainEnd, scoreEnd);
        for (String name : extra.split(",")) {
            List<NerCorpus.Sentence> more = switch (name) {
                case "" -> List.of();
                case "pku98" -> NerCorpus.readPku98(evalDir.resolve("pku98_199801/199801.noid.txt"));
                case "cluener" -> NerCorpus.readBio(evalDir.resolve("cluener2020/train.bio.tsv"));
                case "weibo" -> NerCorpus.readBio(evalDir.resolve("weibo_ner/weiboNER_2nd_conll.train"));
                default -> throw new IllegalArgumentException("unknown corpus: " + name);
            };
            System.out.printf("extra corpus %s: %d sentences%n", name, more.size());
            train.addAll(more);
        }
        System.out.printf("train %d sentences, dev %d sentences (read in %.1f s)%n", train.size(), dev.size(),
                seconds(t0));

        CharFeatures features = CharFeatures.bundled();
        List<List<Token>> trainTokens = NerCorpus.segment(train);
        List<List<Token>> devTokens = NerCorpus.segment(dev);
        System.out.printf("segmented (%.1f s)%n", seconds(t0));
        Trainer trainer = new Trainer(features, train, trainTokens, minCount, aggressiveness, dropped);
        System.out.printf("%d features (min count %d), indexed in %.1f s%n", trainer.rows, minCount, seconds(t0));
        CharNerTagger best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long e0 = System.nanoTime();
            int errors = crf > 0 ? trainer.crfEpoch(new Random(seed * 1000 + epoch), crf)
                    : trainer.epoch(new Random(seed * 1000 + epoch));
            CharNerTagger tagger = trainer.averaged(minWeight, maxFeatures);
            NerScores scores = score(tagger, dev, devTokens);
            System.out.printf("epoch %d: %d sentences wrong, %d features kept, dev F1 %.2f (%.1f s)%n", epoch, errors,
                    tagger.featureCount(), scores.overallF1(), seconds(e0));
            best = tagger;
            if (epoch == epochs) {
                System.out.print(scores.table());
            }
        }
        if (ablate) {
            for (int template = 0; template < CharFeatures.PER_CHAR; template++) {
                if (!dropped[template]) {
                    NerScores scores = score(trainer.averaged(minWeight, maxFeatures, template), dev, devTokens);
                    System.out.printf("without template %2d: F1 %.2f, ORG %.2f%n", template, scores.overallF1(),
                            scores.f1(EntityType.ORGANIZATION));
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            best.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("wrote %s: %d bytes; total %.1f s%n", output, output.toFile().length(), seconds(t0));
    }

    static NerScores score(CharNerTagger tagger, List<NerCorpus.Sentence> sentences, List<List<Token>> tokens) {
        NerScores scores = new NerScores();
        for (int i = 0; i < sentences.size(); i++) {
            NerCorpus.Sentence s = sentences.get(i);
            scores.add(s.charEntities(), tagger.tag(s.text(), tokens.get(i)));
        }
        return scores;
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }

    /** The perceptron: features as rows of {@link NerLabels#COUNT} weights, averaged lazily. */
    private static final class Trainer {
        private final CharFeatures charFeatures;
        private final int[][] sentenceRows;
        private final int[][] gold;
        private final int[] keys;
        private final int rows;
        /** The template, the index into a char's features, of each row. */
        private final int[] rowTemplates;
        private final float[] w;
        private final float[] u;
        private final float[] t = new float[L * L];
        private final float[] tu = new float[L * L];
        private final float aggressiveness;
        private int step = 1;

        Trainer(CharFeatures charFeatures, List<NerCorpus.Sentence> train, List<List<Token>> tokens, int minCount,
                float aggressiveness, boolean[] dropped) {
            this.charFeatures = charFeatures;
            this.aggressiveness = aggressiveness;
            IntIntMap counts = new IntIntMap(1 << 22);
            int[][] features = new int[train.size()][];
            gold = new int[train.size()][];
            for (int s = 0; s < train.size(); s++) {
                features[s] = charFeatures.extract(train.get(s).text(), train.get(s).codePoints(), tokens.get(s));
                gold[s] = train.get(s).labels();
                for (int f : features[s]) {
                    counts.increment(f);
                }
            }
            IntIntMap index = new IntIntMap(counts.size() * 2);
            int[] keyList = new int[counts.size()];
            int[] templateList = new int[counts.size()];
            int next = 0;
            sentenceRows = new int[train.size()][];
            for (int s = 0; s < train.size(); s++) {
                int[] f = features[s];
                int[] r = new int[f.length];
                for (int i = 0; i < f.length; i++) {
                    if (counts.get(f[i]) < minCount || dropped[i % CharFeatures.PER_CHAR]) {
                        r[i] = -1;
                        continue;
                    }
                    int row = index.get(f[i]);
                    if (row == 0) {
                        keyList[next] = f[i];
                        templateList[next] = i % CharFeatures.PER_CHAR;
                        row = ++next;
                        index.put(f[i], row);
                    }
                    r[i] = row - 1;
                }
                sentenceRows[s] = r;
                features[s] = null;
            }
            rows = next;
            keys = Arrays.copyOf(keyList, rows);
            rowTemplates = Arrays.copyOf(templateList, rows);
            w = new float[rows * L];
            u = new float[rows * L];
        }

        int epoch(Random random) {
            int[] order = shuffled(random);
            int errors = 0;
            for (int s : order) {
                int[] r = sentenceRows[s];
                int[] g = gold[s];
                int[] p = decode(r, g.length);
                if (!Arrays.equals(p, g)) {
                    errors++;
                    update(r, g, p, aggressiveness > 0 ? step(r, g, p) : 1);
                }
                step++;
            }
            return errors;
        }

        /**
         * One epoch of stochastic gradient ascent on the conditional log-likelihood (a linear-chain CRF over the
         * allowed BIOES transitions), with step {@code eta}; the averaged weights are what the tagger keeps.
         * {@return the number of sentences with a char whose best-scoring label alone was wrong before their step}
         */
        int crfEpoch(Random random, float eta) {
            int[] order = shuffled(random);
            double[] expT = new double[L * L];
            int errors = 0;
            int per = CharFeatures.PER_CHAR;
            for (int s : order) {
                for (int i = 0; i < L * L; i++) {
                    expT[i] = NerLabels.allowed(i / L, i % L) ? Math.exp(t[i]) : 0;
                }
                int[] r = sentenceRows[s];
                int[] g = gold[s];
                int n = g.length;
                double[] e = new double[n * L];
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    float[] em = new float[L];
                    for (int f = i * per; f < (i + 1) * per; f++) {
                        int row = r[f];
                        if (row >= 0) {
                            for (int y = 0; y < L; y++) {
                                em[y] += w[row * L + y];
                            }
                        }
                    }
                    float max = Float.NEGATIVE_INFINITY;
                    int arg = 0;
                    for (int y = 0; y < L; y++) {
                        if (em[y] > max) {
                            max = em[y];
                            arg = y;
                        }
                    }
                    wrong |= arg != g[i];
                    for (int y = 0; y < L; y++) {
                        e[i * L + y] = Math.exp(em[y] - max);
                    }
                }
                errors += wrong ? 1 : 0;
                // Scaled forward and backward passes.
                double[] alpha = new double[n * L];
                double[] beta = new double[n * L];
                double[] scale = new double[n];
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int b = 0; b < L; b++) {
                        double v;
                        if (i == 0) {
                            v = NerLabels.allowedFirst(b) ? e[b] : 0;
                        } else {
                            v = 0;
                            for (int a = 0; a < L; a++) {
                                v += alpha[(i - 1) * L + a] * expT[a * L + b];
                            }
                            v *= e[i * L + b];
                        }
                        alpha[i * L + b] = v;
                        sum += v;
                    }
                    scale[i] = sum;
                    for (int b = 0; b < L; b++) {
                        alpha[i * L + b] /= sum;
                    }
                }
                for (int b = 0; b < L; b++) {
                    beta[(n - 1) * L + b] = NerLabels.allowedLast(b) ? 1 : 0;
                }
                for (int i = n - 2; i >= 0; i--) {
                    for (int a = 0; a < L; a++) {
                        double v = 0;
                        for (int b = 0; b < L; b++) {
                            v += expT[a * L + b] * e[(i + 1) * L + b] * beta[(i + 1) * L + b];
                        }
                        beta[i * L + a] = v / scale[i + 1];
                    }
                }
                double z = 0;
                for (int b = 0; b < L; b++) {
                    z += alpha[(n - 1) * L + b] * beta[(n - 1) * L + b];
                }
                if (!(z > 0)) {
                    continue;
                }
                float[] delta = new float[L];
                for (int i = 0; i < n; i++) {
                    for (int y = 0; y < L; y++) {
                        double p = alpha[i * L + y] * beta[i * L + y] / z;
                        delta[y] = eta * ((y == g[i] ? 1 : 0) - (float) p);
                    }
                    for (int f = i * per; f < (i + 1) * per; f++) {
                        int row = r[f];
                        if (row >= 0) {
                            for (int y = 0; y < L; y++) {
                                add(w, u, row * L + y, delta[y]);
                            }
                        }
                    }
                    if (i > 0) {
                        for (int a = 0; a < L; a++) {
                            for (int b = 0; b < L; b++) {
                                if (expT[a * L + b] == 0) {
                                    continue;
                                }
                                double p = alpha[(i - 1) * L + a] * expT[a * L + b] * e[i * L + b]
                                        * beta[i * L + b] / (scale[i] * z);
                                float d = eta * ((a == g[i - 1] && b == g[i] ? 1 : 0) - (float) p);
                                add(t, tu, a * L + b, d);
                            }
                        }
                    }
                }
                step++;
            }
            return errors;
        }

        private int[] shuffled(Random random) {
            int[] order = new int[sentenceRows.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        }

        /**
         * {@return the passive-aggressive step (PA-I): just enough to score the gold labels above the predicted ones
         * by the number of wrong labels, at most {@code aggressiveness}}
         */
        private float step(int[] r, int[] g, int[] p) {
            Map<Integer, Float> delta = new HashMap<>();
            int per = CharFeatures.PER_CHAR;
            int wrong = 0;
            float margin = 0;
            for (int i = 0; i < g.length; i++) {
                if (g[i] != p[i]) {
                    wrong++;
                    for (int f = i * per; f < (i + 1) * per; f++) {
                        int row = r[f];
                        if (row >= 0) {
                            delta.merge(row * L + g[i], 1f, Float::sum);
                            delta.merge(row * L + p[i], -1f, Float::sum);
                            margin += w[row * L + g[i]] - w[row * L + p[i]];
                        }
                    }
                }
                if (i > 0 && (g[i] != p[i] || g[i - 1] != p[i - 1])) {
                    delta.merge(-1 - (g[i - 1] * L + g[i]), 1f, Float::sum);
                    delta.merge(-1 - (p[i - 1] * L + p[i]), -1f, Float::sum);
                    margin += t[g[i - 1] * L + g[i]] - t[p[i - 1] * L + p[i]];
                }
            }
            float norm = 0;
            for (float d : delta.values()) {
                norm += d * d;
            }
            if (norm == 0) {
                return 0;
            }
            return Math.min(aggressiveness, Math.max(0, (wrong - margin) / norm));
        }

        private void update(int[] r, int[] g, int[] p, float tau) {
            int per = CharFeatures.PER_CHAR;
            for (int i = 0; i < g.length; i++) {
                if (g[i] != p[i]) {
                    for (int f = i * per; f < (i + 1) * per; f++) {
                        int row = r[f];
                        if (row >= 0) {
                            add(w, u, row * L + g[i], tau);
                            add(w, u, row * L + p[i], -tau);
                        }
                    }
                }
                if (i > 0 && (g[i] != p[i] || g[i - 1] != p[i - 1])) {
                    add(t, tu, g[i - 1] * L + g[i], tau);
                    add(t, tu, p[i - 1] * L + p[i], -tau);
                }
            }
        }

        private void add(float[] weights, float[] sums, int index, float delta) {
            weights[index] += delta;
            sums[index] += step * delta;
        }

        private int[] decode(int[] r, int n) {
            int per = CharFeatures.PER_CHAR;
            float[] score = new float[L];
            float[] next = new float[L];
            float[] emission = new float[L];
            int[] back = new int[n * L];
            for (int i = 0; i < n; i++) {
                Arrays.fill(emission, 0);
                for (int f = i * per; f < (i + 1) * per; f++) {
                    int row = r[f];
                    if (row >= 0) {
                        for (int label = 0; label < L; label++) {
                            emission[label] += w[row * L + label];
                        }
                    }
                }
                if (i == 0) {
                    for (int b = 0; b < L; b++) {
                        score[b] = NerLabels.allowedFirst(b) ? emission[b] : Float.NEGATIVE_INFINITY;
                    }
                    continue;
                }
                for (int b = 0; b < L; b++) {
                    float best = Float.NEGATIVE_INFINITY;
                    int arg = 0;
                    for (int a = 0; a < L; a++) {
                        if (!NerLabels.allowed(a, b)) {
                            continue;
                        }
                        float s = score[a] + t[a * L + b];
                        if (s > best) {
                            best = s;
                            arg = a;
                        }
                    }
                    next[b] = best + emission[b];
                    back[i * L + b] = arg;
                }
                float[] swap = score;
                score = next;
                next = swap;
            }
            float best = Float.NEGATIVE_INFINITY;
            int label = 0;
            for (int b = 0; b < L; b++) {
                if (NerLabels.allowedLast(b) && score[b] > best) {
                    best = score[b];
                    label = b;
                }
            }
            int[] labels = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                labels[i] = label;
                label = back[i * L + label];
            }
            return labels;
        }

        CharNerTagger averaged(float minWeight, int maxFeatures) {
            return averaged(minWeight, maxFeatures, -1);
        }

        /** {@return the averaged model, the weights of template {@code without} set to zero; -1 for none} */
        CharNerTagger averaged(float minWeight, int maxFeatures, int without) {
            float[] avg = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                avg[i] = rowTemplates[i / L] == without ? 0 : w[i] - u[i] / step;
            }
            // A feature's strength: its largest weight relative to its weight of O, as the tagger keeps it.
            float[] strength = new float[rows];
            for (int row = 0; row < rows; row++) {
                float max = 0;
                for (int label = 1; label < L; label++) {
                    max = Math.max(max, Math.abs(avg[row * L + label] - avg[row * L]));
                }
                strength[row] = max;
            }
            float threshold = minWeight;
            if (maxFeatures < rows) {
                float[] sorted = strength.clone();
                Arrays.sort(sorted);
                threshold = Math.max(threshold, sorted[rows - maxFeatures]);
            }
            if (threshold > 0) {
                for (int row = 0; row < rows; row++) {
                    if (strength[row] < threshold) {
                        Arrays.fill(avg, row * L, (row + 1) * L, 0);
                    }
                }
            }
            float[] avgT = new float[t.length];
            for (int i = 0; i < t.length; i++) {
                avgT[i] = t[i] - tu[i] / step;
            }
            return CharNerTagger.fromWeights(charFeatures, keys, avg, avgT);
        }
    }
}
