/**
 * Money coming in to the customer from their own family, a colleague paying back what the customer advanced, or their
 * own sale, asked about on the bank's side (money_coming_in.ts). The classifier hears a fraud report and 垫付 reads as
 * an advance-fee scam; the customer is the one paid. A stranger's "mistaken" payment, a fee before money comes, or a
 * friend asking the customer to advance money is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const read = classifierFraudReport();
const verdict = firstMessageVerdict();

describe("money coming in from the customer's own", () => {
  it.each([
    '我儿子在加拿大，想给我汇点钱，他问我要收款银行的SWIFT代码和地址，在app哪里能查到',
    '同事借了我五千，现在还钱给我了，怎么一直没到账',
    "Sold my shares on my brokerage app and I'm moving the £6k back into my current account. Will it show the same day?",
    'My daughter in Dubai wants to send me money, where do I find my IBAN?',
  ])('"%s" raises no fraud alarm from the classifier alone', (text) => {
    expect(read(text).fraudRaised).toBe(false);
  });

  it('"上个月帮同事垫付了团建费三千，她今天还钱给我了" stays with the assistant', () => {
    expect(verdict('上个月帮同事垫付了团建费三千，她今天还钱给我了，怎么还没到账')).toBeNull();
  });

  it.each([
    'A stranger sent money to my account by mistake and wants me to send it back to a different account',
    '网友说要转钱给我，但要我先交手续费',
    '朋友说他爸住院，让我先帮他垫付两万，下周还钱给我',
    'My online boyfriend wants to send me money, he needs me to pay a release fee first',
    '我儿子换了个新号，说要给我转钱，让我先帮他付个款，怎么弄',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
