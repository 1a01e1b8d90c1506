/**
 * Someone else's phone that nobody answers: the payee of a mistaken transfer, a seller or a tradesman ("2000块转给了不认识
 * 的人，对方电话也打不通", "sent it to the wrong person and their phone just rings out", "the seller's phone is switched
 * off"). The lexicon knows 打不通 / "nobody picks up" from the bank's own hotline; here the phone is theirs, and its
 * words are no anger at the bank (weighed as an off-topic clause by `sentiment_scorer.ts`). The bank's hotline, "your
 * phone line" or 客服电话 is read as before.
 */

/** Their phone unanswered, switched off or not in service. */
const THEIR_PHONE_UNANSWERED =
  /(对方|他|她|他们|收款人|那人|那个人|卖家|买家|房东|师傅|中介)(的)?(电话|手机)(也|都|还|一直)?(打不通|不接|没人接|关机|停机|是空号)|\b(their|his|her|the (recipient|payee|seller|buyer|landlord|guy|man|woman|person))'?s? (phone|mobile|number)\b[^.?!,]{0,12}\b(rings out|goes (straight )?to voicemail|is (switched )?off|is dead|not in service|unanswered|keeps ringing)\b|\b(he|she|they) (won'?t|doesn'?t|don'?t|didn'?t|never) (pick up|answer)( the phone| my calls?)?\b/g;

/** The bank's own staff named: "她" may be the bank's adviser ("你们的理财经理…她电话都不接了"). */
const BANKS_STAFF =
  /理财经理|客户经理|经理|客服|柜员|工作人员|\b(manager|adviser|advisor|agent|banker|your staff|your team|call cent(re|er))\b/;

/** Start and end offsets of someone else's phone left unanswered in a lower-cased text. */
export function someoneElsesPhoneUnansweredSpans(lower: string): Array<[number, number]> {
  if (BANKS_STAFF.test(lower)) return [];
  return [...lower.matchAll(THEIR_PHONE_UNANSWERED)].map((m) => [m.index, m.index + m[0].length]);
}
