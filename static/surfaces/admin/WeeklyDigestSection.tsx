// The weekly digest: a mail each week to every leader and manager of an active goal, listing what is due from them
// ("Due from you"). Off until a Jira admin turns it on here.
import { useEffect, useState } from 'react';
import { adminCalls, type SettingsView } from '../../../src/shared/api/admin';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { SaveRow } from './SaveRow';

export function WeeklyDigestSection({ view, onSaved }: { view: SettingsView; onSaved: (v: SettingsView) => void }) {
  const save = useMutation(adminCalls.saveSettings);
  const current = view.settings.weeklyDigest;
  const [on, setOn] = useState(current);
  const [saved, setSaved] = useState(false);
  useEffect(() => setOn(current), [current]);
  const submit = async () => {
    const out = await save.run({ weeklyDigest: on, expectedVersion: view.settings.version });
    if (out) {
      onSaved(out);
      setSaved(true);
    }
  };
  return (
    <section className="tl-stack" aria-labelledby="digest-heading" data-testid="weekly-digest">
      <h2 id="digest-heading">Weekly reminders</h2>
      <p className="tl-subtle">
        Once a week, each leader and manager of an active goal gets one mail listing what is due from them: check-ins, KPI values, agreements and input to
        answer. Jira sends it as a notification of the most recently updated epic of one of their goals; someone whose goals have no tagged epic gets none.
      </p>
      <fieldset className="tl-card tl-stack" disabled={!view.canEdit || save.pending}>
        <legend className="tl-visually-hidden">Weekly reminders</legend>
        <label className="tl-row">
          <input type="checkbox" checked={on} onChange={(e) => (setOn(e.target.checked), setSaved(false))} />
          <span>Send the weekly reminder mail{current && <span className="tl-small tl-subtle"> (on now)</span>}</span>
        </label>
        <SaveRow canEdit={view.canEdit} pending={save.pending} disabled={on === current} saved={saved ? 'Saved' : null} onSave={() => void submit()} />
      </fieldset>
      {save.error && <ErrorMessage error={save.error} />}
    </section>
  );
}
