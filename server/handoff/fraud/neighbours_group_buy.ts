/**
 * A small share of a group buy run by a neighbour the customer knows, paid to her own QR code: "楼下王姐在业主群接龙
 * 团购东北大米，一袋268，她发的个人收款码，用咱们app扫码能付不", "隔壁张阿姨组织拼单买水果，80块转她就行吧". The model learned
 * the group-buy scam (a stranger in a chat group, a low price, no goods) and reads these 0.9 and over; here the
 * organiser is a named neighbour, the sum is small and nothing has gone wrong. The model's alarm stands only when it
 * is all but certain (`../handoff_policy.ts`).
 *
 * Not when the organiser is someone only met in the group, or the story tells of goods not sent, a vanished
 * organiser, a deposit, a link, a "customer service", the property management's fee, or a sum of a thousand or more.
 */

/** A neighbour known in person: the one downstairs, next door, across the hall. */
const NEIGHBOUR =
  /(楼下|楼上|隔壁|对门|对面|同楼|同单元|邻居)(的)?[^，。！？]{0,3}(姐|阿姨|大姐|大妈|大爷|叔|哥|嫂|奶奶|老[\p{Script=Han}])/u;

/** A group buy or a shared order. */
const GROUP_BUY = /团购|接龙|拼单|拼团|一起买/u;

/** A sum of a thousand or more (万, 千, or four digits). */
const LARGE_SUM = /\d{4,}|[一二两三四五六七八九十几]\s?[千万]|\d\s?[千万k]/u;

/** Something gone wrong, a stranger, or a scheme's props. */
const SCHEME_SIGNS =
  /骗|跑路|跑了|联系不上|拉黑|退群|没(有)?发货|没收到|不发货|陌生|不认识|没见过|群里(有人|一个)|自称|冒充|物业费|定金|保证金|手续费|链接|客服|验证码|密码|代付|先付|垫付|返利|佣金|会员/u;

/** Whether a lower-cased message pays a small share of a known neighbour's group buy. */
export function isNeighboursGroupBuy(lower: string): boolean {
  return (
    NEIGHBOUR.test(lower) && GROUP_BUY.test(lower) && !LARGE_SUM.test(lower) && !SCHEME_SIGNS.test(lower)
  );
}
