/**
 * With nobody online, what the customer says next is "noted for the colleague who calls you back" only once a
 * callback is asked for; before that the customer is told a callback would bring a person to it, and a message
 * the assistant cannot place is told so. Asked when agents are there, the customer gets the service hours
 * (HANDOFF_HOURS) and whether someone is online now.
 */
import { describe, expect, it } from 'vitest';
import { agentHoursReply, unavailableNotedReply, unplacedNoAgentsReply } from './handoff_replies.ts';

const CALLER_SEES = {
  'zh-CN': /^您说的情况我已记下，给您回电的客服会看到/,
  en: /^Noted: the colleague who calls you back will see/,
};

describe('noted for whoever will read it', () => {
  it.each(['zh-CN', 'en'] as const)('%s: before a callback, a callback is what brings a person', (locale) => {
    for (const reply of [unavailableNotedReply(locale), unplacedNoAgentsReply(locale)]) {
      expect(reply.text).not.toMatch(CALLER_SEES[locale]);
      expect(reply.text).toMatch(locale === 'en' ? /Request a callback/ : /预约回电/);
      expect(reply.quickReplies.map((q) => q.text)).toContain(
        locale === 'en' ? 'Request a callback' : '预约回电',
      );
    }
    expect(unplacedNoAgentsReply(locale).text).toMatch(locale === 'en' ? /can't help with that/ : /帮不上/);
  });

  it.each(['zh-CN', 'en'] as const)('%s: after a callback, whoever calls back will see it', (locale) => {
    expect(unavailableNotedReply(locale, 'callback').text).toMatch(CALLER_SEES[locale]);
    expect(unplacedNoAgentsReply(locale, 'callback').text).toMatch(
      locale === 'en' ? /calls you back will see/ : /回电的客服会看到/,
    );
    expect(unplacedNoAgentsReply(locale, 'callback').quickReplies.map((q) => q.text)).not.toContain(
      locale === 'en' ? 'Request a callback' : '预约回电',
    );
  });

  it.each([
    ['zh-CN', '00:00-24:00', 'no_agents', /全天 24 小时.*没有人工客服在线/],
    ['zh-CN', '09:00-18:00', 'closed', /09:00-18:00.*不在服务时间内/],
    ['zh-CN', '09:00-18:00', 'open', /09:00-18:00.*现在就有人工客服在线/],
    ['en', '00:00-24:00', 'no_agents', /around the clock, but nobody is online/],
    ['en', '09:00-18:00', 'closed', /09:00-18:00; it's outside those hours/],
    ['en', '09:00-18:00', 'open', /09:00-18:00, and someone is online now/],
  ] as const)('%s: the hours %s when %s', (locale, hours, now, says) => {
    const reply = agentHoursReply(hours, now, locale);
    expect(reply.text).toMatch(says);
    expect(reply.kind).not.toBe('handoff');
  });
});
