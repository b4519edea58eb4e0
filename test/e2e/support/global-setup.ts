// Jest's global setup of the end-to-end project: one headless Chromium for the whole run, which every file's
// fixture connects to (THROUGHLINE_CHROMIUM_WS) instead of launching its own, a launch that costs each file
// seconds of CPU. Each page still gets its own browser context (cookies, storage, cache), as before. Without a
// Chromium nothing starts here, and the files skip or fail as describeWithChromium says.
import { chromium, type BrowserServer } from 'playwright-core';
import { browserEnv, CHROMIUM_ARGS, findChromium, SHARED_CHROMIUM } from './chromium';

const holder = globalThis as { throughlineChromium?: BrowserServer };

export default async (): Promise<void> => {
  const executablePath = findChromium();
  if (!executablePath) return;
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true, env: browserEnv() });
  holder.throughlineChromium = server;
  process.env[SHARED_CHROMIUM] = server.wsEndpoint();
};

/** Closes the run's Chromium (jest's global teardown of the project: test/e2e/support/global-teardown.ts). */
export const closeSharedChromium = async (): Promise<void> => {
  await holder.throughlineChromium?.close();
  delete holder.throughlineChromium;
  delete process.env[SHARED_CHROMIUM];
};
