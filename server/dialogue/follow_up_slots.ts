/**
 * What a follow-up fragment names, and the previous question asked again with it.
 *
 * A fragment either names a variant of what was just asked ("三年的", "跨行", "陆家嘴那个", "欧元",
 * "the one in lujiazui", "to another bank", "debit cards", "周末": a currency, a card or its tier, a term, a
 * bank, a channel, a region, a branch, a day such as weekends or holidays, or a bare modifier), or a subject of its own ("补卡", "mortgages"), or it
 * is no noun phrase at all ("我要转账", "为什么", "how do i pay"): a request or a question of its own.
 *
 * The previous question is asked again with the variant in the place of the one of the same kind
 * ("今天美元汇率多少" + "欧元" -> "今天欧元汇率多少"), or with the fragment added when it has no such place
 * ("定期存款利率多少" + "三年" -> "定期存款利率多少 三年"): the retriever and the intent model read words,
 * not their order.
 */
import type { Article } from '../knowledge/article_schema.ts';
import { currencyCode, currencyPattern } from '../nlu/entities/currency_words.ts';

export type SlotKind =
  | 'currency'
  | 'card'
  | 'card_tier'
  | 'term'
  | 'bank'
  | 'channel'
  | 'region'
  | 'branch'
  /** When: at weekends, on holidays, at night ("周末呢", "what about weekends?"). */
  | 'day';

/** One slot value found in a text: its kind, a canonical key ("EUR", "debit", "36m") and where it is. */
export interface SlotValue {
  kind: SlotKind;
  key: string;
  start: number;
  end: number;
}

export type FragmentReading =
  | { type: 'variant'; text: string; slot: SlotValue | null }
  | { type: 'subject'; text: string }
  | { type: 'own_question' };

export interface Rewrite {
  query: string;
  /** Set when a slot of the previous question was replaced by the fragment's. */
  replaced?: { kind: SlotKind; from: string; to: string };
}

/** [kind, key, pattern]; Latin words are matched on word boundaries, case-insensitively. */
const WORDS: ReadonlyArray<readonly [SlotKind, string, string]> = [
  ['card', 'credit', '信用卡|credit cards?'],
  ['card', 'debit', '借记卡|储蓄卡|debit cards?'],
  ['card_tier', 'platinum', '白金卡|platinum cards?'],
  ['card_tier', 'gold', '金卡|gold cards?'],
  ['card_tier', 'classic', '普卡|classic cards?|standard cards?'],
  ['card_tier', 'supplementary', '附属卡|副卡|supplementary cards?'],
  [
    'bank',
    'other',
    '跨行|他行|外行|别的银行|其他银行|(?:an)?other banks?|a different bank|interbank|inter-bank',
  ],
  ['bank', 'same', '行内|本行|同行|the same bank|within (?:the|sandbox) bank|in-bank'],
  ['channel', 'counter', '柜台|窗口|counters?|tellers?'],
  ['channel', 'app', '手机银行|手机上|app|mobile banking|mobile app'],
  ['channel', 'online', '网上银行|网银|online banking|online'],
  ['channel', 'atm', '自助机|atms?|cash machines?'],
  ['region', 'abroad', '境外|国外|海外|abroad|overseas'],
  ['region', 'home', '境内|国内|domestic|at home'],
  [
    'day',
    'weekend',
    '周末|双休日|周六|周日|星期六|星期日|星期天|礼拜六|礼拜日|礼拜天|weekends?|saturdays?|sundays?',
  ],
  ['day', 'holiday', '节假日|法定假日|法定节假日|假期|春节|国庆|holidays?|public holidays?|bank holidays?'],
  ['day', 'night', '晚上|夜里|夜间|半夜|凌晨|at night|overnight|nights?'],
];

const ZH_NUMBERS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十二: 12,
  十八: 18,
  二十: 20,
  三十: 30,
};
const EN_NUMBERS: Record<string, number> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
};

const ZH_TERM = /(\d+|十二|十八|二十|三十|[一二两三四五六七八九十])\s*(?:个)?(年期|年|个月|月)|半年/g;
const EN_TERM =
  /\b(\d+|one|a|two|three|four|five|six|nine|ten|twelve|eighteen)[ -](years?|yrs?|months?)\b|\bhalf a year\b/g;
/** A branch named by its place: "陆家嘴支行", "中关村网点", "the lujiazui branch". */
const BRANCH = /[\p{Script=Han}]{2,4}(?:支行|分行|网点)|\b[a-z]+ (?:sub-)?branch\b/gu;

const CURRENCY = new RegExp(
  currencyPattern((c) => c.standalone),
  'gi',
);

const LEXICON = WORDS.map(([kind, key, source]) => ({
  kind,
  key,
  pattern: new RegExp(`(?<![a-z])(?:${source})(?![a-z])`, 'giu'),
}));

/** Every slot value in a text, first to last (a longer value wins where two overlap). */
export function findSlots(text: string): SlotValue[] {
  const found: SlotValue[] = [];
  const add = (kind: SlotKind, key: string | undefined, m: RegExpMatchArray): void => {
    if (key !== undefined && m.index !== undefined) {
      found.push({ kind, key, start: m.index, end: m.index + m[0].length });
    }
  };
  for (const m of text.matchAll(CURRENCY)) add('currency', currencyCode(m[0]), m);
  for (const { kind, key, pattern } of LEXICON) for (const m of text.matchAll(pattern)) add(kind, key, m);
  for (const m of text.matchAll(ZH_TERM)) add('term', termKey(m[1], m[2]), m);
  for (const m of text.toLowerCase().matchAll(EN_TERM)) add('term', termKey(m[1], m[2]), m);
  for (const m of text.toLowerCase().matchAll(BRANCH)) add('branch', m[0], m);
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: SlotValue[] = [];
  for (const s of found) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept;
}

