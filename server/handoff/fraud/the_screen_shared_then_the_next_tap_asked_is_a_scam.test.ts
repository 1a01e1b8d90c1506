/**
 * The screen shared, then only the next tap asked (screen_shared_then_the_next_tap_asked.ts): someone watching the
 * screen is walking the customer through their banking. A grandchild teaching the app on a shared screen, a work
 * presentation and a question how screen sharing works stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('the screen shared, then the next tap asked', () => {
  it.each([
    '共享屏幕打开了，接下来按哪个',
    '屏幕共享弄好了，现在点哪里',
    "I've turned on screen sharing, what do I tap next?",
    'screen share is on now, which button next?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '孙女跟我视频共享屏幕教我交电费，开好了，下一步点哪',
    '手机怎么打开屏幕共享',
    'sharing my screen with my colleagues for the presentation, what do I click next?',
    'how do I turn on screen sharing?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
