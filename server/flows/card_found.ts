/**
 * The card turned up while it was being reported lost or frozen: "卡找到了", "算了，卡找到了", "哦找到了，在包里",
 * "其实找到了", "我找到了", "算了 不挂了 找到了" (a cancel in front, leading_cancel.ts),
 * "oh wait, found it", "never mind, my card was in my jacket". The loss report or freeze is not needed any more:
 * the flow ends, saying it was not done and that the card works as before. Heard as anything else, "卡找到了"
 * started the unfreeze flow (the intent model hears a card coming back into use) and "oh wait, found it" got
 * "Sorry, I didn't catch that" and the phone question again.
 * Not a find: a question ("卡找到了还能用吗", "if I find it can I unblock it?"), someone else finding it ("别人捡到
 * 了我的卡"), or a found card with more to say ("卡找到了，但是被人刷了钱", "found it but there's a charge I don't
 * know"), which the flow reads as before.
 */
import { leadingCancelOf } from '../dialogue/leading_cancel.ts';
import type { FlowId } from './flow_types.ts';

/** The flows a found card ends. */
export const ENDED_BY_A_FOUND_CARD: ReadonlySet<FlowId> = new Set(['report_lost_card', 'freeze_card']);

const ZH_FOUND =
  /^(?:哦|噢|啊|哎|诶|欸|呀|嗯|算了|等等|等一下|不好意思|其实|没事了?|好了?)*[，,。!！ ]*(?:我的?|这张)?(?:银行)?卡(?:又|已经|其实)?(?:找到|找着|找回来)了|^(?:哦|噢|啊|哎|诶|欸|呀|嗯|算了|等等|等一下|不好意思|其实|没事了?)*[，,。!！ ]*(?:我)?(?:又|已经|其实)?(?:找到|找着)了|^(?:哦|噢|啊|算了|没事了?)*[，,。!！ ]*(?:卡)?(?:原来)?(?:在|就在)(?:家|包|兜|口袋|车|抽屉|钱包|衣服)[^，,。!！?？]{0,6}里|^(?:哦|噢|啊|算了|没事了?)*[，,。!！ ]*(?:卡)?原来没丢/u;
const EN_FOUND =
  /^(?:(?:oh|ah|wait|hang on|hold on|sorry|never ?mind|nvm|ok|okay|actually|no)[,.! ]*)*(?:i )?(?:just )?(?:found|find) (?:it|my card|the card|them)\b|^(?:(?:oh|ah|wait|sorry|never ?mind|nvm|actually)[,.! ]*)*(?:my |the )?card (?:was|is) (?:in|under|at) (?:my|the)\b|^(?:(?:oh|ah|wait|sorry|never ?mind|nvm|actually)[,.! ]*)*(?:my |the )?card (?:has )?turned up\b|^(?:(?:oh|ah|wait|sorry|never ?mind|nvm|actually)[,.! ]*)*it'?s not lost\b/iu;
/** More after the find than a place or a filler: a question, a "but", a charge, someone else. */
const MORE =
  /[?？吗]|但是|不过|可是|被人|盗刷|刷了|扣了|少了|别人|捡|\bbut\b|\bcharge|\bmissing\b|\bsomeone\b|\bif\b|\bcan i\b|\bstill\b/iu;

/**
 * `namesCard`: only when the card is named ("卡找到了", "found my card"), for a message with no flow running,
 * where a bare "found it" may be about anything.
 */
export function saysCardFound(text: string, options: { namesCard?: boolean } = {}): boolean {
  const t = text.trim();
  if (MORE.test(t)) return false;
  if (options.namesCard && !/卡|\bcard\b/iu.test(t)) return false;
  if (ZH_FOUND.test(t) || EN_FOUND.test(t)) return true;
  // A cancel in front of the find: "算了 不挂了 找到了", "forget it, I don't need to, found it".
  const rest = leadingCancelOf(t)?.rest;
  return rest !== undefined && (ZH_FOUND.test(rest) || EN_FOUND.test(rest));
}
