/**
 * What the assistant says while running flows and verifying identity, zh-CN first. `{name}` placeholders
 * are filled by `say`. Kiosk variants never contain figures: the figures live in the on-screen card.
 */
import type { Localized } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';

export const FLOW_MESSAGES = {
  askPhone: {
    'zh-CN': '请告诉我您在本行预留的手机号码，我会发送短信验证码。',
    en: 'Please tell me the mobile number registered with the bank, and I will text you a one-time code.',
  },
  askPhoneTitle: { 'zh-CN': '验证身份：预留手机号', en: 'Verify: registered mobile number' },
  codeSent: {
    'zh-CN': '验证码已发送至 {phone}，请在验证框中输入 6 位验证码。',
    en: 'I have sent a code to {phone}. Please enter the 6-digit code in the box.',
  },
  codeSentKiosk: {
    'zh-CN': '验证码已发送至您的预留手机，请在屏幕上输入。',
    en: 'A code was sent to your registered phone. Please enter it on the screen.',
  },
  codeTitle: { 'zh-CN': '请输入短信验证码', en: 'Enter the code we texted you' },
  phoneLabel: { 'zh-CN': '手机号', en: 'Phone' },
  yourPhone: { 'zh-CN': '您的预留手机', en: 'your registered phone' },
  resend: { 'zh-CN': '重新发送验证码', en: 'Resend code' },
  cooldown: {
    'zh-CN': '验证码刚刚已发送，请查收短信；如未收到，{sec} 秒后可重新获取。',
    en: 'A code was just sent; please check your messages. You can ask for a new one in {sec} seconds.',
  },
  codeForAnotherChat: {
    'zh-CN':
      '该手机号刚刚收到的验证码是在另一次对话中申请的，在这里不能使用。为防止短信骚扰，请在 {sec} 秒后点击“重新发送验证码”，获取本次对话的验证码。',
    en: 'The code this phone received a moment ago was requested in another conversation and will not work here. To prevent message flooding, please press "Resend code" in {sec} seconds to get a code for this conversation.',
  },
  resendNow: {
    'zh-CN': '现在可以获取本次对话的验证码了，请点击“重新发送验证码”。',
    en: 'You can now get a code for this conversation: please press "Resend code".',
  },
  codeHelpLive: {
    'zh-CN': '验证码已发送至 {phone}，{min} 分钟内有效，只能使用一次。',
    en: 'The code went to {phone}. It is valid for {min} minutes and works once.',
  },
  codeHelpExpired: {
    'zh-CN': '发送至 {phone} 的验证码已失效（验证码 {min} 分钟内有效）。',
    en: 'The code sent to {phone} has expired (codes are valid for {min} minutes).',
  },
  codeHelpResendNow: {
    'zh-CN': '忘了或没收到都没关系，请点击“重新发送验证码”获取新的验证码，之前的验证码随即失效。',
    en: 'If you forgot it or it did not arrive, press "Resend code" for a new one; the earlier code then stops working.',
  },
  codeHelpResendLater: {
    'zh-CN': '忘了或没收到都没关系，{sec} 秒后可以点击“重新发送验证码”获取新的验证码，之前的验证码随即失效。',
    en: 'If you forgot it or it did not arrive, you can press "Resend code" for a new one in {sec} seconds; the earlier code then stops working.',
  },
  codeHelpLockout: {
    'zh-CN': '{window} 分钟内验证码或交易密码输错 {max} 次，身份验证将锁定 {lock} 分钟。',
    en: '{max} wrong codes or PINs within {window} minutes lock verification for {lock} minutes.',
  },
  askPin: {
    'zh-CN': '请在验证框中输入 6 位交易密码。',
    en: 'Please enter your 6-digit transaction PIN in the box.',
  },
  pinTitle: { 'zh-CN': '请输入交易密码', en: 'Enter your transaction PIN' },
  verified: { 'zh-CN': '身份验证通过。', en: 'You are verified.' },
  locked: {
    'zh-CN': '验证失败次数过多，为保护您的账户，身份验证已锁定 {min} 分钟。如需帮助，可以转人工客服。',
    en: 'Too many failed attempts. To protect your account, verification is locked for {min} minutes. I can connect you to an agent if you need help.',
  },
  lockedTitle: { 'zh-CN': '身份验证已锁定', en: 'Verification locked' },
  codeInChat: {
    'zh-CN': '为了您的安全，请不要在聊天中发送验证码或密码，请在验证框中输入。',
    en: 'For your security, please do not send codes or PINs in the chat; enter them in the box instead.',
  },
  cancelled: {
    'zh-CN': '好的，已为您取消。还有什么可以帮您？',
    en: 'Okay, I have cancelled that. Anything else I can help with?',
  },
  appointmentKept: {
    'zh-CN': '好的，您的预约保留不变，没有取消。还有什么可以帮您？',
    en: 'Okay, your appointment stays as it is; nothing was cancelled. Anything else I can help with?',
  },
  noAppointments: {
    'zh-CN': '您目前没有待办理的网点预约，无需取消。需要的话，我可以帮您预约。',
    en: 'You have no upcoming branch appointments, so there is nothing to cancel. I can book one for you if you like.',
  },
  noSuchAppointment: {
    'zh-CN': '没有找到与您所说相符的预约。',
    en: 'I could not find an appointment that matches that.',
  },
  whichAppointment: {
    'zh-CN': '您有 {count} 个待办理的预约，请问取消哪一个？',
    en: 'You have {count} upcoming appointments. Which one should I cancel?',
  },
  changeByCancel: {
    'zh-CN': '改约需要先取消原来的预约，再重新预约新的时间。我先帮您取消原预约，取消后可以马上预约新的时间。',
    en: 'To change an appointment I cancel the old one and then book a new time. Let me cancel the old one first; you can book the new time right after.',
  },
  confirmCancelAsk: {
    'zh-CN': '确认取消请回复“确认取消”；如需保留，请说“保留”。',
    en: 'Say "yes, cancel it" to cancel it, or "keep it" to keep it.',
  },
  confirmCancelKiosk: {
    'zh-CN': '请核对屏幕上的预约，确认取消请点击“确认取消”，如需保留请点击“保留预约”。',
    en: 'Please check the appointment on the screen and press "Yes, cancel it" or "Keep it".',
  },
  appointmentCancelled: {
    'zh-CN': '已为您取消{branch}{when}的预约。如需另约时间，随时告诉我。',
    en: 'Done: I have cancelled your appointment at {branch} ({when}). Tell me any time if you want to book another.',
  },
  appointmentAlreadyCancelled: {
    'zh-CN': '这个预约之前已经取消了，无需再次取消。',
    en: 'That appointment was already cancelled; there is nothing more to do.',
  },
  appointmentGone: {
    'zh-CN': '没有找到这个预约，它可能已经过期或已被取消。',
    en: 'I could not find that appointment any more; it may have passed or been cancelled already.',
  },
  leftUndone: {
    'zh-CN': '{flow}没有办理，需要时随时再找我。',
    en: 'I have not gone ahead with {flow}; just ask again whenever you need it.',
  },
  notThisFlow: {
    'zh-CN': '我们正在为您办理{flow}，{flow}并没有取消。如需取消，请说“取消”。',
    en: 'We are in the middle of {flow}, and I have not cancelled it. If you want to stop, just say "cancel".',
  },
  timedOut: {
    'zh-CN': '您之前办理的业务因长时间未操作已自动取消，如需继续请重新告诉我。',
    en: 'Your earlier request timed out and was cancelled. Just ask again if you still need it.',
  },
  notUnderstood: { 'zh-CN': '抱歉，我没有听明白。', en: "Sorry, I didn't catch that." },
  /** The running flow's own request said again ("能解冻吗" while the unfreeze asks for the PIN). */
  underWay: { 'zh-CN': '好的，正在为您办理{flow}。', en: 'Yes, that is what we are doing: {flow}.' },
  /** A question asked mid-flow that no article answers ("冻结之后还能用支付宝吗"): honest, then the question again. */
  noAnswerAside: {
    'zh-CN': '这个问题我暂时没有准确的答案，您可以稍后问一下人工客服。',
    en: "I don't have a reliable answer to that one; a member of our staff can tell you later.",
  },
  resume: { 'zh-CN': '我们继续刚才的业务：', en: "Let's continue:" },
  youAreWelcome: { 'zh-CN': '不客气。', en: "You're welcome." },
  hello: { 'zh-CN': '您好！', en: 'Hello!' },
  notedCard: { 'zh-CN': '好的，尾号{tail}的卡。', en: 'Got it, the card ending {tail}.' },
  notedAccount: { 'zh-CN': '好的，尾号{tail}的账户。', en: 'Got it, the account ending {tail}.' },
  notedTail: { 'zh-CN': '好的，尾号{tail}。', en: 'Got it, ending {tail}.' },
  noted: { 'zh-CN': '好的，记下了。', en: 'Got it.' },
  /** The queue service said while the branch is asked ("办理存款"). */
  notedService: { 'zh-CN': '好的，办理{service}。', en: 'Got it: {service}.' },
  /** "我前面还有几个人" before a ticket is taken. */
  aheadOnceTaken: {
    'zh-CN': '取号后就能看到您前面还有几个人。',
    en: 'Once your ticket is taken, you will see how many people are ahead of you.',
  },
  tailNotAmount: {
    'zh-CN': '{tail}是您账户的尾号，已按付款账户记下；如果您说的是金额，请说“{tail}元”。',
    en: '{tail} is how one of your accounts ends, so I have taken it as the account to pay from; if you meant an amount, say "{tail} yuan".',
  },
  tailNotAmountKiosk: {
    'zh-CN': '已按付款账户记下；如果您说的是金额，请说出金额并加上“元”。',
    en: 'I have taken that as the account to pay from; if you meant an amount, say it with "yuan".',
  },
  billAmountPlainly: {
    'zh-CN': '缴费金额按账单应缴金额；如需缴其他金额，请连同金额一起说，例如“缴100元”。',
    en: 'I\'ll pay the amount due on the bill; to pay a different amount, say it with the amount, for example "pay 100 yuan".',
  },
  verifyFirst: {
    'zh-CN': '{flow}前需要先验证身份：',
    en: "First I need to verify it's you:",
  },
  seeScreen: {
    'zh-CN': '信息已显示在屏幕上，请您查看屏幕。',
    en: 'The details are on the screen; please see the screen.',
  },
  confirmAsk: {
    'zh-CN': '请核对以上信息，确认无误请回复“确认”，如需修改请直接告诉我，或说“取消”。',
    en: 'Please check the details. Say "confirm" to go ahead, tell me what to change, or say "cancel".',
  },
  confirmKiosk: {
    'zh-CN': '请核对屏幕上的信息，确认无误请点击“确认”。',
    en: 'Please check the details on the screen and press "Confirm" if they are correct.',
  },
  whatToChange: {
    'zh-CN': '好的，请告诉我需要修改的地方，例如“{example}”，或说“取消”。',
    en: 'Okay, tell me what to change, for example "{example}", or say "cancel".',
  },
  whatToChangePlain: {
    'zh-CN': '好的，请告诉我需要修改的地方，或说“取消”。',
    en: 'Okay, tell me what to change, or say "cancel".',
  },
  confirmBookingAsk: {
    'zh-CN': '确认无误请回复“确认”；如需修改请直接告诉我，例如“改到后天下午”；不约了请说“取消”。',
    en: 'Say "confirm" to book it, tell me what to change (for example "the day after tomorrow, afternoon"), or say "cancel".',
  },
  confirmBookingKiosk: {
    'zh-CN': '请核对屏幕上的预约信息，确认无误请点击“确认”。',
    en: 'Please check the appointment on the screen and press "Confirm" if it is right.',
  },
  change: { 'zh-CN': '修改', en: 'Change' },
  confirm: { 'zh-CN': '确认', en: 'Confirm' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  agent: { 'zh-CN': '转人工', en: 'talk to an agent' },
  agentLabel: { 'zh-CN': '转人工客服', en: 'Talk to an agent' },
  holdTitle: { 'zh-CN': '交易已暂停', en: 'Payment on hold' },
  hold: {
    'zh-CN':
      '为保护您的资金安全，这笔交易已暂停，资金没有转出。{reasons}凡是要求您转账到“安全账户”、索要验证码或要求保密的，都是诈骗。建议您先联系人工客服核实。',
    en: 'To protect your money, I have put this payment on hold; nothing was sent. {reasons}Anyone asking you to move money to a "safe account", share a code or keep it secret is a scammer. Please talk to one of our agents first.',
  },
  overSingleLimit: {
    'zh-CN':
      '另外，{account}单笔转账限额为{single}，单日累计限额为{daily}，这笔{amount}超过了单笔限额，核实后也无法一次转出。您可以调整金额，或携带本人身份证到网点柜台办理。',
    en: 'Also, {account} allows {single} per transfer and {daily} per day, so {amount} is over the single-transfer limit and could not go through in one payment even after a check. You can choose a smaller amount, or bring your ID to a branch counter.',
  },
  overSingleLimitKiosk: {
    'zh-CN': '另外，这笔金额超过了该账户的单笔转账限额，核实后也无法一次转出。',
    en: 'Also, this amount is over the account’s single-transfer limit, so it could not go through in one payment even after a check.',
  },
  nothingToDo: {
    'zh-CN': '没有找到可以办理的项目。',
    en: 'There is nothing I can do for that right now.',
  },
  noBills: {
    'zh-CN': '您名下没有登记的缴费项目，可以在沙盒银行App“生活缴费”中添加。',
    en: 'You have no bills set up with us; you can add one under "Bill Pay" in the Sandbox Bank app.',
  },
  resumePaused: { 'zh-CN': '刚才的{flow}还要继续吗？', en: 'Shall we carry on with {flow}?' },
  resumeLabel: { 'zh-CN': '继续{flow}', en: 'Continue' },
  resumeText: { 'zh-CN': '继续', en: 'continue' },
  dropPausedLabel: { 'zh-CN': '不用了', en: 'No, thanks' },
  dropPausedText: { 'zh-CN': '不用了', en: 'no thanks' },
  transferItem: { 'zh-CN': '给{payee}转{amount}', en: '{amount} to {payee}' },
  transferItemKiosk: { 'zh-CN': '给{payee}的转账', en: 'the transfer to {payee}' },
  transfersOneAtATime: {
    'zh-CN': '转账一笔一笔办：先办{first}；{rest}等这笔办完再办。',
    en: 'Transfers go one at a time: first {first}; {rest} comes right after it.',
  },
  nextTransferOffer: {
    'zh-CN': '您刚才说的{item}还没有办理，现在办理吗？',
    en: 'You also asked for {item}; that has not been done yet. Shall I do it now?',
  },
  nextTransferLabel: { 'zh-CN': '办理这笔', en: 'Yes, do it' },
  /** A second transfer asked for while the first is under way (added_transfer.ts). */
  nextTransferNoted: {
    'zh-CN': '好的，{item}等这笔办完再办。',
    en: 'Noted: {item} comes right after this one.',
  },
  nextTransfersDropped: {
    'zh-CN': '好的，{items}没有办理，钱没有转出。还有什么可以帮您？',
    en: 'Okay, {items} has not been done; no money was sent. Anything else I can help with?',
  },
  /** After "{flow} was not done" when the card turned up during a loss report or freeze (card_found.ts). */
  cardFound: {
    'zh-CN': '找到了就好，卡可以照常使用。还有什么可以帮您？',
    en: 'Glad it turned up; the card works as before. Anything else I can help with?',
  },
  cancelledThis: { 'zh-CN': '好的，已为您取消。', en: 'Okay, I have cancelled that.' },
  cancelledWithOthers: {
    'zh-CN': '好的，已为您取消，{items}也没有办理。还有什么可以帮您？',
    en: 'Okay, I have cancelled that; {items} has not been done either. Anything else I can help with?',
  },
  nextTransfersNotSentEither: {
    'zh-CN': '{items}也没有办理。',
    en: '{items} has not been done either.',
  },
  billDue: { 'zh-CN': '{biller}待缴{amount}。', en: 'Your {biller} bill is {amount}.' },
  /** A credit card named in a card flow, the customer having debit cards only (slot_resolve.ts). */
  noCreditCard: {
    'zh-CN':
      '我这里查不到您名下的信用卡，信用卡请在App“信用卡”页面或拨打信用卡客服热线冻结、挂失。如果您说的是下面这张卡，请点选它。',
    en: 'I can\'t find a credit card of yours here; to freeze a credit card or report it lost, use the "Credit Card" page in the app or call the credit card hotline. If you meant the card below, tap it.',
  },
  /** The payee changed while another detail is asked ("哦不对，是给李娜"). */
  payeeChanged: { 'zh-CN': '好的，收款人改为{name}。', en: 'OK, the payee is now {name}.' },
  /** "多少钱" on a bill with nothing due on it (bill_due_question.ts). */
  billNothingDue: {
    'zh-CN': '{biller}目前没有待缴金额。',
    en: 'Nothing is due on your {biller} bill right now.',
  },
  /** "要交多少钱" before the customer is known (bill_due_question.ts). */
  billDueAfterVerifying: {
    'zh-CN': '验证身份后我会告诉您待缴金额。',
    en: "I'll tell you the amount due as soon as you're verified.",
  },
  billDueOnScreen: {
    'zh-CN': '待缴金额会在核对信息时显示在屏幕上。',
    en: 'The amount due will be on the screen when I read the payment back.',
  },
  billsOneAtATime: {
    'zh-CN': '缴费一项一项办：先缴{first}；{rest}等这笔缴完再缴。',
    en: 'Bills are paid one at a time: first {first}; {rest} comes right after it.',
  },
  nextBillNoted: {
    'zh-CN': '好的，{items}等这笔缴完再缴。',
    en: 'Noted: {items} comes right after this one.',
  },
  billNotPaid: { 'zh-CN': '{biller}没有缴纳。', en: 'I have not paid the {biller} bill.' },
  nextBillOffer: { 'zh-CN': '还需要缴纳{biller}吗？', en: 'Would you like to pay your {biller} bill too?' },
  nextBillLabel: { 'zh-CN': '缴纳{biller}', en: 'Pay the {biller} bill' },
  nextBillsDropped: {
    'zh-CN': '好的，{items}没有缴纳。还有什么可以帮您？',
    en: 'Okay, nothing was paid for {items}. Anything else I can help with?',
  },
  nextBillsNotPaidEither: { 'zh-CN': '{items}也没有缴纳。', en: 'Nothing was paid for {items} either.' },
  noBillOfThatDue: {
    'zh-CN': '您目前没有待缴的{biller}。',
    en: 'You have no {biller} bill due.',
  },
  billsDueList: { 'zh-CN': '待缴的有：{bills}。', en: 'Bills due: {bills}.' },
  noOtherBillDue: {
    'zh-CN': '其他缴费项目目前也没有待缴费用。',
    en: 'Nothing else is due right now either.',
  },
  shortBalance: {
    'zh-CN': '{account}可用余额为{balance}，不够支付{amount}。',
    en: 'Your {account} has {balance} available, not enough for {amount}.',
  },
  shortBalanceKiosk: {
    'zh-CN': '该账户的可用余额不够支付这笔金额。',
    en: 'That account does not have enough money available for this amount.',
  },
  shortBalanceAsk: {
    'zh-CN': '请告诉我新的金额，或换一个付款账户。',
    en: 'Please tell me a new amount, or pick another account to pay from.',
  },
  shortBalanceAskAmount: {
    'zh-CN': '请告诉我新的金额，或说“取消”。',
    en: 'Please tell me a new amount, or say "cancel".',
  },
  noCards: { 'zh-CN': '您名下没有银行卡。', en: 'You have no cards with us.' },
  noCardInState: {
    'zh-CN': '您名下没有状态为“{want}”的银行卡（现有：{have}）。',
    en: 'None of your cards is {want} (you have: {have}).',
  },
  unknownTail: {
    'zh-CN': '没有找到尾号 {tail} 的账户或卡片。',
    en: 'I could not find an account or card ending in {tail}.',
  },
  noSuchAccountTail: {
    'zh-CN': '没有尾号为{tail}的账户，您可以选：{options}。',
    en: 'You have no account ending {tail}; choose: {options}.',
  },
  noSuchAccountTailKiosk: {
    'zh-CN': '没有这个尾号的账户，请在屏幕上选择。',
    en: 'You have no account with that ending; please choose one on the screen.',
  },
  noSuchCardTail: {
    'zh-CN': '没有尾号为{tail}的卡，您可以选：{options}。',
    en: 'You have no card ending {tail}; choose: {options}.',
  },
  noSuchCardTailKiosk: {
    'zh-CN': '没有这个尾号的卡，请在屏幕上选择。',
    en: 'You have no card with that ending; please choose one on the screen.',
  },
  badDate: {
    'zh-CN': '只能预约今天起 30 天内的日期。',
    en: 'Appointments can be booked from today up to 30 days ahead.',
  },
  payeeNameForAccount: {
    'zh-CN': '账号 {account} 不在您的常用收款人中。请告诉我收款人的户名（开户人姓名）。',
    en: 'The account {account} is not one of your saved payees. What is the account holder’s name?',
  },
  badPayeeAccount: {
    'zh-CN': '账号应为 12 到 19 位数字。',
    en: 'An account number has 12 to 19 digits.',
  },
  bookForPassbook: { 'zh-CN': '预约网点办理', en: 'Book a branch visit' },
  sendNowOption: { 'zh-CN': '现在转一笔', en: 'Send it now instead' },
  sendNowAsk: { 'zh-CN': '现在转账', en: 'send money now' },
  sendNowAskFor: { 'zh-CN': '现在给{payee}转{amount}元', en: 'send {amount} yuan to {payee} now' },
  callOffNoted: { 'zh-CN': '{flow}没有办理。', en: 'I have not gone ahead with {flow}.' },
  callOffKept: { 'zh-CN': '您的预约保留不变。', en: 'Your appointment stays as it is.' },
  liftLossReport: {
    'zh-CN':
      '解除挂失需要您本人办理，我这里暂时不能替您解除：卡片找回后，可以在沙盒银行App“卡片管理”中解除挂失，或本人携带身份证和银行卡到网点办理。如果您的卡只是冻结了、并没有挂失，我可以帮您解冻。',
    en: 'A loss report has to be lifted by you, and I can’t do it here: once you have the card back, cancel the report under "Card Management" in the Sandbox Bank app, or bring your ID and the card to a branch. If your card was only frozen, not reported lost, I can unfreeze it for you.',
  },
  unfreezeOwnCard: { 'zh-CN': '解冻我自己冻结的卡', en: 'Unfreeze a card I froze myself' },
  freezeCardOption: { 'zh-CN': '冻结银行卡', en: 'Freeze a card' },
  freezeCardAsk: { 'zh-CN': '冻结银行卡', en: 'freeze my card' },
  wrongCardState: {
    'zh-CN': '尾号 {tail} 的卡当前状态为“{status}”，无法办理。',
    en: 'The card ending {tail} is {status}, so I can’t do that.',
  },
} as const satisfies Record<string, Localized>;

export type FlowMessage = keyof typeof FLOW_MESSAGES;

export function say(key: FlowMessage, locale: Locale, vars: Record<string, string | number> = {}): string {
  return fill(FLOW_MESSAGES[key][locale], vars);
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** What a biller's bill is called when the customer has none from it ("没有待缴的电费" / "no electricity bill"). */
export const BILLER_NAMES: Record<string, Localized> = {
  electricity: { 'zh-CN': '电费', en: 'electricity' },
  water: { 'zh-CN': '水费', en: 'water' },
  gas: { 'zh-CN': '燃气费', en: 'gas' },
  property: { 'zh-CN': '物业费', en: 'property' },
  broadband: { 'zh-CN': '宽带费', en: 'broadband' },
};

export const CARD_STATUS_NAMES: Record<string, Localized> = {
  active: { 'zh-CN': '正常', en: 'active' },
  frozen: { 'zh-CN': '已冻结', en: 'frozen' },
  lost: { 'zh-CN': '已挂失', en: 'reported lost' },
};
