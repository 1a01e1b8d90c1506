/**
 * The bank's outage or maintenance on the day the customer needs it most, remarked wryly: "Another 'scheduled
 * maintenance' on salary day. Of course.", "maintenance again on payday, naturally", "又是发工资这天系统维护，真会挑日子",
 * "偏偏月初还款日升级，每次都这样". The words are flat; the timing singled out and the dry closer ("of course", "typical",
 * 真会挑) are the grievance. A question whether the app is down for maintenance today ("is there maintenance on payday?")
 * remarks nothing.
 */
import { ruleText } from '../rule_text.ts';

/** Maintenance, an upgrade or an outage of the bank's. */
const OUTAGE =
  /维护|升级|系统(故障|崩)|宕机|崩了|\b(maintenance|outage|downtime|upgrade|down again|offline)\b/;

/** The day singled out: payday, the first of the month, the repayment day, a holiday. */
const WORST_DAY =
  /发工资|发薪|工资日|月初|月底|还款日|过年|春节|双十一|\b(salary day|payday|pay day|pay-day|the 1st|first of the month|rent day|end of the month|christmas|black friday|the weekend)\b/;

/** The wry remark: "of course", "naturally", "typical", "another", 又是, 偏偏, 真会挑. */
const WRY =
  /又是|偏偏|专挑|总挑|真会挑|挑得真好|每次都(挑|赶)|\b(of course|naturally|typical|classic|go figure|figures|how convenient|as always|as usual)\b\s*[.!…]*\s*$|^\s*(another|yet another)\b/;

/** The bank's outage on the worst day, remarked wryly (see the file comment). */
export function isWorstTimingRemarked(text: string): boolean {
  const lower = ruleText(text);
  return OUTAGE.test(lower) && WORST_DAY.test(lower) && WRY.test(lower) && !/[?？]/.test(lower);
}
