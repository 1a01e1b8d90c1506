/**
 * The customer asks which of their own account details to give someone who is about to pay them: a new employer
 * for the salary ("入职新公司，HR让提供工资卡信息，要给开户行和账号吗", "HR asked for my bank details for salary, which
 * do I give, sort code and account number?") or a private buyer of something the customer sells ("selling my old
 * bike, the buyer wants to pay by bank transfer, what details do I give him?", "闲鱼上卖旧冰箱，买家要转账，给他什么信
 * 息"). The classifier and the model hear a scam in a job, a buyer and bank details handed out; here the customer is
 * the one paid and gives only what a payer needs, so it counts as money coming in to the customer
 * (`money_coming_in.ts`): the intent's fraud report stands down, the model's alarm only when it is sure.
 *
 * Not when anything beyond the receiving details is asked for or sent (a card number, a CVV, a PIN, a password, a
 * login, a code, a link, a QR code), money goes out first (a fee, a deposit, training, equipment), the buyer
 * overpays or wants money back, a courier or an agent collects, or the job is a task or commission one.
 */

/** Asks which receiving details to give: account number, sort code, IFSC, 开户行, 账号. */
const WHICH_DETAILS =
  /\b(what|which) (bank )?(details|info|information)\b[^.?!]{0,30}\b(give|send|provide|share)\b|\b(give|send|provide|share)\b[^.?!]{0,20}\b(my )?(bank details|account details|account number|sort code|ifsc|iban|routing number)\b|\b(ifsc|sort code|routing number|iban)\b[^.?!]{0,20}\b(and|or|\+|&) (the )?account number\b|(提供|给|发|填)(他|她|对方|公司|hr|人事)?(什么|哪些|啥)(信息|资料)|(要|需要|得)(提供|给|填|发)[^，。！？]{0,8}(开户行|账号|卡号|户名)|(开户行|户名)(和|跟|、)(账号|卡号)/u;

/** Paid by a new employer for the salary, or by a buyer for something the customer sells. */
const PAYER =
  /\b(salary|payroll|wages?|my pay)\b[^.?!]{0,40}\b(hr|employer|new job|company|work|offer)\b|\b(hr|employer|new job|new company|got a job|starting (a|my) (new )?job|joined)\b[^.?!]{0,60}\b(salary|payroll|wages?|pay me)\b|\b(selling|sold|sell) (my|our|an?|the) (old |used |second-hand |spare )?\w+( \w+)?\b[^.?!]{0,60}\b(buyer|he|she|they)\b[^.?!]{0,20}\b(pay|paying|transfer|bank transfer)\b|\b(buyer|buying)\b[^.?!]{0,40}\b(pay|paying)\b[^.?!]{0,10}\bby (bank )?transfer\b|(入职|新公司|新单位|hr|人事)[^。！？]{0,20}(工资|薪资|发薪)|(工资|薪资)(卡)?[^。！？]{0,12}(hr|人事|公司)|(卖|出)(掉)?(我的|家里的)?(旧|二手|闲置)[^。！？]{0,20}买家[^。！？]{0,10}(转账|付款|打款)/u;

/** Anything beyond receiving details, money going out first, or a scheme's props. */
const SCHEME_SIGNS =
  /cvv|cvc|expiry|card number|\bpin\b|password|passcode|log ?in|login|online banking|\bcode\b|\botp\b|\blink\b|\bqr\b|\bfee|deposit|training|equipment|uniform|laptop|starter kit|overpa|refund|send (back|the difference)|difference|courier|shipping|agent|collect|pick ?up|escrow|paypal email|upgrade|task|commission|crypto|usdt|telegram|whatsapp|cheque|check (for|to)|验证码|密码|卡背|有效期|链接|二维码|手续费|保证金|押金|培训费|服装费|退款|多(付|转|打)了|差价|快递|物流|刷单|任务|佣金|返利|冻结|解冻|客服/u;

/** Whether a lower-cased message asks which receiving details to give an employer or a buyer (see the file comment). */
export function isDetailsGivenToBePaid(lower: string): boolean {
  return WHICH_DETAILS.test(lower) && PAYER.test(lower) && !SCHEME_SIGNS.test(lower);
}
