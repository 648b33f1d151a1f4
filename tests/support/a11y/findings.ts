/** What every browser check returns, and the one line per problem a failing test prints. */
import type { RawFinding } from './in-page.ts';

export type { RawFinding };

/** A problem on one page in one mode. */
export interface Finding extends RawFinding {
  page: string;
  mode: string;
}

/** Tags raw findings with the page and mode they were found in. */
export const at = (page: string, mode: string, raw: RawFinding[]): Finding[] => raw.map((f) => ({ ...f, page, mode }));

/**
 * "about-the-research/ [dark] color-contrast: Elements must meet minimum color contrast (2.1:1)
 *    at main > p.lede: <p class="lede">Who was asked...". Tests compare a list of these with [], so a
 * failure prints the page, the mode, the rule and the element of every problem at once.
 */
export const describeFinding = (f: Finding): string =>
  `${f.page} [${f.mode}] ${f.rule}: ${f.detail}\n    at ${f.selector}: ${f.snippet}`;

/** The formatted list, for `expect(report(findings)).toEqual([])`. */
export const report = (findings: Finding[]): string[] => findings.map(describeFinding);
