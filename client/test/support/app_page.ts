/**
 * Steps on the app page (`/app`) shared by the browser tests: wait until it is connected, type a message.
 */
import type { Page } from 'playwright-core';

/** The page's connection line says it is connected (in either language). */
export async function waitForAppConnected(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    '["已连接", "Connected"].includes(document.querySelector("#status")?.textContent ?? "")',
    null,
    { timeout: timeoutMs },
  );
}

/** Types a message into the chat's text box and sends it (without waiting for the answer). */
export async function sendInApp(page: Page, text: string): Promise<void> {
  await page.fill('#input', text);
  await page.press('#input', 'Enter');
}
