/**
 * The person money goes to, named after a transfer verb: 给张三转500, 转给李四, 汇款给王小明, 向张三转账,
 * 收款人是张三, 转两千五给小王 (给 right after an amount), transfer 200 to John Smith, tranfer 500 to jon smith
 * ("transfer" one typing slip off), send Mary 50, pay Alice. Value the name as written.
 *
 * A name ends where another entity starts (转给李四五百块 → 李四), at a particle or time word (的, 了,
 * 明天), or at an English function word (to John tomorrow → John). Pronouns and things that are not
 * people (自己, 对方, my savings, the rent) are not payees.
 */
import { span, PRIORITY, type Candidate, type ExtractContext } from './candidate.ts';
import { isLowercaseFullName } from './lowercase_full_name.ts';
import { isPinyinFullName } from './pinyin_name.ts';
import { isTransferVerb, ZH_TRANSFER_SLIPS } from './transfer_verb.ts';
import {
  enRelationshipLead,
  isRelationshipWord,
  zhRelationshipLead,
  ZH_RELATIONSHIP_LEAD,
} from './relationship_lead.ts';

const HAN = '[\\u4e00-\\u9fff·]';
/** A relationship may come before the name (转给我妈王秀英): captured with it, taken off in `zhPayees`. */
const LEAD = `(?:${ZH_RELATIONSHIP_LEAD})?`;
const ZH_PATTERNS: RegExp[] = [
  new RegExp(
    `(?:转账|转钱|转款|汇款|汇钱|打钱|打款|付款|付钱|${ZH_TRANSFER_SLIPS}|转|汇|打|付)给(${LEAD}${HAN}{2,6})`,
    'g',
  ),
  new RegExp(`给(${LEAD}${HAN}{2,5}?)(?:转|汇|打钱|打款|打|付|${ZH_TRANSFER_SLIPS})`, 'g'),
  new RegExp(`(?<=[\\dkKwW块元钱万千百])给(${LEAD}${HAN}{2,6})`, 'g'),
  new RegExp(`向(${LEAD}${HAN}{2,5}?)(?:转|汇|付)`, 'g'),
  new RegExp(`(?:转|汇)(?:账|款|钱)?到(${LEAD}${HAN}{2,5}?)的`, 'g'),
  new RegExp(`收款人(?:是|为|[:：])?\\s*(${HAN}{2,6})`, 'g'),
];
const ZH_STOPS = [
  '的',
  '了',
  '吧',
  '呢',
  '啊',
  '吗',
  '呀',
  '嘛',
  '和',
  '跟',
  '转',
  '汇',
  '付',
  '打',
  '钱',
  '块',
  '元',
  '吗',
  '一点',
  '一下',
  '一些',
  '一笔',
  '今天',
  '明天',
  '后天',
  '下周',
  '下个',
  '现在',
  '马上',
  '立刻',
  '可以',
  '能',
  '行',
  '好',
  '账',
  '款',
  '在',
  '用',
  '从',
  '通过',
  '走',
];
const ZH_NOT_NAMES = new Set([
  '自己',
  '我自己',
  '别人',
  '他人',
  '对方',
  '本人',
  '家人',
  '朋友',
  '账户',
  '银行',
  '信用卡',
  '银行卡',
  '这个',
  '那个',
  '这张',
  '那张',
  '他们',
  '她们',
  '我们',
  '你们',
  '微信',
  '支付宝',
  '别的',
  '其他人',
  '大家',
  '谁',
  '他',
  '她',
  '我',
  '你',
  '它',
  '他的',
  '我的',
  '她的',
  '您',
]);

