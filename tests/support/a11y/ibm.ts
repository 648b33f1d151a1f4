/**
 * IBM Equal Access (accessibility-checker-engine) in the page, with its WCAG 2.2 A and AA rule set:
 * a second engine beside axe, with rules of its own (a form field's label it cannot reach, for one).
 * Its violations become findings; its "potential" and "manual" results are for a person to review.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { RawFinding } from './in-page.ts';

const ACE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

/** The rule set: WCAG 2.2 at levels A and AA. */
export const IBM_RULE_SET = 'WCAG_2_2';

/** Runs the checker on the loaded page; returns its violations, one finding per element. */
export async function runIbm(page: Page): Promise<RawFinding[]> {
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(`${ACE_SOURCE};window.ace = ace;`);
  return page.evaluate(async (ruleSet) => {
    // value: the rule's kind (VIOLATION, RECOMMENDATION...) and the outcome (PASS, FAIL, POTENTIAL, MANUAL).
    interface Result {
      ruleId: string;
      value: [string, string];
      message: string;
      path: { dom: string };
      snippet: string;
    }
    const ace = (
      window as unknown as {
        ace: { Checker: new () => { check: (d: Document, sets: string[]) => Promise<{ results: Result[] }> } };
      }
    ).ace;
    const { results } = await new ace.Checker().check(document, [ruleSet]);
    return results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .map((r) => ({
        rule: r.ruleId,
        detail: r.message,
        selector: r.path.dom,
        snippet: r.snippet.replace(/\s+/g, ' ').slice(0, 140),
      }));
  }, IBM_RULE_SET);
}
