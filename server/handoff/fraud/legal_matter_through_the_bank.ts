/**
 * A real legal matter the customer asks the bank about: a prosecutor, a court or the police asking the bank (not the
 * customer) for records or to freeze an account, or the customer serving on a jury. "我是一个案子的受害人，检察院说会跟银
 * 行调取我的交易记录，需要我本人来配合签字吗", "法院要冻结我账户的话你们会通知我吗", "what happens when the bank gets a court
 * order to freeze an account?", "got called for jury duty at the Crown Court, can I take a payment holiday?". The
 * authority and the case are what an impersonated police officer tells too (`fraud_patterns.ts`: an authority with a
 * crime or money, someone saying so), but here the authority deals with the bank through its own channels, and the
 * customer is asked for nothing but their own presence or papers.
 *
 * Not when money is to be moved or paid (a fine, bail, a deposit, a safe account), a code or a PIN is in it, the
 * customer is told to keep it secret or to go on a video call or an app, or the authority rang the customer: those
 * stay scam stories by their own rules.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The authority deals with the bank itself, or the customer serves on a jury. */
const THROUGH_THE_BANK = re(
  [
    // "检察院说会跟银行调取我的交易记录", "法院冻结了我的账户", "公安向你们调了我的流水".
    String.raw`(检察院|法院|公安|警方|派出所|税务局|纪委|监察委)${C}{0,12}(跟|向|找|到|来|通过|让)?(银行|你们|贵行|你行)${C}{0,4}(调取|调阅|调|查询|协查|冻结|扣划|要)${C}{0,8}(交易记录|流水|记录|明细|资料|账户|账号|存款)`,
    String.raw`(检察院|法院|公安|警方)${C}{0,8}(调取|调阅|协查|冻结|扣划)${C}{0,8}(我的|他的|她的)?(银行)?(交易记录|流水|账户|存款)`,
    String.raw`(人民)?陪审员|陪审团`,
    // "the bank gets a court order", "a court order to freeze an account", "the police asked the bank for my statements".
    String.raw`\b(court|production|freezing|restraint) orders?\b|\bsubpoena\w*\b`,
    String.raw`\b(police|prosecutors?|court|courts|tax office|hmrc|irs|investigators?|solicitors?)\b[^.?!]{0,20}\b(asked|asking|requested|requesting|ordered|contacted|written to|wrote to|applied to)\b[^.?!]{0,10}\b(the bank|you|your bank|my bank)\b[^.?!]{0,20}\b(for|to (release|freeze|provide|send|share|disclose))\b`,
    String.raw`\bjury (duty|service)\b|\b(summoned|called) (up )?(for|to) (jury|serve on a jury)\b|\bserv(e|ing) on a jury\b|\bjuror\b`,
  ].join('|'),
);

/** Money to move or pay, a scam's props, secrecy, a call from the authority, or the matter taken online. */
const SCHEME_PROPS = re(
  String.raw`安全账户|监管账户|保证金|罚款|保释|(转|汇|打)(到|给|入|进)(一个|他|她|对方|指定|这个|那个|新)|把钱(转|汇|取)|验证码|密码|保密|(别|不要|不能|不许)(告诉|跟|和)|视频|会议|(下|下载|装|安装)(个|一个)?(app|软件)|打电话(来|给我)|来电|\b(safe|safety|holding|secure) account\b|\b(transfer|move|wire|send|withdraw)\b[^.?!]{0,20}\b(money|funds|savings|cash|to|into)\b|\b(fine|bail|deposit|fee|code|otp|pin|secret|video|zoom|whatsapp|telegram|download)\b|\bdon'?t tell\b|\b(rang|phoned|called) (me|us)\b|\bunless\b|\bor else\b`,
);

export const LEGAL_MATTER_CUES = {
  /** A real legal matter dealt with through the bank, or jury service, with no scheme's props in it. */
  legalMatterThroughTheBank: {
    test: (lower: string): boolean => THROUGH_THE_BANK.test(lower) && !SCHEME_PROPS.test(lower),
  },
} as const;
