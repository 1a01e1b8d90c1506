/**
 * Finds every number a text states, whatever way it is written, and normalises it to a value:
 * 20000 / 20,000 / 2万 / 两万 / 20 thousand / 20k -> 20000; 0.35% / 百分之零点三五 -> 0.35; 五百 -> 500.
 *
 * Digits are always checked. A small number spelled out (一, 两, three…, up to ten) is only checked when a
 * unit follows it (三天, 五块, two days, 10 percent): otherwise it is a word (一下, 统一, 周一, "one of",
 * "two ways") rather than a figure a customer could act on.
 */
import {
  CN_DIGIT_CHAR,
  CN_NUMERAL_CHARS,
  EN_CARDINALS as EN_SMALL,
  EN_SCALES,
  parseNumeral,
} from '../../nlu/entities/numerals.ts';

export interface NumberMention {
  /** As written (after width normalisation). */
  text: string;
  value: number;
  /** False for words that only look like numbers (see above). */
  checked: boolean;
}

const CURRENCY_CODES = /(?:RMB|CNY|USD|HKD|EUR|GBP|JPY)$/i;
const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;
const CN_MULTIPLIER = /^\s?(亿|千万|百万|万|千|百)/;
const EN_MULTIPLIER = /^\s?(billion|million|thousand|bn|mn|k)(?![A-Za-z])/i;
const MULTIPLIERS: Readonly<Record<string, number>> = {
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
  千: 1e3,
  百: 1e2,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  mn: 1e6,
  thousand: 1e3,
  k: 1e3,
};
// Not 次 or 笔: 一次性, 一笔转账 are words. 点 is o'clock (九点), but 一点 is "a little".
const CN_UNIT_AFTER = /^(?:个工作日|个月|个小时|工作日|天|日|年|月|周|小时|分钟|秒|元|块|角|岁|倍|%|点)/;
const EN_UNIT_AFTER =
  /^\s?(?:%|percent|per cent|(?:working |business |calendar )?days?|weeks?|months?|years?|hours?|minutes?|yuan|rmb|dollars?|times|transactions?)\b/i;

const EN_WORD = `(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALES)].join('|')})`;
const EN_RUN = new RegExp(`\\b${EN_WORD}(?:(?:[\\s-]+|\\s+and\\s+)${EN_WORD})*\\b`, 'gi');
const CN_RUN = new RegExp(`(?:百分之)?[${CN_NUMERAL_CHARS}点]+`, 'g');

/** Width-normalised text (full-width digits and ％ become ASCII) with citation markers removed. */
function prepare(text: string): string {
  return text.normalize('NFKC').replace(/\[[a-z][a-z0-9_]*\]/g, ' ');
}

export function numberMentions(text: string): NumberMention[] {
  const s = prepare(text);
  return [...digitMentions(s), ...chineseMentions(s), ...englishMentions(s)];
}

function digitMentions(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of s.matchAll(DIGITS)) {
    const start = m.index;
    const before = s.slice(0, start);
    // Identifiers such as "type2" or "H5" are not figures; "RMB500" is.
    if (/[A-Za-z_]$/.test(before) && !CURRENCY_CODES.test(before)) continue;
    if (/\d\.$/.test(before)) continue; // the tail of a version-like 1.2.3
    let value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    let end = start + m[0].length;
    const after = s.slice(end);
    const mult = CN_MULTIPLIER.exec(after) ?? EN_MULTIPLIER.exec(after);
    if (mult) {
      value *= MULTIPLIERS[mult[1]!.toLowerCase()] ?? 1;
      end += mult[0].length;
    }
    out.push({ text: s.slice(start, end), value, checked: true });
  }
  return out;
}

function chineseMentions(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of s.matchAll(CN_RUN)) {
    const percent = m[0].startsWith('百分之');
    let run = percent ? m[0].slice(3) : m[0];
    // A run cannot start with a unit other than 十 (千万 "by all means", 万一 "in case") or end with 点 (九点 "9 o'clock").
    run = run.replace(/^[百佰千仟万亿点]+/, '').replace(/点+$/, '');
    if (!CN_DIGIT_CHAR.test(run)) continue;
    const start = m.index + m[0].indexOf(run);
    const value = parseNumeral(run);
    if (value === null) continue;
    const after = s.slice(start + run.length);
    const spelledSmall = [...run].length === 1 && value <= 10;
    const precededByDigit = /\d$/.test(s.slice(0, start)); // "2万" is read by the digit pass
    if (precededByDigit) continue;
    const unitAfter = CN_UNIT_AFTER.test(after) && !(value === 1 && after.startsWith('点'));
    const checked = percent || !spelledSmall || unitAfter;
    out.push({ text: percent ? `百分之${run}` : run, value, checked });
  }
  return out;
}

function englishMentions(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of s.matchAll(EN_RUN)) {
    const value = parseEnglish(m[0]);
    if (value === null) continue;
    const before = s.slice(0, m.index);
    if (/\d\s?$/.test(before)) continue; // "20 thousand" is read by the digit pass
    const after = s.slice(m.index + m[0].length);
    const words = m[0].split(/[\s-]+/).filter((w) => w.toLowerCase() !== 'and');
    const checked = words.length > 1 || value > 10 || EN_UNIT_AFTER.test(after);
    out.push({ text: m[0], value, checked });
  }
  return out;
}

function parseEnglish(run: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of run.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and' || raw === '') continue;
    const small = EN_SMALL[raw];
    if (small !== undefined) {
      current += small;
      any = true;
      continue;
    }
    const scale = EN_SCALES[raw];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    any = true;
  }
  return any ? total + current : null;
}

/** A value as a comparable key (rounding away float noise: 0.1 + 0.2). */
export function valueKey(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
