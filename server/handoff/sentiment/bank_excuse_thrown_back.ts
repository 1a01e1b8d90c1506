/**
 * The bank's excuse quoted, then thrown back as a question: '问了说是"正常现象"，正常就可以一直这样吗', '客服说是"系统原因"，
 * 系统原因就不用管了吗', 'they said the delay is "normal". Normal for who?', 'told it was "policy". So policy makes it
 * fine?'. The customer repeats the bank's word to show it explains nothing. A status quoted and asked about ('the app
 * says "处理中", 处理中是什么意思', 'it says "pending", what does pending mean?') is a plain question.
 */
import { ruleText } from '../rule_text.ts';

const THROWN_BACK_ZH =
  /[“"「『](?<w>\p{Script=Han}{2})\p{Script=Han}{0,6}[”"」』][^。！？?]{0,6}[，,。；;\s]?[^。！？?]{0,4}\k<w>[^，。！？?]{0,4}(就|也|便)(可以|能|应该|该|能够|不用|不必|不管|算|行|有理|对)[^。！？?]{0,14}(吗|么|嘛|？|\?)/u;
const THROWN_BACK_EN =
  /["“](?<w>[a-z]+)[a-z ]{0,20}["”][^?]{0,30}?\b\k<w> (for|to) (who|whom)\b|["“](?<v>[a-z]+)[a-z ]{0,20}["”][^?]{0,20}?\b(so )?\k<v> (means|makes it|makes that) (it'?s |that'?s )?(ok|okay|fine|acceptable|alright|right)\b/;

/** The bank's quoted excuse thrown back as a question (see the file comment). */
export function isBankExcuseThrownBack(text: string): boolean {
  const lower = ruleText(text);
  return THROWN_BACK_ZH.test(lower) || THROWN_BACK_EN.test(lower);
}
