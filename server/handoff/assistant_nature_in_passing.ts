/**
 * The assistant's nature touched on in passing before a plain request: the nature question dropped at once ("你是真人还是
 * 机器人？算了无所谓，帮我查下余额", "are you a real person? never mind, what's my card limit") or the digital human compared
 * with a real one ("听说你比真人回得还快，我试试，公积金怎么查", "people say you're quicker than a real person. how do I
 * order a new card"). The customer goes on to ask the assistant; no person is wanted.
 *
 * A bare nature question ("你是机器人吗？查下余额") stays an ask for a person by the team's labelling
 * (`assistant_nature_question.ts`), and so does any message that asks for a person beside it (人工, 真人客服, "a real
 * person please", "an agent").
 */
import { ruleText } from './rule_text.ts';

/** The nature question dropped at once: 算了 / 不管了 / 无所谓, "never mind", "whatever", "doesn't matter". */
const DROPPED =
  /(真人|机器人|人工|ai|机器)[^。！？!?]{0,6}[？?，,。！!\s]*(算了|不管了|无所谓|不重要|随便|管他呢|不说这个了)|\b(human|person|bot|robot|machine|ai)\b[^.?!]{0,6}[?.!,\s]*(never ?mind|whatever|doesn'?t matter|not important|anyway|nvm)\b/;

/** The assistant compared with a real person: 比真人回得还快, 跟真人一样, "quicker than a real person". */
const COMPARED =
  /比(真人|人工|活人|真的客服|人)[^，。！？,.!?]{0,6}(快|好|强|耐心|清楚|靠谱|方便)|(跟|和|像)(真人|活人)(一样|似的|差不多)|\b(faster|quicker|better|politer|more patient|smarter|nicer) than (a |an |any |most )?(real |actual |live )?(person|human|people|staff|agent|teller)s?\b|\b(as good as|just like|same as) (a |an )?(real |actual )?(person|human)\b/;

/** A request of the assistant beside it: check, how, where, a balance, a card. */
const REQUEST =
  /帮我|查(一)?下|查询|怎么|咋|如何|在哪|多少|余额|到了没|到账|办理|\b(what'?s|what is|where|how (do|can|much|many|long)|can (you|i)|could you|check|show me|tell me|balance|card|statement|transactions?)\b/;

/** A person asked for beside it. */
const PERSON =
  /转人|人工客服|真人客服|找(个)?人|客服人员|工作人员|(要|换|找)(个)?真人|\b(want|need|get me|give me|speak (to|with)|talk (to|with)|put me through to|transfer me to) (a |an |to a |to an )?(real |actual |live )?(person|human|agent|someone|staff)\b|\b(real|actual|live) (person|human) (please|pls|now)\b|\bagent (please|pls)\b/;

/** Whether the assistant's nature is touched on in passing before a plain request (see the file comment). */
export function isAssistantNatureInPassing(text: string): boolean {
  const lower = ruleText(text);
  return (DROPPED.test(lower) || COMPARED.test(lower)) && REQUEST.test(lower) && !PERSON.test(lower);
}

/**
 * The lower-cased text with the person words of a nature question in passing blanked, for `explicit_request.ts`;
 * otherwise the text as it is.
 */
export function withoutAssistantNatureInPassing(lower: string): string {
  return isAssistantNatureInPassing(lower)
    ? lower.replace(
        /真人|活人|人工|\b(real |actual |live )?(person|human|people|staff|agent|teller)s?\b/g,
        (m) => ' '.repeat(m.length),
      )
    : lower;
}
