/**
 * The browser of one test file: it takes the browser lock first (browser_lock.ts: test files take turns),
 * then launches Chromium (browser.ts). `open(url)` opens a page with its errors captured (page_helpers.ts);
 * `close()` closes the browser and lets the next test file have it.
 *
 *   beforeAll(async () => { browser = await startTestBrowser({ width: 420, height: 860 }); ... });
 *   afterAll(async () => { await browser?.close(); ... });
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { acquireBrowserLock } from './browser_lock.ts';
import { openPage, type PageProbe } from './page_helpers.ts';

export interface TestBrowser {
  context: BrowserContext;
  /** A tab: the browser's first blank one the first time, a new one after that. */
  newPage(): Promise<Page>;
  /** A tab (`newPage`) at `url`, its console and page errors captured. */
  open(url: string): Promise<PageProbe>;
  /** Closes the browser and releases the lock. */
  close(): Promise<void>;
}

export async function startTestBrowser(viewport?: { width: number; height: number }): Promise<TestBrowser> {
  const release = await acquireBrowserLock();
  try {
    const session = await launchChromium(viewport);
    let firstTabUsed = false;
    const newPage = async (): Promise<Page> => {
      const blank = firstTabUsed ? undefined : session.context.pages()[0];
      firstTabUsed = true;
      return blank ?? (await session.context.newPage());
    };
    return {
      context: session.context,
      newPage,
      open: async (url) => openPage(await newPage(), url),
      close: async () => {
        try {
          await session.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
