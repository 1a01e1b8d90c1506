/**
 * Words about moving money (转账, 资金没有转出, "payment", "no money was sent") belong to the transfer and
 * bill flows. Checked for every other flow: what it says when a cancel of something else leaves it running,
 * its change example at the read-back, its texts, and what a refused card change says (it used to be
 * "交易未成功……资金没有转出" / "The payment did not go through … No money was sent" for a card being frozen).
 */
import { describe, expect, it } from 'vitest';
import type { CoreBanking } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';
import { runAction, type ActionDeps } from './flow_actions.ts';
import { FLOWS } from './flow_definitions.ts';
import { say } from './flow_messages.ts';
import type { FlowId } from './flow_types.ts';

const MONEY_WORDS = /转账|转出|资金|交易未成功|汇款|transfer|payment|money/i;
const MONEY_FLOWS: FlowId[] = ['transfer_money', 'pay_bill'];
const OTHERS = (Object.keys(FLOWS) as FlowId[]).filter((id) => !MONEY_FLOWS.includes(id));
const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('no money wording outside the money flows', () => {
  it.each(OTHERS)('%s', (id) => {
    const def = FLOWS[id];
    for (const locale of LOCALES) {
      const texts = [
        def.name[locale],
        def.intro[locale],
        def.confirmTitle[locale],
        def.changeExample?.[locale] ?? '',
        def.stillRunning?.[locale] ?? say('notThisFlow', locale, { flow: def.name[locale] }),
        ...def.slots.map((s) => s.prompt[locale]),
      ];
      for (const t of texts) expect(t).not.toMatch(MONEY_WORDS);
    }
  });

  it('cancelling an appointment says how to stop in its own words, never "say 取消"', () => {
    const def = FLOWS.cancel_appointment;
    expect(def.stillRunning?.['zh-CN']).toContain('不取消了');
    expect(def.stillRunning?.en).toContain('keep my appointment');
    for (const locale of LOCALES) expect(def.stillRunning?.[locale]).not.toMatch(/“取消”|"cancel"/);
  });

  it.each(['report_lost', 'freeze', 'unfreeze'] as const)(
    'a refused %s says the card is unchanged',
    async (action) => {
      const core = {
        changeCard: async () => ({ status: 'rejected', code: 'E_CARD_STATE' }),
      } as unknown as CoreBanking;
      const deps = { core, branches: {}, audit: {}, publicUrl: 'http://x' } as unknown as ActionDeps;
      for (const locale of LOCALES) {
        const out = await runAction(deps, {
          action,
          resolved: {
            card: {
              id: 'k1',
              customerId: 'c1',
              accountId: 'a1',
              tail: '1234',
              product: { 'zh-CN': '借记卡', en: 'Debit card' },
              status: 'active',
            },
          },
          customerId: 'c1',
          key: 'key-12345678',
          locale,
          channel: 'app',
          now: new Date(),
        });
        expect(out.card?.type).toBe('warning');
        expect(out.text).toContain(locale === 'zh-CN' ? '卡片状态没有改变' : 'The card is unchanged');
        expect(`${out.text} ${out.card?.title}`).not.toMatch(MONEY_WORDS);
      }
    },
  );
});
