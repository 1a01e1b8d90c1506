/**
 * The verbs that put a payee after "to" (transfer 200 to John, wire 1,200 to Acme), with "transfer" also
 * taken when typed one slip off (tranfer, trasnfer, transfre, tansfer): the customer's intent is plain, and
 * dropping the payee made the flow ask for a name the customer had already given.
 */

const VERBS = new Set(['transfer', 'send', 'wire', 'pay', 'remit', 'give', 'move']);
const TRANSFER = 'transfer';

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
