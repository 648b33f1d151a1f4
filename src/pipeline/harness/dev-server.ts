/**
 * `astro dev` on a project copy, as an editor runs it: for the live-preview test and the editor-loop
 * bench (so no Vitest here).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadData } from '../../book/data/load.ts';
import { siteAddress } from '../../book/routes.ts';

/** The environment an editor's terminal has: without Vitest's own variables, which change how Vite serves. */
const editorsShell = () =>
  Object.fromEntries(
    Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST',
    ),
  );

/** A port nothing listens on. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface DevServer {
  /** The address of `path` (e.g. `/what-staff-think/`) on the server, under the site's base path. */
  url(path: string): string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): void;
}

/** Starts `astro dev` in `root` (returns at once: poll a page to know when it is up). */
export async function startDev(root: string): Promise<DevServer> {
  const port = await freePort();
  const dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: root,
    env: editorsShell(),
    detached: true,
  });
  const base = siteAddress(loadData(root).book.url).base;
  let log = '';
  dev.stdout.on('data', (d) => (log += d));
  dev.stderr.on('data', (d) => (log += d));
  return {
    url: (path) => `http://localhost:${port}${base}${path.replace(/^\//, '')}`,
    log: () => log,
    stop: () => {
      if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
    },
  };
}
