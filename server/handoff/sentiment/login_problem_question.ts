/**
 * A calm question about a login problem: "I changed my phone number and now I can't get the OTP to log in. How
 * can I fix this?", "the app keeps logging me out every time I switch screens. Any idea what's going on?". The
 * symptom's words ("can't get", "keeps logging") are the lexicon's words of anger at the bank, learnt from
 * "I can't get anyone to help"; said of a code or a login and followed by a question how to fix it, they describe
 * the problem. The symptom is blanked (offsets kept) only when nothing else in the message is upset: how long or
 * how often it went on, "again", "useless", exclamation marks.
 */

/** The symptom: no code, or the app logging the customer out. */
const SYMPTOM =
  /\b(can'?t|cannot|can not|unable to|don'?t|do not|didn'?t) (get|receive)( the| my| a| any)? (otp|one[- ]time (code|password|passcode)|verification code|security code|sms code|login code|text code|code)s?\b|\bkeeps? (logging|signing|kicking|throwing) me out\b/g;

/** A question how to fix it or why it happens. */
const ASKS =
  /\b(how (can|do|should) i (fix|sort|solve|resolve|get)|how to fix|what should i do|what can i do|any idea (what|why|how)|any (fix|tips?|suggestions?)|why (is|does) (this|it|that)|what'?s (going on|causing|wrong))\b/;

/** More than a calm question: how long or how often, exasperation, anger. */
const MORE_THAN_A_QUESTION =
  /!|\b(again|still|ages|forever|all (day|week|morning)|every day|useless|ridiculous|seriously|joke|sick of|fed up|third|fourth|fifth|(\d+|two|three|four|five|several|many) (times|hours|days|weeks|tries|attempts))\b/;

/** The message is a calm question about a login problem (see the file comment). */
export function isCalmLoginProblemQuestion(lower: string): boolean {
  SYMPTOM.lastIndex = 0;
  const symptom = SYMPTOM.test(lower);
  SYMPTOM.lastIndex = 0;
  return symptom && ASKS.test(lower) && !MORE_THAN_A_QUESTION.test(lower);
}

/** When the symptom comes ("every time I switch screens"): its trigger, not a claim of asking again. */
const WHEN = /\bevery time i (switch|open|change|go|move|tap|close|lock|minimi[sz]e|leave|try to log)\b/g;

/** The text with its login symptom blanked (offsets kept), when it is a calm login question. */
export function withoutLoginSymptom(lower: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return lower.replace(SYMPTOM, blank).replace(WHEN, blank);
}
