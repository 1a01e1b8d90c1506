/**
 * The conversation's language on request: the step that answers "switch to English" / "说中文" in the
 * language the session switched to (`language_switch_step.ts`), before the flows and again after them.
 */
import type { FeatureFactory } from '../feature.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import {
  LANGUAGE_AFTER_FLOWS_ORDER,
  LANGUAGE_SWITCH_STEP_ORDER,
  LanguageSwitchStep,
} from './language_switch_step.ts';

export const languageFeature: FeatureFactory = (ctx) => {
  const menu = (locale: Locale): QuickReply[] =>
    (ctx.catalog.intents.get('greeting')?.quickReplies?.[locale] ?? []).map((t) => ({ label: t, text: t }));
  return {
    name: 'language',
    steps: [
      { order: LANGUAGE_SWITCH_STEP_ORDER, step: new LanguageSwitchStep(menu) },
      { order: LANGUAGE_AFTER_FLOWS_ORDER, step: new LanguageSwitchStep(menu, false) },
    ],
  };
};
