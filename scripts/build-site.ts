/**
 * `npm run build`, with the options --book <folder>, --out <folder>, --site-only, --paper letter, --check,
 * --no-swap and --verbose (src/pipeline/run-build.ts says what each does).
 */
import { runBuild } from '../src/pipeline/run-build.ts';

process.exit(await runBuild(process.argv.slice(2)));
