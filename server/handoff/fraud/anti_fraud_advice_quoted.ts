/**
 * The anti-fraud advice everyone repeats, quoted by the customer: "my brother's a cop and he says never give your OTP
 * to anyone, even the bank", "someone told me the police will never ask you to move money", "我哥是警察，他老说验证码谁都
 * 不能给", "听说公检法不会打电话让人转账". The advice holds the words of a scheme (a code, the police, moving money, a
 * relative who says so), yet it is the rule against the scam, asked about ("is that your policy too?", "你们也是这么
 * 规定的吧"): no scam story. The advice is blanked before the scheme rules read the message (`fraud_detector.ts`), and
 * a calm check of it is no frustration, though the model hears it in "never" / 不能给 (`../handoff_signals.ts`).
 *
 * Not when the customer says they did it all the same ("…but I'd already read it out to him", "可我已经告诉他了"): the
 * message is left whole, and the scheme rules read the giving.
 */
import type { SentimentAnalysis } from '../sentiment/sentiment_scorer.ts';
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The advice itself, up to the end of its clause (an English one runs to the end of its sentence). */
const ADVICE = new RegExp(
  [
    // "验证码谁都不能给", "密码跟谁都别说", "验证码千万不要告诉别人".
    String.raw`(验证码|动态码|短信码|密码)${C}{0,6}(谁都|任何人都?|对谁都|跟谁都|给谁都|都)?(不能|不要|别|不可以|千万别|千万不要|绝对不能|绝不能|不许)(给|说|讲|告诉|透露|泄露|提供|发|念|报)${C}{0,12}`,
    // "不要把验证码告诉任何人".
    String.raw`(永远|千万|绝对)?(不要|别|不能|不可以)(把|将)?${C}{0,4}(验证码|动态码|密码)(给|告诉|透露|泄露|发给|念给|报给)${C}{0,12}`,
    // "公检法不会打电话让人转账", "银行从来不会让你转到安全账户".
    String.raw`(警察|公安|民警|公检法|检察院|法院|银行|正规银行|你们)${C}{0,4}(从来|绝对|永远|都)?(都)?(?<!会)(不会|绝不会|不可能)${C}{0,10}(转账|汇款|打钱|转钱|验证码|密码|安全账户|把钱|取钱|取现)${C}{0,10}`,
    // "never give your OTP to anyone, even the bank", "never share the code".
    String.raw`\b(never|don'?t ever|do not ever|not ever) (give|share|tell|read out|hand over|send|disclose|reveal|say)\b[^.?!]{0,60}`,
    // "the police will never ask you to move money", "a real bank would never call you about…".
    String.raw`\b(the )?(real |genuine |a real |a genuine )?(police|cops?|banks?|your bank|the bank|hmrc|irs|courts?|government|officers?)\b (will|would|'ll|'d|do|does)? ?never (ask|call|phone|ring|tell|request|make|want|text|email|message)\b[^.?!]{0,60}`,
    // "no bank will ever ask you to…".
    String.raw`\bno (real |genuine )?(bank|police officer|officer|one|court|government \w+) (will|would|should) ever (ask|call|tell|request)\b[^.?!]{0,60}`,
  ].join('|'),
  'giu',
);

/** The customer did it all the same: gave, told, read out or sent the code or the money. */
const DONE_ANYWAY = re(
  String.raw`(already|but i|i did|i'?ve|i just|then i|and i)[^.?!]{0,20}\b(gave|given|read|told|sent|shared|typed|entered|moved|transferred|paid)\b|(刚才|已经|可我|但我|但是我|结果我|我还是|还是)${C}{0,8}(给|告诉|念|发|说|报|转|输)`,
);

/** The message with the anti-fraud advice it quotes blanked (unchanged when the customer did it all the same). */
export function withoutAntiFraudAdviceQuoted(lower: string): string {
  if (DONE_ANYWAY.test(lower)) return lower;
  return lower.replace(ADVICE, ' ');
}

/** Whether the message quotes anti-fraud advice (and the customer did not do it all the same). */
export function quotesAntiFraudAdvice(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  ADVICE.lastIndex = 0;
  const found = ADVICE.test(lower);
  ADVICE.lastIndex = 0;
  return found && !DONE_ANYWAY.test(lower);
}

/**
 * A calm check of the advice quoted ("That's your policy too yeah?", "你们也是这么规定的吧"): no threat, sarcasm,
 * repetition, shouting or negative words.
 */
export function isCalmAntiFraudAdviceCheck(text: string, sentiment: SentimentAnalysis): boolean {
  return (
    quotesAntiFraudAdvice(text) &&
    !sentiment.threat &&
    !sentiment.sarcasm &&
    !sentiment.repetition &&
    !sentiment.shouting &&
    sentiment.score >= 0
  );
}
