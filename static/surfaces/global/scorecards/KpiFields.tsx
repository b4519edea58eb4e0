// The fields of the KPI editor, each with its label and its error (from the form or from the server).
import type { ReactNode } from 'react';
import { MAX_KPI_NAME_LENGTH, type KpiCategory } from '../../../../src/shared/model/kpi';
import type { Direction, KpiForm, SourceKind } from './kpi-form';
import { CADENCE, CATEGORY } from '../../../kit/ui/scorecard/words';

interface Props {
  id: string;
  form: KpiForm;
  errors: Record<string, string>;
  set(change: Partial<KpiForm>): void;
  /** Things to weigh that do not stop saving, by field. */
  warnings?: Record<string, string | null>;
}

export function KpiFields({ id, form, errors, set, warnings = {} }: Props) {
  const field = (key: string, label: string, input: ReactNode, wide = false) => (
    <div className={`tl-field${wide ? ' kp-wide' : ''}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {errors[key] && (
        <p className="tl-field-error" data-testid={`error-${key}`}>
          ✕ {errors[key]}
        </p>
      )}
      {!errors[key] && warnings[key] && (
        <p className="tl-field-warning" data-testid={`warning-${key}`}>
          ⚠ {warnings[key]}
        </p>
      )}
    </div>
  );
  const text = (key: string, value: string, change: (v: string) => void, type = 'text', extra: Record<string, unknown> = {}) => (
    <input
      id={`${id}-${key}`}
      className="tl-input"
      type={type}
      value={value}
      onChange={(e) => change(e.target.value)}
      aria-invalid={errors[key] ? true : undefined}
      {...extra}
    />
  );
  return (
    <div className="kp-fields">
      {field(
        'name',
        'Name (required)',
        text('name', form.name, (name) => set({ name }), 'text', { maxLength: MAX_KPI_NAME_LENGTH }),
        true,
      )}
      {field(
        'category',
        'Category',
        <select id={`${id}-category`} className="tl-select" value={form.category} onChange={(e) => set({ category: e.target.value as KpiCategory })}>
          {Object.entries(CATEGORY).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>,
      )}
      {field(
        'unit',
        'Unit',
        text('unit', form.unit, (unit) => set({ unit }), 'text', { maxLength: 32, placeholder: '%, $M, days…' }),
      )}
      {field(
        'direction',
        'Direction',
        <select id={`${id}-direction`} className="tl-select" value={form.direction} onChange={(e) => set({ direction: e.target.value as Direction })}>
          <option value="increase">Increase to a target</option>
          <option value="decrease">Decrease to a target</option>
          <option value="range">Keep within a range</option>
        </select>,
      )}
      {form.direction === 'range' ? (
        <>
          {field(
            'target.min',
            'Range from',
            text('target.min', form.min, (min) => set({ min }), 'text', { inputMode: 'decimal' }),
          )}
          {field(
            'target.max',
            'Range to',
            text('target.max', form.max, (max) => set({ max }), 'text', { inputMode: 'decimal' }),
          )}
        </>
      ) : (
        field(
          'target.value',
          'Target',
          text('target.value', form.target, (target) => set({ target }), 'text', { inputMode: 'decimal' }),
        )
      )}
      {field(
        'baseline.value',
        'Baseline value',
        text('baseline.value', form.baseline, (baseline) => set({ baseline }), 'text', { inputMode: 'decimal' }),
      )}
      {field(
        'baseline.date',
        'Baseline date',
        text('baseline.date', form.baselineDate, (baselineDate) => set({ baselineDate }), 'date'),
      )}
      {field(
        'targetDate',
        'Target date',
        text('targetDate', form.targetDate, (targetDate) => set({ targetDate }), 'date'),
      )}
      {field(
        'cadence',
        'Measured',
        <select id={`${id}-cadence`} className="tl-select" value={form.cadence} onChange={(e) => set({ cadence: e.target.value as KpiForm['cadence'] })}>
          {Object.entries(CADENCE).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>,
      )}
      {field(
        'source',
        'Source',
        <select id={`${id}-source`} className="tl-select" value={form.source} onChange={(e) => set({ source: e.target.value as SourceKind })}>
          <option value="manual">Entered by hand</option>
          <option value="jql-count">Count of JQL matches (daily)</option>
          <option value="jql-ratio">Ratio of two JQL counts, % (daily)</option>
        </select>,
      )}
      {form.source === 'jql-count' &&
        field(
          'source.jql',
          'JQL',
          <textarea id={`${id}-source.jql`} className="tl-textarea" rows={2} value={form.jql} onChange={(e) => set({ jql: e.target.value })} />,
          true,
        )}
      {form.source === 'jql-ratio' && (
        <>
          {field(
            'source.numerator',
            'JQL of the part (numerator)',
            <textarea
              id={`${id}-source.numerator`}
              className="tl-textarea"
              rows={2}
              value={form.numerator}
              onChange={(e) => set({ numerator: e.target.value })}
            />,
            true,
          )}
          {field(
            'source.denominator',
            'JQL of the whole (denominator)',
            <textarea
              id={`${id}-source.denominator`}
              className="tl-textarea"
              rows={2}
              value={form.denominator}
              onChange={(e) => set({ denominator: e.target.value })}
            />,
            true,
          )}
        </>
      )}
      <label className="kp-check kp-wide">
        <input type="checkbox" checked={form.customBands} onChange={(e) => set({ customBands: e.target.checked })} /> Own health bands (default: on track from
        95% of the progress expected by now, at risk from 85%)
      </label>
      {form.customBands && (
        <>
          {field(
            'bands.onTrack',
            'On track from (% of expected)',
            text('bands.onTrack', form.onTrack, (onTrack) => set({ onTrack }), 'text', { inputMode: 'decimal' }),
          )}
          {field(
            'bands.atRisk',
            'At risk from (% of expected)',
            text('bands.atRisk', form.atRisk, (atRisk) => set({ atRisk }), 'text', { inputMode: 'decimal' }),
          )}
        </>
      )}
    </div>
  );
}
