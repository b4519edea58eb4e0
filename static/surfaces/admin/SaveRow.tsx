// The foot of an admin settings section: Save with its confirmation for Jira admins, or why nobody else may change it.
export function SaveRow(props: { canEdit: boolean; pending: boolean; disabled: boolean; saved: string | null; onSave: () => void }) {
  if (!props.canEdit) return <p className="tl-small tl-subtle">Only Jira admins can change this.</p>;
  return (
    <div className="tl-row">
      <button type="button" className="tl-button tl-button--primary" onClick={props.onSave} disabled={props.pending || props.disabled}>
        {props.pending ? 'Saving…' : 'Save'}
      </button>
      {props.saved && <span role="status">✓ {props.saved}</span>}
    </div>
  );
}
