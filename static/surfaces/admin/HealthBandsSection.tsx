// The default health bands: how far behind the plan a KPI without bands of its own may be before it is at risk
// or off track. Entered in percent of the progress expected by now; checked here and again by the app.
import { useEffect, useState } from 'react';
import { adminCalls, type SettingsView } from '../../../src/shared/api/admin';
import { BandsPercentInput } from '../../../src/shared/model/settings';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { SaveRow } from './SaveRow';

type Field = 'onTrackPercent' | 'atRiskPercent';

/** Field problems in words, from the same schema the app checks with. */
const problemsOf = (form: Record<Field, string>): Partial<Record<Field, string>> => {
  const parsed = BandsPercentInput.safeParse({ onTrackPercent: Number(form.onTrackPercent), atRiskPercent: Number(form.atRiskPercent) });
  const out: Partial<Record<Field, string>> = {};
  for (const f of ['onTrackPercent', 'atRiskPercent'] as const)
    if (form[f].trim() === '' || Number.isNaN(Number(form[f]))) out[f] = 'Enter a number from 1 to 100';
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const f = issue.path[0] as Field;
      out[f] ??= issue.code === 'custom' ? 'Must not be above the on-track band' : 'Enter a number from 1 to 100';
    }
  }
  return out;
};

/** Points of the example's 40 expected that a band asks for. */
const pointsAt = (percent: string): number => Math.round(0.4 * Number(percent) * 10) / 10;

export function HealthBandsSection({ view, onSaved }: { view: SettingsView; onSaved: (v: SettingsView) => void }) {
  const save = useMutation(adminCalls.saveSettings);
  const current = view.settings.defaultHealthBands;
  const [form, setForm] = useState<Record<Field, string>>({ onTrackPercent: String(current.onTrackPercent), atRiskPercent: String(current.atRiskPercent) });
  const [saved, setSaved] = useState(false);
  useEffect(
    () => setForm({ onTrackPercent: String(current.onTrackPercent), atRiskPercent: String(current.atRiskPercent) }),
    [current.onTrackPercent, current.atRiskPercent],
  );
  const problems = problemsOf(form);
  const changed = Number(form.onTrackPercent) !== current.onTrackPercent || Number(form.atRiskPercent) !== current.atRiskPercent;
  const submit = async () => {
    const out = await save.run({
      defaultHealthBands: { onTrackPercent: Number(form.onTrackPercent), atRiskPercent: Number(form.atRiskPercent) },
      expectedVersion: view.settings.version,
    });
    if (out) {
      onSaved(out);
      setSaved(true);
    }
  };
  const input = (f: Field, label: string) => (
    <div className="tl-field">
      <label htmlFor={`bands-${f}`}>{label}</label>
      <span className="tl-row">
        <input
          id={`bands-${f}`}
          className="tl-input"
          type="number"
          min={1}
          max={100}
          step="any"
          inputMode="decimal"
          style={{ width: '6em' }}
          value={form[f]}
          aria-invalid={problems[f] ? true : undefined}
          aria-describedby={problems[f] ? `bands-${f}-error` : undefined}
          onChange={(e) => (setForm({ ...form, [f]: e.target.value }), setSaved(false))}
        />
        <span aria-hidden="true">%</span>
      </span>
      {problems[f] && (
        <span id={`bands-${f}-error`} className="tl-field-error">
          {problems[f]}
        </span>
      )}
    </div>
  );
  return (
    <section className="tl-stack" aria-labelledby="bands-heading" data-testid="health-bands">
      <h2 id="bands-heading">Default health bands</h2>
      <p className="tl-subtle">
        For KPIs without bands of their own: the share of the progress expected by now that counts as on track, and as at risk. Below the at-risk band a KPI is
        off track.
      </p>
      <fieldset className="tl-card tl-stack" disabled={!view.canEdit || save.pending}>
        <legend className="tl-visually-hidden">Default health bands</legend>
        <div className="tl-row" style={{ alignItems: 'flex-start' }}>
          {input('onTrackPercent', 'On track from')}
          {input('atRiskPercent', 'At risk from')}
        </div>
        {Object.keys(problems).length === 0 && (
          <p className="tl-small tl-subtle">
            Example: a KPI should have moved 40 of its 100 points by now. With {form.onTrackPercent}% and {form.atRiskPercent}%, it is on track from{' '}
            {pointsAt(form.onTrackPercent)} points and at risk from {pointsAt(form.atRiskPercent)}.
          </p>
        )}
        <SaveRow
          canEdit={view.canEdit}
          pending={save.pending}
          disabled={!changed || Object.keys(problems).length > 0}
          saved={saved ? 'Saved; every goal’s KPI health was evaluated again' : null}
          onSave={() => void submit()}
        />
      </fieldset>
      {save.error && <ErrorMessage error={save.error} />}
    </section>
  );
}
