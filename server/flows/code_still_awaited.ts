/**
 * Another request ("查一下最近的交易", "show my recent transactions") while the assistant waits for the SMS code
 * it sent for the running one: verification used to start again ("请告诉我您在本行预留的手机号码"), so the code
 * just texted was of no use. The code sent is still the one to enter: the new request asks for it, no new
 * one is sent, and the request goes ahead once it is entered.
 */
import type { Localized } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { VerificationState } from '../verification/verification_state.ts';
import { fill } from './flow_messages.ts';
import type { FlowOutput } from './flow_replies.ts';
import type { FlowState } from './flow_state.ts';
import { askCode } from './verification_prompts.ts';

const SAME_CODE: Localized = {
  'zh-CN': '请先输入刚才发送至 {phone} 的验证码，验证通过后马上为您办理。',
  en: "Please enter the code I just sent to {phone} first, and I'll go ahead as soon as you're verified.",
};

/** Whether the running flow waits for a code that was sent (not one held back by the resend cooldown). */
export function codeStillAwaited(v: VerificationState, flow: FlowState): boolean {
  return (
    flow.awaiting === 'verification' && v.pending === 'otp' && !!v.phoneMasked && v.resendAt === undefined
  );
}

/** The code box again, asking for the code already sent. */
export function askSameCode(locale: Locale, phoneMasked: string): FlowOutput {
  return { ...askCode(locale, phoneMasked), text: fill(SAME_CODE[locale], { phone: phoneMasked }) };
}
