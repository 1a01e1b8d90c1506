/**
 * The verbs that put a payee after "to" (transfer 200 to John, wire 1,200 to Acme), with "transfer" also
 * taken when typed one slip off (tranfer, trasnfer, transfre, tansfer): the customer's intent is plain, and
 * dropping the payee made the flow ask for a name the customer had already given. In Mandarin the slip is a
 * homophone from a pinyin keyboard without tones: 砖账 / 专账 for 转账 (zhuan zhang).
 */

const VERBS = new Set(['transfer', 'send', 'wire', 'pay', 'remit', 'give', 'move']);
const TRANSFER = 'transfer';
/** 转账 typed as a homophone (pinyin input without tones); only with 账/帐, as 专 alone is an ordinary word. */
export const ZH_TRANSFER_SLIPS = '[砖专][账帐]';
/** Words that say money is to be moved, as written (a typing slip in "transfer" is checked word by word). */
const TRANSFER_CUE = new RegExp(`转|汇|打钱|打款|${ZH_TRANSFER_SLIPS}|transfer|send|wire|\\bpay\\b`, 'i');
const EN_WORDS = /[A-Za-z]+/g;

/** Optimal string alignment distance capped at 2: edits, one letter swap counting as one. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        rows[i]![j] = i + j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]! <= 1;
}

/** True for a transfer verb as written (any case), or "transfer" with one typing slip. */
export function isTransferVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (VERBS.has(w)) return true;
  return w.length >= 7 && w.startsWith('t') && withinOneEdit(w, TRANSFER);
}

/**
 * Whether a message says money is to be moved: 转 / 汇 / 打款, "transfer" / "send" / "wire" / "pay", and the
 * same verbs typed with a slip ("tranfer two and a half grand to jon smith", "给小王砖账500").
 */
export function mentionsTransfer(text: string): boolean {
  if (TRANSFER_CUE.test(text)) return true;
  for (const w of text.matchAll(EN_WORDS)) if (isTransferVerb(w[0])) return true;
  return false;
}
