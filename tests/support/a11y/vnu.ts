/**
 * The Nu HTML Checker (vnu.jar, the W3C validator's engine, from the vnu-jar package), run once over
 * many files: a JVM start costs seconds, a page milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Finding } from './findings.ts';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage { type: string; subType?: string; url: string; message: string; extract?: string; lastLine?: number; lastColumn?: number }

/** Every error vnu reports in `files`, as findings named by the file's path relative to `root`. */
export function validateHtml(files: string[], root: string): Finding[] {
  const json = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(json) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({
      page: relative(root, decodeURIComponent(new URL(m.url).pathname)),
      mode: 'html',
      rule: 'html-valid',
      detail: m.message,
      selector: `line ${m.lastLine ?? '?'}, column ${m.lastColumn ?? '?'}`,
      snippet: (m.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
}
