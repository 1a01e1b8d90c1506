/**
 * What the assistant says around a handoff, per locale. Placeholders: {ahead}, {minutes}, {name}, {hours}.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';

export const HANDOFF_MESSAGES = {
  queuedLead: {
    asked_for_human: {
      'zh-CN': '好的，正在为您转接人工客服。',
      en: "Sure, I'm connecting you to a member of our team.",
    },
    complaint: {
      'zh-CN': '非常抱歉给您带来不好的体验，我马上为您转接专人处理。',
      en: "I'm very sorry about your experience. I'm connecting you to a colleague right away.",
    },
    negative_sentiment: {
      'zh-CN': '很抱歉让您着急了，我为您转接人工客服来处理。',
      en: "I'm sorry this has been frustrating. Let me get a member of our team to help you.",
    },
    repeated_fallback: {
      'zh-CN': '抱歉我没能帮上忙，我为您转接人工客服。',
      en: "Sorry I haven't been able to help. I'm passing you to a member of our team.",
    },
    fraud_risk: {
      'zh-CN': '我已为您优先转接反诈专员。',
      en: "I've put you through to our fraud team as a priority.",
    },
  },
  queueNext: {
    'zh-CN': '您是下一位，预计等待约 {minutes} 分钟。等待期间您可以继续留言，客服接入后会看到。',
    en: "You're next in line (about {minutes} min). You can keep typing while you wait; the agent will see it.",
  },
  queueAheadOne: {
    'zh-CN': '您前面还有 1 位，预计等待约 {minutes} 分钟。等待期间您可以继续留言，客服接入后会看到。',
    en: 'There is 1 person ahead of you (about {minutes} min). You can keep typing while you wait; the agent will see it.',
  },
  queueAhead: {
    'zh-CN': '您前面还有 {ahead} 位，预计等待约 {minutes} 分钟。等待期间您可以继续留言，客服接入后会看到。',
    en: 'There are {ahead} people ahead of you (about {minutes} min). You can keep typing while you wait; the agent will see it.',
  },
  /** The lobby screen's caption after the queued lead: the place and wait are on its queue line and card. */
  queueKiosk: {
    'zh-CN': '等待期间您可以继续留言，客服接入后会看到。',
    en: 'You can keep typing while you wait; the agent will see it.',
  },
  stillQueued: {
    'zh-CN': '您的留言已转给人工客服，请稍候（前面还有 {ahead} 位）。',
    en: "I've passed your message on to the agent; please hold on ({ahead} ahead of you).",
  },
  stillQueuedNext: {
    'zh-CN': '您的留言已转给人工客服，您是下一位，请稍候。',
    en: "I've passed your message on to the agent; you're next in line, please hold on.",
  },
  agentJoined: {
    'zh-CN': '人工客服 {name} 已接入，正在为您服务。',
    en: '{name} from our team has joined and will help you now.',
  },
  agentLost: {
    'zh-CN': '人工客服的连接中断了，我是智能助手，先继续为您服务；如仍需要人工，请说“转人工”。',
    en: 'The agent lost their connection, so I, the assistant, am back with you; say "talk to a human" if you still need a person.',
  },
  returned: {
    'zh-CN': '人工服务已结束，我是智能助手，继续为您服务。还有什么可以帮您？',
    en: 'The agent has handed you back to me, the assistant. What else can I help with?',
  },
  cancelled: {
    'zh-CN': '好的，不再为您等待人工客服，我继续为您服务。',
    en: "Okay, you're no longer waiting for an agent. I'm still here to help.",
  },
  leftAgent: {
    'zh-CN': '您已结束与人工客服的对话，我是智能助手，继续为您服务。还有什么可以帮您？',
    en: "You've ended the chat with our agent. I'm the assistant again; what else can I help with?",
  },
  unavailableClosed: {
    'zh-CN': '抱歉，现在不是人工客服服务时间（{hours}）。您可以预约回电，或预约网点办理，我们会尽快联系您。',
    en: "Sorry, our team isn't available right now (service hours {hours}). You can request a callback or book a branch appointment instead.",
  },
  unavailableNoAgents: {
    'zh-CN': '抱歉，目前没有人工客服在线。您可以预约回电，或预约网点办理，我们会尽快联系您。',
    en: 'Sorry, nobody from our team is online right now. You can request a callback or book a branch appointment instead.',
  },
  /**
   * On a lobby screen the customer is standing in a branch: nobody online at the remote desk, but the branch's
   * own staff (the lobby manager, the counters) are a few steps away, so they are named, and a queue number
   * is offered instead of an appointment at a branch.
   */
  unavailableNoAgentsKiosk: {
    'zh-CN': '目前没有远程人工客服在线。您就在网点，可以找大堂经理，或取号到柜台办理；也可以预约回电。',
    en: "Nobody from our remote team is online right now. You're in the branch: the lobby manager can help, or take a number for the counter.",
  },
  unavailableClosedKiosk: {
    'zh-CN':
      '现在不是远程人工客服服务时间（{hours}）。您就在网点，可以找大堂经理，或取号到柜台办理；也可以预约回电。',
    en: "Our remote team is off now (hours {hours}). You're in the branch: the lobby manager can help, or take a number for the counter.",
  },
  /** The quick reply that takes a queue number at the branch (the queue_ticket flow). */
  takeNumber: { 'zh-CN': '取号', en: 'Take a queue number' },
  /** Before "nobody can take it now", the first time: the complaint acknowledged, the frustration owned. */
  unavailableLead: {
    complaint: {
      'zh-CN': '非常抱歉给您带来不好的体验，您的投诉我已经记下了。',
      en: "I'm very sorry about your experience, and I've noted your complaint.",
    },
    negative_sentiment: {
      'zh-CN': '很抱歉让您着急了，您说的情况我已经记下了。',
      en: "I'm sorry this has been frustrating; I've noted what you told me.",
    },
  },
  /** After a lead: nobody online, and what the customer can do instead. */
  unavailableNoAgentsAfterLead: {
    'zh-CN': '目前没有人工客服在线，您可以预约回电，或预约网点办理，我们会尽快联系您。',
    en: 'Nobody from our team is online right now; you can request a callback or book a branch appointment instead.',
  },
  unavailableClosedAfterLead: {
    'zh-CN': '现在不是人工客服服务时间（{hours}），您可以预约回电，或预约网点办理，我们会尽快联系您。',
    en: "Our team isn't available right now (service hours {hours}); you can request a callback or book a branch appointment instead.",
  },
  /**
   * A later message while nobody can take the conversation, after the customer was told so: what they said is
   * kept with the conversation, which whoever calls back sees if the customer asks for a callback (none was
   * asked for yet: nobody else will read it), instead of the same paragraph again.
   */
  unavailableNoted: {
    'zh-CN':
      '您说的情况我已记下：预约回电的话，回电的客服会看到。需要回电请点“预约回电”，也可以预约网点办理。',
    en: 'Noted: if you request a callback, the colleague who calls you back will see what you said. Tap "Request a callback", or book a branch appointment.',
  },
  /** `unavailableNoted` once the customer has asked for a callback. */
  unavailableNotedCallback: {
    'zh-CN': '您说的情况我已记下，给您回电的客服会看到。也可以预约网点办理。',
    en: 'Noted: the colleague who calls you back will see what you said. You can also book a branch appointment.',
  },
  /**
   * A message the assistant cannot place, soon after the customer was told nobody can take the conversation:
   * said so, and how a person can follow it up (no callback asked for yet).
   */
  unplacedNoAgents: {
    'zh-CN':
      '抱歉，这个我暂时帮不上。目前仍没有人工客服在线：需要人工跟进请点“预约回电”，回电的客服能看到这段对话；也可以预约网点办理。',
    en: 'Sorry, I can\'t help with that one. Nobody from our team is online yet: tap "Request a callback" for a person to follow it up, or book a branch appointment.',
  },
  /** `unplacedNoAgents` once the customer has asked for a callback. */
  unplacedCallback: {
    'zh-CN': '抱歉，这个我暂时帮不上；您说的情况给您回电的客服会看到。',
    en: "Sorry, I can't help with that one; the colleague who calls you back will see what you said.",
  },
  /**
   * When people are there to talk to ("那人工什么时候上班", "when will someone be available?"): the service hours
   * ({hours}) and whether anyone is online now.
   */
  agentHoursOpen: {
    'zh-CN': '人工客服的服务时间是{hours}，现在就有人工客服在线，需要的话请说“转人工”。',
    en: 'Our team is available {hours}, and someone is online now: say "agent" if you\'d like to talk to them.',
  },
  agentHoursNoAgents: {
    'zh-CN': '人工客服的服务时间是{hours}，但现在暂时没有人工客服在线。您可以预约回电，或预约网点办理。',
    en: 'Our team is available {hours}, but nobody is online right now. You can request a callback or book a branch appointment instead.',
  },
  agentHoursClosed: {
    'zh-CN': '人工客服的服务时间是{hours}，现在不在服务时间内。您可以预约回电，或预约网点办理。',
    en: "Our team is available {hours}; it's outside those hours now. You can request a callback or book a branch appointment instead.",
  },
  /** {hours} when the team works around the clock (`HANDOFF_HOURS=00:00-24:00`). */
  hoursAllDay: { 'zh-CN': '全天 24 小时', en: 'around the clock' },
  /** The quick reply that asks for a person now. */
  askForAgent: { 'zh-CN': '转人工', en: 'talk to a human' },
  /** `unavailableNoted` while the customer is still queued for the first agent who comes online. */
  waitingNoted: {
    'zh-CN': '您说的情况我已记下，客服上线后会看到。您也可以预约回电，或预约网点办理。',
    en: 'Noted: the first agent who comes online will see what you said. You can also request a callback or book a branch appointment.',
  },
  /** Before `fraudFollowUp` when the customer says they stopped the payment (the warning's `fraudAck`). */
  fraudStoppedAck: {
    'zh-CN': '好的，这样做是对的。',
    en: "Good, that's the right thing to do.",
  },
  /** A message in a fraud case after the warning: what to do now, in short, never the whole warning again. */
  fraudFollowUp: {
    'zh-CN':
      '请不要转账，也不要向任何人透露验证码或密码；对方还在联系您的话请直接挂断，拨打反诈专线 96110 核实。',
    en: "Don't transfer any money, and don't share any code or password with anyone; if they're still calling or messaging you, hang up and call the anti-fraud line 96110 to check.",
  },
  /** A victim asking whether the money can be got back: what gives it a chance, and the next scam to avoid. */
  fraudMoneyBack: {
    'zh-CN':
      '如果钱已经转出，请马上拨打 110 报警，并拨打银行卡背面的客服热线申请紧急止付：越早报案，越有机会冻结对方账户里的钱。请保留转账记录、聊天记录和对方的电话号码；不要再给任何人转账，声称能帮您“追回损失”的人也是骗子。',
    en: 'If the money has already gone, call the police (110) now and the number on the back of your card to ask for an emergency stop: the sooner it is reported, the better the chance the money is frozen in the other account. Keep the transfer records, the messages and their phone number; don\'t send anyone more money, and anyone who offers to "recover your losses" is a scammer too.',
  },
  fraudMoneyBackKiosk: {
    'zh-CN': '钱已转出的话，马上拨打 110 报警并申请紧急止付，越早越好。',
    en: 'If the money has gone, call 110 now and ask for an emergency stop: the sooner the better.',
  },
  fraudFollowUpKiosk: {
    'zh-CN': '不要转账，不要透露验证码，挂断对方电话，拨打 96110 核实。',
    en: "Don't transfer money or share any code; hang up and call 96110 to check.",
  },
  /** After an article answered in a fraud case, before where the case stands (question_while_waiting.ts). */
  fraudCaseReminder: {
    'zh-CN': '另外提醒您：请不要给任何人转账，也不要透露验证码或密码。',
    en: "And a reminder: don't send anyone money or share any code or password.",
  },
  /** After `fraudFollowUp` while nobody can take the case. */
  fraudFollowUpNoAgents: {
    'zh-CN': '目前仍没有人工客服在线，您的情况已优先登记，转账仍然暂停。',
    en: 'Nobody from our team is online yet; your case is flagged first and transfers stay on hold.',
  },
  /** "这有什么问题吗" / "why not?" after the warning about a relative in trouble (fraud/why_a_scam.ts). */
  whyRelativeInTrouble: {
    'zh-CN':
      '这是常见的“亲人出事”骗局：有人说您的亲人出事了（被拘留、出车祸、住院），由“律师”或陌生人出面要钱，还催您今天马上转、不让告诉别人。真正的律师和警方不会这样让家属转账。请先用您一直存着的号码直接打给这位亲人，或问问其他家人；核实之前，一分钱都不要转。',
    en: 'This is a well-known scam: someone says a relative of yours is in trouble (arrested, in an accident, in hospital), a "lawyer" or a stranger asks for the money, and it has to be sent today, often in secret. Real lawyers and police never ask family to send money like this. Call your relative yourself on the number you already have, or another family member, and don\'t pay anything until you have spoken to them.',
  },
  /** Before the schemes' sentences, when asked why (fraud/why_a_scam.ts). */
  whyLead: { 'zh-CN': '为什么说这很像诈骗：', en: 'Why this looks like a scam:' },
  whyGeneral: {
    'zh-CN':
      '对方催您马上转账、不给您时间核实，正是骗子的常用手法；请先用您自己存的号码联系对方本人核实，核实之前不要转账。',
    en: "Being pushed to pay at once, with no time to check, is exactly how scams work: check with the person yourself on a number you already have, and don't pay until you have.",
  },
  /** "那我该怎么办" after the warning: the lead of the numbered next steps (fraud/next_steps.ts). */
  nextStepsLead: {
    'zh-CN': '接下来请这样做：',
    en: "Here's what to do now:",
  },
  nextStepStop: {
    'zh-CN': '停止付款：不要再给对方转账或借钱，挂断电话，不再回复对方。',
    en: "Stop paying: don't transfer or send them any more money, or borrow any for them; hang up and stop replying.",
  },
  nextStepStopScreen: {
    'zh-CN': '马上关掉屏幕共享，卸载对方让您装的软件；不要再转账，挂断电话，不再回复对方。',
    en: "Stop the screen sharing now and delete the app they had you install; don't send any money, hang up and stop replying.",
  },
  nextStepStopPlatform: {
    'zh-CN': '不要再往对方的平台或账户转钱、充值，也不要交任何“解冻费”“手续费”；不再回复对方。',
    en: 'Don\'t pay anything more into their platform or account, and no "unfreezing" or "release" fee either; stop replying to them.',
  },
  nextStepStopLoan: {
    'zh-CN': '不要按对方说的去贷款或转账，挂断电话，不再回复对方。',
    en: "Don't take out any loan or send any money they ask for; hang up and stop replying.",
  },
  nextStepStopMule: {
    'zh-CN': '不要再让别人用您的账户收钱、转钱，也不要把银行卡、U盾交给别人。',
    en: "Don't let anyone move money through your account any more, and don't hand over your card or security key.",
  },
  nextStepNoCodes: {
    'zh-CN': '验证码、密码、卡号不要告诉任何人，自称银行或警察的人也不行。',
    en: "Don't share any code, password or card number with anyone, even someone who says they are the bank or the police.",
  },
  nextStepFreezeCode: {
    'zh-CN':
      '验证码、密码或卡号已经给了对方：马上冻结银行卡（点“立即冻结银行卡”），再修改手机银行登录密码和交易密码。',
    en: 'You gave them a code, a password or card details: freeze your card now (tap "Freeze my card now"), then change your app login and transaction passwords.',
  },
  nextStepFreezeMisuse: {
    'zh-CN': '马上冻结银行卡（点“立即冻结银行卡”），并保留交易短信和记录。',
    en: 'Freeze your card now (tap "Freeze my card now") and keep the transaction messages and records.',
  },
  nextStepCall: {
    'zh-CN': '拨打反诈专线 96110 或银行卡背面的 24 小时客服热线核实；已经有损失的，请拨打 110 报警。',
    en: 'Call the anti-fraud line 96110 or the 24-hour number on the back of your card to check; if you have lost money, call the police (110).',
  },
  nextStepCallPolice: {
    'zh-CN': '钱已经被转走的，马上拨打 110 报警，并拨打银行卡背面的 24 小时客服热线申请紧急止付。',
    en: 'If money has gone, call the police (110) now, and the 24-hour number on the back of your card to ask for an emergency stop.',
  },
  /** The lobby screen's caption of the next steps. */
  nextStepsKiosk: {
    'zh-CN': '停止付款，挂断对方，不要透露验证码；拨打 96110，钱已转出请拨 110。',
    en: 'Stop paying, hang up, share no codes; call 96110, or 110 if money has gone.',
  },
  /** The caption when a code or card details were given, or the card was used without the customer. */
  nextStepsFreezeKiosk: {
    'zh-CN': '马上冻结银行卡并修改密码；不要再转账，拨打 96110，钱已转出请拨 110。',
    en: 'Freeze your card and change your passwords now; send nothing more; call 96110, or 110 if money has gone.',
  },
  /** Where a fraud case stands once a callback is booked (after the next steps). */
  fraudCallbackStands: {
    'zh-CN': '您的回电预约已登记，回电前转账仍然暂停。',
    en: 'Your callback is booked, and transfers stay on hold until we call.',
  },
  /** Small talk while waiting (small_talk_while_waiting.ts): where the conversation stands, in one line. */
  smallTalkNobodyOnline: {
    'zh-CN': '（人工客服目前仍不在线。）',
    en: '(Still nobody from our team online.)',
  },
  smallTalkCallbackBooked: {
    'zh-CN': '（您的回电预约已登记。）',
    en: '(Your callback is booked.)',
  },
  smallTalkQueued: {
    'zh-CN': '（您仍在排队等待人工客服。）',
    en: "(You're still in line for an agent.)",
  },
  /** A bare call for help ("help", "帮帮我"): the assistant's own menu, a person one tap away. */
  helpMenu: {
    'zh-CN':
      '请问需要什么帮助？您直接告诉我要办的事就行，比如查余额、转账、挂失或查网点；需要人工的话请说“转人工”。',
    en: 'What can I help you with? Tell me what you need, such as your balance, a transfer, a lost card or branch details; say "agent" for a person.',
  },
  /** "can you speak English?" / "你会说中文吗": both languages, the one the customer writes in. */
  languageAnswer: {
    'zh-CN':
      '可以的，我可以用中文或英文（English）为您服务：您用哪种语言输入，我就用哪种语言回复。请问有什么可以帮您？',
    en: 'Yes, I can help you in English or in Chinese (中文): I reply in the language you write in. What can I help you with?',
  },
  callbackAskPhone: {
    'zh-CN': '好的。请留下方便接听的手机号码，我们会在服务时间内给您回电；回电时客服会先核实您的身份。',
    en: "Sure. Please leave a mobile number we can call you on; we'll call during service hours, and our agent will confirm who you are first.",
  },
  callbackNotedTo: {
    'zh-CN': '已为您登记回电请求，客服将在服务时间内拨打 {phone} 联系您，并先核实您的身份。',
    en: "I've registered your callback request. Our team will call {phone} during service hours and confirm who you are first.",
  },
  callbackNoted: {
    'zh-CN': '已为您登记回电请求，客服将在服务时间内拨打您在本行预留的手机号码联系您。',
    en: "I've registered your callback request. Our team will call the phone number registered with us during service hours.",
  },
  callbackInsteadOfQueue: {
    'zh-CN': '您不用再在线等待人工客服了：我们只会通过这次回电联系您一次，不会再另外联系您。',
    en: "You don't need to wait here for an agent any more: this call is how we'll contact you, just once.",
  },
  callbackFraudHold: {
    'zh-CN': '在回电之前，转账仍然暂停；情况紧急请立即拨打反诈专线 96110。',
    en: "Until we call, transfers stay on hold; if it's urgent, call the anti-fraud line 96110 now.",
  },
  /** The lobby screen's caption of a registered callback; the number and what happens on the call are on the card. */
  callbackKiosk: {
    'zh-CN': '已为您登记回电，客服会在服务时间内联系您。',
    en: "Callback registered; we'll call you in service hours.",
  },
  callbackInsteadOfQueueKiosk: {
    'zh-CN': '您不用再在这里等待人工客服了。',
    en: 'No need to wait here any more.',
  },
  callbackFraudHoldKiosk: {
    'zh-CN': '回电前转账仍然暂停，紧急请拨打 96110。',
    en: 'Transfers stay on hold; call 96110 if urgent.',
  },
  /** Spoken at the lobby screen instead of `callbackNotedTo`: the number is on the screen, not said aloud. */
  callbackNotedGiven: {
    'zh-CN': '已为您登记回电请求，客服将在服务时间内拨打您留下的号码联系您，并先核实您的身份。',
    en: "I've registered your callback request. Our team will call the number you gave during service hours and confirm who you are first.",
  },
  callbackCardTitle: { 'zh-CN': '回电登记', en: 'Callback request' },
  callbackNumber: { 'zh-CN': '回电号码', en: 'We will call' },
  callbackRegisteredNumber: { 'zh-CN': '您在本行预留的手机号码', en: 'The number registered with us' },
  callbackWhen: { 'zh-CN': '回电时间', en: 'When' },
  callbackServiceHours: { 'zh-CN': '人工客服服务时间内', en: 'During service hours' },
  callbackOnTheCall: { 'zh-CN': '接听时', en: 'On the call' },
  callbackVerifyFirst: { 'zh-CN': '客服会先核实您的身份', en: 'Our agent confirms who you are first' },
  notAComplaint: {
    'zh-CN': '明白，不是投诉。请问您想了解什么？我可以帮您查询账户、转账、银行卡、理财、网点等业务。',
    en: 'Understood, not a complaint. What would you like to know? I can help with accounts, transfers, cards, savings or branches.',
  },
  contactInfo: {
    'zh-CN':
      '客服热线印在银行卡背面，也可以在手机银行 App 首页找到。需要的话，直接说“转人工”，我现在就为您接通人工客服。',
    en: 'Our service hotline is printed on the back of your card and shown on the app home screen. If you like, just say "agent" and I will connect you to our team now.',
  },
  thanksForPraise: {
    'zh-CN': '谢谢您的认可！还有什么可以帮您？',
    en: "Thank you, that's good to hear! Anything else I can help with?",
  },
  antiFraudAdvice: {
    'zh-CN':
      '银行工作人员不会向您索要密码或验证码，也不会要求您把钱转到“安全账户”。接到可疑电话或短信请不要点链接、不要转账，挂断后拨打银行卡背面的官方客服电话核实，或拨打反诈专线 96110。',
    en: 'Bank staff will never ask for your password or verification code, or tell you to move money to a "safe account". If a call or text seems suspicious, do not click links or transfer money; hang up and call the number on the back of your card, or the anti-fraud line 96110.',
  },
  /** The lobby screen's caption of `antiFraudAdvice`; what to do and whom to call are on the card. */
  antiFraudAdviceKiosk: {
    'zh-CN': '银行不会索要密码或验证码，也不会让您把钱转到“安全账户”。可疑来电请挂断，拨打 96110 核实。',
    en: 'Banks never ask for your password or code, or tell you to move money to a "safe account". If in doubt, hang up and call 96110.',
  },
  antiFraudTitle: { 'zh-CN': '防诈骗提示', en: 'Staying safe from scams' },
  fraudTitle: { 'zh-CN': '防诈骗提醒', en: 'Scam warning' },
  fraudText: {
    'zh-CN':
      '请立即停止操作！您描述的情况很像诈骗：银行、公检法不会要求您把钱转到“安全账户”，任何人索要验证码都是诈骗。请不要转账、不要透露验证码或密码。',
    en: 'Please stop now! What you describe looks like a scam: banks and police never ask you to move money to a "safe account", and anyone asking for your verification code is a scammer. Do not transfer money or share any code or password.',
  },
  /** The warning when the scheme is known: what to know about it (fraud/scheme_warnings.ts) in `{facts}`. */
  fraudSchemeText: {
    'zh-CN': '请立即停止操作！您描述的情况很像诈骗：{facts}请不要转账、不要透露验证码或密码。',
    en: 'Please stop now! What you describe looks like a scam. {facts} Do not transfer money or share any code or password.',
  },
  /** Before the article that explains what a complaint is about (article_meanwhile.ts). */
  meanwhileArticle: {
    'zh-CN': '关于“{title}”，先把相关规定告诉您：',
    en: 'In the meantime, here is how "{title}" works:',
  },
  fraudNoAgents: {
    'zh-CN':
      '目前没有人工客服在线，请立即拨打银行卡背面的 24 小时客服热线或反诈专线 96110；如已被骗，请拨打 110 报警。',
    en: 'Nobody from our team is online right now: please call the 24-hour number on the back of your card now, or the anti-fraud line 96110; if you have lost money, call the police (110).',
  },
  fraudClosed: {
    'zh-CN':
      '现在不是人工客服服务时间（{hours}），请立即拨打银行卡背面的 24 小时客服热线或反诈专线 96110；如已被骗，请拨打 110 报警。',
    en: "Our team isn't available right now (service hours {hours}): please call the 24-hour number on the back of your card now, or the anti-fraud line 96110; if you have lost money, call the police (110).",
  },
  fraudFlagged: {
    'zh-CN':
      '您的情况已优先登记，客服上线后会首先处理；您也可以预约回电，或预约网点办理。在此之前，任何转账都会被暂停。',
    en: 'Your case is flagged so the first agent to come online sees it first; you can also request a callback or book a branch appointment. Until then, any transfer is put on hold.',
  },
  waitingNoAgents: {
    'zh-CN': '目前仍没有人工客服在线，您的留言已保存，客服上线后会看到。您可以预约回电，或预约网点办理。',
    en: 'Nobody from our team is online yet. Your messages are saved for the first agent who comes online. You can request a callback or book a branch appointment.',
  },
  waitingNoAgentsFraud: {
    'zh-CN':
      '目前仍没有人工客服在线，您的留言已保存，客服上线后会首先处理。情况紧急请立即拨打银行卡背面的客服热线或反诈专线 96110；您也可以预约回电。',
    en: 'Nobody from our team is online yet. Your messages are saved and the first agent who comes online will take your case first. If it is urgent, call the number on the back of your card or 96110 now; you can also request a callback.',
  },
  /** The lobby screen's caption of `waitingNoAgentsFraud`; the hotlines are on the card. */
  waitingNoAgentsFraudKiosk: {
    'zh-CN': '目前仍没有人工客服在线，您的情况已优先登记，转账仍然暂停。紧急请拨打 96110。',
    en: "Nobody from our team is online yet; your case is flagged and transfers stay on hold. If it's urgent, call 96110.",
  },
  /** The lobby screen's caption of the warning: short enough to read at a glance (the rest is spoken). */
  fraudKiosk: {
    'zh-CN': '请立即停止操作！这很像诈骗：不要转账，不要透露验证码。反诈专线 96110。',
    en: "Please stop now! This looks like a scam. Don't transfer money or share any code. Call 96110.",
  },
  fraudNoAgentsKiosk: {
    'zh-CN': '目前没有人工客服在线，转账已为您暂停。',
    en: 'Nobody from our team is online; transfers are on hold.',
  },
  fraudClosedKiosk: {
    'zh-CN': '现在不是人工客服服务时间，转账已为您暂停。',
    en: "Our team isn't available right now; transfers are on hold.",
  },
  /** Spoken on the lobby screen after the scam warning when nobody at the remote desk can take the case. */
  fraudBranchStaff: {
    'zh-CN': '您就在网点，请马上找大堂经理或柜台工作人员帮您处理。',
    en: "You're in the branch: please go to the lobby manager or a counter now and they will help you.",
  },
  cardMisuseKiosk: {
    'zh-CN': '建议先立即冻结这张卡，防止继续被盗刷：请点击“立即冻结银行卡”。',
    en: 'Freeze the card first so it can\'t be used again: tap "Freeze my card now".',
  },
  fraudCall: { 'zh-CN': '求助电话', en: 'Call' },
  fraudHotlines: {
    'zh-CN': '反诈专线 96110；银行卡背面的 24 小时客服热线；如已被骗请拨打 110 报警',
    en: 'Anti-fraud line 96110; the 24-hour number on the back of your card; the police (110) if you have lost money',
  },
  fraudDoNow: {
    'zh-CN': '挂断可疑电话；不要转账、不要借款；不要透露验证码、密码；不要下载共享屏幕软件',
    en: "Hang up on the caller; don't transfer or borrow money; never share codes or passwords; don't install screen-sharing apps",
  },
  cardMisuseTitle: { 'zh-CN': '银行卡疑似被盗刷', en: 'Possible unauthorised card use' },
  cardMisuseText: {
    'zh-CN':
      '很抱歉遇到这种情况，您的资金安全最要紧。建议先立即冻结这张卡，防止继续被盗刷：点击“立即冻结银行卡”，验证身份后马上生效。请保留交易短信。',
    en: "I'm sorry this happened; let's protect your money first. Freeze the card now so it can't be used again: tap \"Freeze my card now\" and it takes effect as soon as you're verified. Keep the transaction messages.",
  },
  cardMisuseDoNow: {
    'zh-CN': '立即冻结银行卡；保留交易短信和记录；如有损失请报警',
    en: 'Freeze the card now; keep the transaction messages; report any loss to the police',
  },
  /** After the warning when a code or password was already given away (fraud/code_already_given.ts). */
  codeGivenSteps: {
    'zh-CN':
      '验证码或密码已经告诉对方的话，请马上冻结银行卡（点击“立即冻结银行卡”，我来帮您办理），并尽快修改手机银行登录密码和交易密码。',
    en: 'If you have already given them a code or a password, freeze your card now (tap "Freeze my card now" and I will do it for you) and change your app login and transaction passwords as soon as you can.',
  },
  freezeNowLabel: { 'zh-CN': '立即冻结银行卡', en: 'Freeze my card now' },
  /** What the button sends: the words that start the freeze_card flow. */
  freezeNowText: { 'zh-CN': '帮我冻结银行卡', en: 'freeze my card' },
  fraudWhat: { 'zh-CN': '疑似诈骗类型', en: 'Looks like' },
  fraudAction: { 'zh-CN': '请您现在', en: 'Do now' },
  fraudAck: { 'zh-CN': '我已停止转账', en: "I've stopped" },
  /** Leaving the queue: never "cancel transfer", which a scam victim could read as stopping a payment. */
  cancelQueue: { 'zh-CN': '不等人工了，继续和助手聊', en: 'Stop waiting for an agent' },
  requestCallback: { 'zh-CN': '预约回电', en: 'Request a callback' },
  bookAppointment: { 'zh-CN': '预约网点办理', en: 'Book a branch appointment' },
  queueCardTitle: { 'zh-CN': '人工客服排队', en: 'Waiting for an agent' },
  queuePosition: { 'zh-CN': '排队位置', en: 'Position' },
  queueWait: { 'zh-CN': '预计等待', en: 'Estimated wait' },
  minutes: { 'zh-CN': '{minutes} 分钟', en: '{minutes} min' },
} as const;

