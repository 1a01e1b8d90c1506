/**
 * Ranks the articles of one locale for a customer's question.
 *
 * Each article is seen through several views, each scored in [0, 1] (`bm25_index.ts` explains the BM25
 * normalisation; cosines are in [0, 1] by construction):
 * - `question`: BM25 against the title and each paraphrase question as separate short documents, best one;
 * - `questions`: BM25 against title and all questions as one document (evidence spread over several);
 * - `ngram` / `ngramAll`: character n-gram TF-IDF cosine against each question (best one) / all of them;
 * - `body`: BM25 against title, tags and answer;
 * - `all`: BM25 against everything above as one document.
 * The article's score is the weighted mean of its view scores, so it stays in [0, 1] and a threshold
 * means the same whatever the weights. On the sandbox content (`npm run eval -- faq`, which prints these
 * quantiles) a correct top hit has a median score of about 0.5-0.6 and a 10th percentile of about 0.3;
 * out-of-domain questions mostly stay under 0.2. Wrong top hits reach 0.45 too, so use the margin over
 * the second hit as well as the score when deciding whether to answer or to clarify.
 *
 * English queries are first corrected for typing slips against the articles' words (`spelling_corrector.ts`).
 *
 * The article classifier (`article_classifier.ts`) adds P(article | query) with weight `classifier`
 * (the score is then (1 - w) x the views' mean + w x P, still in [0, 1]). w = 0.1 was chosen on the first
 * held-out set (`evals/data/faq_heldout.csv`: en hit@1 93.3 → 95.0%, zh-CN 95.4 → 96.7%) and checked on a
 * second one written afterwards by someone who never saw the articles' questions (`faq_heldout2.csv`: en
 * 93.9 → 96.2%, zh-CN 92.4 → 93.2%). On leave-one-question-out over the articles' own paraphrases it costs
 * about a point (the paraphrases of one article resemble each other more than customers' questions do).
 *
 * The view weights were chosen by leave-one-question-out accuracy on the articles' own paraphrases
 * (each article question in turn is removed from the index and used as the query), not on the held-out
 * eval set. Article-level views won: a new paraphrase shares more with the whole article than with any one
 * of its questions.
 */
import type { Article } from './article_schema.ts';
import type { FaqHit } from '../nlu/understanding.ts';
import type { Locale } from '../protocol/protocol.ts';
import { analyzerFor, normalise, type Analysis, type Analyzer, type Bag } from './analyzer.ts';
import { Bm25Index } from './bm25_index.ts';
import { ArticleClassifier, trainingDocsOf } from './article_classifier.ts';
import { loadOrTrainArticleClassifier, type ArticleClassifierCache } from './article_classifier_cache.ts';
import { NgramTfidf } from './ngram_tfidf.ts';
import { SpellingCorrector } from './spelling_corrector.ts';
import { withoutSetAsideClauses } from './set_aside_clauses.ts';
import { withoutDisfluencies } from './spoken_disfluencies.ts';
import { withoutLetterFormulas } from './letter_formulas.ts';
import { ENGLISH_STOP_WORDS } from './stop_words.ts';
import { ENGLISH_SHORTHAND, ENGLISH_SHORTHAND_PHRASES, SYNONYMS } from './synonyms.ts';

