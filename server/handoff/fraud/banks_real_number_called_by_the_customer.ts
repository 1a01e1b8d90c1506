/**
 * The customer rang the bank's real number themselves (from its website, the back of the card, the app) and was told
 * their card is being replaced or was caught up in a breach; they ask only about the new card or how long it takes
 * (check set dec49): "I phoned the number on the back of my card and they said my card was in a data breach and a new
 * one is on its way. When will it come?", "我自己打了卡背面的客服电话，说我的卡受商户信息泄露影响要换新卡，多久能到". The
 * customer chose the number: no caller posing as the bank (`settled` in `fraud_detector.ts`, only with no scheme).
 *
 * Not when the bank's "staff" called first, or wanted money moved, a code, a link followed or an app installed.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer called a number they found on the bank's own channel. */
const CALLED_THE_REAL_NUMBER = re(
  String.raw`\bi (called|rang|phoned|rung) (the |your )?(bank'?s |official )?(number|helpline|hotline|line)\b[^.?!]{0,30}\b(from|on|off) (your|the bank'?s|the official|the back of (my|the) card|my statement|the app)\b|\bi (called|rang|phoned) (the number|you) (on|from) (the back of (my|the) card|your website|the app)\b|(我)?(自己)?(打|拨)了?${C}{0,6}(卡背面|官网|你们官网|官方|app里)(的|上的)?${C}{0,4}(客服)?(电话|热线|号码)`,
);

/** What they were told: the card compromised, blocked or replaced. */
const CARD_REPLACED = re(
  String.raw`\b(compromised|data breach|breach|blocked|cancelled|canceled|replaced|replacement|new (one|card))\b|(泄露|换(新)?卡|补卡|新卡|冻结|停用)`,
);

/** What a caller posing as the bank wants, or the customer going along. */
const SCHEME_SIGNS = re(
  String.raw`转账|转到|转入|汇款|安全账户|验证码|密码|链接|下载|安装|共享|屏幕|手续费|保证金|让我转|要我转|\b(transfer|move (my|the) money|safe account|code|otp|pin|password|link|download|install|share (my|the) screen|fee|asked me (to|for)|told me to|wanted me to|i (gave|sent|clicked|read out|told them)|called me|rang me)\b`,
);

/** Whether a lower-cased message tells the bank's real number called by the customer, a card replaced (see above). */
export function isBanksRealNumberCalledByTheCustomer(lower: string): boolean {
  return CALLED_THE_REAL_NUMBER.test(lower) && CARD_REPLACED.test(lower) && !SCHEME_SIGNS.test(lower);
}
