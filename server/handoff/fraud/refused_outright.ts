/**
 * An approach the customer refused outright and told after the fact, asking what to do or how the bank works:
 * "有人说我抽中了手机，要先交手续费，我没理他，这种号码能拉黑吗", "有人出钱要借我的银行卡，我拒了", "买家让我先交保证金，我觉得
 * 不对就取消交易了", "a lad offered me money to 'borrow' my account. Said no obviously.", "Got a text about a redelivery
 * fee. Didn't pay obviously.", "Someone knocked saying he was from the bank. I shut the door.", "She bins them.". The
 * scheme's own words are all there, so a rule may name it and the trained model can be sure of a scam (it learnt
 * the story, not the refusal); the customer gave nothing and nothing goes on, so it is a question for the
 * assistant (`declined`), and the model's sure alarm does not overrule it (`../handoff_policy.ts`).
 *
 * Not when anything was given or done after all (`WENT_ALONG`, `actedAnyway`: "我没转，但把验证码告诉他了", "said no, then
 * sent the deposit"), the approach goes on ("又打来了", "he keeps texting", "now he says…"), or it was someone
 * else who did not answer or who hung up ("她没接", "视频一闪就挂了").
 */
import { re } from './cue_regex.ts';
import { ONGOING, VICTIM_CONTEXT_CUES, WENT_ALONG } from './victim_context.ts';

/**
 * The customer's own refusal, in the short forms the existing cues miss: 没交 / 没扫 / 没通过 / 拒了 / 取消了交易 /
 * 拉黑了; "said no", "didn't pay", "deleted.", "hung up straight away", "shut the door", "bins them".
 */
const REFUSED_OUTRIGHT = re(
  [
    String.raw`(?<![给被他她让叫要])我(就|都|也|可|当然|肯定|压根|根本|想想不对就|觉得不对就)?(没|没有)(交|扫|通过|加|付|转|理|信|答应|同意|上当|填|点|回|给|去)(?![了过到上完来款账])`,
    String.raw`我[^，。！？,.!?]{0,8}(没说|没吭声|没回)(话)?(就|直接)挂(了|断)`,
    String.raw`\bi\b[^.?!]{0,60}\b(and|so) (i )?(just |immediately )?hung up\b`,
    String.raw`(?<![给被他她])我(就|直接|当场|果断)?(拒了|拒绝了)`,
    String.raw`(觉得|感觉|发现)(不对|有问题|不靠谱)(劲)?(我)?(就|直接|马上)?(取消|关闭)(了)?(交易|订单)`,
    String.raw`(?<![被给把方他她们])(已经|直接|马上|就)拉黑(了)?(?!我)`,
    String.raw`(^|[.!?] |\bi )(said|say) no( obviously| of course| straight away)?\b`,
    String.raw`\bdidn'?t (pay|send|click|reply|give)\b( (it|them|anything))?( obviously| of course)?[.!]`,
    String.raw`(^|[.!?] )(just )?(deleted|binned|ignored)( it| them)?[.!]`,
    String.raw`(^|[.!?] )(just )?hung up\b`,
    String.raw`\b(i|we) (shut|closed) the door\b`,
    String.raw`\b(she|he|we|they) (bins|binned|ignores|ignored|deletes|deleted|shreds|shredded) (them|it)\b`,
  ].join('|'),
);

/** Someone else who did not answer or who hung up: not the customer refusing. */
const OTHER_SIDE = re(
  String.raw`(他|她|对方)(没|没有)(接|回)|(一闪|突然)(就)?挂了|把我(删|拉黑)了|\b(she|he|they) (didn'?t|did not) (answer|pick up|reply)\b`,
);

/** The customer says they were scammed. */
const SCAMMED = re(
  String.raw`被(诈)?骗了|上当了|\b(i'?ve been|i have been|i was|i got|we were|we got) (scammed|conned|defrauded|done)\b`,
);

/** The approach continues or reaches the customer now. */
const STILL_GOING = re(
  String.raw`现在(他|她|对方|他们|又)|(但是?|可是|结果|后来)(他|她|对方|他们)|\bnow (he|she|they|someone)\b|\b(he|she|they) (now|still|keeps?|kept)\b|\bbut (he|she|they|then)\b`,
);

/** Whether a lower-cased message tells an approach the customer refused outright (see the file comment). */
export function isRefusedOutright(lower: string): boolean {
  return (
    REFUSED_OUTRIGHT.test(lower) &&
    !WENT_ALONG.test(lower) &&
    !VICTIM_CONTEXT_CUES.actedAnyway.test(lower) &&
    !ONGOING.test(lower) &&
    !OTHER_SIDE.test(lower) &&
    !SCAMMED.test(lower) &&
    !STILL_GOING.test(lower)
  );
}
