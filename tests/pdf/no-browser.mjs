// Loaded into a build with --import: any module that asks for a browser driver stops the build, so a
// build that passes under it printed nothing with a browser (tests/pdf/rebuild.test.ts).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (/^(playwright|puppeteer)/.test(specifier))
      throw new Error(`a build step asked for a browser driver: ${specifier}`);
    return next(specifier, context);
  },
});
