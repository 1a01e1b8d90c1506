/**
 * A crowded branch counted flatly: "40 people waiting and a single counter open", "前面还有三十多个人，就开了一个窗口",
 * "排了二十几号，只有一个柜台在办". The count beside the one open counter is the complaint, however dry. A question about
 * the wait ("how many people are ahead of me?", "前面还有几个人") counts no counter and is no grievance.
 */
import { ruleText } from '../rule_text.ts';

const AHEAD_EN = /\b(\d{2,}|twenty|thirty|forty|fifty|dozens of) (people|customers|others|numbers)\b/;
const ONE_OPEN_EN =
  /\b(one|only one|a single|just one|1) (teller|window|counter|till|cashier|desk|person)( open| working| serving| on)?\b/;
const AHEAD_ZH =
  /(前面|前头|排了|排到|等了)[^，。！？]{0,4}(\d{2,}|[二三四五六七八九]十|几十|二十几|三十几)(多)?(个)?(人|号|位)/;
const ONE_OPEN_ZH = /(就|只|才)(开|有)(了)?(一|1|两|2)个(窗口|柜台|柜员|人)/;

/** Many waiting beside one or two counters open (see the file comment). */
export function isCrowdedQueueFewCounters(text: string): boolean {
  const lower = ruleText(text);
  return (
    (AHEAD_EN.test(lower) && ONE_OPEN_EN.test(lower)) || (AHEAD_ZH.test(lower) && ONE_OPEN_ZH.test(lower))
  );
}
