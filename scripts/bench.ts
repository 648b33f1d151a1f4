/**
 * `npm run bench`: what a build costs, against the engine it replaced and Astro Starlight (src/build/bench/main.ts).
 */
import { runBench } from '../src/build/bench/main.ts';

await runBench(process.argv.slice(2));
