/**
 * Recognises an explicit wish to complain ("我要投诉", "我想投诉一下", "I want to make a complaint", "I'd like to
 * file a complaint", "how do I complain"): the customer says what they want, calmly or not, so it is a
 * complaint whatever the trained model's calm reading. Not a wish to complain: a denial ("I don't want to make
 * a complaint"; the sentiment scorer's `deniesComplaint` also blanks "不是投诉"), a question asked ahead of time
 * or about the procedure's limits ("if I ever wanted to make a complaint", "how long do I have to make a
 * complaint", "投诉的话要多久", "万一以后想投诉"), or a complaint to or about someone else ("找物业投诉",
 * "complain to my landlord": the sentiment lexicons' threat negations, which also hold the denials).
 */
import { EN_LEXICON } from './sentiment/lexicon_en.ts';
import { ZH_LEXICON } from './sentiment/lexicon_zh.ts';

/** Denials and complaints about someone else, both languages. */
const DENIALS: readonly RegExp[] = [...ZH_LEXICON.threatNegations, ...EN_LEXICON.threatNegations];

/** Lower case with typographic apostrophes made plain, as every pattern here expects. */
const plain = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").trim();

const EN_MAKE = String.raw`(make|file|lodge|raise|submit|log|register|put in|open|report)`;
const EN_A_COMPLAINT = String.raw`(a|an|my)\s+(formal\s+|official\s+|proper\s+|serious\s+|written\s+)?complaint`;

const EN: readonly RegExp[] = [
  // "I want to make a complaint", "I'd like to file a formal complaint", "we wish to lodge a complaint",
  // "I'm here to make a complaint", "I need to raise a complaint about your branch".
  new RegExp(
    String.raw`\b(i|we)\s*('d|'ll|would|will|want|wanna|wish|need|must|have to|am going to|'m going to|'m gonna|am gonna|'m here to|am here to|'m calling to|'m writing to|'m trying to|am trying to)\s+((like|love|want|need|have)\s+)?(to\s+)?${EN_MAKE}\s+${EN_A_COMPLAINT}\b`,
  ),
  // "I want to complain", "I'd like to complain about…", "I wish to complain".
  /\b(i|we)\s*('d|would|want|wanna|wish|need)\s+(like\s+|love\s+)?(to\s+)?complain\b/,
  // "I have a complaint", "I've got a complaint", "this is a formal complaint".
  /\b(i|we)\s*(have|'ve|'ve got|have got|got)\s+(a|an)\s+(formal\s+|official\s+|serious\s+)?complaint\b|\bthis is (a|an) (formal |official )?complaint\b/,
  // "how do I complain", "how can I make a complaint", "where do I file a complaint", "how to complain".
  new RegExp(
    String.raw`\b(how|where)\s+(do|can)\s+(i|we)\s+(go about\s+)?(complain(ing)?\b|${EN_MAKE}(ing)?\s+${EN_A_COMPLAINT}\b)|^(so\s+|ok(ay)?\s+|then\s+)?(how|where)\s+to\s+(complain\b|${EN_MAKE}\s+${EN_A_COMPLAINT}\b)`,
  ),
  // The bare word: "complaint", "complaint please", "a complaint".
  /^(a\s+)?complaints?(\s+(please|pls|now))?[\s.!?]*$/,
];

/**
 * Asked ahead of time or about the procedure: "if I ever wanted to…", "for future reference", "how long do I
 * have to make a complaint", "just want to know the procedure, nothing urgent".
 */
const EN_NOT_NOW =
  /\b(if|whether|in case|hypothetical(ly)?|future reference|for reference|in the future|one day|just (asking|curious|wondering)|(just )?(want|wanted|like) to know|procedure|process|nothing urgent|no rush|out of (interest|curiosity)|how long|how many (days|weeks|months)|time limit|deadline|for my (assignment|essay|homework|coursework|class|project))\b/;

const ZH: readonly RegExp[] = [
  // "我要投诉", "我想投诉一下", "我想要投诉你们网点", "我要提交投诉", "我们要正式投诉", "不过我还是要投诉".
  /我(们)?(现在)?(就|还是|也|一定|肯定)?(要|想|想要|需要|得|必须|准备|打算|是来|来)(要)?(进行|提交|发起|提出|提|做|办理|申请|正式|书面)?(一个|个|一下|一次)?(正式|书面)?投诉/,
  // "我有个投诉", "我有一个投诉要提".
  /我(们)?有(一)?(个|件)?投诉/,
  // The bare word or question: "投诉", "投诉！", "怎么投诉？", "我该怎么投诉你们", "在哪投诉".
  /^(请问)?(我)?(要|该|应该)?(怎么|如何|怎样|咋|在哪(里|儿)?|去哪(里|儿)?)?(才能|可以|能)?投诉(你们)?(一下)?[？?。.!！]*$/,
];

/** Asked ahead of time or about the procedure: "投诉的话要多久", "万一以后想投诉", "投诉流程是什么，不急". */
const ZH_NOT_NOW =
  /如果|假如|万一|要是|以后|将来|的话|多久|几天|时限|期限|流程|不急|随便问问|好奇|先了解|提前了解|问清楚|问一下|问问/;

export function isExplicitComplaint(text: string): boolean {
  const lower = plain(text);
  if (DENIALS.some((p) => p.test(lower))) return false;
  if (ZH.some((p) => p.test(lower)) && !ZH_NOT_NOW.test(lower)) return true;
  return EN.some((p) => p.test(lower)) && !EN_NOT_NOW.test(lower);
}
