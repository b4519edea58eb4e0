// Epics of this project with no goal: "work without direction". For people Jira lets edit them, one click tags an
// epic with the project's own goal, or with another goal chosen beside it.
import { router } from '@forge/bridge';
import { useState, type ReactNode } from 'react';
import { GAP_LABEL, UNTAGGED_EPIC } from '../../../src/shared/api/alignment';
import { OWN_GOAL_LABEL, type ProjectPageView, type UntaggedEpic } from '../../../src/shared/api/project-page';
import { GoalPicker } from '../../kit/ui/GoalPicker';
import { JiraStatusLozenge } from '../../kit/ui/StatusLozenge';

interface Props {
  view: ProjectPageView;
  /** What the last tagging said (or its error), shown under the heading, next to the epics it is about. */
  notice?: ReactNode;
  pendingKey: string | null;
  onTag: (epic: UntaggedEpic, goalId: string) => void;
}

function OtherGoal({ view, epic, disabled, onTag }: { view: ProjectPageView; epic: UntaggedEpic; disabled: boolean; onTag: (goalId: string) => void }) {
  const [goalId, setGoalId] = useState('');
  return (
    <div className="tl-row pp-other">
      <GoalPicker
        id={`pp-goal-${epic.issueId}`}
        label={`Another goal for ${epic.key}`}
        goals={view.tagGoals}
        value={goalId}
        onChange={setGoalId}
        firstId={view.alignment?.goalId}
        firstLabel={OWN_GOAL_LABEL}
        noneWords="No live goal yet."
      />
      <button type="button" className="tl-button" disabled={disabled || goalId === ''} onClick={() => onTag(goalId)}>
        Tag
      </button>
    </div>
  );
}

export function UntaggedEpics({ view, pendingKey, onTag, notice }: Props) {
  const own = view.alignment ? view.tagGoals.find((g) => g.id === view.alignment!.goalId) : undefined;
  return (
    <section className="tl-stack pp-section" aria-labelledby="pp-untagged-title">
      <h2 id="pp-untagged-title">Epics without a goal ({view.untagged.length})</h2>
      {notice}
      {view.untagged.length === 0 ? (
        <p className="tl-subtle" data-testid="no-untagged">
          <span aria-hidden="true">✓ </span>Every epic of this project serves a goal.
        </p>
      ) : (
        <>
          <p className="tl-subtle">
            <strong>{GAP_LABEL['epic-untagged']}</strong>: each epic below has no goal. {view.alignment ? UNTAGGED_EPIC.why : UNTAGGED_EPIC.whyNoProjectGoal}{' '}
            {UNTAGGED_EPIC.fix}
          </p>
          {!view.canTag && (
            <p className="pp-note" role="note">
              Only people who can edit issues in this project can tag its epics.
            </p>
          )}
          <ul className="pp-epics" data-testid="untagged-epics">
            {view.untagged.map((e) => (
              <li key={e.issueId} className="pp-epic" data-testid="untagged-epic">
                <div className="pp-epic-name">
                  <button type="button" className="pp-link" onClick={() => void router.navigate({ target: 'issue', issueKey: e.key }).catch(() => undefined)}>
                    {e.key}
                  </button>{' '}
                  <span>{e.title}</span> {e.status && <JiraStatusLozenge status={e.status} />}
                </div>
                {view.canTag && (
                  <div className="tl-row pp-tag-actions">
                    {own && (
                      <button type="button" className="tl-button tl-button--primary" disabled={pendingKey !== null} onClick={() => onTag(e, own.id)}>
                        {pendingKey === e.key ? 'Tagging…' : `Tag with “${own.title}”`}
                      </button>
                    )}
                    <OtherGoal view={view} epic={e} disabled={pendingKey !== null} onTag={(goalId) => onTag(e, goalId)} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
