// Who may edit strategy: Jira admins always, plus the members of the groups listed here. One Save for the list, a
// marker while it differs from what is saved; a group Jira does not have is refused by the server (VALIDATION).
import { useEffect, useState } from 'react';
import { adminCalls, type SettingsView } from '../../../src/shared/api/admin';
import { MAX_GROUP_NAME_LENGTH } from '../../../src/shared/model/settings';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';

export function StrategyEditorsSection({ view, onSaved }: { view: SettingsView; onSaved: (v: SettingsView) => void }) {
  const save = useMutation(adminCalls.saveSettings);
  const stored = view.settings.strategyEditorGroups;
  const [groups, setGroups] = useState<string[]>(stored);
  const [draft, setDraft] = useState('');
  const [saved, setSaved] = useState(false);
  // Only a change of the saved groups resets the list (saving another section must not drop unsaved edits).
  const storedKey = JSON.stringify(stored);
  useEffect(() => setGroups(JSON.parse(storedKey) as string[]), [storedKey]);
  const { canEdit } = view;
  const changed = JSON.stringify(groups) !== storedKey;
  const add = () => {
    const name = draft.trim();
    if (name && !groups.includes(name)) setGroups([...groups, name]);
    setDraft('');
    setSaved(false);
  };
  const submit = async () => {
    const out = await save.run({ strategyEditorGroups: groups, expectedVersion: view.settings.version });
    if (out) {
      onSaved(out);
      setSaved(true);
    }
  };
  return (
    <section className="tl-stack" aria-labelledby="editors-heading">
      <h2 id="editors-heading">Strategy editors</h2>
      <p className="tl-subtle">Jira admins can always edit goals and KPIs. Add groups whose members may edit them too; everyone else reads the strategy.</p>
      <div className="tl-card tl-stack">
        {groups.length === 0 ? (
          <p className="tl-subtle">No groups yet: only Jira admins edit the strategy.</p>
        ) : (
          <ul className="tl-stack" data-testid="editor-groups">
            {groups.map((g) => (
              <li key={g} className="tl-row">
                <span>{g}</span>
                {canEdit && (
                  <button
                    type="button"
                    className="tl-button"
                    aria-label={`Remove ${g}`}
                    onClick={() => (setGroups(groups.filter((x) => x !== g)), setSaved(false))}
                  >
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
              <input
                id="new-group"
                className="tl-input"
                size={32}
                placeholder="Group name, e.g. strategy-office"
                value={draft}
                maxLength={MAX_GROUP_NAME_LENGTH}
                onChange={(e) => setDraft(e.target.value)}
              />
              <button type="button" className="tl-button" onClick={add} disabled={!draft.trim()}>
                Add group
              </button>
            </div>
            {save.error && <ErrorMessage error={save.error} />}
            <div className="tl-row">
              <button type="button" className="tl-button tl-button--primary" onClick={() => void submit()} disabled={save.pending || !changed}>
                {save.pending ? 'Saving…' : 'Save'}
              </button>
              {changed && !save.pending && (
                <span className="tl-small tl-unsaved" data-testid="groups-unsaved">
                  <span aria-hidden="true">● </span>Unsaved changes
                </span>
              )}
              {saved && !changed && <span role="status">✓ Saved</span>}
            </div>
          </>
        ) : (
          <p className="tl-small tl-subtle">Only Jira admins can change this.</p>
        )}
      </div>
    </section>
  );
}
