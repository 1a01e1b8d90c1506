/**
 * The bank blamed for the customer's details reaching a scammer: "有人冒充你们客服打电话 … 我就挂了 你们怎么把我信息泄露出去的
 * 太差劲了", "a scammer rang quoting my account number, I hung up, but how did you leak my details? Disgraceful.". The
 * approach was turned down, which the trained model learnt as an ordinary story and can read as calm enough to
 * overrule the lexicon (`../handoff_policy.ts`, `calm()`); the accusation is a grievance against the bank however
 * calm the story around it. The lexicon must still read the message as negative as before (the policy's trend and
 * turn thresholds): an accusation said calmly, or a question whether details leaked that blames nobody ("我的手机号是不是
 * 泄露了？", "could my data have leaked somewhere?"), is not enough. So is the bank's own cash machine blamed for skimming the
 * customer's card ("it was YOUR skimmed ATM that got my details").
 */

/** Within one clause. */
const C = String.raw`[^，。！？,.!?；;]`;

/** The bank (or "you") leaked, sold or gave out the customer's details. */
const LEAK_BLAMED_ZH = new RegExp(
  [
    String.raw`(你们|银行|贵行)${C}{0,6}(把|将)(我|客户)${C}{0,4}(信息|资料|号码|电话|隐私|数据|身份证)${C}{0,6}(泄露|泄漏|外泄|卖)`,
    String.raw`(你们|银行|贵行)${C}{0,4}(泄露|泄漏|外泄)(了|出去|给|的)`,
    String.raw`(被|从)(你们|银行|贵行)${C}{0,6}(泄露|泄漏|外泄)`,
    // The bank's own cash machine skimmed: "是你们的取款机被装了侧录器才盗走我的卡信息".
    String.raw`(你们|贵行)(的|家)?(取款机|atm|柜员机|自助机)${C}{0,10}(侧录|被人装|盗(走|了)|泄露)`,
  ].join('|'),
  'u',
);
const LEAK_BLAMED_EN = new RegExp(
  [
    String.raw`\b(you|you guys|you people|your bank|the bank|your staff)\b[^.?!]{0,20}\b(leak(ed|ing)?|sold|gave out|give out|passed on)\b[^.?!]{0,12}\b(my|our|customers'?) (personal )?(details|data|info|information|number|address)\b`,
    String.raw`\b(my|our) (personal )?(details|data|info|information|number) (was |were |got |have been |has been )?(leaked|sold|given out) (by|from) (you|your bank|the bank|your staff)\b`,
    // The bank's own cash machine skimmed: "it was YOUR skimmed ATM that got my details".
    String.raw`\b(your|the bank'?s) (own )?(skimmed|compromised|hacked|tampered|dodgy) (atm|cash machine|cashpoint|machine|card reader)s?\b[^.?!]{0,25}\b(got|took|stole|leaked|copied|skimmed|grabbed)\b[^.?!]{0,10}\b(my|our) (card )?(details|data|info|information|number|pin)\b`,
  ].join('|'),
);

/** Whether the message blames the bank for the customer's details getting out (see the file comment). */
export function blamesTheBankForALeak(text: string): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return /\p{Script=Han}/u.test(lower) ? LEAK_BLAMED_ZH.test(lower) : LEAK_BLAMED_EN.test(lower);
}
