/**
 * A product bought or a matter done with a member of staff before, told as the background to a question ("在网点跟理财
 * 经理买的那个理财，昨天到期了，钱咋还没回到卡上", "跟柜员办的定期，到期了怎么取", "The bond I bought from your adviser at
 * the branch matured yesterday, where's the money?"): the customer dealt with the person then and asks the assistant
 * now, not for a person. Not an ask to deal with them again ("我想跟理财经理买", "找客户经理办一下").
 */

const ZH_BOUGHT_FROM_STAFF =
  /(跟|和|同|找|从)(你们的?|网点的?|支行的?|银行的?|柜台的?)?(客户经理|理财经理|柜员|经理|工作人员|顾问|大堂经理|专员)(那里|那儿|那)?(买|办|签|开|存|购买|认购|申购|做)(的|过|了)/g;
const EN_BOUGHT_FROM_STAFF =
  /\b(bought|took out|opened|set up|arranged|signed up for)\b[^.?!]{0,30}\b(from|with|through) (your|the|my|an?) (\w+ )?(adviser|advisor|banker|manager|teller|staff member|member of staff)\b( (at|in) the branch)?/g;

/** The text with a product bought from a member of staff before taken out (see the file comment). */
export function withoutProductBoughtFromStaffBefore(lower: string): string {
  return lower.replace(ZH_BOUGHT_FROM_STAFF, ' ').replace(EN_BOUGHT_FROM_STAFF, ' ');
}
