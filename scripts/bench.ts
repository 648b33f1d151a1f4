/**
 * `npm run bench`: what a build costs, against the engine it replaced and Astro Starlight (src/pipeline/bench/main.ts).
 */
import { runBench } from '../src/pipeline/bench/main.ts';

await runBench(process.argv.slice(2));
