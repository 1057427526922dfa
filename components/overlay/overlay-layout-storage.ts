// Where the rep left the overlay, per meeting platform (each has its own controls in its own place).
// Kept in extension storage rather than the page's, so meeting sites cannot read or clear it.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import type { Platform } from '../../lib/types';
import type { OverlayUiSnapshot } from './overlay-ui-store';

const layoutSchema = z.object({
  position: z.nullable(z.object({ x: z.number(), y: z.number() })),
  collapsed: z.boolean(),
});

const overlayLayouts = storage.defineItem<Record<string, unknown>>('local:overlayLayouts', { fallback: {} });

/** The saved layout for a platform, or null when there is none or it no longer parses. */
export async function loadOverlayLayout(platform: Platform): Promise<OverlayUiSnapshot | null> {
  const saved = (await overlayLayouts.getValue())[platform];
  const parsed = layoutSchema.safeParse(saved);
  return parsed.success ? parsed.data : null;
}

export async function saveOverlayLayout(platform: Platform, layout: OverlayUiSnapshot): Promise<void> {
  const all = await overlayLayouts.getValue();
  await overlayLayouts.setValue({ ...all, [platform]: { position: layout.position, collapsed: layout.collapsed } });
}
