/**
 * A branch's amenity (the water dispenser, the printer, a pen) reported in passing, as a heads-up
 * (passing_remark_on_a_branch_amenity.ts): no frustration, even when the model reads it. The same report with a word of
 * exasperation or a repetition is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

const upset = firstMessageVerdict({}, frustrationAlarm(0.8));

describe('a branch amenity reported in passing', () => {
  it.each([
    '顺便说一句，一楼大厅的打印机好像没纸了',
    '提醒一下，二楼网点的空调好像坏了',
    'Just a heads-up, the pen on the counter at the Market Street branch is missing.',
    'FYI the water dispenser in the lobby is empty',
  ])('"%s" stays with the assistant', (text) => {
    expect(upset(text)).toBeNull();
  });

  it.each([
    '顺便说一下，你们饮水机又没水了，每次来都这样',
    'FYI the toilets at your branch are disgusting, again!',
  ])('"%s" is still frustration', (text) => {
    expect(upset(text)?.reason).toBe('negative_sentiment');
  });
});
