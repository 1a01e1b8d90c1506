/**
 * A small knowledge base for tests, written into a temporary folder so tests do not depend on the real
 * `knowledge/` content. Eight articles per locale with the same ids in both.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '../../protocol/protocol.ts';

export interface FixtureArticle {
  id: string;
  locale: Locale;
  title: string;
  questions: string[];
  tags?: string[];
  answer: string;
}

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    id: 'lost_card',
    locale: 'zh-CN',
    title: '银行卡挂失',
    questions: ['银行卡丢了怎么办', '卡被偷了怎么挂失', '手机上能挂失吗'],
    tags: ['card'],
    answer: '请立即在App“卡片管理”中挂失，或拨打客服热线，挂失后卡片即时冻结。',
  },
  {
    id: 'password_reset',
    locale: 'zh-CN',
    title: '重置密码',
    questions: ['忘记密码怎么办', '密码输错被锁了', '怎么修改取款密码'],
    tags: ['password'],
    answer: '忘记密码可携带身份证到网点重置，或在App中验证身份后重置登录密码。',
  },
  {
    id: 'branch_hours',
    locale: 'zh-CN',
    title: '网点营业时间',
    questions: ['你们几点开门', '周末营业吗', '下午几点关门'],
    tags: ['branch'],
    answer: '网点周一至周五 9:00-17:00 营业，部分网点周六上午营业。',
  },
  {
    id: 'transfer_fees',
    locale: 'zh-CN',
    title: '转账手续费',
    questions: ['跨行转账收手续费吗', '手机银行转账要钱吗', '转账费用怎么算'],
    tags: ['transfer'],
    answer: '手机银行和网上银行转账免手续费，柜台跨行转账按金额收费。',
  },
  {
    id: 'atm_limit',
    locale: 'zh-CN',
    title: 'ATM取款限额',
    questions: ['ATM一天最多取多少钱', '取款机单笔限额是多少', '能不能提高取现额度'],
    tags: ['atm'],
    answer: 'ATM每日取现上限2万元，单笔不超过3000元。',
  },
  {
    id: 'exchange_rate',
    locale: 'zh-CN',
    title: '汇率查询',
    questions: ['今天美元汇率多少', '在哪里查外汇牌价', '欧元现在换多少人民币'],
    tags: ['fx'],
    answer: '可在App“外汇”频道查看实时牌价，网点公告的牌价以交易时为准。',
  },
  {
    id: 'credit_card_annual_fee',
    locale: 'zh-CN',
    title: '信用卡年费',
    questions: ['信用卡有年费吗', '怎么免年费', '年费什么时候扣'],
    tags: ['credit_card'],
    answer: '普卡刷卡满6次免次年年费，金卡年费300元。',
  },
  {
    id: 'deposit_insurance',
    locale: 'zh-CN',
    title: '存款保险',
    questions: ['存款有保障吗', '银行倒闭了钱怎么办', '存款保险赔多少'],
    tags: ['deposit'],
    answer: '本行存款受存款保险保障，同一存款人最高偿付限额为50万元。',
  },
  {
    id: 'lost_card',
    locale: 'en',
    title: 'Reporting a lost card',
    questions: [
      'I lost my bank card, what should I do?',
      'My card was stolen',
      'Can I report a lost card in the app',
    ],
    tags: ['card'],
    answer:
      'Report it straight away under "Card Management" in the app or call the hotline; the card is frozen.',
  },
  {
    id: 'password_reset',
    locale: 'en',
    title: 'Resetting your password',
    questions: [
      'I forgot my password',
      'My password is locked after wrong attempts',
      'How do I change my PIN',
    ],
    tags: ['password'],
    answer:
      'Bring your ID to a branch to reset it, or verify your identity in the app to reset the login password.',
  },
  {
    id: 'branch_hours',
    locale: 'en',
    title: 'Branch opening hours',
    questions: ['What time do you open?', 'Are you open at the weekend?', 'When does the branch close?'],
    tags: ['branch'],
    answer: 'Branches open Monday to Friday 9:00-17:00; some open Saturday mornings.',
  },
  {
    id: 'transfer_fees',
    locale: 'en',
    title: 'Transfer fees',
    questions: [
      'Is there a fee for transfers to other banks?',
      'Do app transfers cost anything?',
      'How are transfer charges calculated',
    ],
    tags: ['transfer'],
    answer:
      'Transfers in the app and online are free; counter transfers to other banks are charged by amount.',
  },
  {
    id: 'atm_limit',
    locale: 'en',
    title: 'ATM withdrawal limits',
    questions: [
      'How much can I take out at an ATM per day?',
      'What is the single withdrawal limit',
      'Can I raise my cash limit',
    ],
    tags: ['atm'],
    answer: 'You can withdraw up to 20,000 yuan a day at ATMs, at most 3,000 per withdrawal.',
  },
  {
    id: 'exchange_rate',
    locale: 'en',
    title: 'Checking exchange rates',
    questions: [
      "What is today's dollar exchange rate?",
      'Where can I see foreign exchange rates',
      'How many yuan is a euro',
    ],
    tags: ['fx'],
    answer: 'See live rates in the app under "FX"; rates at branches apply at the time of the deal.',
  },
  {
    id: 'credit_card_annual_fee',
    locale: 'en',
    title: 'Credit card annual fee',
    questions: [
      'Does the credit card have an annual fee?',
      'How do I get the annual fee waived',
      'When is the annual fee charged',
    ],
    tags: ['credit_card'],
    answer: "Classic cards waive next year's fee after 6 purchases; the gold card fee is 300 yuan.",
  },
  {
    id: 'deposit_insurance',
    locale: 'en',
    title: 'Deposit insurance',
    questions: [
      'Are my deposits protected?',
      'What happens to my money if the bank fails',
      'How much does deposit insurance cover',
    ],
    tags: ['deposit'],
    answer: 'Deposits are covered by deposit insurance up to 500,000 yuan per depositor.',
  },
];

export function articleMarkdown(a: FixtureArticle): string {
  const questions = a.questions.map((q) => `  - ${JSON.stringify(q)}`).join('\n');
  return `---\nid: ${a.id}\nlocale: ${a.locale}\ntitle: ${JSON.stringify(a.title)}\nquestions:\n${questions}\ntags: [${(a.tags ?? []).join(', ')}]\n---\n${a.answer}\n`;
}

/** Writes articles as `<root>/<locale>/<id>.md` into a new temporary folder and returns its path. */
export function writeFixtureKnowledge(articles: readonly FixtureArticle[] = FIXTURE_ARTICLES): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  for (const a of articles) writeArticle(root, a);
  return root;
}

export function writeArticle(root: string, a: FixtureArticle): string {
  const dir = join(root, a.locale);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${a.id}.md`);
  writeFileSync(file, articleMarkdown(a));
  return file;
}
