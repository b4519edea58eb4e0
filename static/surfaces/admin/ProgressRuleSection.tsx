// How progress is measured on every tree, project page and macro: issues done, weighted by status, or story points.
import { useEffect, useState } from 'react';
import { adminCalls, type SettingsView } from '../../../src/shared/api/admin';
import { PROGRESS_RULES, PROGRESS_RULE_LABEL, type ProgressRule } from '../../../src/shared/model/rollup';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { SaveRow } from './SaveRow';

const EXAMPLE: Record<ProgressRule, string> = {
  'issues-done': '3 of 4 issues done: 75%.',
  'status-weighted': '2 done and 2 in progress of 4: (2 + 2 × ½) ÷ 4 = 75%.',
  'story-points': '13 of 20 points done: 65%. Epics with no estimates count issues instead, and say so.',
};

export function ProgressRuleSection({ view, onSaved }: { view: SettingsView; onSaved: (v: SettingsView) => void }) {
  const save = useMutation(adminCalls.saveSettings);
  const current = view.settings.progressRule;
  const [rule, setRule] = useState<ProgressRule>(current);
  const [saved, setSaved] = useState(false);
  useEffect(() => setRule(current), [current]);
  const submit = async () => {
    const out = await save.run({ progressRule: rule, expectedVersion: view.settings.version });
    if (out) {
      onSaved(out);
      setSaved(true);
    }
  };
  return (
    <section className="tl-stack" aria-labelledby="progress-heading" data-testid="progress-rule">
      <h2 id="progress-heading">Progress rule</h2>
      <p className="tl-subtle">How far the work under an epic or a goal has come, everywhere Throughline shows progress.</p>
      <fieldset className="tl-card tl-stack" disabled={!view.canEdit || save.pending}>
        <legend className="tl-visually-hidden">Progress rule</legend>
        {PROGRESS_RULES.map((r) => (
          <label key={r} className="tl-row">
            <input type="radio" name="progress-rule" value={r} checked={rule === r} onChange={() => (setRule(r), setSaved(false))} />
            <span>
              <strong>{PROGRESS_RULE_LABEL[r]}</strong>
              {r === current && <span className="tl-small tl-subtle"> (active)</span>}
              <br />
              <span className="tl-small tl-subtle">{EXAMPLE[r]}</span>
            </span>
          </label>
        ))}
        <SaveRow canEdit={view.canEdit} pending={save.pending} disabled={rule === current} saved={saved ? 'Saved' : null} onSave={() => void submit()} />
      </fieldset>
      {save.error && <ErrorMessage error={save.error} />}
    </section>
  );
}
