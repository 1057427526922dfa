// Rasterizes public/icon.svg into the PNG sizes the browsers and stores ask for (public/icon/<size>.png, which WXT
// puts in the manifest's `icons`). Chromium draws each size from the vector, so small sizes stay sharp.
// Run: npx tsx scripts/make-icons.ts (the PNGs are committed; rerun after changing the SVG).
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = path.join(ROOT, 'public/icon.svg');
const OUT_DIR = path.join(ROOT, 'public/icon');

async function main() {
  const svg = readFileSync(SOURCE, 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      const file = path.join(OUT_DIR, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`${path.relative(ROOT, file)} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
