/**
 * The sandbox bank's documented test customers (see SANDBOX.md). Loaded into the sandbox core at start;
 * nothing here is real. PINs are listed so testers can walk the flows; they are stored hashed (scrypt).
 */
import type {
  Account,
  BankCard,
  Bill,
  CustomerProfile,
  Localized,
  Payee,
  Transaction,
} from './core_banking.ts';
import { tailOf, yuan } from './money.ts';

export interface SeedCustomer {
  profile: CustomerProfile;
  /** Sandbox only: the 6-digit transaction PIN, hashed when loaded. */
  pin: string;
  accounts: Account[];
  cards: BankCard[];
  payees: Payee[];
  bills: Bill[];
  /** Oldest first; the last entry's balanceAfter equals the account balance. */
  history: Transaction[];
}

const I_LIMITS = { singleLimit: yuan(50_000), dailyLimit: yuan(200_000) };
const II_LIMITS = { singleLimit: yuan(10_000), dailyLimit: yuan(10_000) };
const I_LABEL: Localized = { 'zh-CN': 'I类借记账户', en: 'Class I debit account' };
const II_LABEL: Localized = { 'zh-CN': 'II类电子账户', en: 'Class II e-account' };
const DEBIT: Localized = { 'zh-CN': '借记卡', en: 'Debit card' };
const SANDBOX_BANK: Localized = { 'zh-CN': '沙盒银行', en: 'Sandbox Bank' };
const CCB: Localized = { 'zh-CN': '建设银行', en: 'China Construction Bank' };

function account(
  id: string,
  customerId: string,
  number: string,
  accountClass: 'I' | 'II',
  balance: number,
): Account {
  return {
    id,
    customerId,
    number,
    tail: tailOf(number),
    accountClass,
    label: accountClass === 'I' ? I_LABEL : II_LABEL,
    currency: 'CNY',
    balance,
    ...(accountClass === 'I' ? I_LIMITS : II_LIMITS),
  };
}

/**
 * Builds a plausible history ending at `balance`. Counterparties are written as the cores write them
 * (`payment_plan.ts`): a person masked with their account's last four, a business by its name.
 */
function history(accountId: string, balance: number, items: Array<[number, string, string]>): Transaction[] {
  const start = Date.UTC(2025, 0, 6, 2, 0, 0);
  let after = balance - items.reduce((s, [amount]) => s + amount, 0);
  return items.map(([amount, counterparty, memo], i) => {
    after += amount;
    return {
      id: `seed-${accountId}-${i + 1}`,
      accountId,
      at: start + i * 86_400_000 * 3,
      amount,
      balanceAfter: after,
      counterparty,
      memo,
    };
  });
}

export const SANDBOX_BRANCHES: Array<{ id: string; name: Localized; keywords: string[] }> = [
  {
    id: 'b1',
    name: { 'zh-CN': '北京中关村支行', en: 'Zhongguancun Sub-branch, Beijing' },
    keywords: ['中关村', '北京', 'zhongguancun', 'beijing'],
  },
  {
    id: 'b2',
    name: { 'zh-CN': '上海陆家嘴支行', en: 'Lujiazui Sub-branch, Shanghai' },
    keywords: ['陆家嘴', '上海', 'lujiazui', 'shanghai'],
  },
];

export const CLEARING_ACCOUNT: Account = {
  ...account('clearing', 'bank', '9558000000000000000', 'I', 0),
  label: { 'zh-CN': '清算过渡账户', en: 'Clearing account' },
  singleLimit: Number.MAX_SAFE_INTEGER,
  dailyLimit: Number.MAX_SAFE_INTEGER,
};

