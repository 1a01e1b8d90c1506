/**
 * Years of custom held up as a reproach: "做了十几年的储户，我觉得至少该通知一下利率调整吧", "二十年的老客户了，连个电话都
 * 没有", "I've banked with you for 15 years, the least you could do is tell me before changing the rate", "ten years a
 * customer and this is how you treat me". The years beside what the bank at least should have done (至少该, 起码,
 * 连…都没有, "the least you could do", "is this how you treat") is a grievance however politely told. The years
 * alone, or beside a request ("我是十年的老客户，有没有优惠", "I've been a customer for 10 years, can I get a better
 * rate?"), are no grievance.
 */
import { ruleText } from '../rule_text.ts';

const YEARS_ZH =
  /(\d+|[一二三四五六七八九十几]+|十几|二十几|几十)(多)?年(的)?(老)?(客户|储户|用户|会员|存户)|(用|存|办|在)(了)?(你们|贵行)(家|银行)?(的卡|的账户)?(\d+|[一二三四五六七八九十几]+)(多)?年/;

const YEARS_EN =
  /\b(been (with you|banking with you|a customer( of yours| here| with you)?|your customer)|banked with you|a (loyal )?customer) (for )?(over |more than |nearly |almost |about )?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|many) (years|decades)\b|\b(\d+|ten|fifteen|twenty|thirty)[- ]years? (a |as a )?(loyal )?customer\b/;

const REPROACH_ZH =
  /(至少|起码|最起码|好歹)[^，。！？]{0,10}(该|应该|得|通知|告诉)|连[^，。！？]{1,12}都(不|没)|就(这么|这样)(对待|对)/;

const REPROACH_EN =
  /\b(the (very )?least you (could|can) do|at (the very )?least (you|tell|let|give|send|warn|notify)|is this how you treat|and this is how you treat|this is the thanks|you (couldn't|could not|can't|didn't) even)\b/;

/** The customer's years with the bank beside a reproach (see the file comment). */
export function isLoyalCustomerReproach(text: string): boolean {
  const lower = ruleText(text);
  return (
    (YEARS_ZH.test(lower) && REPROACH_ZH.test(lower)) || (YEARS_EN.test(lower) && REPROACH_EN.test(lower))
  );
}
