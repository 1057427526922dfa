import { useId, useState, type ReactNode } from 'react';

interface ExpandToggleProps {
  label: string;
  testId: string;
  /** Rendered beside the toggle, on the same row (the card's other actions). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A card's detail behind one tap: hidden (and out of the reading order) until the rep asks for it. */
export function ExpandToggle({ label, testId, actions, children }: ExpandToggleProps) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <>
      <div className="dc-card-actions">
        <button
          type="button"
          className="dc-text-button"
          aria-expanded={open}
          aria-controls={detailId}
          data-testid={testId}
          onClick={() => setOpen(!open)}
        >
          {label}
          <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
        </button>
        {actions}
      </div>
      <div id={detailId} className="dc-card-detail" hidden={!open}>
        {children}
      </div>
    </>
  );
}
