/**
 * Chooses the avatar's emotion for each reply and blends toward it: the reply's `expression` field first,
 * adjusted for a bank assistant (never angry at a customer: concern instead), empathy when the customer
 * sounds upset, a smile for greetings. Holds while the reply is spoken, then relaxes back to neutral.
 */
import type { Expression, Reply } from '../../server/protocol/protocol.ts';
import { EMOTION_EXPRESSIONS, type EmotionExpression } from './expression_map.ts';

export type EmotionWeights = Record<EmotionExpression, number>;

export interface EmotionTarget {
  weights: EmotionWeights;
  /** Seconds to hold after the reply is shown before relaxing (extended while speaking). */
  holdSec: number;
  reason: string;
}

const UPSET = [
  /投诉|生气|愤怒|气死|不满|太慢|垃圾|骗|盗刷|被盗|丢了|丢失|挂失|冻结|着急|急死|怎么回事|欺诈|诈骗/,
  /\b(angry|upset|furious|frustrat\w*|complain\w*|ridiculous|terrible|stolen|fraud|scam|lost my|locked|frozen|urgent)\b/i,
];
const GREETING = [
  /^(您好|你好|嗨|早上好|下午好|晚上好|欢迎)/,
  /^(hi|hello|hey|good (morning|afternoon|evening)|welcome)\b/i,
];
const THANKS = [/谢谢|感谢|不客气/, /\b(thank|thanks|you're welcome)\b/i];

const none = (): EmotionWeights => ({ happy: 0, sad: 0, angry: 0, surprised: 0, relaxed: 0 });

export function customerSoundsUpset(text: string): boolean {
  return UPSET.some((r) => r.test(text));
}

/** The emotion to show for a reply, given the customer's last message (if any). */
export function emotionForReply(
  reply: Pick<Reply, 'expression' | 'kind' | 'intent' | 'text'>,
  lastCustomerText = '',
): EmotionTarget {
  const w = none();
  const intent = reply.intent ?? '';
  const upset = customerSoundsUpset(lastCustomerText);
  const base: Expression = reply.expression;
  let reason = `expression:${base}`;
  if (base === 'angry' || upset) {
    // Empathy: a concerned face, softened so it still reads as friendly.
    w.sad = 0.55;
    w.relaxed = 0.1;
    reason = upset ? 'empathy:customer-upset' : 'empathy:angry-mapped';
  } else if (base === 'sad') {
    w.sad = 0.6;
  } else if (base === 'happy') {
    w.happy = 0.75;
  } else if (base === 'surprised') {
    w.surprised = 0.5;
    w.happy = 0.2;
  } else if (base === 'relaxed') {
    w.relaxed = 0.6;
  } else if (/greet|welcome|hello/i.test(intent) || GREETING.some((r) => r.test(reply.text.trim()))) {
    w.happy = 0.7;
    reason = 'greeting';
  } else if (/thank|goodbye|bye/i.test(intent) || THANKS.some((r) => r.test(reply.text))) {
    w.happy = 0.5;
    reason = 'thanks';
  } else if (reply.kind === 'handoff' || reply.kind === 'agent') {
    w.relaxed = 0.4;
    reason = 'handoff';
  } else if (reply.kind === 'clarify' || reply.kind === 'fallback') {
    w.relaxed = 0.25;
    w.surprised = 0.12;
    reason = 'clarify';
  } else {
    w.relaxed = 0.2;
    reason = 'neutral-friendly';
  }
  return { weights: w, holdSec: 4, reason };
}

export class ExpressionController {
  private current = none();
  private target = none();
  private holdLeft = 0;
  private speaking = false;
  lastReason = 'idle';

  /** Sets the emotion for a new reply. */
  show(target: EmotionTarget): void {
    this.target = { ...target.weights };
    this.holdLeft = target.holdSec;
    this.lastReason = target.reason;
  }

  /** A direct emotion (attract loop smile, greeting), e.g. happy 0.6 for 3 s. */
  flash(emotion: EmotionExpression, weight: number, holdSec: number): void {
    this.target = none();
    this.target[emotion] = weight;
    this.holdLeft = holdSec;
    this.lastReason = `flash:${emotion}`;
  }

  /** While speaking, the hold does not run out. */
  setSpeaking(speaking: boolean): void {
    this.speaking = speaking;
  }

  reset(): void {
    this.target = none();
    this.holdLeft = 0;
    this.lastReason = 'reset';
  }

  update(dt: number): EmotionWeights {
    if (!this.speaking) {
      this.holdLeft -= dt;
      if (this.holdLeft <= 0) this.target = none();
    }
    // Rise quickly (~0.2 s), relax slowly (~0.8 s).
    for (const e of EMOTION_EXPRESSIONS) {
      const goal = this.target[e];
      const rate = goal > this.current[e] ? 10 : 2.5;
      this.current[e] += (goal - this.current[e]) * (1 - Math.exp(-rate * dt));
    }
    return { ...this.current };
  }
}
