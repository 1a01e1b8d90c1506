/**
 * The billers a message names, in the order it names them, and which of them it takes back. "交下电费" names
 * electricity; "电费和水费都交了" / "pay the water and gas bills" name two, both wanted, the first said first;
 * "不交电费了，交水费" / "not the electricity, the water bill" takes electricity back and wants water. The flow
 * used to take the first biller of a fixed table, whatever the message said around it: "不交电费了，交水费"
 * kept electricity, and "电费和水费都交了" lost the water bill without a word (next_bill.ts keeps it).
 */

const BILLERS: Array<[string, RegExp]> = [
  ['electricity', /电费|交电|缴电|国网|electric/giu],
  ['water', /水费|自来水|\bwater\b/giu],
  ['gas', /燃气|煤气|天然气|\bgas\b/giu],
  ['property', /物业|\bproperty\b/giu],
  ['broadband', /宽带|网费|broadband|internet/giu],
];
/** "水电费" is both the water and the electricity bill. */
const WATER_AND_POWER = /水电/gu;

/** Just before a biller: it is not wanted ("不交电费", "不是水费", "not the gas", "instead of the water bill"). */
const NOT_BEFORE =
  /(?:不(?:用|要|想)?(?:交|缴|付)?|不是|别(?:交|缴)?|先不(?:交|缴)?|\bnot(?: the| my)?|\bno|\bdon'?t pay(?: the| my)?|\binstead of(?: the| my)?|\brather than(?: the| my)?|(?<!n'?t |not )\bforget(?: about)?(?: the| my)?|\bskip(?: the| my)?)\s*$/iu;
/** Just after a biller: it is not wanted ("电费不交了", "电费先不交", "电费算了", "the gas can wait"). */
const NOT_AFTER =
  /^\s*(?:(?:就|先|也|暂时)?(?:不(?:用|要|想)?(?:交|缴|付)|算了|不要了|等等再说|以后再)|(?:bill )?(?:can wait|later)\b)/iu;

export interface BillerMention {
  billerId: string;
  /** Where it is named. */
  at: number;
  /** The message takes it back. */
  notWanted: boolean;
}

/** Every biller the message names, once each (where first named), in the order said. */
export function billersNamed(text: string): BillerMention[] {
  const found = new Map<string, BillerMention>();
  const note = (billerId: string, at: number, end: number): void => {
    const notWanted =
      NOT_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || NOT_AFTER.test(text.slice(end));
    const seen = found.get(billerId);
    // Named twice ("不交电费了…交电费"): the last word on it stands.
    if (!seen || at > seen.at) found.set(billerId, { billerId, at: seen?.at ?? at, notWanted });
  };
  for (const m of text.matchAll(WATER_AND_POWER)) {
    note('water', m.index, m.index + m[0].length);
    note('electricity', m.index, m.index + m[0].length);
  }
  for (const [billerId, re] of BILLERS)
    for (const m of text.matchAll(re)) note(billerId, m.index, m.index + m[0].length);
  return [...found.values()].sort((a, b) => a.at - b.at);
}

/** The billers the message asks to pay, in the order said. */
export function billersWanted(text: string): string[] {
  return billersNamed(text)
    .filter((b) => !b.notWanted)
    .map((b) => b.billerId);
}
