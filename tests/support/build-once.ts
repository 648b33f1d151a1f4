/**
 * Builds the book once per test run, before any whole-site test, exactly as `npm run build` does.
 * Set SKIP_BUILD=1 to test the output already in dist/ (after a build you just ran).
 */
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SKIP_BUILD || process.env.BOOK_BUILT_THIS_RUN) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.env.BOOK_BUILT_THIS_RUN = '1';
}
