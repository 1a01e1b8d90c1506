/**
 * A vent about something else that goes on about it, clause by clause, before a plain request of the bank
 * (`off_topic_clause.ts`): the pay the employer docked told as an amount ("上班迟到被扣两百", "got docked $40 for
 * being late to work"), the price the party just named put up ("跟物业吵了一架，停车费一年涨了一千二", "had a row with
 * the landlord, he put the rent up by 150"), and the examiner of the test just failed ("failed my driving test
 * again, the examiner was a nightmare", "科目二又挂了，考官全程黑脸"). None of it is the bank's doing.
 *
 * Not when the clause names the bank, its card, its fees or the customer's account: `off_topic_clause.ts` checks
 * that before using these.
 */

/**
 * The employer docking the customer's pay, told as an amount: late for work or a missed clock-in, then 被扣 or 被罚
 * and a sum ("迟到被扣两百", "打卡晚了被罚了50"), or "docked/fined $40 … for being late / at work".
 */
const PAY_DOCKED_BY_AN_AMOUNT =
  /(上班|迟到|早退|考勤|打卡|全勤)[^，。！？,.!?]{0,8}被(扣|罚)(了)?[零一二两三四五六七八九十百千\d]+(块|元|块钱)?(?![^，。！？,.!?]*(卡|账户|利息|手续费|年费))|\b(docked|fined)( me)? (\$|£|€|rs\.? ?)?\d+( (bucks|quid|dollars|pounds|euros|rupees))?\b[^,.!?]{0,25}\b(late|shift|work|clock(ing)? in)\b/;

/** Whether a lower-cased clause tells the employer docking the customer's pay by an amount. */
export const isPayDockedByAnAmount = (clause: string): boolean => PAY_DOCKED_BY_AN_AMOUNT.test(clause);

/**
 * After a clause about someone else: the price they put up ("停车费一年涨了一千二", "物业费又涨价了", "he put the rent up
 * by 150", "the parking went up by 20 a month"), or the examiner of the test just named ("the examiner was a
 * nightmare", "考官全程黑脸").
 */
const GOES_ON_ABOUT_IT =
  /(停车费|物业费|房租|租金|学费|管理费|车位费|水费|电费|燃气费|价格|价钱)[^，。！？,.!?]{0,6}(涨|提价|加价|上调)|^\s*(那个|这个)?(考官|教练|监考(老师)?)|\b(put|puts|putting) (the|my|our) (rent|prices?|service charge|parking)( \w+)? up\b|\b(the )?(rent|prices?|service charge|parking)\b[^,.!?]{0,20}\b(went up|goes up|going up|gone up|up by|increased|rose)\b|\braised (the|my|our) (rent|prices?|service charge)\b|^\s*(the|that|this|my) (driving |test )?(examiner|instructor|invigilator)\b/;

/** Whether a lower-cased clause goes on about the off-topic subject just named (see above). */
export const goesOnAboutTheVentsSubject = (clause: string): boolean => GOES_ON_ABOUT_IT.test(clause);
