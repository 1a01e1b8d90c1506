import { describe, expect, it } from 'vitest';
import { SANDBOX_BRANCHES } from '../banking/sandbox_seed.ts';
import { LOCALES } from '../protocol/protocol.ts';
import { DEFAULT_INTENTS_DIR } from '../handoff/model/everyday_examples.ts';
import { loadIntentCatalog } from './intent_catalog.ts';

// "Where is the nearest branch?" once ended with "tell me your area and I'll look it up", and the
// assistant had no way to look anything up: the customer's next message fell to the fallback. The answer
// now names the branches the assistant can book or take a number at, and offers those as quick replies.
describe('the find_branch answer', () => {
  const intent = loadIntentCatalog(DEFAULT_INTENTS_DIR).intents.get('find_branch');

  it.each(LOCALES)('names every sandbox branch and promises no lookup it cannot do (%s)', (locale) => {
    const answer = intent?.responses?.[locale]?.join(' ') ?? '';
    for (const branch of SANDBOX_BRANCHES) {
      const short = locale === 'zh-CN' ? branch.name['zh-CN'].slice(2, 5) : branch.name.en.split(' ')[0]!;
      expect(answer).toContain(short);
    }
    expect(answer).not.toMatch(/告诉我您所在的区域|tell me the area/);
    expect(intent?.quickReplies?.[locale]?.length).toBeGreaterThanOrEqual(3);
  });
});
