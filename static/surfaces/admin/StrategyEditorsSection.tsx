// Who may edit strategy: Jira admins always, plus the members of the groups listed here.
import { useEffect, useState } from 'react';
import { adminCalls } from '../../../src/shared/api/admin';
import { useMutation } from '../../src/api/mutation';
import { useCall } from '../../src/api/useCall';
import { ErrorMessage } from '../../src/ui/ErrorMessage';
import { Loading } from '../../src/ui/Loading';

export function StrategyEditorsSection() {
  const { state, retry } = useCall(adminCalls.settings, {});
  const save = useMutation(adminCalls.saveSettings);
  const [groups, setGroups] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [draft, setDraft] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (state.status === 'ready') {
      setGroups(state.data.settings.strategyEditorGroups);
      setVersion(state.data.settings.version);
    }
  }, [state]);
  if (state.status === 'loading') return <Loading label="Loading settings…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  const { canEdit } = state.data;
  const add = () => {
    const name = draft.trim();
    if (name && !groups.includes(name)) setGroups([...groups, name]);
    setDraft('');
    setSaved(false);
  };
  const submit = async () => {
    const out = await save.run({ strategyEditorGroups: groups, expectedVersion: version });
    if (out) {
      setVersion(out.settings.version);
      setSaved(true);
    }
  };
  return (
    <section className="tl-stack" aria-labelledby="editors-heading">
      <h2 id="editors-heading">Strategy editors</h2>
      <p className="tl-subtle">
        Jira admins can always edit goals and KPIs. Add groups whose members may edit them too; everyone else reads the strategy.
      </p>
      <div className="tl-card tl-stack">
        {groups.length === 0 ? (
          <p className="tl-subtle">No groups yet: only Jira admins edit the strategy.</p>
        ) : (
          <ul className="tl-stack" data-testid="editor-groups">
            {groups.map((g) => (
              <li key={g} className="tl-row">
                <span>{g}</span>
                {canEdit && (
                  <button type="button" className="tl-button" aria-label={`Remove ${g}`} onClick={() => (setGroups(groups.filter((x) => x !== g)), setSaved(false))}>
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {canEdit ? (
          <>
            <div className="tl-row">
              <label className="tl-visually-hidden" htmlFor="new-group">
                Group name
              </label>
              <input id="new-group" className="tl-input" placeholder="Group name, e.g. strategy-office" value={draft} maxLength={255} onChange={(e) => setDraft(e.target.value)} />
              <button type="button" className="tl-button" onClick={add} disabled={!draft.trim()}>
                Add group
              </button>
            </div>
            {save.error && <ErrorMessage error={save.error} />}
            <div className="tl-row">
              <button type="button" className="tl-button tl-button--primary" onClick={() => void submit()} disabled={save.pending}>
                {save.pending ? 'Saving…' : 'Save'}
              </button>
              {saved && <span role="status">✓ Saved</span>}
            </div>
          </>
        ) : (
          <p className="tl-small tl-subtle">Only Jira admins can change this.</p>
        )}
      </div>
    </section>
  );
}
