// Opens the extension's own pages (popup, options) in tabs, as the toolbar button and "Options" would.
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId } from './browser';

export async function openExtensionPage(context: BrowserContext, pathAndHash: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/${pathAndHash}`);
  return page;
}
