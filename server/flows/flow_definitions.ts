/**
 * The sandbox bank's flows, as data. Prompts are zh-CN first, then English.
 */
import type { FlowDefinition, FlowId, SlotDef } from './flow_types.ts';

const sourceAccount: SlotDef = {
  name: 'from',
  kind: 'source_account',
  required: true,
  autoFill: true,
  prompt: { 'zh-CN': '请问从哪个账户付款？', en: 'Which account should the money come from?' },
};

export const FLOWS: Record<FlowId, FlowDefinition> = {
  check_balance: {
    id: 'check_balance',
    intent: 'check_balance',
    verification: 'otp',
    slots: [
      {
        name: 'account',
        kind: 'account',
        required: false,
        prompt: { 'zh-CN': '请问查询哪个账户？', en: 'Which account would you like to check?' },
      },
    ],
    confirm: false,
    risk: false,
    action: 'show_balance',
    name: { 'zh-CN': '余额查询', en: 'checking your balance' },
    intro: { 'zh-CN': '好的，我来帮您查询余额。', en: "Sure, I'll check your balance." },
    confirmTitle: { 'zh-CN': '', en: '' },
  },
  recent_transactions: {
    id: 'recent_transactions',
    intent: 'recent_transactions',
    verification: 'otp',
    slots: [
      {
        name: 'account',
        kind: 'account',
        required: true,
        autoFill: true,
        prompt: {
          'zh-CN': '请问查询哪个账户的交易明细？',
          en: 'Which account’s transactions would you like to see?',
        },
      },
    ],
    confirm: false,
    risk: false,
    action: 'show_transactions',
    name: { 'zh-CN': '交易明细查询', en: 'looking up your transactions' },
    intro: { 'zh-CN': '好的，我来帮您查询最近的交易。', en: "Sure, I'll look up your recent transactions." },
    confirmTitle: { 'zh-CN': '', en: '' },
  },
  transfer_money: {
    id: 'transfer_money',
    intent: 'transfer_money',
    verification: 'otp+pin',
    slots: [
      {
        name: 'payee',
        kind: 'payee',
        required: true,
        prompt: { 'zh-CN': '请问您要转给谁？', en: 'Who would you like to send money to?' },
      },
      {
        name: 'payee_account',
        kind: 'payee_account',
        required: 'new_payee',
        prompt: {
          'zh-CN': '这位收款人不在您的常用收款人中，请提供对方的银行账号。',
          en: 'This payee is not in your saved payees. Please give me their account number.',
        },
      },
      {
        name: 'amount',
        kind: 'amount',
        required: true,
        prompt: { 'zh-CN': '请问转账金额是多少？', en: 'How much would you like to send?' },
      },
      sourceAccount,
    ],
    confirm: true,
    risk: true,
    action: 'transfer',
    name: { 'zh-CN': '转账', en: 'your transfer' },
    intro: {
      'zh-CN': '好的，为了您的资金安全，转账前需要先验证您的身份。',
      en: 'Sure. For your security I need to verify your identity before a transfer.',
    },
    confirmTitle: { 'zh-CN': '请核对转账信息', en: 'Please check this transfer' },
    changeExample: { 'zh-CN': '金额改成300', en: 'make it 300' },
  },
  report_lost_card: {
    id: 'report_lost_card',
    intent: 'report_lost_card',
    verification: 'otp',
    slots: [
      {
        name: 'card',
        kind: 'card',
        required: true,
        autoFill: true,
        cardStatus: ['active', 'frozen'],
        prompt: { 'zh-CN': '请问是哪张卡丢失了？', en: 'Which card did you lose?' },
      },
    ],
    confirm: true,
    risk: false,
    action: 'report_lost',
    name: { 'zh-CN': '挂失', en: 'reporting your lost card' },
    intro: {
      'zh-CN': '别着急，我马上帮您挂失。先验证一下您的身份。',
      en: "Don't worry, I'll block the card right away. First, let me verify your identity.",
    },
    confirmTitle: { 'zh-CN': '确认挂失', en: 'Confirm the loss report' },
  },
  freeze_card: {
    id: 'freeze_card',
    intent: 'freeze_card',
    verification: 'otp',
    slots: [
      {
        name: 'card',
        kind: 'card',
        required: true,
        autoFill: true,
        cardStatus: ['active'],
        prompt: { 'zh-CN': '请问要冻结哪张卡？', en: 'Which card would you like to freeze?' },
      },
    ],
    confirm: false,
    risk: false,
    action: 'freeze',
    name: { 'zh-CN': '冻结银行卡', en: 'freezing your card' },
    intro: { 'zh-CN': '好的，我来帮您临时冻结银行卡。', en: "Sure, I'll freeze your card for now." },
    confirmTitle: { 'zh-CN': '', en: '' },
  },
  unfreeze_card: {
    id: 'unfreeze_card',
    intent: 'unfreeze_card',
    verification: 'otp+pin',
    slots: [
      {
        name: 'card',
        kind: 'card',
        required: true,
        autoFill: true,
        cardStatus: ['frozen'],
        prompt: { 'zh-CN': '请问要解冻哪张卡？', en: 'Which card would you like to unfreeze?' },
      },
    ],
    confirm: false,
    risk: false,
    action: 'unfreeze',
    name: { 'zh-CN': '解冻银行卡', en: 'unfreezing your card' },
    intro: {
      'zh-CN': '好的，解冻银行卡需要验证码和交易密码。',
      en: 'Sure. Unfreezing a card needs a one-time code and your transaction PIN.',
    },
    confirmTitle: { 'zh-CN': '', en: '' },
  },
  pay_bill: {
    id: 'pay_bill',
    intent: 'pay_bill',
    verification: 'otp+pin',
    slots: [
      {
        name: 'biller',
        kind: 'biller',
        required: true,
        autoFill: true,
        prompt: { 'zh-CN': '请问缴哪一项费用？', en: 'Which bill would you like to pay?' },
      },
      {
        name: 'amount',
        kind: 'amount',
        required: false,
        prompt: { 'zh-CN': '请问缴费金额是多少？', en: 'How much would you like to pay?' },
      },
      sourceAccount,
    ],
    confirm: true,
    risk: true,
    action: 'pay_bill',
    name: { 'zh-CN': '缴费', en: 'paying your bill' },
    intro: { 'zh-CN': '好的，我来帮您缴费。', en: "Sure, I'll help you pay that bill." },
    confirmTitle: { 'zh-CN': '请核对缴费信息', en: 'Please check this payment' },
    changeExample: { 'zh-CN': '金额改成300', en: 'make it 300' },
  },
  book_appointment: {
    id: 'book_appointment',
    intent: 'book_appointment',
    verification: 'otp',
    slots: [
      {
        name: 'branch',
        kind: 'branch',
        required: true,
        prompt: { 'zh-CN': '请问预约哪个网点？', en: 'Which branch would you like to visit?' },
      },
      {
        name: 'date',
        kind: 'date',
        required: true,
        prompt: { 'zh-CN': '请问预约哪一天？', en: 'Which day would you like to come in?' },
      },
      {
        name: 'period',
        kind: 'period',
        required: true,
        prompt: { 'zh-CN': '上午还是下午？', en: 'Morning or afternoon?' },
      },
      {
        // What the visit is for: personal banking unless the customer says otherwise; read back, so they
        // see it and can change it ("改成理财咨询").
        name: 'service',
        kind: 'service',
        required: false,
        prompt: { 'zh-CN': '请问办理哪类业务？', en: 'What is the visit for?' },
      },
    ],
    confirm: true,
    risk: false,
    action: 'book_appointment',
    name: { 'zh-CN': '网点预约', en: 'booking your branch appointment' },
    intro: { 'zh-CN': '好的，我来帮您预约网点。', en: "Sure, let's book a branch appointment." },
    confirmTitle: { 'zh-CN': '请核对预约信息', en: 'Please check this appointment' },
    changeExample: { 'zh-CN': '改到后天下午', en: 'the day after tomorrow, afternoon' },
  },
  // Started by the book_appointment intent when the message asks to cancel or change one
  // (cancel_appointment_request.ts); the reply's intent stays book_appointment.
  cancel_appointment: {
    id: 'cancel_appointment',
    intent: 'book_appointment',
    verification: 'otp',
    slots: [
      {
        name: 'appointment',
        kind: 'appointment',
        required: true,
        autoFill: true,
        prompt: { 'zh-CN': '请问取消哪一个预约？', en: 'Which appointment should I cancel?' },
      },
    ],
    confirm: true,
    risk: false,
    action: 'cancel_appointment',
    name: { 'zh-CN': '取消预约', en: 'cancelling your appointment' },
    intro: {
      'zh-CN': '好的，我来帮您取消预约。先验证一下您的身份。',
      en: "Sure, I'll help you cancel your appointment. First, let me verify your identity.",
    },
    confirmTitle: { 'zh-CN': '确认取消预约', en: 'Cancel this appointment?' },
    // Here "取消" goes ahead with the cancellation: stopping it is keeping the appointment.
    stillRunning: {
      'zh-CN': '我们正在为您取消预约，预约还没有取消。如果不想取消了，请说“不取消了”。',
      en: 'We are in the middle of cancelling your appointment, and it is not cancelled yet. If you would rather keep it, just say "keep my appointment".',
    },
  },
  queue_ticket: {
    id: 'queue_ticket',
    intent: 'queue_ticket',
    verification: 'none',
    slots: [
      {
        name: 'branch',
        kind: 'branch',
        required: true,
        autoFill: true,
        prompt: { 'zh-CN': '请问在哪个网点取号？', en: 'Which branch would you like a ticket for?' },
      },
      {
        name: 'service',
        kind: 'service',
        required: true,
        prompt: { 'zh-CN': '请问办理哪类业务？', en: 'What kind of service do you need?' },
      },
    ],
    confirm: false,
    risk: false,
    action: 'take_ticket',
    name: { 'zh-CN': '取号', en: 'getting your queue ticket' },
    intro: { 'zh-CN': '好的，我来帮您取号。', en: "Sure, I'll get you a queue ticket." },
    confirmTitle: { 'zh-CN': '', en: '' },
  },
  // Started by "我的卡还能用吗" / "is my card still working?" (card_state_question.ts), not by an intent; its
  // replies carry freeze_card, as the state of a card just frozen does (card_just_frozen.ts).
  card_status: {
    id: 'card_status',
    intent: 'freeze_card',
    verification: 'otp',
    slots: [],
    confirm: false,
    risk: false,
    action: 'show_card_states',
    name: { 'zh-CN': '银行卡状态查询', en: 'checking your cards' },
    intro: {
      'zh-CN': '好的，我来帮您查看银行卡的状态。',
      en: "Sure, I'll check the state of your cards.",
    },
    confirmTitle: { 'zh-CN': '', en: '' },
  },
};

/** The flow an intent starts, if any. */
export function flowForIntent(intent: string): FlowDefinition | undefined {
  return Object.values(FLOWS).find((f) => f.intent === intent);
}
