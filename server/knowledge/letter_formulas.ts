/**
 * A question written as a letter or an e-mail to the bank, read for its ask: the formulas every such letter
 * carries whatever it asks (a salutation, "I am writing to enquire", "I would be grateful if you could
 * advise", "Kindly advise", "I regret to say that", a closing) are read away before retrieval, so their
 * words (grateful, advise, kindly, enquire) weigh nothing against the subject of the letter.
 *
 * Only the formula goes: what it introduces stays ("I would be grateful if you could explain the difference
 * between the buying rate and the selling rate" keeps "the difference between the buying rate …").
 */
import type { Locale } from '../protocol/protocol.ts';

// ---- English ----

/** A salutation opening the letter: "Dear Sir/Madam,", "Dear Sir or Madam", "To whom it may concern". */
const EN_SALUTATION =
  /^\s*(?:dear\s+(?:sirs?(?:\s*(?:\/|or|and)\s*madam)?|madam(?:\s*(?:\/|or)\s*sir)?|customer service(?:s| team)?|team|bank|all)|to whom it may concern)\s*[,:.!]?\s*/i;

/** The verb of asking that a letter's formula leads to ("… if you could advise me of", "kindly explain"). */
const EN_ASK_VERB =
  '(?:advise(?:\\s+me)?(?:\\s+(?:of|on|as to))?|explain(?:\\s+to\\s+me)?|confirm|clarify|inform\\s+me(?:\\s+(?:of|about|as to))?|tell\\s+me|let\\s+me\\s+know|set\\s+out|provide(?:\\s+me\\s+with)?|help\\s+me\\s+(?:with|to\\s+understand)|assist\\s+me(?:\\s+with)?)';

/**
 * A polite frame round the ask: "I would be (most) grateful if you could (kindly) advise", "I should be
 * grateful for your advice on", "Could you (kindly|please) explain", "Kindly advise (me)", "Please advise".
 */
const EN_POLITE_ASK = new RegExp(
  [
    `\\b(?:(?:i|we)\\s+)?(?:would|should)\\s+be\\s+(?:most\\s+|very\\s+|extremely\\s+)?(?:grateful|obliged|thankful)\\s+if\\s+you\\s+(?:could|would|might)\\s+(?:kindly\\s+|please\\s+)?${EN_ASK_VERB}\\b`,
    `\\b(?:i|we)\\s+(?:would|should)\\s+be\\s+(?:most\\s+|very\\s+)?(?:grateful|obliged|thankful)\\s+for\\s+(?:your|any)\\s+(?:advice|guidance|assistance|help)(?:\\s+(?:on|with|regarding|about))?`,
    `\\b(?:could|would|can)\\s+you\\s+(?:kindly|please)\\s+${EN_ASK_VERB}\\b`,
    `\\b(?:kindly|please)\\s+${EN_ASK_VERB}\\b`,
  ].join('|'),
  'gi',
);

/**
 * A letter's preface that says nothing of the subject: "I am writing to enquire (about)", "I write to ask",
 * "I regret to say/inform you that", "I wish to bring to your attention that".
 */
