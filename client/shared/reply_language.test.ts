import { describe, expect, it } from 'vitest';
import { ReplyLanguage } from './reply_language.ts';

describe('which replies switch the app page’s language', () => {
  it('follows a reply to a message sent after the customer’s latest switch', () => {
    const language = new ReplyLanguage();
    language.sent('m1');
    expect(language.follows({ inReplyTo: 'm1' })).toBe(true);
    language.switched();
    language.sent('m2');
    expect(language.follows({ inReplyTo: 'm2' })).toBe(true);
  });

  it('does not follow a reply to a message sent before the switch: it was written in the old language', () => {
    const language = new ReplyLanguage();
    language.sent('m1');
    language.switched();
    expect(language.follows({ inReplyTo: 'm1' })).toBe(false);
    // Switching back makes it stale all the same.
    language.sent('m2');
    language.switched();
    expect(language.follows({ inReplyTo: 'm2' })).toBe(false);
  });

  it('follows replies that answer no message of this page (an agent, a voice turn, before a reload)', () => {
    const language = new ReplyLanguage();
    language.switched();
    expect(language.follows({})).toBe(true);
    expect(language.follows({ inReplyTo: 'sent-before-the-reload' })).toBe(true);
  });
});
