/**
 * Order 15 (after the fraud guard, before the handoff policy): a message that only asks about the
 * conversation's language ("switch to English", "说中文", "can you speak English?") is answered in the
 * language the conversation goes on in, which the session took before the turn (`conversation.ts`): the
 * switch confirmed with the assistant's menu in that language, or a short yes when it already spoke it.
 * From then on replies, speech and the page (which follows a reply's `locale`) are in that language.
 *
 * While handed over the handoff step (order 0) takes the turn first: the message goes to the agent and the
 * customer's place is told in the new language. In a running flow the flow asks its question again in the
 * new language, after the same confirmation (`flows/flow_engine.ts`); a flow that had timed out is
 * answered by this step again after the flows.
 */
import type { TurnResult, TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { languageWish } from './language_switch.ts';
import { languageOutcome, languageSwitchReply } from './language_switch_replies.ts';

export const LANGUAGE_SWITCH_STEP_ORDER = 15;
/** Between the flows (50) and the vetoed-intent answer (60). */
export const LANGUAGE_AFTER_FLOWS_ORDER = 55;

export class LanguageSwitchStep implements TurnStep {
  readonly name = 'language';

  constructor(
    /** The assistant's menu (the greeting's quick replies) in a language. */
    private readonly menu: (locale: Locale) => QuickReply[] = () => [],
    /**
     * Before the flows: leave the turn to a running flow. After them (`LANGUAGE_AFTER_FLOWS_ORDER`): answer
     * what no flow took (one that had timed out).
     */
    private readonly deferToFlow = true,
  ) {}

  run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null> {
    const { text, context, ctx } = input;
    const wish = languageWish(text);
    if (!wish || (this.deferToFlow && context.extensions['flow'] !== undefined)) return Promise.resolve(null);
    const before = ctx.session.context;
    // Not a message the assistant failed to place (no fallback counted), and not about any intent: what
    // was talked about before is still what a follow-up refers to.
    const after = { ...context, fallbackCount: before.fallbackCount };
    if (before.lastIntent === undefined) delete after.lastIntent;
    else after.lastIntent = before.lastIntent;
    const outcome = languageOutcome(wish, ctx);
    return Promise.resolve({
      decision: { type: 'intent', intent: 'greeting', confidence: 1, trigger: { type: 'answer' } },
      reply: languageSwitchReply(outcome, ctx.locale, this.menu(ctx.locale)),
      context: after,
    });
  }
}
