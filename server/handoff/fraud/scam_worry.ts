/**
 * A scam the customer fears may happen one day, to them or to someone they look after, told as the reason for
 * a protective setting ("怎么开通转账延时，我怕自己哪天被骗", "给我爸的卡关掉网上支付，他老人家容易上当", "alerts for large
 * transactions so I'd notice fraud", "I worry about scammers getting to him"): no scam has happened, so the
 * words of scams are no victim report. A fear of what has already happened ("我怕我被骗了", "I'm worried I've been
 * scammed", "worried that I was conned") is not this: those stay victim reports.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

/**
 * "I'm scared he'll get conned one day", "I worry she'll get ripped off by one of those phone scammers": afraid it
 * will happen (not "worried I've been conned", which may have happened). Shared with `../sentiment/feared_scam.ts`.
 */
export const EN_FEARED_SCAM = String.raw`\b(worr(y|ied|ies|ying)|afraid|scared|fear(ful)?|concerned|nervous|terrified)\b( that)? (he|she|they|my \w+|someone|somebody)('ll| will| might| could| may| would| is going to|'s going to)( one day| someday| eventually)? (get |be )?(ripped off|conned|scammed|fleeced|swindled|cheated|tricked|taken in|done over)\b`;

/** Words of a scam that may come: 被骗, 上当, scammers, fraud. */
const ZH_SCAM = String.raw`(被(人)?骗|上当|受骗|被${IN_CLAUSE}{0,4}骗|遇(到|上)(骗子|诈骗))`;

export const SCAM_WORRY_CUES = {
  scamWorry: re(
    [
      // Some day, in future, prone to: "哪天被骗", "以后上当", "万一被骗了怎么办", "老人家容易上当".
      String.raw`(哪天|以后|将来|万一|日后|今后|总有一天|容易|防止|免得|省得)${IN_CLAUSE}{0,4}${ZH_SCAM}`,
      // Afraid it will happen: "怕他会被骗", "担心老人将来上当" (not "怕我被骗了", which may have happened).
      String.raw`(怕|担心|害怕|生怕)${IN_CLAUSE}{0,6}(会|哪天|以后|将来|再)${IN_CLAUSE}{0,3}${ZH_SCAM}`,
      // A bare fear told beside the setting asked for: "限额调低到2000？怕被骗" (not "怕被骗了", which may have happened).
      String.raw`(怕|担心|害怕|生怕)(自己|我|老人|他|她)?(被(人)?骗|上当|受骗)(?![了过])`,
      // …or for a relative looked after: "怕我妈被人骗", "担心爸妈上当" (not "怕我妈被骗了").
      String.raw`(怕|担心|害怕|生怕)(我|我们)?(家)?(妈|爸|妈妈|爸爸|爸妈|父母|老妈|老爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老人家|家里老人|家人|孩子|老公|老婆)(会)?(被(人)?骗|上当|受骗)(?![了过])`,
      // Worried about scammers or scams as a threat to come (not "worried I've been / that I was scammed").
      String.raw`\b(worr(y|ied|ies|ying)|afraid|scared|fear(ful)?|concerned|nervous|paranoid)\b (about|of) (\w+ ){0,2}(scam(mer)?s|fraudsters|con ?(men|artists)|being (scammed|conned|defrauded)|getting (scammed|conned|defrauded)|fraud)\b`,
      // A safeguard so the customer would notice or be protected: "so I'd notice fraud", "so I can spot fraud".
      String.raw`\bso (that )?(i|we|he|she|they|my \w+)('d| would| can| could| will|'ll)? (notice|spot|catch|see|know about|be warned about|be alerted to)\b`,
      // Someone looked after who is prone to it: "he's a bit too trusting", "an easy target for scammers".
      String.raw`\b(too trusting|easy target|gullible|vulnerable to (scams|fraud|scammers))\b`,
      // Afraid it will happen to them: "I'm scared he'll get conned one day".
      EN_FEARED_SCAM,
    ].join('|'),
  ),
} as const;
