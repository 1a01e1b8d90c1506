/**
 * A question about when people are there to talk to ("那人工什么时候上班", "客服几点有人", "人工服务时间是几点到几点",
 * "when will someone be available?", "what are your agent hours?"): the customer asks for the agents' hours, not
 * for a person this minute. The explicit-ask phrases see 人工 / "someone … available" in it, so it was handed
 * over again and, with nobody online, got "您说的情况我已记下" instead of the hours. The policy step answers it
 * with the configured service hours (`HANDOFF_HOURS`) and whether anyone is online now. Matched on the whole
 * message: "人工坐席几点上班？我现在就想找人" asks for a person now as well.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const ZH_WHO = '(?:人工客服|人工服务|人工|真人客服|真人|客服人员|客服|坐席)';
const ZH_WHEN = '(?:什么时候|啥时候|几点|何时|哪天|哪个时间|什么时间|啥时间)';
const ZH_THERE = '(?:上班|下班|在线|有人|在|能接|可以接|接待|服务|开始|营业|值班|回来)';

const ZH = new RegExp(
  `^(?:那|请问|那请问|所以|你们|那你们|你们的|那你们的)?(?:${[
    // "那人工什么时候上班", "客服几点有人", "人工客服什么时候能接"
    `${ZH_WHO}(?:一般|通常|每天|明天|今天)?${ZH_WHEN}(?:才)?(?:会|能|可以)?${ZH_THERE}`,
    // "什么时候有人工", "几点能找到人工客服"
    `${ZH_WHEN}(?:才)?(?:会|能|可以)?(?:有|找到|找|联系上|联系到|转)${ZH_WHO}`,
    // "人工服务时间", "客服的上班时间是几点到几点", "人工几点到几点"
    `${ZH_WHO}(?:的)?(?:服务|上班|工作|在线|值班)?时间(?:是)?(?:${ZH_WHEN}(?:到${ZH_WHEN})?)?`,
    `${ZH_WHO}${ZH_WHEN}到${ZH_WHEN}`,
  ].join('|')})(?:啊|呀|呢|吗|吧|了)?$`,
);

const EN_WHO =
  '(?:someone|somebody|anyone|anybody|an? (?:agent|human|person|representative|advisor|adviser)|(?:your |the )?(?:agents|humans|people|staff|team|representatives|advisors|advisers|customer service|support))';
const EN_LEAD = '(?:(?:so|ok|okay|and|then|hi|hello|sorry) )*';
const EN_TAIL = '(?: (?:then|please|today|tomorrow|again|next))?';
const EN = new RegExp(
  `^${EN_LEAD}(?:${[
    // "when will someone be available", "when is an agent online", "when are your agents back"
    `(?:when|what time) (?:will|would|is|are|do|does|can|could) ${EN_WHO} (?:be )?(?:available|online|around|in|back|there|free|start|open|working|on)`,
    // "what are your agent hours", "agent hours", "support opening hours"
    `(?:(?:what are|whats|what is) )?(?:your |the )?(?:agent|agents|human|staff|support|customer service|live chat|team) (?:opening |working |service |business )?hours`,
    // "when can I talk to a person", "what time can I reach an agent"
    `(?:when|what time) (?:can|could) (?:i|we) (?:talk|speak|chat|get through) (?:to|with) ${EN_WHO}`,
  ].join('|')})${EN_TAIL}$`,
);

export function isAgentHoursQuestion(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 60) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
