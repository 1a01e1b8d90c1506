/**
 * A vent about a government office or its website before a plain question is not about the bank
 * (government_office.ts, read by off_topic_clause.ts), while a clause that also names the bank's own failure still
 * counts. "An actual adviser" asks for a person in the British spelling as "an actual advisor" does
 * (explicit_request.ts); an adviser's fee asked about asks for no one.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a vent about a government office, then a plain question', () => {
  it.each([
    "Centrelink's website crashed five times today, it's infuriating. Can you email me my interest statement?",
    '车管所那边跑了四趟都没办成，气死我了。你们网点周六开吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it('the bank named beside the government office still goes to a person', () => {
    expect(
      verdict('The DVLA website crashed and your app charged me twice for the road tax, sort it out')?.reason,
    ).toBe('negative_sentiment');
  });
});

describe('an actual adviser', () => {
  it('"Where can I find an actual adviser to go over my pension options?" asks for a person', () => {
    expect(verdict('Where can I find an actual adviser to go over my pension options?')?.reason).toBe(
      'asked_for_human',
    );
  });

  it('"I want to know what an adviser charges for pension advice" asks for no one', () => {
    expect(verdict('I want to know what an adviser charges for pension advice')).toBeNull();
  });
});
