/**
 * A firm or a tradesman that ran off with the customer's prepayment ("装修队收了定金就跑路了", "预付的钱找不着人", "the
 * builder did a runner with my deposit"), and the lawsuit the customer brought against them after it ("我已经起诉了",
 * "I'm taking him to small claims"): the anger and the threat of law are at them, not at the bank. Read by
 * `off_topic_clause.ts`: the running off is an off-topic subject, and a lawsuit right after it goes on about it. A clause
 * that names the bank, its card or its staff is still the bank's ("…你们银行也不给冻结，我要起诉你们").
 */

/** Ran off, vanished or cannot be found, with the prepayment (跑了 only with who ran: 跑了一上午 is time spent running about). */
export const RAN_OFF =
  /跑路|卷款|卷钱|(人|老板|公司|店|商家|师傅|中介|装修队)跑了(?![^，。！？,.!?]{0,3}(上午|下午|一天|一整天|半天|几趟|好几|一趟|两趟|三趟))|失联|人间蒸发|找不(着|到)人|\b(did a runner|done a runner|disappeared with|vanished with|ran off with|took off with|went bust with)\b/;

/** The customer's lawsuit against them: sued, filed, taken to court. */
export const SUED_THEM =
  /^\s*(我|我们)?(已经|也)?(起诉|告)(了)?(他|她|他们|对方)?(了)?\s*$|^\s*(我|我们)?(已经|也)?(去)?(法院)?(立(了)?案|打官司)(了)?\s*$|\b(i'?m|i am|we'?re|we are|i'?ve|we'?ve) (already )?(suing|sued|taking (him|her|them) to (court|small claims)|taken (him|her|them) to (court|small claims)|filed (a claim|in small claims))\b/;
