/**
 * The live preview (`npm run dev`) as an editor uses it: save a change to data/ and the page shows it;
 * save a mistake and the terminal and the page say what to fix; correct it and the page comes back.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, it } from 'vitest';
import { projectCopy, type ProjectCopy } from './project-copy.ts';
import { siteAddress } from '../../src/lib/sharing/site-address.ts';

let book: ProjectCopy | undefined;
let stop = () => {};
let log = '';
afterAll(() => {
  stop();
  book?.remove();
});

/** The environment an editor's terminal has: without Vitest's own variables, which change how Vite serves. */
const editorsShell = () => Object.fromEntries(Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' })
  .filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));

/** A port nothing listens on. */
const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

/** Polls `check` until it returns something truthy, for at most `ms`. */
async function until<T>(check: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check().catch((error: Error) => void (log += `(test: ${error.message})\n`));
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the preview printed:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

it('shows a saved change, reports a mistake with its fix, and recovers once it is corrected', async () => {
  book = projectCopy();
  const port = await freePort();
  const dev = spawn(process.execPath, [join(book.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    { cwd: book.root, env: editorsShell(), detached: true });
  stop = () => {
    if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
  };
  dev.stdout.on('data', (d) => (log += d));
  dev.stderr.on('data', (d) => (log += d));
  const url = `http://localhost:${port}${siteAddress().base}what-staff-think/`;
  const get = async () => {
    // A request that reaches the server while it is still starting can wait forever: give up and ask again.
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    // The page's text as a reader sees it (a figure is marked up inside its sentence).
    return { status: response.status, html: parse(await response.text()).textContent.replace(/\s+/g, ' ') };
  };

  await until(async () => (await get()).html.includes('Of the staff who answered, 94% understand'), 'the first page', 120_000);

  book.edit('data/figures.yaml', /(- id: staff-role-awareness\n {2}value: )94\n/, '$191\n');
  await until(async () => (await get()).html.includes('Of the staff who answered, 91% understand'), 'the changed figure');

  book.edit('data/figures.yaml', /(- id: staff-role-awareness\n {2}value: )91\n/, '$1140\n');
  const line = book.read('data/figures.yaml').split('\n').indexOf('- id: staff-role-awareness') + 2;
  const message = `data/figures.yaml:${line} ("staff-role-awareness", field "value"): is 140, but a percent figure must be between 0 and 100.\n`
    + '  Fix: write the percentage as a number from 0 to 100 (94 for 94%).';
  await until(async () => (await get()).status === 500, 'the error page');
  await until(async () => log.includes(message), 'the message in the terminal');

  book.edit('data/figures.yaml', /(- id: staff-role-awareness\n {2}value: )140\n/, '$192\n');
  await until(async () => {
    const { status, html } = await get();
    return status === 200 && html.includes('Of the staff who answered, 92% understand');
  }, 'the page to come back');
}, 240_000);
