/**
 * The bank asked whether it reads its own records, after they were shown wrong: "Got a letter saying my account is
 * dormant. I used it last week. Do you read your own records?", "does anyone there check their own system?", "说我
 * 账户长期不动要销，我上周还用过，你们自己的记录都不看吗", "你们左手不知道右手在干嘛". The rhetorical question is the reproach.
 * A request to look ("can you check your records for my deposit?", "你们后台能查到记录吗") is none.
 */
import { ruleText } from '../rule_text.ts';

const UNREAD_EN =
  /\b(do|does|did|can) (you|anyone|anybody|somebody|someone|your (staff|people|team|system))( there)?( (even|actually|ever))? (read|check|look at) (your|their|its) own\b|\bleft hand (know|knows)\b.{0,30}\bright hand\b/;
const UNREAD_ZH =
  /你们(自己)?(都|就)?(不|没)(看|查|核对|翻)(一下|一眼)?(自己的)?(记录|系统|流水|数据|后台)(的)?(吗|么|嘛)|你们(看|查|翻)过(自己的)?(记录|系统|流水|后台)(吗|没)|自己(的)?(记录|系统|后台|流水|数据)(都|也)?不(看|查)(的)?(吗|么|嘛)|左手不知道右手/;

/** The bank asked whether it reads its own records (see the file comment). */
export function isOwnRecordsUnread(text: string): boolean {
  const lower = ruleText(text);
  return UNREAD_EN.test(lower) || UNREAD_ZH.test(lower);
}
