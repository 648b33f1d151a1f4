/**
 * Vitest globalSetup for the browser tests (after build-once.ts): serves dist/ on 127.0.0.1 under the
 * base path and launches one Chromium that every test file connects to, then stops both at the end.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROME_ARGS, CHROME_PATH } from './chrome.ts';
import { DIST } from './site.ts';
import { serveStatic } from './static-server.ts';

export default async function setup(project: TestProject) {
  const site = await serveStatic(DIST);
  const server = await chromium.launchServer({ executablePath: CHROME_PATH, args: CHROME_ARGS, host: '127.0.0.1' });
  project.provide('browserEndpoint', server.wsEndpoint());
  project.provide('siteOrigin', site.origin);
  return async () => {
    await server.close();
    await site.close();
  };
}
