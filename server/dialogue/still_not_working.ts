/**
 * The customer says, right after an answer, that it did not help: "还是不行", "试了好几次了，还是收不到", "还是没用",
 * "still doesn't work", "that didn't help". The intent model read "还是不行" as `deny`, so the assistant said
 * "好的，没问题。还有其他需要帮忙的吗？", and the handoff model sometimes read it as anger. The whole message is that
 * and nothing else, said calmly (no run of exclamation marks): the assistant owns that its answer did not
 * solve it, asks where it is stuck and offers a member of staff (`not_understood_step.ts`). Anger ("还是不行！！
 * 气死了") or a new detail ("还是不行，提示密码错误") is read as usual.
 */
import { plainWords } from './cancel_phrases.ts';

const ZH = new RegExp(
  '^(?:(?:我)?试了(?:好|很)?(?:几|多|两|三)(?:次|遍)(?:了)?)?(?:(?:但是|可是|可)?(?:还是|还|仍然|依然|也)?)' +
    '(?:不行|没用|没有用|不管用|不好使|没反应|收不到|登不上|打不开|用不了|没解决|解决不了|一样|老样子)(?:啊|呀|哦|呢|的|了)*$',
);
const EN =
  /^(?:i tried (?:it )?(?:(?:a few|several|two|three|many) times|again|that)(?: and)? )?(?:(?:it )?still (?:doesnt|does not|isnt|is not|wont|will not|not) (?:work|working|help|come|arrive|open)|still nothing|still the same|still no (?:luck|code|sms|text)|(?:that|it) (?:didnt|did not|doesnt|does not) (?:help|work)|(?:that|it)s? not working|no luck)(?: either)?(?: after (?:a few|several|two|three|four|five|many|\d+) (?:tries|attempts|times))?$/;

export function isStillNotWorking(text: string): boolean {
  if (/[!！]{2,}/.test(text)) return false;
  const s = plainWords(text);
  if (s.length === 0 || s.length > 40) return false;
  const zh = s.replace(/ /g, '');
  // "不行" / "没用" alone answer a question as often as they report a failure: only with 还是 / 试了 / 也.
  if (/^(?:不行|没用|一样)(?:啊|呀|哦|呢|的|了)*$/.test(zh)) return false;
  return EN.test(s) || ZH.test(zh);
}
