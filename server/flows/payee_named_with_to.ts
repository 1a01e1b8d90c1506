/**
 * "to Bob" when asked who the money is for: the payee, said with "to". The intent model hears "to <someone>"
 * as a request to be passed to a person (human_agent), so it went to a handoff while a bare "Bob" was taken.
 * Never when the one named is a person at the bank ("to an agent", "to a person", "to customer service"): that
 * still reaches one.
 */
const TO_NAME =
  /^(?:to|send (?:it |the money |money )?to|transfer (?:it )?to|pay)\s+(?<name>[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,2})\s*[.!]?$/i;
/** Who is someone at the bank, or no one by name. */
const NOT_A_PAYEE =
  /\b(?:agents?|humans?|persons?|people|someone|somebody|anyone|staff|representative|rep|operator|advisor|adviser|consultant|manager|supervisor|team|service|support|desk|bank|branch|real|live|me|myself|you|him|her|them|it|us)\b|^(?:a|an|the|my|your)\b/i;

/** The name in "to Bob", or null. */
export function payeeNamedWithTo(text: string): string | null {
  const name = TO_NAME.exec(text.trim())?.groups?.name?.trim();
  return name && !NOT_A_PAYEE.test(name) ? name : null;
}
