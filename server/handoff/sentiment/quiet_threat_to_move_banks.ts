/**
 * A quiet, conditional threat to take the customer's money to another bank: "if that's the new price I'll probably
 * move my pension account elsewhere", "thinking of taking my savings to another bank", "要是以后都这么收费，我就把工资卡换到
 * 别家去", "再这样我考虑把存款转到别的银行". Said politely it is still a customer about to leave. A payment to another
 * bank ("how do I move money to my account at another bank?", "怎么把钱转到别的银行卡") is no threat: nothing is
 * conditional and no leaving is weighed.
 */
import { ruleText } from '../rule_text.ts';

const MOVE_EN =
  /\b(i'?ll|i will|i'?d|i would|i might|i may|i'?m going to|going to|thinking of|thinking about|considering|have to|will have to)( probably| just| seriously| likely)? (mov(e|ing)|tak(e|ing)|switch(ing)?|transfer(ring)?|shift(ing)?) (my|our|all my|the)( \w+){0,2} (account|accounts|business|money|savings|salary|pension|mortgage|custom)\b[^.!?]{0,20}\b(elsewhere|somewhere else|to another bank|to a different bank)\b/;
const CONDITION_EN =
  /\b(if|unless|otherwise|at this rate|keep this up)\b|\b(thinking of|thinking about|considering)\b/;

const MOVE_ZH =
  /(就|只能|只好|准备|打算|考虑|干脆)(把)?[^，。！？]{0,8}(转|挪|搬|换|迁)(到|去)?(别家|别的银行|其他银行|别的行|其他行)/;
const CONDITION_ZH = /如果|要是|假如|再这样|这样的话|以后都|考虑|打算/;

/** A weighed move of the customer's own money to another bank (see the file comment). */
export function isQuietThreatToMoveBanks(text: string): boolean {
  const lower = ruleText(text);
  return (
    (MOVE_EN.test(lower) && CONDITION_EN.test(lower)) || (MOVE_ZH.test(lower) && CONDITION_ZH.test(lower))
  );
}
