/**
 * The customer's own employer paid their salary twice or too much by mistake, and the customer pays the extra back to
 * the company: "Payroll paid my salary twice this month, HR asked me to send the extra back to the company account",
 * "公司财务这个月多发了我一个月工资，让我退回公司对公账户，怎么转". The overpayment cue hears money paid too much and
 * "send the extra back" with someone pushing, as in the scam where a stranger or a new "employer" overpays and wants
 * the difference sent on. Here the payer is the customer's own employer, and the money goes back to the company's own
 * account.
 *
 * Not with a cheque, a new or remote job, an agent, a personal or different account, a message or a link, crypto or
 * gift cards: the overpayment rule reads those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

/** The salary paid twice or too much by the customer's own employer. */
const SALARY_OVERPAID = re(
  String.raw`\b(payroll|my (employer|company|work)|hr|finance)\b[^.?!]{0,40}\b(paid|overpaid|sent)\b[^.?!]{0,30}\b(salary|wages?|pay)\b[^.?!]{0,20}\b(twice|double|two times|by mistake|too much)\b|\b(salary|wages?|pay)\b[^.?!]{0,20}\b(paid|went in|came in) (twice|double)\b|\b(got|was) (paid|overpaid) (my )?(salary|wages?) twice\b|(公司|单位|财务|人事|hr|工资)${IN_CLAUSE}{0,10}(多发了|发了两次|重复发(了|放)|多打了|发重了)`,
);

/** The extra goes back to the employer's own account. */
const BACK_TO_THE_EMPLOYER = re(
  String.raw`\bback to (the|my) (company|employer|firm|payroll|work)('?s)?( (own|business|bank))?( account)?\b|\bthe (company|employer|firm)'?s (own |business |bank )?account\b|退(回|还|给)(公司|单位)|(公司|单位)(的)?(对公)?(账户|账号)`,
);

/** Signs of the overpayment scam. */
const SCHEME_SIGNS = re(
  String.raw`\b(cheque|check|new job|remote|work from home|agent|personal account|different account|another account|new account|new (bank )?details|text(ed)?|whatsapp|telegram|email(ed)?|link|crypto|bitcoin|usdt|gift cards?|courier|someone|somebody|stranger)\b|支票|兼职|新工作|中介|个人(账户|账号|卡)|另一个(账户|账号)|新(的)?(账户|账号)|短信|微信|链接|陌生|比特币|虚拟币|usdt|礼品卡|有人`,
);

export const EMPLOYERS_PAYROLL_OVERPAYMENT_CUES = {
  /** The customer's own employer overpaid the salary, the extra to go back to the company's own account. */
  employersPayrollOverpaid: {
    test: (lower: string): boolean =>
      SALARY_OVERPAID.test(lower) && BACK_TO_THE_EMPLOYER.test(lower) && !SCHEME_SIGNS.test(lower),
  },
} as const;
