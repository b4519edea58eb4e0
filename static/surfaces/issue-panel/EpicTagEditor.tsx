// Tagging an epic: pick the goal it serves and its level (starting from the project's level); saved as an
// issue property written as you, so Jira checks that you may edit the epic.
import { useState } from 'react';
import { panelCalls, type GoalContext } from '../../../src/shared/api/panel';
import { LEVEL_LABEL, LEVELS, levelRank, type Level } from '../../../src/shared/levels';
import { OWN_GOAL_LABEL } from '../../../src/shared/api/project-page';
import { GoalPicker } from '../../kit/ui/GoalPicker';
import { useMutation } from '../../kit/api/mutation';
import { useCall } from '../../kit/api/useCall';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { UserPicker } from '../../kit/ui/UserPicker';
import { useEditorFocus } from '../../kit/ui/useEditorFocus';
import { call } from '../../kit/api/invoke';
import type { UserRef } from '../../../src/shared/api/catalog';

const searchPeople = (query: string) => call(panelCalls.searchUsers, { query });

interface Props {
  context: GoalContext;
  onCancel: () => void;
  onSaved: (c: GoalContext) => void;
}

export function EpicTagEditor({ context, onCancel, onSaved }: Props) {
  const options = useCall(panelCalls.tagOptions, { issue: context.issue.key });
  const save = useMutation(panelCalls.tagEpic);
  const clear = useMutation(panelCalls.clearEpicTag);
  const [level, setLevel] = useState<Level | null>(context.epicTag?.level ?? null);
  const [goalId, setGoalId] = useState(context.epicTag?.goalId ?? '');
  const [leader, setLeader] = useState<UserRef | null>(context.epic?.leader ?? null);
  const [manager, setManager] = useState<UserRef | null>(context.epic?.manager ?? null);
  const editor = useEditorFocus<HTMLFormElement>(onCancel, '[data-editor-opener="epic-tag"]');
  if (options.state.status === 'loading') return <Loading label="Loading goals…" />;
  if (options.state.status === 'error') return <ErrorMessage error={options.state.error} onRetry={options.retry} />;
  const { goals, defaultLevel } = options.state.data;
  const chosenLevel = level ?? defaultLevel;
  // The same goals as the project page offers for its epics: live ones at this level or above.
  const eligible = goals.filter((g) => levelRank(g.level) <= levelRank(chosenLevel));
  const submit = async () => {
    const out = await save.run({
      issue: context.issue.key,
      goalId,
      level: chosenLevel,
      ...(leader ? { leaderId: leader.accountId } : {}),
      ...(manager ? { managerId: manager.accountId } : {}),
    });
    if (out) onSaved(out);
  };
  const remove = async () => {
    const out = await clear.run({ issue: context.issue.key });
    if (out) onSaved(out);
  };
  const error = save.error ?? clear.error;
  return (
    <form
      ref={editor.ref}
      onKeyDown={editor.onKeyDown}
      className="tl-stack tl-panel-stack tl-panel-pad"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Which goal does {context.issue.key} serve?</h3>
      <div className="tl-field">
        <label htmlFor="tag-level">Level of this work</label>
        <select id="tag-level" className="tl-select" value={chosenLevel} onChange={(e) => setLevel(e.target.value as Level)}>
          {LEVELS.filter((l) => l !== 'strategy').map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABEL[l]}
            </option>
          ))}
        </select>
      </div>
      <GoalPicker
        id="tag-goal"
        label="Goal"
        hint="Only goals at this level or above are listed."
        goals={eligible}
        value={goalId}
        onChange={setGoalId}
        firstId={context.projectAlignment?.goalId}
        firstLabel={OWN_GOAL_LABEL}
        noneWords="No goal at this level or above yet."
        outside={{
          goals: goals.filter((g) => levelRank(g.level) > levelRank(chosenLevel)),
          why: (g) => `“${g.title}” is a ${LEVEL_LABEL[g.level]} goal, below the level of this work (${LEVEL_LABEL[chosenLevel]}).`,
          pickLabel: (g) => `Tag it as ${LEVEL_LABEL[g.level]} work, serving “${g.title}”`,
          onPick: (g) => {
            setLevel(g.level);
            setGoalId(g.id);
          },
        }}
      />
      <UserPicker id="tag-leader" label="Leader of this epic (optional)" hint="Sets direction" search={searchPeople} value={leader} onChange={setLeader} />
      <UserPicker
        id="tag-manager"
        label="Manager of this epic (optional)"
        hint="Makes sure it gets done"
        search={searchPeople}
        value={manager}
        onChange={setManager}
      />
      {error && <ErrorMessage error={error} />}
      <div className="tl-row">
        <button type="submit" className="tl-button tl-button--primary" disabled={!goalId || save.pending}>
          {save.pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel}>
          Cancel
        </button>
        {context.epicTag && (
          <button type="button" className="tl-button" onClick={() => void remove()} disabled={clear.pending}>
            Remove tag
          </button>
        )}
      </div>
    </form>
  );
}
