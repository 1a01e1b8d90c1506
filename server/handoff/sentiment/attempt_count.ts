/**
 * How many times the customer tried a step themselves ("the passcode isn't coming through, tried 3 times",
 * "验证码试了三次都没收到") is a problem report, not a claim of having to repeat themselves to the bank ("I've told
 * you three times", "打了五次电话"). With no word of anger beside it, it weighs as a mild problem.
 */

/** An attempt count, global (for blanking it before the repetition markers are read). */
export const ATTEMPT_COUNT =
  /\b(tried|tries|trying|attempted|retried)\b( it| again| to \w+( it)?)?,? (\d+|two|three|four|five|a few|several|a couple of) times\b|\b(tried|retried|attempted) (it )?twice\b|(试|尝试|重试)了?(好)?(\d+|两|二|三|四|五|几)(次|遍|回)/g;

/** Score added for an attempt count told calmly (a mild problem word). */
export const ATTEMPT_PENALTY = -0.3;
