/**
 * Public transport that failed the customer, and the time they were stuck on it: "MRT broke down again this morning,
 * stuck 40 min inside", "地铁又故障了，在车厢里困了四十分钟", "the tram stopped dead, trapped for half an hour". The train
 * or the tram is no subject of the bank's, and "stuck 40 min inside" goes on about it (`off_topic_clause.ts`): the
 * wait and the anger there are not the bank's.
 */

/** Metro, light rail and trams by their everyday names. */
export const PUBLIC_TRANSPORT =
  /地铁|轻轨|高铁|动车|火车|城铁|\b(mrt|lrt|subway|tram|trams|the tube|underground|commuter rail)\b/;

/**
 * A clause that goes on about being stuck on it: "stuck 40 min inside", "trapped for half an hour", 困了四十分钟,
 * 在车厢里站了一个小时.
 */
const STUCK_ON_IT =
  /^\s*(i was |we were |got |was )?(stuck|stranded|trapped|squashed|crammed|packed in)\b|(被)?困(在)?(车厢|车上|车里|里面|隧道|半路)|(在)?(车厢|车上|车里|隧道|半路)(里|上)?(困|堵|卡|站|停)了/;

/** Whether a lower-cased clause, after one about something else, tells being stuck on the way. */
export function isStrandedOnTheWay(clause: string): boolean {
  return STUCK_ON_IT.test(clause);
}
