import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchBrowser } from './browser-launch.ts';

describe('the tests without a browser', () => {
  afterEach(() => void vi.unstubAllEnvs());

  it.each([
    [
      'no browser at the path',
      '/no/such/chromium',
      /^no Chromium at \/no\/such\/chromium, so the browser tests cannot run: install Debian's .* or set CHROME_PATH/,
    ],
    [
      'a program there that is not a browser',
      '/bin/false',
      /^Chromium at \/bin\/false would not start \(.*\): install Debian's .* or set CHROME_PATH/,
    ],
  ])('say in one line what is missing and how to get it (%s)', async (_, path, message) => {
    vi.stubEnv('CHROME_PATH', path);
    const error = await launchBrowser().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('NoBrowserError');
    expect(error?.message).toMatch(message);
    expect(error?.message.split('\n')).toHaveLength(1);
  });
});
