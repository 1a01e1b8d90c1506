/**
 * Grievances told as a wry remark or a polite word about the bank's own promises, each class in its own file: a
 * promised time reckoned absurdly ("24 hours in which time zone?", 马上是按年算的吗), a prize asked for an ordeal repeated
 * ("a prize for the tenth reset?"), the usual failure predicted ("let me guess, still 'processing'"), delight at the
 * bank's own contradiction ("love being told to visit the branch you shut"), what the fee pays for asked wryly, the
 * bank's reference or complaints route called a sham, feeling misled, and a charge the bank's advert said there
 * would not be. Read with the other understated grievances (`understated_grievance.ts`).
 */
import { isPromisedTimeMocked } from './promised_time_mocked.ts';
import { isPrizeForARepeatedOrdeal } from './prize_for_a_repeated_ordeal.ts';
import { isLetMeGuessTheUsual } from './let_me_guess_the_usual.ts';
import { isLoveBeingLetDown } from './love_being_let_down.ts';
import { isWhatTheFeePaysForAskedWryly } from './what_the_fee_pays_for_asked_wryly.ts';
import { isBanksProcessCalledASham } from './banks_process_called_a_sham.ts';
import { isFeelingMisledByTheBank } from './feeling_misled_by_the_bank.ts';
import { isChargeTheAdvertSaidThereWouldNotBe } from './charge_the_advert_said_there_would_not_be.ts';

/** A wry or polite grievance about the bank's own word (see the file comment). */
export function isWryRemarkAtTheBanksWord(text: string): boolean {
  return (
    isPromisedTimeMocked(text) ||
    isPrizeForARepeatedOrdeal(text) ||
    isLetMeGuessTheUsual(text) ||
    isLoveBeingLetDown(text) ||
    isWhatTheFeePaysForAskedWryly(text) ||
    isBanksProcessCalledASham(text) ||
    isFeelingMisledByTheBank(text) ||
    isChargeTheAdvertSaidThereWouldNotBe(text)
  );
}
