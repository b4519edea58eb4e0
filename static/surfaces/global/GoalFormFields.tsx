// The goal form's fields, each with its label and, when something is wrong, the reason right beside it.
import { LEVEL_LABEL, LEVELS, Level } from '../../../src/shared/levels';
import { CYCLE_STAGES, CycleStage, type GoalSummary } from '../../../src/shared/model/goal';
import { STAGE_LABEL, STATUS_LABEL } from './format';
import { DESCRIPTION_MAX, mayHaveNoParent, parentOptions, TITLE_MAX, type FieldErrors, type FormValues } from './form-model';
import { FieldError } from './FieldError';
import { catalogCalls } from '../../../src/shared/api/catalog';
import { call } from '../../kit/api/invoke';
import { UserPicker } from '../../kit/ui/UserPicker';

const searchPeople = (query: string) => call(catalogCalls.searchUsers, { query });

interface Props {
  values: FormValues;
  onChange(patch: Partial<FormValues>): void;
  errors: FieldErrors;
  goals: readonly GoalSummary[];
  editingId: string | null;
}

const FORM_STATUSES = ['draft', 'active', 'achieved'] as const;

export function GoalFormFields({ values, onChange, errors, goals, editingId }: Props) {
  const options = parentOptions(goals, values.level, editingId);
  const strayParent = values.parentId && !options.some((g) => g.id === values.parentId) ? goals.find((g) => g.id === values.parentId) : undefined;
  const titleLength = values.title.trim().length;
  const setLevel = (level: Level) => {
    const keep = values.parentId !== null && parentOptions(goals, level, editingId).some((g) => g.id === values.parentId);
    onChange({ level, parentId: keep ? values.parentId : null });
  };
  const describedBy = (field: keyof FieldErrors, extra?: string) => [errors[field] ? `err-${field}` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div className="tl-field">
        <label htmlFor="goal-title">Title (required)</label>
        <input
          id="goal-title"
          className="tl-input"
          value={values.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title', 'goal-title-count')}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <span id="goal-title-count" className={`tl-small ${titleLength > TITLE_MAX ? 'sc-over' : 'tl-subtle'}`}>
          {titleLength} / {TITLE_MAX} characters
        </span>
        <FieldError id="err-title" text={errors.title} />
      </div>
      <div className="tl-field">
        <label htmlFor="goal-description">Description</label>
        <textarea
          id="goal-description"
          className="tl-textarea"
          rows={4}
          value={values.description}
          aria-describedby={describedBy('description')}
          onChange={(e) => onChange({ description: e.target.value })}
        />
        {values.description.length > DESCRIPTION_MAX * 0.9 && (
          <span className="tl-small tl-subtle">
            {values.description.length.toLocaleString()} / {DESCRIPTION_MAX.toLocaleString()} characters
          </span>
        )}
        <FieldError id="err-description" text={errors.description} />
      </div>
      <div className="sc-form-pair">
        <div className="tl-field">
          <label htmlFor="goal-level">Level</label>
          <select
            id="goal-level"
            className="tl-select"
            value={values.level}
            aria-describedby={describedBy('level')}
            onChange={(e) => setLevel(Level.parse(e.target.value))}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
          <FieldError id="err-level" text={errors.level} />
        </div>
        <div className="tl-field">
          <label htmlFor="goal-status">Status</label>
          <select
            id="goal-status"
            className="tl-select"
            value={values.status}
            aria-describedby={describedBy('status')}
            onChange={(e) => onChange({ status: FORM_STATUSES.find((s) => s === e.target.value) ?? 'draft' })}
          >
            {FORM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError id="err-status" text={errors.status} />
        </div>
      </div>
      <div className="tl-field">
        {values.level === 'strategy' ? (
          <>
            <span className="sc-label">Parent goal</span>
            <span className="tl-small tl-subtle">None: strategy goals sit at the top.</span>
          </>
        ) : (
          <>
            <label htmlFor="goal-parent">Parent goal</label>
            <select
              id="goal-parent"
              className="tl-select"
              value={values.parentId ?? ''}
              aria-invalid={errors.parentId ? true : undefined}
              aria-describedby={describedBy('parentId', 'goal-parent-hint')}
              onChange={(e) => onChange({ parentId: e.target.value === '' ? null : e.target.value })}
            >
              {mayHaveNoParent(values) ? (
                <option value="">None (a draft, not placed yet)</option>
              ) : (
                values.parentId === null && <option value="">Choose a parent goal</option>
              )}
              {strayParent && <option value={strayParent.id}>{strayParent.title} (not allowed at this level)</option>}
              {options.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title} ({LEVEL_LABEL[g.level]})
                </option>
              ))}
            </select>
            <span className="tl-small tl-subtle" id="goal-parent-hint">
              A goal sits under a live goal at its own level or above; only a draft may wait without one.
            </span>
          </>
        )}
        <FieldError id="err-parentId" text={errors.parentId} />
      </div>
      <div className="sc-form-pair">
        <UserPicker
          id="goal-leader"
          label="Leader"
          hint="Sets direction"
          search={searchPeople}
          value={values.leader}
          onChange={(leader) => onChange({ leader })}
          error={errors.leaderId}
        />
        <UserPicker
          id="goal-manager"
          label="Manager"
          hint="Makes sure it gets done"
          search={searchPeople}
          value={values.manager}
          onChange={(manager) => onChange({ manager })}
          error={errors.managerId}
        />
      </div>
      <fieldset className="sc-fieldset" aria-describedby={describedBy('timeframe')}>
        <legend>Timeframe</legend>
        <div className="sc-form-pair">
          <div className="tl-field">
            <label htmlFor="goal-start">Starts</label>
            <input id="goal-start" type="date" className="tl-input" value={values.start} onChange={(e) => onChange({ start: e.target.value })} />
          </div>
          <div className="tl-field">
            <label htmlFor="goal-end">Ends</label>
            <input
              id="goal-end"
              type="date"
              className="tl-input"
              value={values.end}
              aria-invalid={errors.timeframe ? true : undefined}
              onChange={(e) => onChange({ end: e.target.value })}
            />
          </div>
        </div>
        <FieldError id="err-timeframe" text={errors.timeframe} />
      </fieldset>
      <div className="tl-field">
        <label htmlFor="goal-stage">Cycle stage</label>
        <select id="goal-stage" className="tl-select" value={values.stage} onChange={(e) => onChange({ stage: CycleStage.parse(e.target.value) })}>
          {CYCLE_STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABEL[s]}
            </option>
          ))}
        </select>
        <FieldError id="err-stage" text={errors.stage} />
      </div>
      <div className="tl-field">
        <label>
          <input
            type="checkbox"
            checked={values.restricted}
            aria-describedby="goal-restricted-hint"
            onChange={(e) => onChange({ restricted: e.target.checked })}
          />{' '}
          Restricted
        </label>
        <span id="goal-restricted-hint" className="tl-small tl-subtle">
          Only strategy editors, the people who lead or manage it (or a goal below it) and people who may browse the work aligned to it see this goal.
        </span>
        <FieldError id="err-restricted" text={errors.restricted} />
      </div>
    </>
  );
}
