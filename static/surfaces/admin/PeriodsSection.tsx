// Periods: the quarters, halves and years the strategy is reviewed by. A Jira admin adds, renames, moves and removes
// them here (one Save for the whole table); closed ones keep their dates and stay. Strategy editors close them in
// the strategy workspace.
import { useEffect, useRef, useState } from 'react';
import { periodCalls, type PeriodsView } from '../../../src/shared/api/periods';
import { PERIOD_KIND_LABEL, PERIOD_KINDS, type PeriodKind } from '../../../src/shared/model/period';
import { useCall } from '../../kit/api/useCall';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { formatDay } from '../../kit/ui/dates';
import { inputsOf, rowsOf, suggestRow, type PeriodRow } from './period-rows';
import { SaveRow } from './SaveRow';
import '../../kit/ui/periods.css';

/** VALIDATION details by row and field ("periods.3.start" → row 3, start); the rest under the table. */
const problemsOf = (details: unknown): { byRow: Map<number, string[]>; other: string[] } => {
  const byRow = new Map<number, string[]>();
  const other: string[] = [];
  for (const d of Array.isArray(details) ? (details as { path?: unknown; message?: unknown }[]) : []) {
    if (typeof d.message !== 'string') continue;
    const m = typeof d.path === 'string' ? /^periods\.(\d+)/.exec(d.path) : null;
    if (m) byRow.set(Number(m[1]), [...(byRow.get(Number(m[1])) ?? []), d.message]);
    else other.push(d.message);
  }
  return { byRow, other };
};

export function PeriodsSection() {
  const { state, retry } = useCall(periodCalls.list, {});
  const [view, setView] = useState<PeriodsView | null>(null);
  const [rows, setRows] = useState<PeriodRow[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useMutation(periodCalls.save);
  const keys = useRef(0);
  useEffect(() => {
    if (state.status !== 'ready') return;
    setView(state.data);
    setRows(rowsOf(state.data.calendar.periods));
  }, [state]);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!view) return <Loading label="Loading periods…" />;
  const change = (key: string, patch: Partial<PeriodRow>) => (setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r))), setSaved(false));
  const add = (kind: PeriodKind) => (setRows([...rows, suggestRow(rows, kind, view.today, `new-${++keys.current}`)]), setSaved(false));
  const changed = JSON.stringify(inputsOf(rows)) !== JSON.stringify(inputsOf(rowsOf(view.calendar.periods)));
  const submit = async () => {
    const out = await save.run({ expectedVersion: view.calendar.version, periods: inputsOf(rows) });
    if (!out) return;
    setView(out);
    setRows(rowsOf(out.calendar.periods));
    setSaved(true);
  };
  const problems = problemsOf(save.error?.code === 'VALIDATION' ? save.error.details : undefined);
  const field = (r: PeriodRow, i: number, f: 'name' | 'start' | 'end', label: string) => (
    <input
      className="tl-input"
      type={f === 'name' ? 'text' : 'date'}
      aria-label={`${label} of period ${i + 1}`}
      value={r[f]}
      maxLength={f === 'name' ? 60 : undefined}
      disabled={!view.canDefine || (r.closed !== null && f !== 'name')}
      aria-invalid={problems.byRow.has(i) ? true : undefined}
      onChange={(e) => change(r.key, { [f]: e.target.value })}
    />
  );
  return (
    <section className="tl-stack" aria-labelledby="periods-heading" data-testid="periods-settings">
      <h2 id="periods-heading">Periods</h2>
      <p className="tl-subtle">
        The quarters, halves and years you review strategy by. Periods of one kind may not overlap; a half or a year may hold quarters. When a period has ended,
        a strategy editor closes it in the strategy workspace: Throughline keeps a snapshot of every goal, and Scorecards can compare today with it. A closed
        period keeps its dates.
      </p>
      <fieldset className="tl-card tl-stack" disabled={save.pending}>
        <legend className="tl-visually-hidden">Periods</legend>
        {rows.length === 0 ? (
          <p className="tl-subtle">No periods yet. Add the current quarter to start.</p>
        ) : (
          <div className="pd-table-wrap">
            <table className="pd-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Starts</th>
                  <th scope="col">Ends</th>
                  <th scope="col">State</th>
                  {view.canDefine && (
                    <th scope="col">
                      <span className="tl-visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.key} data-testid="period-row">
                    <td>
                      {field(r, i, 'name', 'Name')}
                      {problems.byRow.get(i)?.map((m) => (
                        <div key={m} className="tl-field-error" role="alert">
                          {m}
                        </div>
                      ))}
                    </td>
                    <td>
                      <select
                        className="tl-select"
                        aria-label={`Kind of period ${i + 1}`}
                        value={r.kind}
                        disabled={!view.canDefine || r.closed !== null}
                        onChange={(e) => change(r.key, { kind: e.target.value as PeriodKind })}
                      >
                        {PERIOD_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {PERIOD_KIND_LABEL[k]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{field(r, i, 'start', 'Start')}</td>
                    <td>{field(r, i, 'end', 'End')}</td>
                    <td className="tl-small">
                      {r.closed ? (
                        <span className="tl-lozenge tl-lozenge--neutral">Closed {formatDay(r.closed.day)}</span>
                      ) : r.id ? (
                        <span className="tl-lozenge tl-lozenge--info">Open</span>
                      ) : (
                        <span className="tl-lozenge tl-lozenge--outline">Not saved</span>
                      )}
                    </td>
                    {view.canDefine && (
                      <td>
                        {r.closed === null && (
                          <button
                            type="button"
                            className="tl-button"
                            aria-label={`Remove ${r.name || `period ${i + 1}`}`}
                            onClick={() => (setRows(rows.filter((x) => x.key !== r.key)), setSaved(false))}
                          >
                            Remove
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {view.canDefine && (
          <div className="tl-row">
            {PERIOD_KINDS.map((k) => (
              <button key={k} type="button" className="tl-button" onClick={() => add(k)}>
                Add {PERIOD_KIND_LABEL[k].toLowerCase()}
              </button>
            ))}
          </div>
        )}
        {problems.other.map((m) => (
          <p key={m} className="tl-field-error" role="alert">
            {m}
          </p>
        ))}
        <SaveRow canEdit={view.canDefine} pending={save.pending} disabled={!changed} saved={saved ? 'Saved' : null} onSave={() => void submit()} />
      </fieldset>
      {save.error && save.error.code !== 'VALIDATION' && <ErrorMessage error={save.error} />}
    </section>
  );
}
