/**
 * A calm request to automate a payment the customer makes by hand every month ("那个水费 每个月我都要跑一趟 能不能从卡上
 * 自动扣", "every month I have to come in to pay the council tax, can it come out of my account automatically?"). The
 * handoff model hears frustration in the recurring trip (每个月都要跑一趟, "every month I have to"); the customer asks
 * for a direct debit. Only the model's frustration is set aside (`../handoff_signals.ts`): anger words, sarcasm,
 * repetition, shouting, a threat or a word of exasperation beside it ("烦死了", "sick of", "why can't you") are read
 * as before.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A trip or a payment made by hand, every month or every time. */
const RECURRING_ERRAND =
  /每(个)?(月|季度|年|周|星期|次)[^。！？?]{0,10}(都)?(要|得|需要)[^。！？?]{0,6}(跑|来|去|交|缴|排队|转)|\bevery (month|quarter|year|week|time)\b[^.?!]{0,30}\b(have to|need to|got to|must|i come|i go)\b|\b(have to|need to) (come|go|pop|trek|walk) (in|down|into (the )?(branch|bank))\b[^.?!]{0,30}\bevery (month|quarter|year|week)\b/;

/** Asks for the payment to be taken automatically. */
const AUTOMATIC =
  /自动(扣|缴|交|代扣|还|转|划)|代扣|代缴|委托扣款|定期扣款|\b(direct debit|standing order|auto-?pay|automatic (payment|debit|transfer)s?|automatically|recurring payment)\b/;

/** A word of exasperation: more than a request. */
const EXASPERATED =
  /烦|累死|麻烦死|受够|到底|凭什么|为什么|为啥|就不能|\b(sick of|fed up|tired of|again|seriously|ridiculous|useless|joke|why can'?t|why do i)\b/;

/** A calm request to automate a payment made by hand every month (see the file comment). */
export function isCalmErrandToAutomate(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  if (!RECURRING_ERRAND.test(lower) || !AUTOMATIC.test(lower) || EXASPERATED.test(lower)) return false;
  return soundsCalm(sentiment);
}
