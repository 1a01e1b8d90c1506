/**
 * Sends a text message to a phone. A bank plugs in its SMS provider; the sandbox delivers to the dev-only
 * inbox page. Implementations must not log the message text (it carries one-time codes).
 */
export interface SmsGateway {
  readonly kind: string;
  send(phone: string, text: string): Promise<void>;
}

/** Drops messages: sandbox mode off and no provider configured (codes cannot be delivered). */
export class NullSmsGateway implements SmsGateway {
  readonly kind = 'none';
  async send(): Promise<void> {}
}
