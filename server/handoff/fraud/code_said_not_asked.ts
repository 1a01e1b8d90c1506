/**
 * A code, a PIN or a password the customer says nobody asked for ("他们也没问验证码啥的", "没让我报密码", "They didn't
 * ask for my PIN or anything", "never asked for a code"): told of the bank's own check call to show it was genuine,
 * the words name the code only to say it stayed with the customer. Cut out before the detector's cues are matched,
 * so the code-request rules do not read an ask in them; every other part of the story (a safe account, an app, a
 * link, money moved) is still read, and a code asked for anywhere else in the message still counts.
 */

const ZH_NOT_ASKED =
  /(也|都|并|根本|完全)?没(有)?(问|要|索要|让我(说|报|念|提供|给|输)|叫我(说|报|念|提供|给|输))(过)?(我)?(要)?(的)?(手机|短信)?(验证码|动态码|校验码|密码|卡号|cvv|安全码)(啥的|什么的|之类的|这些|那些)?/gu;

const EN_NOT_ASKED =
  /\b(didn'?t|did not|never|don'?t|do not|doesn'?t|does not|(no ?one|nobody|no one) (ever )?)\s?(ask|asked|request|requested|want|wanted|need|needed)( me)?( for| to (give|read|share|tell))?( me)? (my |a |the |any |your )?(card )?(pin|code|otp|passcode|password|security code|card details|card number)s?( or (anything|any other details|anything else|whatever))?\b/g;

/**
 * Something else asked for or handed over beside it ("没问密码，只要了验证码", "didn't ask for my PIN, but had me read out
 * the number on the back of my card"): a contrast or a detail given anywhere in the message leaves it whole.
 */
const ASKED_INSTEAD =
  /但|不过|而是|却|倒是|只(是)?(要|问|让|叫)|就(要|问|让|叫)|念给|报给|念了|报了|告诉(了)?(他|她|对方|他们)|给了(他|她|对方|他们)|\b(but|just|only|except|instead|apart from|though|however|read out|read (it|him|her|them)|gave (it|him|her|them)|told (him|her|them)|shared|typed|entered)\b/u;

/** The message with every code said not to have been asked for taken out. */
export function withoutCodesSaidNotAsked(lower: string): string {
  if (ASKED_INSTEAD.test(lower)) return lower;
  return lower.replace(ZH_NOT_ASKED, ' ').replace(EN_NOT_ASKED, ' ');
}
