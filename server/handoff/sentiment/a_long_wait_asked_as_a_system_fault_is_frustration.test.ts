/**
 * A wait of many minutes told before asking whether the system is at fault ("等了四十多分钟…是不是系统出故障了", "Waited
 * 35 minutes… Is your system down?"): frustration at the wait, not a calm question whether the app is down
 * (sentiment/outage_question.ts), so the model's frustration stands. The calm question alone still stays.
 */
import { describe, expect, it } from 'vitest';
import { verdictReadThroughAFixedModel } from '../testing/verdict_read_through_a_fixed_model.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

// The model hearing the frustration (it read such a message 1.00).
const alarmed = verdictReadThroughAFixedModel(frustrationAlarm(0.95));

describe('a long wait asked as a system fault', () => {
  it.each([
    '等了四十多分钟还没叫到我的号，前面就几个人，是不是系统出故障了',
    '在大厅等了25分钟了，前面才三个人，系统出问题了吗',
    'Waited 35 minutes for my turn with only three people ahead. Is your system down?',
  ])('"%s" goes to a person', (text) => {
    expect(alarmed(text)?.reason).toBe('negative_sentiment');
  });

  it.each(['app一直转圈打不开，是在维护吗', 'App keeps loading, is there maintenance going on right now?'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(alarmed(text)).toBeNull();
    },
  );
});
