/**
 * A purchase said to be covered by a marketplace's own protection, escrow or "agent", paid by bank transfer
 * ("it's through eBay Motors protection and I wire the money to their agent", "闲鱼担保交易，客服让我把车款转到专员的银行卡").
 * Marketplaces take payment only through their own checkout; a "protection" or an "agent" that takes a bank transfer
 * is the seller's invention, often beside a seller who cannot meet (deployed, moving abroad).
 *
 * Not a purchase paid through the platform's own checkout (no bank transfer), nor a question whether such a payment
 * is genuine (`hypothetical`), nor an approach the customer did not act on (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const EN_SITE = String.raw`(ebay( motors)?|amazon|paypal|facebook marketplace|marketplace|gumtree|autotrader|auto trader|craigslist|carsales|depop|vinted|etsy|shpock|offerup)`;
const ZH_SITE = String.raw`(闲鱼|转转|淘宝|京东|拼多多|二手车(平台)?|瓜子|优信|人人车|平台)`;

export const MARKETPLACE_TRANSFER_CUES = {
  /** The marketplace's protection, escrow, guarantee or agent named in the deal. */
  marketplaceProtectionOrAgent: re(
    String.raw`\b${EN_SITE}\b[^.?!]{0,30}\b(protection|escrow|guarantee|buyer protection|agent|representative|rep|holding account|secure payment|vehicle purchase protection)\b|${ZH_SITE}${C}{0,8}(担保|保障|保证|托管|客服|代理|专员|中间账户|监管账户)`,
  ),
  /** Paid by bank transfer ("I pay an eBay agent by bank transfer", "转到专员的银行卡"). */
  paidByBankTransfer: re(
    String.raw`\b(by|via|through|with) (a )?(bank|wire|direct|faster payments?|chaps|online) (transfer|payment)\b|\b(bank transfer|wire transfer|wire (the|it|money)|transfer (the money|it|the payment) (to|into))\b|(转账|汇款|打款|转|汇|打)(到|给|进)${C}{0,8}(账户|账号|银行卡|卡(上|里)?)|(银行)?转账(给|到)`,
  ),
};

type Cue = keyof typeof MARKETPLACE_TRANSFER_CUES | 'hypothetical' | 'notActed';

/** A marketplace's "protection" that takes a bank transfer. */
export const MARKETPLACE_TRANSFER_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['marketplaceProtectionOrAgent', 'paidByBankTransfer'],
    unless: ['hypothetical', 'notActed'],
    weight: 0.75,
  },
];
