/**
 * "passed between the cards team, the loans team and complaints like a parcel": the parcel is a simile, and the
 * clause names the bank's own teams (plural words such as "cards" and "loans" count as the bank), so it is no
 * vent about a courier that takes the threat word out of the message. A real parcel vent before a plain request
 * stays off topic.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from './testing/model_readings.ts';

const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe("the bank's own teams named beside a simile", () => {
  it.each([
    'Been shuffled between the cards team, the loans team and complaints like a parcel. Nobody takes charge of anything.',
    'Sent from the loans team to complaints and back like a parcel. Nobody owns anything here.',
  ])('"%s" keeps its threat word: a complaint', (text) => {
    expect(lexiconOnly(text)?.reason).toBe('complaint');
  });

  it('a vent about a real parcel, then a plain request, stays with the assistant', () => {
    expect(
      lexiconOnly('The courier lost my parcel again, so annoying. Anyway, what is my balance?'),
    ).toBeNull();
  });
});
