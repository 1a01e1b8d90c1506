/**
 * A large cash withdrawal booked because the bank's own counter asked for notice: "我要去柜台取十万现金，柜员说要提前一天
 * 预约，那我现在怎么预约", "the teller said I have to give a day's notice to take out £20,000 cash, how do I book it?". The
 * only one telling the customer what to do is the bank's own staff, about its own rule, so the model's scam reading
 * of "large cash" stands down. Anyone else in it (对方, 警察, a "courier" coming to collect, someone waiting for the
 * cash, secrecy) keeps the alarm: "他们让我取十万现金，柜员说要预约" is no booking of the customer's own.
 */
import { ruleText } from '../rule_text.ts';

const CASH = /(取|提|支取)[^，。！？]{0,8}(现金|现钞)|\b(withdraw|take out|draw out)\b[^.!?]{0,20}\bcash\b/;
const BANK_ASKS_NOTICE =
  /(柜员|柜台|网点|大堂经理|银行|你们)(的人)?(说|讲|告诉我|通知)[^，。！？]{0,10}(要|得|需要|必须)[^，。！？]{0,6}预约|\b(teller|branch|cashier|counter staff|bank)\b[^.!?]{0,12}\b(said|says|told me)\b[^.!?]{0,30}\b(book|notice|appointment|order it)\b/;
/** Anyone but the bank in the story, or a red flag of a scam around cash. */
const SOMEONE_ELSE =
  /对方|他们让|有人|警察|公安|检察|法院|老师|客服让|朋友|网友|男朋友|女朋友|对象|上门|来取|来拿|交给|送到|送去|给他|给她|别告诉|不要告诉|不能告诉|保密|安全账户|投资|理财师|中介|\b(they told|someone|police|officer|courier|collect|hand (it )?(over|to)|give (it )?to|secret|don'?t tell|safe account|investment|agent)\b/;

/** A cash withdrawal booked at the bank's own request, nobody else in it (see the file comment). */
export function isCashBookingTheBankAskedFor(text: string): boolean {
  const lower = ruleText(text);
  return CASH.test(lower) && BANK_ASKS_NOTICE.test(lower) && !SOMEONE_ELSE.test(lower);
}
