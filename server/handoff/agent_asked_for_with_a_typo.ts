/**
 * 转人工 typed with a homophone of 人 or 工, as a pinyin keyboard's first guess gives it: "转认工", "转仁工", "转人公",
 * "我要转任工", "帮我转认工吧". An ask for a person like 转人工 itself (`explicit_request.ts`).
 *
 * Only where the typo stands as the ask, at the end of its clause or before a particle ("吧", "吗", "一下", "谢谢");
 * not words that share the characters: 转任公务员, 转任工作 (a post changed), 转人公司 (no such phrase, but 公司 after it).
 */

/** 转 + a homophone pair for 人工, closing its clause or followed by a particle. */
const TYPO =
  /(转|转接|接|找|要)(认|仁|任|忍|刃|人)(工|公|功|攻|宫|弓)(?<!人工)(?=\s*($|[，。！？,.!?~～]|吧|吗|么|啊|呀|哈|呢|了|一下|谢谢|服务|客服|拜托|please|pls))/u;

/** Whether a lower-cased message asks for a person with 人工 mistyped (see the file comment). */
export function asksForAnAgentWithATypo(lower: string): boolean {
  return TYPO.test(lower);
}