export const SANDBOX_CUSTOMERS: SeedCustomer[] = [
  {
    profile: { id: 'c1001', name: { 'zh-CN': '张伟', en: 'Zhang Wei' }, phone: '13800000001' },
    pin: '135790',
    accounts: [
      account('a1', 'c1001', '6222020000000011234', 'I', yuan(52_300)),
      account('a2', 'c1001', '6236880000000005678', 'II', yuan(3_000)),
    ],
    cards: [
      { id: 'k1', customerId: 'c1001', accountId: 'a1', tail: '1234', product: DEBIT, status: 'active' },
    ],
    payees: [
      {
        id: 'p1',
        name: '李娜',
        aliases: ['Li Na', 'Lina'],
        accountNumber: '6222020000000024321',
        bank: SANDBOX_BANK,
      },
      { id: 'p2', name: '张三', aliases: ['Zhang San'], accountNumber: '6217000000000007788', bank: CCB },
      {
        id: 'p3',
        name: 'John Smith',
        aliases: ['John', '约翰'],
        accountNumber: '6222020000000042468',
        bank: SANDBOX_BANK,
      },
    ],
    bills: [
      {
        billerId: 'electricity',
        biller: { 'zh-CN': '国网电费', en: 'Electricity (State Grid)' },
        reference: '****0921',
        due: 23_650,
      },
      { billerId: 'water', biller: { 'zh-CN': '自来水费', en: 'Water' }, reference: '****3307', due: 5_820 },
      { billerId: 'gas', biller: { 'zh-CN': '燃气费', en: 'Gas' }, reference: '****7710', due: 0 },
    ],
    history: [
      ...history('a1', yuan(52_300), [
        [yuan(18_500), '沙盒科技有限公司', 'salary'],
        [-yuan(268.4), '盒马鲜生', 'purchase'],
        [-yuan(3_000), '**** 5678', 'transfer'],
        [-yuan(1_200), '李* **** 4321', 'transfer'],
      ]),
      ...history('a2', yuan(3_000), [[yuan(3_000), '**** 1234', 'transfer']]),
    ],
  },
  {
    profile: { id: 'c1002', name: { 'zh-CN': '李娜', en: 'Li Na' }, phone: '13800000002' },
    pin: '246802',
    accounts: [
      account('a3', 'c1002', '6222020000000024321', 'I', yuan(8_888.88)),
      account('a4', 'c1002', '6222020000000026060', 'I', yuan(100)),
    ],
    cards: [
      { id: 'k2', customerId: 'c1002', accountId: 'a3', tail: '4321', product: DEBIT, status: 'active' },
      { id: 'k3', customerId: 'c1002', accountId: 'a4', tail: '6060', product: DEBIT, status: 'frozen' },
    ],
    payees: [
      {
        id: 'p4',
        name: '张伟',
        aliases: ['Zhang Wei'],
        accountNumber: '6222020000000011234',
        bank: SANDBOX_BANK,
      },
    ],
    bills: [
      {
        billerId: 'property',
        biller: { 'zh-CN': '物业费', en: 'Property fee' },
        reference: '****0502',
        due: 128_000,
      },
    ],
    history: history('a3', yuan(8_888.88), [
      [yuan(9_000), '沙盒大学', 'salary'],
      [yuan(1_200), '张* **** 1234', 'transfer'],
      [-yuan(1_311.12), '京东商城', 'purchase'],
    ]),
  },
  {
    profile: { id: 'c1003', name: { 'zh-CN': '王芳', en: 'Wang Fang' }, phone: '13800000003' },
    pin: '975310',
    accounts: [account('a5', 'c1003', '6236880000000039090', 'II', yuan(1_200))],
    cards: [],
    payees: [
      {
        id: 'p5',
        name: '李娜',
        aliases: ['Li Na'],
        accountNumber: '6222020000000024321',
        bank: SANDBOX_BANK,
      },
    ],
    bills: [],
    history: history('a5', yuan(1_200), [[yuan(1_200), '**** 3344', 'transfer']]),
  },
  {
    profile: { id: 'c1004', name: { 'zh-CN': '约翰·史密斯', en: 'John Smith' }, phone: '13800000004' },
    pin: '864200',
    accounts: [account('a6', 'c1004', '6222020000000042468', 'I', yuan(20_000))],
    cards: [
      { id: 'k4', customerId: 'c1004', accountId: 'a6', tail: '2468', product: DEBIT, status: 'active' },
    ],
    payees: [
      {
        id: 'p6',
        name: 'Zhang Wei',
        aliases: ['张伟'],
        accountNumber: '6222020000000011234',
        bank: SANDBOX_BANK,
      },
      {
        id: 'p7',
        name: 'Alice Chen',
        aliases: ['Alice', '陈爱丽'],
        accountNumber: '6217000000000001357',
        bank: CCB,
      },
    ],
    bills: [
      {
        billerId: 'broadband',
        biller: { 'zh-CN': '宽带费', en: 'Broadband' },
        reference: '****8866',
        due: 9_900,
      },
    ],
    history: history('a6', yuan(20_000), [
      [yuan(25_000), 'Sandbox Tech Ltd', 'salary'],
      [-yuan(5_000), 'A*** **** 1357', 'transfer'],
    ]),
  },
];

/** Billers a bill payment credits (through the clearing account). */
export const SANDBOX_BILLERS: Record<string, Localized> = Object.fromEntries(
  SANDBOX_CUSTOMERS.flatMap((c) => c.bills.map((b) => [b.billerId, b.biller])),
);
