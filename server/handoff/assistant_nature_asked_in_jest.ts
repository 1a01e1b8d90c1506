/**
 * The assistant's nature asked in jest, beside a request of its own: "你是机器人还是真人啊，说话还挺像人的哈哈。最近的网点在哪",
 * "Are you a robot? You reply faster than my husband lol. Show me my last 5 transactions pls". A bare "你是真人吗" / "am
 * I talking to a bot?" is an ask for a person by the team's labelling (`assistant_nature_question.ts`); with laughter or a
 * compliment on how human it sounds, and a request the customer goes on to make of the assistant, it is small talk on
 * the way to the request, which the assistant answers (the reply still says plainly that it is the virtual assistant).
 *
 * Not without the laughter or the compliment ("你是机器人吗？查下余额"), not without a request beside it ("are you a bot
 * lol"), and never when a person is asked for (人工, 真人客服, "a real person", "an agent"): that is read as before.
 */
import { ruleText } from './rule_text.ts';

/** Laughter or a compliment on the assistant's speed or manner. */
const JEST =
  /哈哈|嘿嘿|嘻嘻|hhh|😂|🤣|😄|😆|😁|挺像(真)?人|蛮像(真)?人|好像真人|像真人一样|真聪明|好聪明|挺聪明|反应(真|挺|好)快|回(得|复)(真|挺|好|这么)快|\b(lol|lmao|haha\w*|hehe|rofl)\b|\b(faster|quicker|smarter|nicer|politer|more polite|better) than (my|a|most|the)\b|\bsounds? (so |very |really )?(human|like a real person)\b/;

/** A request of the assistant: where, how much, how, check, show, a balance, a branch. */
const REQUEST =
  /在哪|哪里|多少|怎么|如何|帮我|查(一)?下|查询|余额|网点|办理|\b(show me|what'?s|what is|where|how (do|can|much|many)|can (you|i)|could you|check|tell me|balance|transactions?|statement|branch|limit)\b/;

/** A person asked for beside it. */
const PERSON =
  /人工|真人客服|转人|找(个)?人|客服人员|工作人员|\b(want|need|get me|give me|speak (to|with)|talk (to|with)|put me through to|transfer me to) (a |an |to a |to an )?(real |actual |live )?(person|human|agent|someone|staff)\b|\bagent (please|pls)\b/;

/** Whether the assistant's nature is asked in jest beside a request of its own (see the file comment). */
export function isAssistantNatureAskedInJest(text: string): boolean {
  const lower = ruleText(text);
  return JEST.test(lower) && REQUEST.test(lower) && !PERSON.test(lower);
}

/**
 * The lower-cased text with the person words of a nature question asked in jest blanked ("你是机器人还是真人啊…哈哈", "a
 * real person or a robot haha": they name no one asked for), for `explicit_request.ts`; otherwise the text as it is.
 */
export function withoutAssistantNatureAskedInJest(lower: string): string {
  return isAssistantNatureAskedInJest(lower)
    ? lower.replace(/真人|活人|\b(real |actual |live )?(person|human)\b/g, (m) => ' '.repeat(m.length))
    : lower;
}
