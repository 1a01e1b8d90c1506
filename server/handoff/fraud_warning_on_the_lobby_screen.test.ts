/**
 * A scam described at the lobby screen, through the real server (trained models, handoff): the caption used
 * to be the whole warning (five sentences, unreadable at a distance) and "I've stopped" / 我已停止转账 was
 * offered twice (a button on the warning card and a quick reply). Now the kiosk shows a short caption (the
 * warning's first words, the hotline and where the case stands), speaks the whole warning, keeps the hotlines
 * on the card, and offers the acknowledgement once. The app keeps the whole text, with the button once too.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations, say } from '../test/support/customer_conversations.ts';
import { next } from '../test/support/harness.ts';
import { agentSocket, signIn } from './testing/agent_client.ts';

const SCAM: Record<Locale, string> = {
  'zh-CN': '有个警察打电话让我把钱转到安全账户',
  en: 'a police officer told me to move my money to a safe account',
};
const ACK: Record<Locale, string> = { 'zh-CN': '我已停止转账', en: "I've stopped" };
/** What a lobby caption may hold: about two lines on the screen. */
const CAPTION_MAX: Record<Locale, number> = { 'zh-CN': 60, en: 150 };
/** The limit for every handoff caption on the lobby screen (handoff_replies_fit_a_lobby_caption.test.ts). */
const LOBBY_CAPTION_MAX: Record<Locale, number> = { 'zh-CN': 90, en: 160 };
/** What the customer says next, while nobody is online yet. */
const LATER: Record<Locale, string> = { 'zh-CN': '那我现在该怎么办', en: 'so what do I do now' };
/** Spoken whole: the next steps asked for (fraud/next_steps.ts), then that nobody is online yet. */
const STILL_NOBODY_FULL: Record<Locale, RegExp> = {
  'zh-CN': /接下来请这样做：[\s\S]*96110[\s\S]*目前仍没有人工客服在线/,
  en: /Here's what to do now:[\s\S]*96110[\s\S]*Nobody from our team is online yet/,
};
const FIRST_WORDS: Record<Locale, string> = { 'zh-CN': '请立即停止操作！', en: 'Please stop now!' };
const FULL_ONLY: Record<Locale, RegExp> = {
  'zh-CN': /如已被骗，请拨打 110 报警/,
  en: /if you have lost money, call the police \(110\)/,
};

describe('the scam warning on the lobby screen and in the app', () => {
  const conversations = customerConversations();

  async function warn(channel: Channel, locale: Locale): Promise<Reply> {
    const { socket } = await conversations.open(locale, channel);
    return say(socket, SCAM[locale]);
  }
  const ackOffers = (r: Reply, locale: Locale): number =>
    [...r.quickReplies, ...(r.card?.actions ?? [])].filter((q) => q.label === ACK[locale]).length;

  it.each(['zh-CN', 'en'] as const)(
    '%s, kiosk, nobody online: a short caption, all of it spoken',
    async (locale) => {
      const r = await warn('kiosk', locale);
      expect(r.card?.type).toBe('warning');
      expect(r.text.startsWith(FIRST_WORDS[locale])).toBe(true);
      expect(r.text).toContain('96110');
      expect(r.text).toMatch(locale === 'en' ? /transfers are on hold/ : /转账已为您暂停/);
      expect(r.text.length).toBeLessThanOrEqual(CAPTION_MAX[locale]);
      expect(r.text).not.toMatch(FULL_ONLY[locale]);
      // The rest is spoken, and the card keeps the hotlines.
      expect(r.speech).toMatch(FULL_ONLY[locale]);
      expect(r.speech?.startsWith(FIRST_WORDS[locale])).toBe(true);
      expect(r.card?.fields.map((f) => f.value).join(' ')).toMatch(/110/);
      expect(ackOffers(r, locale)).toBe(1);
      expect(r.quickReplies.map((q) => q.label)).toContain(
        locale === 'en' ? 'Request a callback' : '预约回电',
      );
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s, kiosk, nobody online: the later "still nobody online" is short too, and spoken whole',
    async (locale) => {
      const { socket } = await conversations.open(locale, 'kiosk');
      await say(socket, SCAM[locale]);
      const r = await say(socket, LATER[locale]);
      expect(r.kind).toBe('handoff');
      expect(r.text).toContain('96110');
      expect(r.text.length).toBeLessThanOrEqual(LOBBY_CAPTION_MAX[locale]);
      expect(r.speech).toMatch(STILL_NOBODY_FULL[locale]);
      expect(r.card?.fields.map((f) => f.value).join(' ')).toMatch(/110/);
      expect(r.quickReplies.map((q) => q.label)).toContain(
        locale === 'en' ? 'Request a callback' : '预约回电',
      );
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s, app: the whole warning, the button once', async (locale) => {
    const r = await warn('app', locale);
    expect(r.text).toMatch(FULL_ONLY[locale]);
    expect(r.speech).toBeUndefined();
    expect(ackOffers(r, locale)).toBe(1);
  });

  it('kiosk with an agent online: the caption says the case went to the fraud team, short', async () => {
    const { token } = await signIn(conversations.server().url);
    const agent = agentSocket(conversations.server().url, { token });
    await next(agent, 'agent.ready');
    const r = await warn('kiosk', 'en');
    expect(r.text).toContain("I've put you through to our fraud team as a priority.");
    expect(r.text.length).toBeLessThanOrEqual(CAPTION_MAX.en);
    expect(r.speech).toMatch(/next in line|ahead of you/);
    expect(ackOffers(r, 'en')).toBe(1);
    agent.close();
  });
});