export const FRAUD_SCHEME_NAMES: Record<string, Record<Locale, string>> = {
  safe_account: { 'zh-CN': '“安全账户”转账诈骗', en: '"Safe account" transfer scam' },
  authority_impersonation: { 'zh-CN': '冒充公检法诈骗', en: 'Police / prosecutor impersonation' },
  investment_teacher: { 'zh-CN': '投资理财“导师”“带单”诈骗', en: 'Investment "mentor" scam' },
  code_request: { 'zh-CN': '索要验证码诈骗', en: 'Someone asking for your code' },
  refund_loan: { 'zh-CN': '冒充客服退款、诱导贷款诈骗', en: '"Refund agent" pushing a loan' },
  loan_cancellation: { 'zh-CN': '注销“校园贷/网贷”诈骗', en: 'Fake loan cancellation' },
  remote_access: { 'zh-CN': '诱导共享屏幕诈骗', en: 'Screen-sharing / remote access scam' },
  advance_fee: { 'zh-CN': '先交费、刷单返利类诈骗', en: 'Advance-fee / task scam' },
  impersonation: { 'zh-CN': '冒充熟人、领导或客服', en: 'Impersonation of someone you trust' },
  victim_report: { 'zh-CN': '疑似已被骗', en: 'Possible scam already happened' },
  money_mule: {
    'zh-CN': '出租出借银行卡、“跑分”“走账”（帮人收转钱款）',
    en: 'Money mule: lending your account to move money',
  },
  payee_change: { 'zh-CN': '“收款账户变更”冒充诈骗', en: 'Payee "changed bank details" scam' },
  recovery_scam: { 'zh-CN': '收费“追回被骗资金”诈骗', en: 'Paid "scam recovery" scam' },
  romance_scam: { 'zh-CN': '网恋交友诈骗', en: 'Romance scam (online partner asking for money)' },
};

export function say(
  key: Exclude<keyof typeof HANDOFF_MESSAGES, 'queuedLead' | 'unavailableLead'>,
  locale: Locale,
  vars: Record<string, string | number> = {},
): string {
  return fill(HANDOFF_MESSAGES[key][locale], vars);
}

export function leadFor(reason: HandoffReason, locale: Locale): string {
  return HANDOFF_MESSAGES.queuedLead[reason][locale];
}

/** The lead of "nobody can take it now" for a reason that has one (a complaint, frustration), else null. */
export function unavailableLeadFor(reason: HandoffReason, locale: Locale): string | null {
  const leads: Partial<Record<HandoffReason, Record<Locale, string>>> = HANDOFF_MESSAGES.unavailableLead;
  return leads[reason]?.[locale] ?? null;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
