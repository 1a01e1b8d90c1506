/**
 * A change the bank made, told as a hardship to the customer: "网点下个月起周末不营业了，我们上班的只有周末有空，真的很不方便",
 * "新版app把我常用的那个功能删了，现在用起来比以前麻烦多了", "You've closed the branch in town, it's really inconvenient for
 * those of us without a car", "The new app took away the quick transfer button, it's much harder than before". The words
 * are polite and the model reads them as a question about opening hours or a feature; the change singled out and the
 * inconvenience it brings the customer are the grievance.
 *
 * Not a question ahead ("周末营业吗，平时上班不方便去": no change of the bank's), nor an inconvenience asked about
 * ("会不会不方便"), nor a change called convenient.
 */
import { ruleText } from '../rule_text.ts';

/** The bank's change: closing, removing, stopping, a new version or an update. */
const CHANGE =
  /不营业|不开门|关门了|关了|关掉|撤(了|掉)|取消(了)|停(了|掉)|删(了|掉)|去掉了|拿掉了|新版|更新(了|后|以后)|升级(了|后|以后)|改版|\b(no longer|removed|took away|taken away|got rid of|are closing|is closing|have closed|has closed|closed down|you closed|you've closed|scrapped|discontinued|the new (app|version|update)|since the (update|new version|redesign)|after the (update|redesign)|redesign(ed)?)\b/;

/** The bank, its branches or its app named. */
const BANK = /你们|银行|网点|支行|柜台|app|手机银行|网银|\b(you|your|bank|branch|branches|app)\b/;

/** The inconvenience it brings: 很不方便, 比以前麻烦多了, "really inconvenient", "much harder than before". */
const INCONVENIENT =
  /(很|真的|真|太|非常|特别|实在|挺|好)(是)?(很)?不方便|麻烦(了)?(很|好|太)?多了|比(以前|原来|之前)(麻烦|难用|复杂|费劲|费事)(多了|很多|太多)?|\b(very|really|so|extremely|incredibly|hugely|massively|terribly|highly) inconvenient\b|\b(much|far|a lot) (harder|more hassle|more difficult|more awkward|worse) than (before|it was)\b|\ba real (hassle|pain)\b/;

/** Asked about ahead, or denied: "会不会不方便", "不会不方便吧", "isn't it inconvenient?". */
const ASKED_OR_DENIED =
  /会不会(很)?不方便|不会(很)?不方便|不方便吗|\bwould (it|that) be inconvenient\b|\bis (it|that) inconvenient\b/;

/** Whether a message tells a change of the bank's as a hardship (see the file comment). */
export function isBankChangeCalledInconvenient(text: string): boolean {
  const lower = ruleText(text);
  return CHANGE.test(lower) && BANK.test(lower) && INCONVENIENT.test(lower) && !ASKED_OR_DENIED.test(lower);
}
