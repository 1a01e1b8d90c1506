/**
 * Steps on the agent console (`/agent`) shared by the browser tests: sign in with a sandbox account, switch
 * the console's language.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../../server/protocol/protocol.ts';

export interface ConsoleAccount {
  username: string;
  password: string;
}

/** The sandbox accounts (server/handoff, only when SANDBOX_MODE is on). */
export const AGENT1: ConsoleAccount = { username: 'agent1', password: 'sandbox-agent-1' };
export const SUPERVISOR1: ConsoleAccount = { username: 'supervisor1', password: 'sandbox-supervisor-1' };

/** Fills the sign-in form and waits for the console; the page is on the console already unless `url` is given. */
export async function signInToConsole(
  page: Page,
  account: ConsoleAccount = AGENT1,
  url?: string,
): Promise<void> {
  if (url) await page.goto(`${url}/agent`);
  await page.fill('#username', account.username);
  await page.fill('#password', account.password);
  await page.click('#login-submit');
  await page.waitForSelector('#console-view:not([hidden])');
}

/** Switches the console's language with its header button, when it is not in `locale` already. */
export async function setConsoleLocale(page: Page, locale: Locale): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) !== locale) await page.click('#locale');
  await page.waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: 5000 });
}
