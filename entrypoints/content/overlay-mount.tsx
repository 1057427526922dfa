// Mounts the in-call overlay in a shadow root, so the meeting page's styles cannot reach it and its styles cannot
// leak into the meeting. Its CSS is bundled as a string, so no extension file has to be exposed to the page.
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { Overlay } from '../../components/overlay/Overlay';
import type { LiveCallStore } from '@/capture/live/live-call-store';
import type { OverlayPlaybook } from '../../components/overlay/overlay-playbook';
import type { OverlayUiStore } from '../../components/overlay/overlay-ui-store';
import type { CallType } from '../../lib/types';

export async function mountOverlay(
  ctx: ContentScriptContext,
  live: LiveCallStore,
  ui: OverlayUiStore,
  playbook: OverlayPlaybook,
  onCallType: (callType: CallType) => void,
) {
  const overlay = await createShadowRootUi(ctx, {
    name: 'discovery-coach-overlay',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    css: overlayCss,
    isolateEvents: true,
    onMount(container) {
      const root = createRoot(container);
      root.render(<Overlay live={live} ui={ui} playbook={playbook} onCallType={onCallType} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  overlay.mount();
  return overlay;
}
