/**
 * A regular payment the customer receives (a benefit, an allowance, a pension, the salary) not in yet on the day it
 * usually comes, and asked after: "my Carer's Payment normally lands Wednesday morning, not there yet — is something
 * processing?", "退休金一般每月15号到，今天还没看到，是不是还在路上". The customer knows when the money is due and asks
 * the bank whether it is on its way: a question about a delay, as `delay_question.ts` reads one (its "still nothing"
 * and "pending" are the payment's state, not a wait said again), though the payment is not one the customer sent.
 *
 * Not when the wait has run to days or weeks, or the message says more than the question: a word of exasperation,
 * "again", what it costs the customer (rent, bills, the landlord), a complaint or a threat.
 */

/** A regular payment the customer receives. */
const REGULAR_INCOME =
  /工资|薪水|养老金|退休金|低保|补贴|补助|助学金|抚恤金|失业金|社保|\b(allowance|benefits?|centrelink|jobseeker|universal credit|pension|salary|wages|pay ?day|payroll|paycheque|paycheck|child benefit|carer'?s (payment|allowance)|stipend|bursary|dividend|annuity)\b/;

/** It usually comes on a known day. */
const USUAL_DAY =
  /通常|一般|平时|往常|以往|每(个)?(月|周|星期|礼拜)|\b(usually|normally|always|typically|regularly|every (week|fortnight|month|monday|tuesday|wednesday|thursday|friday)|due (today|on)|paid on)\b/;

/** Not in yet today. */
const NOT_IN_YET =
  /还没(有)?(到|到账|发|进来|看到|显示|入账)|没(看到|到账)|\b(still (nothing|not (in|there|here|showing))|not (in|there|here|showing) yet|nothing (yet|so far|has come)|no sign( of it)?|(hasn'?t|has not) (come|landed|arrived|hit|gone in|shown up|cleared)( yet)?)\b/;

/** Asks whether it is on its way. */
const ASKS =
  /[?？]|吗|么|是不是|有没有|(查|看)(一)?下|\b(pending|processing|on (its|the) way|been sent|in transit|any (sign|update|delay|news))\b/;

/** A wait of days or more, exasperation, repetition, what it costs, a complaint or a threat. */
const MORE_THAN_A_QUESTION =
  /[!！]|[?？]{2,}|[一二两三四五六七八九十几\d多]+(个)?(天|礼拜|星期|周|月)|好几天|好久|又|到底|究竟|每次|凭什么|房租|房东|交不起|投诉|\b(days|weeks|months|since|again|every time|just saying|i guess|i suppose|rent|bills|landlord|overdrawn|ridiculous|seriously|joke|useless|complain(t)?|sick of|fed up|it'?s (now )?the \d+(st|nd|rd|th))\b/;

/** Whether a lower-cased message asks after a regular payment not in yet on its usual day (see the file comment). */
export function isUsualPaydayAskedAfter(lower: string): boolean {
  const text = lower.normalize('NFKC').replace(/[’‘]/g, "'");
  return (
    REGULAR_INCOME.test(text) &&
    USUAL_DAY.test(text) &&
    NOT_IN_YET.test(text) &&
    ASKS.test(text) &&
    !MORE_THAN_A_QUESTION.test(text)
  );
}