export const VIEWS = ['question', 'questions', 'ngram', 'ngramAll', 'body', 'all'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface RetrieverOptions {
  /** Weight of each view in the article's score (any scale; they are divided by their sum). */
  views: Record<ViewName, number>;
  /** Query-term weights by kind: `b:` bigrams, `p:` English word pairs, `c:` synonym concepts (words: 1). */
  bigramTerm: number;
  pairTerm: number;
  conceptTerm: number;
  /** BM25 parameters of the article-level documents. */
  k1: number;
  b: number;
  /** Weight of the article classifier's probability in the score, in [0, 1]. */
  classifier: number;
  /**
   * Use customers' labelled questions (`knowledge/customer_questions/`, given to the constructor) as extra
   * training text of the article classifier (absent: true).
   */
  customerQuestions?: boolean;
}

export const DEFAULT_RETRIEVER: RetrieverOptions = {
  views: { question: 0, questions: 0.2, ngram: 0, ngramAll: 0.2, body: 0.6, all: 0.6 },
  bigramTerm: 0.25,
  pairTerm: 0.5,
  conceptTerm: 3,
  k1: 1.2,
  b: 0.75,
  classifier: 0.1,
  customerQuestions: true,
};

/**
 * Weight of a sum of money as a query term (100000, 5000): a customer's figure says how much, rarely which
 * article; matching a figure of an article's table (a fee band at ¥100,000) should not outweigh the words.
 */
const AMOUNT_TERM = 0.3;

/**
 * A `mentions` alternative that names a concept of `synonyms.ts` (`c:new_phone`) rather than a phrase: the
 * question names it when the analyser finds the concept in it, by any of its phrases or patterns.
 */
const CONCEPT_MENTION = /^\s*c:[a-z][a-z0-9_]*\s*$/;

function merge(bags: readonly Bag[]): Bag {
  const out: Bag = new Map();
  for (const bag of bags) for (const [t, n] of bag) out.set(t, (out.get(t) ?? 0) + n);
  return out;
}

/**
 * Text as the `mentions` gate compares it: normalised for retrieval, apostrophes dropped and every run of
 * other punctuation, hyphens and spaces as one space, so "tap-to-pay" names "tap to pay", "didnt" and
 * "can’t" name "didn't" and "can't", and "dead." names "dead ". The question is also padded with a space
 * each side, so an entry may mark a whole word (" yo ").
 */
function mentionText(text: string): string {
  return normalise(text)
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * Mandarin with the perfective 了 between a verb and its number dropped ("分了十二期" → "分十二期", "取了三千" →
 * "取三千"), for the gate's second look: a plan or a withdrawal told as done names what its entries name.
 */
function withoutPerfectiveBeforeNumber(text: string): string {
  return text.replace(/(?<=\p{Script=Han})了(?=[0-9零一二两三四五六七八九十几])/gu, '');
}

/** English chat shorthand spelt out word by word ("r u a bot" → "are you a bot"), for the gate's second look. */
function spelledOutShorthand(text: string): string {
  return text.replace(/[a-z0-9]+/g, (w) => ENGLISH_SHORTHAND[w] ?? w);
}

function maxPerArticle(scores: Float64Array, owner: readonly number[], articles: number): Float64Array {
  const best = new Float64Array(articles);
  for (let u = 0; u < scores.length; u++) {
    const a = owner[u] ?? 0;
    best[a] = Math.max(best[a] ?? 0, scores[u] ?? 0);
  }
  return best;
}

export class FaqRetriever {
  private readonly articles: readonly Article[];
  private readonly analyzer: Analyzer;
  private readonly unitOwner: number[] = [];
  private readonly units: Bm25Index;
  private readonly unitGrams: NgramTfidf;
  private readonly questionDocs: Bm25Index;
  private readonly articleGrams: NgramTfidf;
  private readonly bodies: Bm25Index;
  private readonly everything: Bm25Index;
  private readonly termWeight: (term: string) => number;
  private readonly classifier: ArticleClassifier | null;
  /**
   * Each article's `mentions` entries as alternatives (null: the article answers anything): normalised text,
   * or a concept as `c:name` (`CONCEPT_MENTION`), kept as written.
   */
  private readonly mentions: ReadonlyArray<readonly string[][] | null>;
  /** English queries only: Mandarin has no spelling to correct. */
  private readonly speller: SpellingCorrector | null;

  constructor(
    articles: readonly Article[],
    readonly locale: Locale,
    private readonly options: RetrieverOptions = DEFAULT_RETRIEVER,
    customerQuestions: ReadonlyMap<string, readonly string[]> = new Map(),
    /** Where to keep the trained article classifier between builds (absent: trained every time). */
    classifierCache?: ArticleClassifierCache,
  ) {
    this.articles = articles.filter((a) => a.locale === locale);
    // Customers' questions (keyed `<locale>/<id>`) are more training text for the article classifier, and
    // nothing else: not units of the per-question views (one customer's odd wording would become a best match
    // on its own), and not in the merged `questions` document either, where dozens of questions sharing a word
    // ("term deposit" in the early-withdrawal article's) would outweigh the article's own paraphrases.
    const extra = this.articles.map((a) =>
      options.customerQuestions === false ? [] : (customerQuestions.get(`${locale}/${a.id}`) ?? []),
    );
    this.analyzer = analyzerFor(locale);
    this.mentions = this.articles.map(
      (a) =>
        a.mentions?.map((entry) =>
          entry.split('|').map((m) => (CONCEPT_MENTION.test(m) ? m.trim() : mentionText(m))),
        ) ?? null,
    );
    const unitTerms: Bag[] = [];
    const unitGrams: Bag[] = [];
    const questionTerms: Bag[] = [];
    const articleGrams: Bag[] = [];
    const bodyTerms: Bag[] = [];
    const allTerms: Bag[] = [];
    // Each article's title, questions and customers' questions analysed, for the classifier's training.
    const classifierTexts: Analysis[][] = [];
    this.articles.forEach((article, i) => {
      const analysed = [article.title, ...article.questions].map((q) => this.analyzer.analyze(q));
      for (const a of analysed) {
        unitTerms.push(a.terms);
        unitGrams.push(a.grams);
        this.unitOwner.push(i);
      }
      const questions = merge(analysed.map((a) => a.terms));
      const customerAnalyses = (extra[i] ?? []).map((q) => this.analyzer.analyze(q));
      classifierTexts.push([...analysed, ...customerAnalyses]);
      const body = this.analyzer.analyze(
        `${article.title}\n${article.tags.join(' ')}\n${article.answer}`,
      ).terms;
      questionTerms.push(questions);
      articleGrams.push(merge(analysed.map((a) => a.grams)));
      bodyTerms.push(body);
      allTerms.push(merge([questions, body]));
    });
    const bm25 = { k1: options.k1, b: options.b };
    this.units = new Bm25Index(unitTerms);
    this.unitGrams = new NgramTfidf(unitGrams);
    this.questionDocs = new Bm25Index(questionTerms, bm25);
    this.articleGrams = new NgramTfidf(articleGrams);
    this.bodies = new Bm25Index(bodyTerms, bm25);
    this.everything = new Bm25Index(allTerms, bm25);
    const docs = options.classifier > 0 ? trainingDocsOf(classifierTexts) : [];
    this.classifier =
      options.classifier <= 0
        ? null
        : classifierCache
          ? loadOrTrainArticleClassifier(this.articles, docs, locale, classifierCache).classifier
          : ArticleClassifier.train(docs, this.articles.length);
    this.speller =
      locale === 'en'
        ? new SpellingCorrector(
            this.articles.flatMap((a) => [a.title, ...a.questions, ...a.tags, a.answer]),
            [...ENGLISH_STOP_WORDS, ...Object.values(SYNONYMS.en).flat()],
            this.articles.flatMap((a) => [a.title, ...a.tags]),
          )
        : null;
    this.termWeight = (term) =>
      term.startsWith('b:')
        ? options.bigramTerm
        : term.startsWith('p:')
          ? options.pairTerm
          : term.startsWith('c:')
            ? options.conceptTerm
            : /^\d{4,}$/.test(term)
              ? AMOUNT_TERM
              : 1;
  }

  get size(): number {
    return this.articles.length;
  }

  /** The articles in index order (what the score arrays refer to). */
  get indexed(): readonly Article[] {
    return this.articles;
  }

  /**
   * Each view's score of every article (in index order); views with weight 0 are skipped unless `all`.
   * Null when the query has no usable term.
   */
  views(query: string, all = false): Partial<Record<ViewName, Float64Array>> | null {
    const analysis = this.analyse(query);
    return analysis && this.viewsOf(analysis, all);
  }

  /**
   * The query as the customer meant it: a letter's formulas (Dear Sir/Madam, 您好) read away
   * (`letter_formulas.ts`), fillers and self-corrections of speech read away (`spoken_disfluencies.ts`),
   * then, in English, two-word chat shorthand spelt out (ph no → phone number,
   * `ENGLISH_SHORTHAND_PHRASES`) and misspelt words corrected (Mandarin has no spelling to correct).
   */
  private spelled(query: string): string {
    const said = withoutDisfluencies(withoutLetterFormulas(query, this.locale), this.locale);
    if (!this.speller) return said;
    let typed = said;
    for (const [phrase, words] of ENGLISH_SHORTHAND_PHRASES) typed = typed.replace(phrase, words);
    return this.speller.correct(typed);
  }

  /** The query's analysis, or null when it has no usable term. */
  private analyse(query: string): Analysis | null {
    if (this.articles.length === 0 || query.trim() === '') return null;
    // A matter the customer sets aside ("not about limits -", 手续费免的我知道) names a neighbouring article.
    const analysis = this.analyzer.analyze(withoutSetAsideClauses(this.spelled(query), this.locale));
    return analysis.terms.size === 0 && analysis.grams.size === 0 ? null : analysis;
  }

  private viewsOf({ terms, grams }: Analysis, all: boolean): Partial<Record<ViewName, Float64Array>> {
    const n = this.articles.length;
    const want = (v: ViewName): boolean => all || this.options.views[v] > 0;
    const out: Partial<Record<ViewName, Float64Array>> = {};
    if (want('question'))
      out.question = maxPerArticle(this.units.score(terms, this.termWeight), this.unitOwner, n);
    if (want('questions')) out.questions = this.questionDocs.score(terms, this.termWeight);
    if (want('ngram')) out.ngram = maxPerArticle(this.unitGrams.score(grams), this.unitOwner, n);
    if (want('ngramAll')) out.ngramAll = this.articleGrams.score(grams);
    if (want('body')) out.body = this.bodies.score(terms, this.termWeight);
    if (want('all')) out.all = this.everything.score(terms, this.termWeight);
    return out;
  }

  /** Scores of every article, in index order. */
  scoreAll(query: string): Float64Array {
    const total = new Float64Array(this.articles.length);
    const analysis = this.analyse(query);
    if (!analysis) return total;
    const views = this.viewsOf(analysis, false);
    const weights = this.options.views;
    const sum = VIEWS.reduce((s, v) => s + weights[v], 0);
    if (sum <= 0) return total;
    const w = this.classifier ? this.options.classifier : 0;
    for (const v of VIEWS) {
      const scores = views[v];
      if (!scores) continue;
      for (let i = 0; i < total.length; i++)
        total[i] = (total[i] ?? 0) + ((1 - w) * weights[v] * (scores[i] ?? 0)) / sum;
    }
    if (this.classifier) {
      const p = this.classifier.probabilities(analysis, total.length);
      for (let i = 0; i < total.length; i++) total[i] = (total[i] ?? 0) + w * (p[i] ?? 0);
    }
    // An article about one particular thing answers only a question that names it (`mentions`). Both sides
    // are normalised as for retrieval, so 转帐 names 转账 and a full-width ＡＴＭ names ATM (`mentionText`).
    // English shorthand is spelt out for a second look, so "r u a bot" names "are you a".
    const norm = ` ${mentionText(this.spelled(query))} `;
    // Mandarin is read again with the perfective 了 before a number dropped, so 分了十二期 names 分十二期.
    const texts =
      this.locale === 'en'
        ? [norm, ` ${spelledOutShorthand(norm)} `]
        : [norm, withoutPerfectiveBeforeNumber(norm)];
    // An alternative written as a concept (`c:cash_deposit`) is named when the question's analysis has it,
    // so a sum said any way (存十几万现金, 存七八万现金) names what no list of phrases could.
    const named = (m: string): boolean =>
      CONCEPT_MENTION.test(m) ? analysis.terms.has(m) : texts.some((t) => t.includes(m));
    this.mentions.forEach((entries, i) => {
      if (entries && !entries.every((entry) => entry.some(named))) total[i] = 0;
    });
    return total;
  }

  /** The k best articles with a score above 0, best first (ties by id, so results are stable). */
  search(query: string, k = 3): FaqHit[] {
    const scores = this.scoreAll(query);
    const hits: FaqHit[] = [];
    this.articles.forEach((article, i) => {
      const score = scores[i] ?? 0;
      if (score > 0) hits.push({ article, score });
    });
    hits.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id));
    return hits.slice(0, Math.max(0, k));
  }
}
