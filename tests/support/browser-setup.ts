/**
 * Vitest globalSetup for the browser tests (after build-once.ts): serves dist/ on 127.0.0.1 under the
 * base path and launches one Chromium that every test file connects to, then stops both at the end.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser-launch.ts';
import { basePath, serveSite } from './serve.ts';
import { DIST } from './site.ts';

export default async function setup(project: TestProject) {
  const site = await serveSite(DIST, { base: basePath() });
  const server = await launchBrowserServer();
  project.provide('browserEndpoint', server.wsEndpoint());
  project.provide('siteOrigin', site.root);
  return async () => {
    await server.close();
    await site.close();
  };
}
