/**
 * The product's feature list (`defaultFeatures`, what `npm start` runs), a customer socket, the real
 * `openai` SDK and a local chat-completions server. A request the intent model does not recognise reaches
 * the language model, which answers with a `start_flow` tool call: on that same turn the transactions flow
 * starts and asks the customer to verify; nothing has moved. After verification the flow goes on as usual
 * and the money moves only once the customer confirms the read-back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { MemoryCoreBanking } from '../banking/memory_core_banking.ts';
import { yuan } from '../banking/money.ts';
import { defaultFeatures } from '../features.ts';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import type { TransactionsFeature } from '../flows/verified_transactions_feature.ts';
import {
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from '../llm/testing/openai_compatible_server.ts';
import { testServer } from './support/harness.ts';

// Out of the intent model's reach (it answers "outside the banking services" without the model), but
// close enough to the transfer-fee article for the model to be asked. (The intent ensemble with its naive
// Bayes member reads "…is there a fee if you sort out 500 for her" as a credit card bill question at 0.60,
// above its threshold: a confident miss.)
const REQUEST = "My mum is short this month, what's the fee if you sort her out with 500";

describe('a start_flow tool call starts the verified transactions flow on the same turn', () => {
  let llm: OpenAiCompatibleServer;
  let server: RunningServer;
  let transactions: TransactionsFeature;

  beforeAll(async () => {
    llm = await startOpenAiCompatibleServer();
    server = await testServer(
      {
        llmBaseUrl: llm.baseURL,
        llmApiKey: 'test',
        llmModel: 'test-model',
        ttsEngine: 'none',
        sttEngine: 'none',
      },
      {
        features: defaultFeatures({
          // The night-hours risk check depends on the wall clock; off here (see transactions_test_kit.ts).
          transactions: { sandboxMode: true, risk: { unusualHours: [0, 0] } },
          handoff: { env: {}, overrides: { sandboxAgents: true } },
        }),
      },
    );
    transactions = server.features.find((f) => f.name === 'transactions') as TransactionsFeature;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await llm?.close();
  });

  it('answers the tool call with the flow’s verification prompt, then transfers only after verification and confirmation', async () => {
    // No REDIS_URL here: the sandbox core is the in-memory one.
    const core = transactions.core as MemoryCoreBanking;
    const before = await core.allBalances();
    llm.script({ toolCalls: [{ name: 'start_flow', arguments: { flow: 'transfer_money' } }] });
    const kit = { server, feature: transactions, prefix: null, close: async () => undefined };
    const chat = await Chat.open(kit, 'app', 'en');

    const first = await chat.say(REQUEST);
    // The model was asked, with the start_flow tool on offer.
    expect(llm.requests).toHaveLength(1);
    const tools = llm.requests[0]!.body.tools as Array<{ function: { name: string } }>;
    expect(tools.map((t) => t.function.name)).toEqual(['start_flow']);
    // The reply is the flow's own verification step (asks for the phone number, with its verify card),
    // not the catalog's "let's verify first" line with nothing behind it.
    expect(first).toMatchObject({ kind: 'flow', intent: 'transfer_money' });
    expect(first.card).toMatchObject({ type: 'verify' });
    expect(first.text).toMatch(/verify your identity/i);
    expect(first.text).toMatch(/mobile number/i);
    expect(await core.allBalances()).toEqual(before);

    // Verification as for any transfer: phone, texted code, PIN.
    const verified = await chat.verify('13800000001', '135790');
    expect(await core.allBalances()).toEqual(before);

    // The flow kept the amount from the first message and asks only for what is missing, then reads back.
    expect(verified.text).toMatch(/who would you like to send money to/i);
    expect((await chat.say('Li Na')).text).toMatch(/which account/i);
    const readBack = await chat.say('card ending 1234');
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain('CNY 500.00');
    expect(await core.allBalances()).toEqual(before);

    const receipt = await chat.say('confirm');
    expect(receipt.card?.type).toBe('receipt');
    const after = await core.allBalances();
    expect(after.get('a1')).toBe(before.get('a1')! - yuan(500));
    // The model was asked once only: every later turn was the flow's.
    expect(llm.requests).toHaveLength(1);
    chat.close();
  }, 30_000);
});