const EN_STOPWORDS = new Set(
  (
    'me my myself mine him her hers them us you your it its the a an this that these those account accounts card ' +
    'cards savings checking money cash funds fund bill bills rent fee fees off back up out for from on by with via ' +
    'at in and or today tomorrow tonight yesterday now next last please dollars dollar usd rmb yuan euros euro bucks ' +
    'online someone somebody people another other abroad overseas loan mortgage credit debit bank international ' +
    'using ending number phone his their our immediately later instead all some any half what how who when where ' +
    'will would can could should i we they he she is are was be do does did than then so too also again only every ' +
    'each amount total monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december attention interest balance tax taxes wire transfer ' +
    'payment payments visa mastercard paypal venmo zelle alipay wechat'
  ).split(' '),
);
const EN_WORDS = /\b[A-Za-z]+\b/g;
/** After a transfer verb: what comes before "to" (an amount may hold a comma or a point), then "to". */
const EN_UP_TO_TO = /^(?:[^.,;!?\n]|(?<=\d)[.,](?=\d)){0,40}?\bto\s+/i;
const EN_VERB_DIRECT = /\b(?:send|pay|give|wire)\s+/gi;
const EN_WORD = /^[A-Za-z][A-Za-z'-]*/;

function cutZh(name: string, absStart: number, starts: Set<number>): string {
  let end = name.length;
  for (let i = 1; i < name.length; i++) {
    if (starts.has(absStart + i)) {
      end = i;
      break;
    }
  }
  let cut = name.slice(0, end);
  for (const stop of ZH_STOPS) {
    const at = cut.indexOf(stop, 1);
    if (at >= 0) cut = cut.slice(0, at);
  }
  return cut.slice(0, 4);
}

/** Whether what follows a relationship is a name: not a particle, a time word or another relationship. */
function zhNameAfterLead(name: string): boolean {
  return (
    name.length >= 2 &&
    !ZH_STOPS.some((stop) => name.startsWith(stop)) &&
    !ZH_NOT_NAMES.has(name) &&
    !isRelationshipWord(name)
  );
}

/** 给 right after an amount, however it was written (转两千五给小王, 打 2500 给小王). */
const ZH_AFTER_AMOUNT = new RegExp(`给(${LEAD}${HAN}{2,6})`, 'g');

function zhPayees(ctx: ExtractContext, starts: Set<number>, amountEnds: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const afterAmount = [...ctx.text.matchAll(ZH_AFTER_AMOUNT)].filter((m) =>
    amountEnds.has(ctx.text.slice(0, m.index).trimEnd().length),
  );
  for (const m of [...ZH_PATTERNS.flatMap((re) => [...ctx.text.matchAll(re)]), ...afterAmount]) {
    const raw = m[1] ?? '';
    const at = m.index + m[0].lastIndexOf(raw);
    // The name after a relationship (我妈王秀英 → 王秀英); the relationship itself when no name follows (我妈).
    const lead = zhRelationshipLead(raw, 0);
    const afterLead = lead > 0 ? cutZh(raw.slice(lead), at + lead, starts) : '';
    const named = lead > 0 && !starts.has(at + lead) && zhNameAfterLead(afterLead);
    const start = named ? at + lead : at;
    const name = named ? afterLead : cutZh(raw, at, starts);
    if (name.length < 2 || ZH_NOT_NAMES.has(name) || /^[我他她你您]的/.test(name) || /^[我他她]$/.test(name))
      continue;
    out.push({
      entity: span(ctx.original, 'payee', name, start, start + name.length),
      priority: PRIORITY.payee,
    });
  }
  return out;
}

/** Up to three name words starting at `from`; null when the first word is not a name. */
function enName(text: string, from: number): { start: number; end: number } | null {
  let pos = from;
  let end = -1;
  for (let n = 0; n < 3; n++) {
    const w = EN_WORD.exec(text.slice(pos));
    if (!w || EN_STOPWORDS.has(w[0].toLowerCase())) break;
    end = pos + w[0].length;
    const gap = /^ +/.exec(text.slice(end));
    if (!gap) break;
    pos = end + gap[0].length;
    if (n >= 1 || !/^[A-Z]/.test(w[0])) {
      // A lowercase first word is a one-word name (send mary 50) unless a lowercase surname follows it
      // (zhang wei, jon smith); capitalised names may run on (John Smith).
      const next = EN_WORD.exec(text.slice(pos))?.[0] ?? '';
      const runOn =
        n === 0 &&
        !EN_STOPWORDS.has(next.toLowerCase()) &&
        (isPinyinFullName(w[0], next) || isLowercaseFullName(w[0], next));
      if (runOn) {
        end = pos + next.length;
        break;
      }
      if (!/^[A-Z]/.test(text[pos] ?? '')) break;
    }
  }
  return end < 0 ? null : { start: from, end };
}

/**
 * The name after "my mom" ("to my mom Jane Smith" → Jane Smith): capitalised, or two lowercase words that read
 * as a full name ("my mom jane smith"), so that "to my mom asap" names no one. Null when there is none.
 */
function enNameAfterLead(text: string, from: number): { start: number; end: number } | null {
  const lead = enRelationshipLead(text, from);
  if (lead === 0) return null;
  const name = enName(text, from + lead);
  if (!name) return null;
  const words = text.slice(name.start, name.end).split(/\s+/);
  return /^[A-Z]/.test(words[0] ?? '') || words.length > 1 ? name : null;
}

/** Right after an amount: " to " and the name ("… and 300 to Bob"). */
const EN_TO_AFTER_AMOUNT = /^\s+to\s+/i;

function enPayees(ctx: ExtractContext, starts: Set<number>, amountEnds: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => {
    let stop = end;
    for (const s of starts) if (s > start && s < stop) stop = s;
    // "to john smith's account": the name without the possessive.
    const name = ctx.text
      .slice(start, stop)
      .trim()
      .replace(/['’]s$/i, '');
    if (name.length < 2) return;
    out.push({
      entity: span(ctx.original, 'payee', name, start, start + name.length),
      priority: PRIORITY.payee,
    });
  };
  let firstVerbEnd = -1;
  for (const v of ctx.text.matchAll(EN_WORDS)) {
    if (!isTransferVerb(v[0])) continue;
    const from = v.index + v[0].length;
    if (firstVerbEnd < 0) firstVerbEnd = from;
    const to = EN_UP_TO_TO.exec(ctx.text.slice(from));
    if (!to) continue;
    const name = enNameAfterLead(ctx.text, from + to[0].length) ?? enName(ctx.text, from + to[0].length);
    if (name) push(name.start, name.end);
  }
  // A second payment in the same sentence, its verb left out: "transfer 200 to Anna and 300 to Bob".
  if (firstVerbEnd >= 0)
    for (const end of amountEnds) {
      if (end <= firstVerbEnd) continue;
      const to = EN_TO_AFTER_AMOUNT.exec(ctx.text.slice(end));
      const at = to ? end + to[0].length : -1;
      const name = to ? (enNameAfterLead(ctx.text, at) ?? enName(ctx.text, at)) : null;
      if (name) push(name.start, name.end);
    }
  for (const m of ctx.text.matchAll(EN_VERB_DIRECT)) {
    const from = m.index + m[0].length;
    const named = enNameAfterLead(ctx.text, from);
    if (named) {
      push(named.start, named.end);
      continue;
    }
    const name = enName(ctx.text, from);
    if (!name) continue;
    const after = ctx.text.slice(name.end);
    // "pay Alice", "send mary 50": capitalised, or followed by an amount.
    if (/^[A-Z]/.test(ctx.text[from] ?? '') || /^\s*(?:[$¥€£]|\d)/.test(after)) push(name.start, name.end);
  }
  return out;
}

/** `others` are the candidates of the other extractors; a name never runs into one of them. */
export function extractPayees(ctx: ExtractContext, others: Candidate[]): Candidate[] {
  const starts = new Set(others.map((c) => c.entity.start));
  const amountEnds = new Set(others.filter((c) => c.entity.type === 'amount').map((c) => c.entity.end));
  return [...zhPayees(ctx, starts, amountEnds), ...enPayees(ctx, starts, amountEnds)];
}
