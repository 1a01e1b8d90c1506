/**
 * A boss, "leader" or director writing on a messaging app and asking the customer to pay someone: a client, a
 * partner, a supplier, an account in a hurry ("微信上老板让我先给合作方打二十万", "my director messaged me on WhatsApp to
 * pay a client urgently"). Impersonating the boss on a chat app is a common scam on staff; real payments go through
 * the company's own process.
 *
 * Not a payment the customer checked or put through the company's own approval (`companyProcess`: 审批, OA, 走流程,
 * "purchase order", "called him to confirm", 当面), nor a question whether such a message can be genuine (`hypothetical`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const ZH_BOSS = String.raw`(领导|老板|老总|总经理|董事长|经理|主管|上司|部门长|处长|局长|校长)`;
const EN_BOSS = String.raw`(boss|manager|director|ceo|cfo|md|line manager|supervisor|head of department|owner|chairman)`;

export const CHAT_BOSS_CUES = {
  /** The boss's ask came on a messaging app. */
  bossOnAChatApp: re(
    [
      String.raw`(微信|qq|钉钉|企业微信|飞书|短信|whatsapp|telegram)${C}{0,6}[“"'「]?${ZH_BOSS}|${ZH_BOSS}[”"'」]?${C}{0,6}(在|通过|用)?(微信|qq|钉钉|企业微信|飞书|短信)`,
      String.raw`\b(whatsapp|telegram|wechat|signal|text(ed)?|sms|imessage|messag(e|ed)|teams|slack)\b[^.?!]{0,25}\b(my |the |our |a )?["']?${EN_BOSS}\b|\b(my |the |our )["']?${EN_BOSS}["']?\b[^.?!]{0,25}\b(whatsapp(ed)?|telegram|wechat|text(ed)?|messaged|sms)\b`,
    ].join('|'),
  ),
  /** Asked to send money to someone ("让转钱给客户", "to pay a client", "transfer to a supplier"). */
  askedToPaySomeone: re(
    String.raw`(让|叫|要|要求|吩咐|安排)(我)?${C}{0,12}(转|打|汇|付|垫)(钱|款|账|一笔|过去)?|\b(asked|told|wants?|needs?|instructed|asking|telling)\b[^.?!]{0,10}\b(me )?to (pay|transfer|send|wire)\b|\b(pay|transfer|send|wire)\b[^.?!]{0,20}\b(client|customer|supplier|partner|vendor|contractor)\b`,
  ),
  /** The company's own process, or the boss confirmed in person or by a call back. */
  companyProcess: re(
    String.raw`审批|\boa\b|走(公司)?流程|财务(流程|审核)|报销|当面|(打电话|电话)(跟|和|给)?${C}{0,4}(确认|核实)(过|了)|\b(purchase order|approval|approved|invoice (was )?approved|through (the|our) (system|process|finance)|accounts payable|called (him|her|them) (back )?to (confirm|check)|confirmed (it )?(with (him|her) )?in person)\b`,
  ),
};

type Cue = keyof typeof CHAT_BOSS_CUES | 'hypothetical';

/** A boss on a messaging app asking for a payment. */
export const CHAT_BOSS_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['bossOnAChatApp', 'askedToPaySomeone'],
    unless: ['companyProcess', 'hypothetical'],
    weight: 0.8,
  },
];
