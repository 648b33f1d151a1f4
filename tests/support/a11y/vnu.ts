/**
 * The Nu HTML Checker (vnu.jar, the W3C validator's engine, from the vnu-jar package), run once over
 * many files: a JVM start costs seconds, a page milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Finding } from './findings.ts';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
  lastColumn?: number;
}

/**
 * Errors of vnu's CSS checker (the W3C CSS validator inside it) about CSS every current browser
 * supports, each with its bug report. Only these exact messages are set aside; any other CSS or HTML
 * error still fails the suite.
 */
export const VNU_CSS_GAPS: { message: RegExp; extract?: RegExp; reason: string; link: string }[] = [
  {
    message: /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.$/,
    reason: 'container queries (Baseline 2023) are unknown to the CSS checker',
    link: 'https://github.com/w3c/css-validator/issues/474',
  },
  {
    message: /^CSS: Unrecognized at-rule “@container”$/,
    reason: 'the @container rule (Baseline 2023) is unknown to the CSS checker',
    link: 'https://github.com/w3c/css-validator/issues/422',
  },
  {
    message: /^CSS: “[a-z-]+”: Parse Error\.$/,
    extract: /\d(cqi|cqw|cqh|cqb|cqmin|cqmax)\b/,
    reason:
      'container query length units (cqi and kin) are unknown to the CSS checker, so a value using one fails to parse',
    link: 'https://github.com/w3c/css-validator/issues/474',
  },
];

const isCssGap = (m: VnuMessage) =>
  VNU_CSS_GAPS.some((gap) => gap.message.test(m.message) && (!gap.extract || gap.extract.test(m.extract ?? '')));

/** Every error vnu reports in `files`, as findings named by the file's path relative to `root`. */
export function validateHtml(files: string[], root: string): Finding[] {
  const json = execFileSync(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', '--stdout', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const { messages } = JSON.parse(json) as { messages: VnuMessage[] };
  return messages
    .filter((m) => (m.type === 'error' || m.subType === 'fatal') && !isCssGap(m))
    .map((m) => ({
      page: relative(root, decodeURIComponent(new URL(m.url).pathname)),
      mode: 'html',
      rule: 'html-valid',
      detail: m.message,
      selector: `line ${m.lastLine ?? '?'}, column ${m.lastColumn ?? '?'}`,
      snippet: (m.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
}
