// The real in-call overlay, in a shadow root of its own as on a meeting page, so neither the onboarding page's
// styles nor the overlay's reach the other. It sits in the mock meeting, which is its containing block.
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import overlayCss from '../../overlay/overlay.css?inline';
import { Overlay, type OverlayProps } from '../../overlay/Overlay';

/** On a meeting page the overlay may be as tall as the window; here it stays inside the practice meeting. */
const FIT_TO_MEETING_CSS = '.dc-frame { max-height: calc(100% - 32px) !important; }';

export function DemoOverlay(props: OverlayProps) {
  const host = useRef<HTMLDivElement>(null);
  const [mountPoint, setMountPoint] = useState<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${overlayCss}\n${FIT_TO_MEETING_CSS}`;
    const mount = document.createElement('div');
    shadow.replaceChildren(style, mount);
    setMountPoint(mount);
  }, []);

  return (
    <div ref={host} className="demo-overlay-host" data-testid="demo-overlay">
      {mountPoint ? createPortal(<Overlay {...props} />, mountPoint) : null}
    </div>
  );
}
