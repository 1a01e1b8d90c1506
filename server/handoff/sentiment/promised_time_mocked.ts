/**
 * A time the bank promised, mocked by reckoning it in an absurd unit: a round-the-clock service asked "in which time
 * zone" (24小时在线客服是哪个时区的24小时, "24/7 support, 24/7 in what time zone?"), "soon" or 马上 asked whether it is
 * counted in years (马上是多久，按年算的吗, "you said 'shortly' - is that measured in months?", "soon in dog years").
 * The trained model reads a question about service hours; the mock is the grievance. A sincere question about the
 * hours ("is your 24-hour service really 24 hours?", "which time zone are your opening hours in?") or about how
 * interest is counted (尽快放款吗？利息按年算吗) reckons no promised time absurdly.
 */
import { ruleText } from '../rule_text.ts';

/** A round-the-clock promise beside a time zone asked for (a whole day has none). */
const ROUND_THE_CLOCK_ZONE_ZH =
  /(24小时|全天候|7\s*[x×*]\s*24|24\s*[x×*]\s*7)[^。！？!?]{0,20}(哪个|什么|哪里的?|哪国的?)时区/;
const ROUND_THE_CLOCK_ZONE_EN =
  /\b(24[/ -]?7|24[- ]hours?|round[- ]the[- ]clock|around[- ]the[- ]clock)\b[^.?!]{0,40}\b(which|what|whose) time ?zone\b/;

/** The promised "soon" itself reckoned in years or months: 马上是多久，按年算的吗. */
const SOON_IN_YEARS_ZH =
  /(马上|立刻|立即|尽快|很快|稍后|及时|即时|实时|秒到)[”"」']?(是指|是|指|的意思是|到底是|究竟是)(多久|多长时间|几天)?[^。！？!?]{0,4}(按|以|论|用)(年|月|世纪|光年)(算|计|来算|为单位|计算)/;
const SOON_IN_YEARS_EN =
  /\b(soon|shortly|right away|immediately|promptly|asap|straight away|in no time|instantly|instant|real[- ]time|same[- ]day)\b["'”’]?[^?!]{0,30}(\b(counted|measured|reckoned|calculated|as in|is that|was that|meaning|meant)( in)? (years|decades|centuries|months)\b|\bin (dog|bank|banking|geological|light) (years|time)\b)/;

/** A promised time of the bank's mocked by an absurd reckoning (see the file comment). */
export function isPromisedTimeMocked(text: string): boolean {
  const lower = ruleText(text);
  return (
    ROUND_THE_CLOCK_ZONE_ZH.test(lower) ||
    ROUND_THE_CLOCK_ZONE_EN.test(lower) ||
    SOON_IN_YEARS_ZH.test(lower) ||
    SOON_IN_YEARS_EN.test(lower)
  );
}
