import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS_PATH } from './harness';

/** Save a screenshot of a Firefox page under artifacts/ and return its path. */
export async function saveFirefoxScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_PATH, { recursive: true });
  const path = join(ARTIFACTS_PATH, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}
