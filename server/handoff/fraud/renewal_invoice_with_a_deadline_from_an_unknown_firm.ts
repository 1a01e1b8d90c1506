/**
 * An invoice or a notice to renew something the business already has (its domain name, its trademark, a directory
 * listing) from a firm it never dealt with, with a deadline and a loss threatened: "Got an invoice from Domain
 * Registry Services to renew my shop's domain, $389, pay today or lose it", "收到一封商标续展的缴费通知，说今天不交
 * 商标就会被注销，账户是个陌生公司". Such "renewals" are sent to owners found in public registers; the real renewal
 * comes from the registrar or the office the owner already uses, and nothing is lost by checking with them.
 *
 * Not a renewal from the registrar or the host the customer uses (`ownProvider`), nor one without a deadline
 * threatened, nor one the customer did not pay (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const RENEWAL_INVOICE_CUES = {
  /** An invoice or a notice to renew a domain, a trademark or a listing. */
  renewalInvoice: re(
    [
      String.raw`\b(domain|domain name|trade ?mark|business (directory|listing)|directory listing|web ?site listing|seo listing|google listing)\b[^.?!]{0,60}\b(renew\w*|registration|listing|expir\w*)\b`,
      String.raw`\b(renew\w*|expir\w*)\b[^.?!]{0,40}\b(domain|trade ?mark|listing)\b`,
      String.raw`(域名|商标|网站备案|企业名录|黄页)${C}{0,10}(续费|续期|续展|到期|年费|注册费|缴费)`,
    ].join('|'),
  ),
  /** Pay by a close deadline or lose it. */
  payOrLoseIt: re(
    [
      String.raw`\b(pay|renew|paid|renewed)\b[^.?!]{0,20}\b(today|now|within (24|48) hours|immediately|by (tonight|tomorrow|midnight|end of (the )?day))\b[^.?!]{0,20}\bor\b|\bor (you'?ll |you will |we will |we'?ll |it will |it'?ll )?(lose|be (cancelled|canceled|released|deleted|removed)|released|deleted|cancel)\b|\b(final|last) (notice|warning|chance)\b|\bpay (it )?today or\b`,
      String.raw`(今天|今日|24小时|48小时|马上|立即|当天)${C}{0,8}(不交|不缴|不付|必须|之内|内)${C}{0,12}(注销|收回|删除|失效|作废|被抢注|被注册|过期)|否则${C}{0,8}(注销|收回|删除|失效|作废|被抢注|被注册)|最后(通知|期限)`,
    ].join('|'),
  ),
  /** The registrar, host or agent the customer already uses. */
  ownProvider: re(
    String.raw`\b(my|our) (usual |own |existing )?(registrar|host|hosting (company|provider)|web host|domain (provider|company)|trade ?mark (attorney|agent|lawyer))\b|\b(the )?(registrar|host|company|provider) (i|we) (use|used|bought it from|registered it with|always use)\b|\b(godaddy|namecheap|crazy domains|cloudflare|ventraip|ionos|squarespace|wix|123-reg|google domains)\b|阿里云|腾讯云|万网|(我|我们)(一直|平时)?(用的|找的)(那家)?(注册商|代理|服务商|平台)|(原来|之前)的(代理|注册商|服务商)|知识产权局(官网)?`,
  ),
};

type Cue = keyof typeof RENEWAL_INVOICE_CUES | 'notActed' | 'hypothetical';

/** A renewal invoice with "pay today or lose it", from a firm the customer never used. */
export const RENEWAL_INVOICE_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['renewalInvoice', 'payOrLoseIt'],
    unless: ['ownProvider', 'notActed', 'hypothetical'],
    weight: 0.7,
  },
];
