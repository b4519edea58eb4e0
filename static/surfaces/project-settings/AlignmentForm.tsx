// The editor for project admins: level, goal, leader and manager, saved against the version the page loaded.
// A conflict offers the other person's version; a refused field gets its message next to it.
import { useState, type FormEvent } from 'react';
import { projectSettingsCalls, type ProjectTagView } from '../../../src/shared/api/project-settings';
import type { UserRef } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import type { ProjectLevel } from '../../../src/shared/model/project-alignment';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { ConflictNotice } from './ConflictNotice';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { GoalField } from './GoalField';
import { LevelField } from './LevelField';
import { RemoveAlignment } from './RemoveAlignment';
import { mayServe } from './goals';
import { call } from '../../kit/api/invoke';
import { UserPicker } from '../../kit/ui/UserPicker';

const searchPeople = (query: string) => call(projectSettingsCalls.searchUsers, { query });

interface Props {
  view: ProjectTagView;
  projectRef: string;
  onSaved: (view: ProjectTagView) => void;
  onRemoved: (view: ProjectTagView) => void;
  onReload: () => Promise<AppError | null>;
}

interface Draft {
  level: ProjectLevel;
  goalId: string;
  leader: UserRef | null;
  manager: UserRef | null;
}

const initialDraft = (view: ProjectTagView): Draft => {
  const a = view.alignment;
  const person = (id: string | null | undefined): UserRef | null => (id ? { accountId: id, displayName: a?.names[id] ?? id } : null);
  const live = a && view.goals.some((g) => g.id === a.goalId);
  return { level: a?.level ?? 'project', goalId: live ? a.goalId : '', leader: person(a?.leaderId), manager: person(a?.managerId) };
};

const sameDraft = (x: Draft, y: Draft): boolean =>
  x.level === y.level && x.goalId === y.goalId && x.leader?.accountId === y.leader?.accountId && x.manager?.accountId === y.manager?.accountId;

export function AlignmentForm({ view, projectRef, onSaved, onRemoved, onReload }: Props) {
  const [initial] = useState(() => initialDraft(view));
  const [draft, setDraft] = useState<Draft>(initial);
  const [goalHint, setGoalHint] = useState<string | undefined>(
    view.alignment && initial.goalId === '' ? 'The goal this project served is archived or gone; pick a live one.' : undefined,
  );
  const [missing, setMissing] = useState<FieldErrors>({});
  const save = useMutation(projectSettingsCalls.save);
  const errors: FieldErrors = { ...fieldErrorsOf(save.error), ...missing };
  const fieldNamed = Object.keys(fieldErrorsOf(save.error)).length > 0;
  // An untagged project always offers Save, so a click without a goal explains what is missing.
  const unchanged = view.alignment !== null && sameDraft(draft, initial);

  const change = (next: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setMissing({});
    if (save.error) save.clearError();
  };
  const chooseLevel = (level: ProjectLevel) => {
    const goal = view.goals.find((g) => g.id === draft.goalId);
    if (goal && !mayServe(goal.level, level)) {
      change({ level, goalId: '' });
      setGoalHint(`“${goal.title}” is a ${LEVEL_LABEL[goal.level].toLowerCase()} goal, below the ${LEVEL_LABEL[level].toLowerCase()} level; pick another.`);
      return;
    }
    change({ level });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (draft.goalId === '') {
      setMissing({ goalId: 'Pick the goal this project serves.' });
      return;
    }
    const next = await save.run({
      project: projectRef,
      level: draft.level,
      goalId: draft.goalId,
      leaderId: draft.leader?.accountId ?? null,
      managerId: draft.manager?.accountId ?? null,
      expectedVersion: view.alignment?.version ?? 0,
    });
    if (next) onSaved(next);
  };

  return (
    <section className="tl-card tl-stack" aria-labelledby="ps-edit">
      <h2 id="ps-edit">{view.alignment ? 'Change alignment' : 'Align this project'}</h2>
      <form className="tl-stack" onSubmit={(e) => void submit(e)} noValidate data-testid="alignment-form">
        <LevelField value={draft.level} onChange={chooseLevel} error={errors.level} />
        <GoalField
          goals={view.goals}
          level={draft.level}
          value={draft.goalId}
          onChange={(goalId) => {
            setGoalHint(undefined);
            change({ goalId });
          }}
          error={errors.goalId}
          hint={goalHint}
        />
        <div className="ps-people">
          <UserPicker
            id="leaderId"
            label="Leader"
            hint="Sets direction"
            search={searchPeople}
            value={draft.leader}
            onChange={(leader) => change({ leader })}
            error={errors.leaderId}
          />
          <UserPicker
            id="managerId"
            label="Manager"
            hint="Makes sure it gets done"
            search={searchPeople}
            value={draft.manager}
            onChange={(manager) => change({ manager })}
            error={errors.managerId}
          />
        </div>
        {save.error?.code === 'CONFLICT' && <ConflictNotice onReload={onReload} />}
        {save.error && save.error.code !== 'CONFLICT' && !fieldNamed && <ErrorMessage error={save.error} />}
        <div className="tl-row">
          <button type="submit" className="tl-button tl-button--primary" disabled={save.pending || unchanged}>
            {save.pending ? 'Saving…' : 'Save alignment'}
          </button>
          {unchanged && !save.pending && <span className="tl-small tl-subtle">No changes to save</span>}
        </div>
      </form>
      <RemoveAlignment view={view} projectRef={projectRef} onRemoved={onRemoved} onReload={onReload} />
    </section>
  );
}
