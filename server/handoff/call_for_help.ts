/**
 * A bare call for help with nothing else in it ("help", "help me", "I need help", "can you help me", "帮帮我",
 * "帮我一下", "能帮我个忙吗"): the customer wants the assistant's help and does not yet say with what, which is no ask for a
 * person. The handoff model reads "help me" as explicit (0.84) and "help" as half explicit, half frustrated, so
 * on its own it handed these over; they get the assistant's "what can I help with" menu instead. "help, my card
 * was stolen" says what is wrong and is understood as that; "get me a person to help" is an explicit ask.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const EN =
  /^(please |pls |hi |hello |hey )?((i )?(need|want) (some )?help|help( me)?( out)?|(can|could|would|will) (you|u) (please )?help( me)?( out)?|(some )?help (needed|wanted)|assistance)( (please|pls|here|me))?$/;

const ZH =
  /^(你好|您好)?(请|麻烦)?(你|您)?(能|可以)?(帮帮我|帮我一下|帮一下我|帮我个忙|帮我个小忙|帮个忙|帮下忙|帮忙|帮助|求助|求帮助|需要帮助|我需要帮助|我要求助)(一下)?(吗|呗|好吗|可以吗|谢谢)?$/;

export function isCallForHelp(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 40) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