/** A term in months ("3年" -> "36m", "six months" -> "6m"). */
function termKey(count: string | undefined, unit: string | undefined): string {
  if (count === undefined || unit === undefined) return '6m'; // 半年, half a year
  const n = /^\d+$/.test(count) ? Number(count) : (ZH_NUMBERS[count] ?? EN_NUMBERS[count] ?? 0);
  return `${/^(年|y)/.test(unit) ? n * 12 : n}m`;
}

/** A request or a question of its own: someone (我, I) wants something, or a question word asks it. */
const OWN_QUESTION_ZH =
  /我|你|咱|要|想|帮|能|可以|会不会|怎|什么|啥|多少|几|吗|哪|谁|为何|为什么|是不是|有没有|不(?:了|能|行|到|上|会|出)|没(?:有|收|到)|办理|申请|开通|取消|注销/;
const QUESTION_WORDS_EN =
  'i|im|id|ill|ive|you|we|how|what|why|when|where|who|which|whose|is|are|was|do|does|did|can|could|should|would|will|if';
const OWN_QUESTION_EN = new RegExp(`^(?:${QUESTION_WORDS_EN})\\b|\\b(?:i|me|want|need|help|please)\\b`);
/** Words that name nothing by themselves ("还有呢", "那个呢", "and that?"). */
const NOTHING =
  /^(?:还有|其他|其它|别的|另外|这个|那个|这|那|个|的|the|that|this|it|them|those|these|one|ones|else|others?|so|too|then)$/;
/** "陆家嘴那个", "三年那种", "the one in lujiazui", "gold ones", "to another bank": a variant of the last thing. */
const ZH_MARKER = /(?:的那个|的那种|的那家|那个|那种|那家|那张|这个|这种|的)$/;
const EN_ONE = /^the ones? |^the (?=.+ ones?$)| ones?$/g;
const EN_PREPOSITION = /^(?:to|for|in|at|from|with|on|by|over|under|via|through|into|outside|inside) /;

/** How a follow-up fragment ("欧元", "跨行", "the one in lujiazui") relates to the question before it. */
export function readFragment(fragment: string): FragmentReading {
  const raw = fragment.trim().toLowerCase();
  const zhMarked = ZH_MARKER.test(raw);
  const enMarked = /^the ones? |\bones?$/.test(raw);
  const text = raw.replace(ZH_MARKER, '').replace(EN_ONE, '').trim();
  if (text.length === 0 || NOTHING.test(text)) return { type: 'own_question' };
  if (OWN_QUESTION_ZH.test(text) || OWN_QUESTION_EN.test(text)) return { type: 'own_question' };
  const slots = findSlots(text);
  const slot = slots.length === 1 ? slots[0]! : null;
  if (slot || zhMarked || enMarked || EN_PREPOSITION.test(text)) return { type: 'variant', text, slot };
  return { type: 'subject', text };
}

/** The previous question asked again about the fragment's variant or subject. */
export function rewriteQuestion(previous: string, reading: FragmentReading): Rewrite | null {
  if (reading.type === 'own_question') return null;
  const question = previous.trim().replace(/[\s?？。.!！~～]+$/u, '');
  const slot = reading.type === 'variant' ? reading.slot : null;
  if (slot) {
    const old = findSlots(question).find((s) => s.kind === slot.kind);
    if (old) {
      if (old.key === slot.key) return { query: question };
      const said = reading.text.slice(slot.start, slot.end);
      return {
        query: question.slice(0, old.start) + said + question.slice(old.end),
        replaced: { kind: slot.kind, from: old.key, to: slot.key },
      };
    }
  }
  return { query: `${question} ${reading.text}` };
}

/**
 * True when an article is about the variant the customer moved away from and says nothing of the one they
 * asked about ("信用卡年费" after "那借记卡呢"): it would answer another question than the one asked.
 */
export function articleLeavesOut(article: Article, replaced: NonNullable<Rewrite['replaced']>): boolean {
  const has = (text: string, key: string): boolean =>
    findSlots(text).some((s) => s.kind === replaced.kind && s.key === key);
  if (!has(article.title, replaced.from)) return false;
  return ![article.title, article.answer, ...article.questions].some((t) => has(t, replaced.to));
}

/**
 * True when an article speaks of a word a follow-up adds: a Han character anywhere in its title, questions
 * or answer; a Latin word as written or without its ending ("opening" in "open", "fees" in "fee").
 */
export function speaksOf(article: Article, word: string): boolean {
  return mentionsWord([article.title, ...article.questions, article.answer].join('\n'), word);
}

/** Whether `text` holds `word`, or an English word without its ending ("waived" in "waives"). */
export function mentionsWord(text: string, word: string): boolean {
  const t = text.toLowerCase();
  const w = word.toLowerCase();
  return t.includes(w) || (w.length > 4 && t.includes(w.replace(/(?:ing|ed|es|s)$/, '')));
}
