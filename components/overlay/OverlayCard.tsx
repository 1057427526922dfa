import { useRef, type ReactNode } from 'react';
import { t } from '../shared/i18n';

interface OverlayCardProps {
  className: string;
  label: string;
  dismissLabel: string;
  badge: ReactNode;
  /** `hadFocus`: the card held the keyboard focus, which should then move somewhere that stays. */
  onDismiss(hadFocus: boolean): void;
  children: ReactNode;
  [data: `data-${string}`]: string;
}

/** A card the rep can dismiss with its × button or with Escape while focus is in it. */
export function OverlayCard({ className, label, dismissLabel, badge, onDismiss, children, ...data }: OverlayCardProps) {
  const cardRef = useRef<HTMLElement>(null);
  const dismiss = () => {
    const card = cardRef.current;
    const focused = card ? (card.getRootNode() as Document | ShadowRoot).activeElement : null;
    onDismiss(focused !== null && card !== null && card.contains(focused));
  };
  return (
    <section
      ref={cardRef}
      className={className}
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        dismiss();
      }}
      {...data}
    >
      <div className="dc-card-head">
        {badge}
        <button type="button" className="dc-icon-button" onClick={dismiss} aria-label={dismissLabel} title={t('overlay_dismiss_tooltip')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </section>
  );
}
