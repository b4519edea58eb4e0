// The chain from this issue up to the strategy goal, where the goal came from, and what to do when nothing is aligned.
import { useMemo, useState } from 'react';
import type { InputSent } from '../../../src/shared/api/input';
import type { InputView } from '../../../src/shared/api/input-view';
import { GAP_LABEL, UNTAGGED_EPIC } from '../../../src/shared/api/alignment';
import type { GoalContext } from '../../../src/shared/api/panel';
import { ChainList } from './ChainList';
import { EpicTagEditor } from './EpicTagEditor';
import { NotAligned } from './NotAligned';
import { MyInput } from './MyInput';
import { PanelInputContext } from './panel-input';
import { RelianceLines } from './RelianceLines';
import { ReliedOnLines } from './ReliedOnLines';
import { DueLine } from './DueLine';
import { MySelfGoals } from './MySelfGoals';
import { epicTagNote } from './epic-note';

/** One line an executive or a developer reads first: which strategy goal this work ultimately serves. */
function Headline({ context }: { context: GoalContext }) {
  const top = context.chain[context.chain.length - 1];
  const direct = context.chain[0];
  if (!top || top.kind !== 'goal' || !direct || direct.kind !== 'goal') return null;
  return (
    <p className="tl-panel-headline" data-testid="panel-headline">
      {context.reachesStrategy ? 'Serves the strategy goal ' : 'Serves '}
      <strong>{top.title}</strong>
      {direct.id !== top.id && (
        <>
          {' '}
          through <strong>{direct.title}</strong>
        </>
      )}
    </p>
  );
}

const sourceNote = (c: GoalContext): string | null =>
  c.source === 'project' && !c.epic ? `This work is in no epic, so this shows the goal of the ${c.issue.project.name} project.` : null;

/** An epic with no goal of its own (this one, or this issue's): said first, in the words of the project page and
 *  the Gaps tab, so that its project's goal below reads as context and never as the goal it serves. */
function NoEpicGoal({ context }: { context: GoalContext }) {
  const { epic, issue } = context;
  if (context.source !== 'project' || !epic) return null;
  return (
    <div className="tl-panel-no-goal" data-testid="panel-no-goal">
      <p className="tl-panel-no-goal-title">
        <span className="tl-lozenge tl-lozenge--warning">
          <span aria-hidden="true">⚠</span>
          {GAP_LABEL['epic-untagged']}
        </span>{' '}
        <strong>{epic.id === issue.id ? UNTAGGED_EPIC.title : `Its epic, ${epic.key}, has no goal`}</strong>
      </p>
      <p className="tl-small">
        {UNTAGGED_EPIC.why} {UNTAGGED_EPIC.fix}
      </p>
      <p className="tl-small tl-subtle">{UNTAGGED_EPIC.context}</p>
    </div>
  );
}

export function AlignmentView({ context, onChanged }: { context: GoalContext; onChanged: (c: GoalContext) => void }) {
  const [editing, setEditing] = useState(false);
  const [sent, setSent] = useState<InputView[]>([]);
  const input = useMemo(() => ({ issueKey: context.issue.key, onSent: (s: InputSent) => setSent((was) => [s.input, ...was]) }), [context.issue.key]);
  const note = sourceNote(context);
  const epicNote = epicTagNote(context);
  if (editing) {
    return (
      <EpicTagEditor
        context={context}
        onCancel={() => setEditing(false)}
        onSaved={(c) => {
          onChanged(c);
          setEditing(false);
        }}
      />
    );
  }
  return (
    <div className="tl-stack tl-panel-stack">
      {context.source === 'none' ? (
        <NotAligned context={context} onTag={() => setEditing(true)} />
      ) : (
        <>
          {!context.reachesStrategy && (
            <p className="tl-panel-warning" role="note">
              <span aria-hidden="true">⚠ </span>This chain does not reach an active strategy goal.
            </p>
          )}
          {context.source === 'project' && context.epic ? <NoEpicGoal context={context} /> : <Headline context={context} />}
          <PanelInputContext.Provider value={input}>
            <ChainList context={context} />
          </PanelInputContext.Provider>
          <RelianceLines context={context} />
          <ReliedOnLines context={context} />
          <MySelfGoals context={context} />
          {note && <p className="tl-small tl-subtle">{note}</p>}
          <MyInput context={context} sent={sent} />
        </>
      )}
      {context.canTagEpic && context.source !== 'none' && (
        <div className="tl-row tl-noprint tl-panel-pad">
          <button type="button" className="tl-button" onClick={() => setEditing(true)} data-editor-opener="epic-tag">
            {context.epicTag ? 'Change goal' : 'Tag this epic'}
          </button>
        </div>
      )}
      {epicNote && (
        <p className="tl-small tl-subtle tl-panel-pad" data-testid="epic-note">
          {epicNote}
        </p>
      )}
      <DueLine context={context} />
    </div>
  );
}
