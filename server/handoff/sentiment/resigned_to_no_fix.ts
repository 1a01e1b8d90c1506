/**
 * Resignation: the customer no longer expects the bank to fix anything. "Not expecting a fix, just putting it on
 * record", "will this ever get fixed or should I stop hoping?", "has the code ever arrived for anyone?", "I don't expect much anymore, just tell me why…", "也不指望你们
 * 能解决，就是留个记录", "这个问题到底还修不修，还是我别指望了", "验证码有人收到过吗", "已经不抱什么希望了". Said without one angry word it is the
 * frustration of a customer who has given up. A question whether something is expected ("I'm not expecting any
 * payments, is this one mine?", "我不指望高收益，有没有稳一点的") is no resignation.
 */
import { ruleText } from '../rule_text.ts';

const RESIGNED_EN =
  /\b(not|no longer|never) expecting (a fix|it to be fixed|much|miracles|a reply|an answer|a solution)\b|\bjust (putting|wanting) (it|this) on (the )?record\b|\bfor the record\b[^.!?]{0,20}\b(again|still|nothing)\b|\b(should|do) i (just )?(stop|give up) hoping\b|\bare you (ever|actually|really) going to (fix|sort|solve|answer)\b|\b(has|does) (it|this|the \w+( \w+)?|that) ever (arrived|arrive|worked|work|come|came)\b[^?]{0,20}\b(for anyone|for anybody|for me)\b|\bgiven up (hoping|expecting|on you)\b|\bi (don'?t|do not) expect (much|anything|a lot|miracles)( (from|of) (you|this bank|the bank|your bank))? (any ?more|these days|now)\b|\bi'?ve (stopped|quit) expecting\b/;

const RESIGNED_ZH =
  /(也|早就|已经|根本|都)?(不|没)(指望|奢望|期待)(你们|银行)?(能|会)?(解决|修|处理|改|给)|(就是|只是|就当|权当)(给你们)?(留个|做个)(记录|底)|就是(说一声|反映一下)[^，。！？]{0,6}(而已|罢了)|(还是|是不是)(我)?(就)?(别|不用)(指望|等)了|(到底|究竟)(还)?(修不修|管不管|改不改)|有(人|谁)(收到|成功|用上)过(吗|没)|不(抱|报)(什么|任何|多大|太大)?(希望|期望)了|(也|早就|已经|早)(不|没)(指望|期待)(什么|啥)了/;

/** The customer tells they expect nothing more of the bank (see the file comment). */
export function isResignedToNoFix(text: string): boolean {
  const lower = ruleText(text);
  return RESIGNED_EN.test(lower) || RESIGNED_ZH.test(lower);
}
