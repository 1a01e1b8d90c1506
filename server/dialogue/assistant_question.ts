/**
 * A question about the assistant itself: "你是机器人吗", "你能干什么", "what can you do", "are you a bot". Every
 * word of "what can you do" is a stop word for retrieval and no intent covers it, so it fell back as out of
 * scope; the article `assistant_capabilities` says what the assistant is (not a person) and what it can do,
 * and that "转人工" reaches one. Asking *for* a person ("我要找真人") is not this; the handoff policy hears it.
 */

/** The article that answers these questions (knowledge/<locale>/assistant_capabilities.md). */
export const ASSISTANT_ARTICLE = 'assistant_capabilities';

const ZH =
  /^(?:你好[，,\s]*)?(?:请问)?(?:你|您)(?:是)?(?:谁|(?:是不是|是)?(?:机器人|真人|人工智能|AI|ai|程序|数字人)(?:吗|呀|啊|么)?|(?:能|可以|会)(?:帮我)?(?:干|做|办|处理)?(?:些)?(?:什么|啥)(?:事|业务)?(?:呀|啊|呢)?)[？?。！!]*$/u;
const EN =
  /^(?:hi[,!\s]*|hello[,!\s]*)?(?:what (?:can|do|could) you (?:do|help (?:me )?with)(?: for me)?|what are you|who are you|are you (?:a |an )?(?:bot|robot|real person|human|person|machine|ai|computer)|am i (?:talking|chatting|speaking) (?:to|with) a (?:bot|robot|real person|human|person|machine))[?.!\s]*$/i;

export function asksAboutAssistant(text: string): boolean {
  const t = text.trim();
  return ZH.test(t) || EN.test(t);
}
