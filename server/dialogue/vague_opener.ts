/**
 * A vague opener: the customer says they have a question or a problem, or want to ask or consult about
 * something, and not yet what ("I have a problem", "quick question", "can I ask you something", "I need help
 * with something", "我有个问题", "问个事", "想咨询一下", "我想问问", "有点事"). It gets "Sure, what's it about?" and
 * the menu, never an article, the out-of-scope fallback or a person: looked up, "I have a question" found the
 * credit-card fee article and "我有个问题" the mobile-banking login one, and the classifier and the handoff
 * model heard a complaint in "I have a problem" and handed it over. Matched on the whole message (a greeting,
 * "please" or "can you help" around it allowed); anything that says what it is about ("I have a problem with
 * your staff", "我有个问题，转账多久到账") is read as usual, and so is a complaint ("我要投诉").
 */
import type { Locale } from '../protocol/protocol.ts';
import { plainWords } from './cancel_phrases.ts';

/** Decided by the policy for such a message; no catalog intent, answered by the responder. */
export const VAGUE_OPENER_INTENT = 'vague_opener';

const EN_LEAD = String.raw`(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|excuse me|sorry|um+|uh+|so|ok|okay|yes|yeah|please|pls) (?:there )?)*`;
const EN_KIND = String.raw`(?:quick|small|little|simple|short|general|brief|silly|stupid|random)`;
const EN_THING = String.raw`(?:question|questions|query|queries|enquiry|inquiry|enquiries|inquiries|problem|problems|issue|issues)`;
const EN_SOME = String.raw`(?:a|an|one|some|a few|a couple of|another|one more|few)`;
const EN_ASKED = String.raw`(?:something|(?:${EN_SOME} )?(?:${EN_KIND} )?(?:question|questions|thing|things)|about something)`;
const EN_CORE = [
  // "I have a problem", "I've got a quick question", "got an issue", "there's a problem"
  String.raw`(?:ive got|weve got|ive|weve|(?:i |we )?(?:have got|ve got|have|ve|got|had|has)|theres|there is)(?: ${EN_SOME})?(?: ${EN_KIND})? ${EN_THING}(?: (?:for you|to ask(?: you)?|here|i need help with|you can help with))?`,
  // "quick question", "a question please", "question"
  String.raw`(?:${EN_SOME} )?(?:${EN_KIND} )?(?:question|query|enquiry|inquiry)(?: for you)?`,
  // "can I ask you something", "may I ask a question"
  String.raw`(?:can|could|may) i (?:just )?ask(?: you)?(?: ${EN_ASKED})?`,
  // "I want to ask something", "I'd like to ask a question", "I need to ask you something", "I want to enquire"
  String.raw`(?:i )?(?:want|wanna|would like|id like|d like|need|wanted|was hoping) (?:to )?(?:ask|enquire|inquire)(?: you)?(?: ${EN_ASKED})?`,
  // "I need help with something", "I need some assistance", "can you help me with something"
  String.raw`(?:i )?(?:need|want|could use) (?:some |your )?(?:help|assistance)(?: with (?:something|a (?:question|problem|thing)))?`,
  String.raw`(?:can|could|would|will) (?:you|u) (?:please )?help(?: me)?(?: out)? with (?:something|a (?:question|problem|thing))`,
  String.raw`i have something to ask(?: you)?`,
  String.raw`something(?: is|s)? wrong`,
].join('|');
const EN_TAIL = String.raw`(?: (?:please|pls|thanks|thank you|can you help(?: me)?|could you help(?: me)?|help(?: me)?|if thats ok|if i may|for you|here))*`;
const EN = new RegExp(`^${EN_LEAD}(?:${EN_CORE})${EN_TAIL}$`);

const ZH_LEAD = '(?:你好|您好|哈喽|嗨|hi|hello|在吗|打扰一下|打扰了|不好意思|麻烦|请问|那个|嗯|哎|喂|亲)*';
const ZH_ASK =
  '(?:问|问问|问一下|问下|请问一下|请问|咨询|咨询一下|咨询下|请教|请教一下|请教下|了解一下|了解下)';
const ZH_THING = '(?:问题|事|事情|事儿|疑问|难题|情况)';
const ZH_CORE = [
  // "我有个问题想问", "我有点事", "有个事想问问", "我还有个问题"
  `(?:我|我们)?(?:还|这边|这里)?(?:有|有个|有一个|有点|有些|有几个)(?:小)?${ZH_THING}(?:想|要|得)?${ZH_ASK}?(?:你|您|一下)?`,
  // "我遇到个问题", "遇到点问题"
  `(?:我|我们)?遇到(?:了)?(?:个|一个|点|一些|了个)?${ZH_THING}`,
  // "想咨询一下", "我想问问", "我想问个问题", "问个事", "问你个事", "请问一下"
  `(?:我|我们)?(?:想|要|能|可以|能不能|可不可以|就是想)?${ZH_ASK}(?:你|您)?(?:个|一个|一些|点|几个|件)?(?:小)?${ZH_THING}?`,
  // "有问题想请教"
  `(?:我)?有${ZH_THING}(?:想|要)${ZH_ASK}(?:你|您)?`,
  // "出问题了", "出了点问题"
  '(?:我这|这边)?出(?:了)?(?:点|个)?问题(?:了)?',
].join('|');
const ZH_TAIL = '(?:吗|嘛|呢|啊|呀|哈|吧|哦|可以吗|行吗|好吗|方便吗|谢谢|麻烦了)*';
const ZH = new RegExp(`^${ZH_LEAD}(?:${ZH_CORE})${ZH_TAIL}$`, 'u');

export function isVagueOpener(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 60) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}

const REPLY: Record<Locale, string> = {
  'zh-CN': '好的，请问是什么问题？您直接说就行，比如查余额、转账、挂失或查网点。',
  en: "Sure, what's it about? Just tell me in a few words, such as your balance, a transfer, a lost card or branch details.",
};

/** What a vague opener gets; the menu (the greeting's quick replies) is added by the responder. */
export function vagueOpenerReply(locale: Locale): string {
  return REPLY[locale];
}
