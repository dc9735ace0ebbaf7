// Headless Chromium (Debian's package) through playwright-core: no browser download, no network chatter.
import { chromium } from 'playwright-core';

const QUIET_FLAGS = [
  '--no-sandbox', // root in a container has no user namespace for Chromium's sandbox
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/**
 * Launches Chromium headless (playwright gives it a fresh profile, removed on close).
 * @param {{ executablePath: string, env?: NodeJS.ProcessEnv }} options
 */
export function launchBrowser({ executablePath, env }) {
  return chromium.launch({ executablePath, headless: true, args: QUIET_FLAGS, env, timeout: 60_000 });
}

/** A page sized like a laptop screen, so screenshots look like what a person sees. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  return context.newPage();
}
