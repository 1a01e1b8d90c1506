/**
 * A scam named by its type ("a “safe account” scam", "safe account scams", "安全账户诈骗", "“冒充公检法”骗局"): the
 * words of the scheme name a kind of scam the customer read or heard about, not what someone asks of them. The
 * name is read as the bare word "scam" / "诈骗", so the rules that judge the words of scams (a victim report, a
 * story from the news, a question about scams) decide, and a scheme the customer goes on to tell still fires.
 */
const QUOTED_NAME = /["“「'][^"”」']{1,24}["”」']\s?(scams?|frauds?|cons?|诈骗|骗局|骗术|套路)/g;
const SAFE_ACCOUNT_NAME =
  /\b(safe|secure|protected|safety|holding) account (scams?|frauds?|cons?)\b|安全账户(类)?(诈骗|骗局|骗术|套路)/g;

export function withoutScamTypeNames(lower: string): string {
  return lower
    .replace(QUOTED_NAME, (_m, word: string) => (/\p{Script=Han}/u.test(word) ? '诈骗' : 'scam'))
    .replace(SAFE_ACCOUNT_NAME, (m) => (/\p{Script=Han}/u.test(m) ? '诈骗' : 'scam'));
}
