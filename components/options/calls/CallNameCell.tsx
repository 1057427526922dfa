// A call's name in the call table, with a rename in place: the rep's name for the call (an account, a meeting)
// replaces the derived one; an empty name goes back to it.
import { useState, type FormEvent } from 'react';
import { t } from '../../shared/i18n';
import { platformLabel } from '../../shared/labels';
import { shownCallName, type CallListItem } from '../../shared/call-list-item';
import { optionsRouteHref } from '../hash-route';

export function CallNameCell({ call, onRename }: { call: CallListItem; onRename(callId: string, name: string): Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const name = shownCallName(call);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    await onRename(call.callId, draft);
    setEditing(false);
  };
  if (editing) {
    return (
      <form className="call-rename" onSubmit={save} data-testid="call-rename-form">
        <input
          type="text"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-label={t('manager_calls_name_label')}
          placeholder={t('manager_calls_name_placeholder')}
          maxLength={120}
          autoFocus
          data-testid="call-rename-input"
        />
        <button type="submit" className="button button-small">
          {t('manager_calls_save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing(false)}>
          {t('manager_import_cancel')}
        </button>
      </form>
    );
  }
  return (
    <div className="call-name">
      <a href={optionsRouteHref({ name: 'call', callId: call.callId })} data-call-id={call.callId} className="call-name-link">
        {name}
      </a>
      <button
        type="button"
        className="link-button call-rename-button"
        onClick={() => {
          setDraft(call.name ?? '');
          setEditing(true);
        }}
        aria-label={t('manager_calls_rename_named', name)}
        data-testid="call-rename"
      >
        {t('manager_calls_rename')}
      </button>
      <span className="muted call-row-meta">
        {platformLabel(call.platform)} · {call.repName || t('options_rep_unknown')}
      </span>
    </div>
  );
}
