/**
 * The bank's own public identifiers: a SWIFT or BIC code, a sort code, a routing number, an IBAN, a bank or branch
 * code, 联行号 / 行号 / 银行代码 ("my employer in Singapore is sending my pay and they're asking for your SWIFT code",
 * "对方公司要我们的联行号"). Anyone paying in needs them and the bank prints them; they are no secret, so "asking for
 * your SWIFT code" is no code asked for. A one-time code, a PIN or a password beside them is read as before (only the
 * identifier's own words are blanked).
 */
const IDENTIFIER =
  /\b(swift|bic|sort|routing|bank|branch|ifsc|aba|clearing)( \/ ?bic)? (code|number|no\.?)s?\b|\b(swift|bic|iban)\b|联行号|行号|银行代码|swift码|网点代码/g;

/** The text with the bank's public identifiers blanked (offsets kept). */
export function withoutBankIdentifiers(lower: string): string {
  return lower.replace(IDENTIFIER, (m) => ' '.repeat(m.length));
}