const EN_PREFACE =
  /\b(?:i\s+am|i'm|i)\s+writ(?:ing|e)\s+to\s+(?:enquire|inquire|ask|request|inform\s+you|let\s+you\s+know|seek\s+(?:your\s+)?(?:advice|clarification))(?:\s+(?:about|regarding|as\s+to|concerning))?\b|\bi\s+regret\s+to\s+(?:say|inform\s+you|report|tell\s+you)(?:\s+that)?\b|\bi\s+(?:wish|would\s+like)\s+to\s+bring\s+to\s+your\s+attention(?:\s+that)?\b/gi;

/** A closing: "Thank you in advance", "I look forward to your reply", "Yours faithfully", "Kind regards". */
const EN_CLOSING =
  /\b(?:thank\s+you\s+(?:in\s+advance|for\s+your\s+(?:time|help|assistance|attention))|i\s+look\s+forward\s+to\s+(?:your\s+reply|hearing\s+from\s+you|your\s+response)|yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards)\b[.,!]?/gi;

function enWithoutFormulas(text: string): string {
  return text
    .replace(EN_SALUTATION, '')
    .replace(EN_PREFACE, ' ')
    .replace(EN_POLITE_ASK, ' ')
    .replace(EN_CLOSING, ' ')
    .replace(/\s+([,.;?!])/g, '$1')
    .replace(/^[\s,.;]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// ---- Mandarin ----

/** Punctuation that ends or opens a clause of a Mandarin letter. */
const ZH_CLAUSE_END = '[，,。；;！!？?：:\\s]';

/**
 * A salutation opening the letter or standing as its own clause: 您好, 你好, 尊敬的沙盒银行 (客服、工作人员),
 * 贵行您好, 客服您好. Not 好 inside the ask (您好像扣错了 keeps its words: only a 您好 followed by a stop or the end).
 */
const ZH_SALUTATION = new RegExp(
  `(?:^|(?<=${ZH_CLAUSE_END}))(?:尊敬的)?(?:沙盒银行|贵行|银行|客服|工作人员|贵行工作人员|贵行客服)?(?:的)?(?:工作人员|客服(?:人员)?)?(?:您好|你好)(?:${ZH_CLAUSE_END}+|$)|^尊敬的[^，,。；;！!？?：:]{0,12}[：:，,]`,
  'g',
);

/**
 * A closing formula standing as its own clause: 特此咨询, 烦请告知, 敬请回复, 盼复, 望告知, 谢谢, 此致敬礼. Each
 * says only "please answer"; the ask is elsewhere. Not 告知 inside the ask (是否需要告知家人 keeps its words:
 * only a formula that fills its clause).
 */
const ZH_CLOSING = new RegExp(
  `(?:^|(?<=${ZH_CLAUSE_END}))(?:(?:特此|专此|谨此)(?:咨询|询问|请教|致函|函询|说明)|(?:烦请|敬请|恳请|还请|望|盼|请)(?:贵行)?(?:予以|给予|尽快|及时)?(?:告知|回复|答复|解答|赐复|回函|指教|示知|解惑)(?:为盼|为谢)?|盼复|静候回复|期待(?:您的|贵行的)?回复|(?:非常|十分|万分)?(?:感谢|谢谢)(?:您|贵行)?(?:的)?(?:帮助|解答|回复)?|不胜感激|此致敬礼|此致|敬礼)(?=${ZH_CLAUSE_END}|$)${ZH_CLAUSE_END}*`,
  'g',
);

/**
 * The letter's deferent words for "you", "your bank" and "I", read as the customer would say them: 贵行 (your
 * bank) as 你们银行, 您 as 你, and 本人 as 我 where it is who writes (本人于今日…, 为本人办理, 本人的卡), not where it
 * means "in person" (本人到场, 须本人办理, 非本人): those stay.
 */
const ZH_DEFERENT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/本人(?=贵行|贵司)/g, '我的'],
  [/贵行|贵司/g, '你们银行'],
  [/您/g, '你'],
  [/为本人(?=办理|办|查询|查|开通|处理|解决|服务|做|干)/g, '帮我'],
  [/本人(?=的|名下|[于在今昨近日前上下已曾因因想拟欲希计将需要现目持有是为和与及家子女父母妻丈夫])/g, '我'],
];

function zhWithoutFormulas(text: string): string {
  let out = text.replace(ZH_SALUTATION, '').replace(ZH_CLOSING, '');
  for (const [from, to] of ZH_DEFERENT_WORDS) out = out.replace(from, to);
  return out.replace(/^[，,。；;：:\s]+/, '').replace(/[，,；;：:\s]+$/, '');
}

/** `text` with the formulas of a letter read away, as the customer's ask. */
export function withoutLetterFormulas(text: string, locale: Locale): string {
  return locale === 'en' ? enWithoutFormulas(text) : zhWithoutFormulas(text);
}
