import { describe, expect, it } from 'vitest';
import { ReplyLanguage } from './reply_language.ts';

describe('which replies switch the app page’s language', () => {
  it('follows a reply to a message sent after the customer’s latest switch', () => {
    const language = new ReplyLanguage();
    language.sent('m1');
    expect(language.follows({ kind: 'faq', inReplyTo: 'm1' })).toBe(true);
    language.switched();
    language.sent('m2');
    expect(language.follows({ kind: 'faq', inReplyTo: 'm2' })).toBe(true);
  });

  it('does not follow a reply to a message sent before the switch: it was written in the old language', () => {
    const language = new ReplyLanguage();
    language.sent('m1');
    language.switched();
    expect(language.follows({ kind: 'faq', inReplyTo: 'm1' })).toBe(false);
    // Switching back makes it stale all the same.
    language.sent('m2');
    language.switched();
    expect(language.follows({ kind: 'faq', inReplyTo: 'm2' })).toBe(false);
  });

  it('follows the answer to a spoken turn, and a reply to a message sent before a reload', () => {
    const language = new ReplyLanguage();
    language.switched();
    language.heard();
    expect(language.follows({ kind: 'faq' })).toBe(true);
    expect(language.follows({ kind: 'faq', inReplyTo: 'sent-before-the-reload' })).toBe(true);
    // A turn spoken before the switch was answered in the old language.
    language.heard();
    language.switched();
    expect(language.follows({ kind: 'faq' })).toBe(false);
  });

  it('never follows what nobody on the page asked for: an agent, an agent joining or leaving', () => {
    const language = new ReplyLanguage();
    language.switched();
    // "人工客服已接入" / "back to the assistant" come in the queue's language, after no message.
    expect(language.follows({ kind: 'handoff' })).toBe(false);
    // An agent's message, even right after the customer's own.
    language.sent('m1');
    expect(language.follows({ kind: 'agent' })).toBe(false);
    expect(language.follows({ kind: 'agent', inReplyTo: 'm1' })).toBe(false);
  });
});
