// A goal's check-ins: the last one and when the next is due (draft goals are never overdue), the list on
// request, and a form for those who may check in (strategy editors, the goal's leader and manager).
import { Fragment, useState } from 'react';
import { scorecardCalls, type GoalScorecard } from '../../../../src/shared/api/scorecards';
import { CONFIDENCE_LABEL, type CheckIn } from '../../../../src/shared/model/check-in';
import { useCall } from '../../../kit/api/useCall';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { LookLozenge, Lozenge } from '../../../kit/ui/Lozenge';
import { CHECK_IN_TEXTS, CheckInForm } from './CheckInForm';
import { STATUS, day } from '../../../kit/ui/scorecard/words';

const confidence = (n: number) => CONFIDENCE_LABEL[n as keyof typeof CONFIDENCE_LABEL] ?? String(n);

function CheckInList({ goalId, names }: { goalId: string; names: ReadonlyMap<string, string> }) {
  const { state, retry } = useCall(scorecardCalls.checkIns, { goalId });
  if (state.status === 'loading') return <Loading label="Loading check-ins…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (state.data.length === 0) return <p className="tl-subtle">No check-ins yet.</p>;
  return (
    <ol className="kp-checkins" data-testid="check-in-list">
      {state.data.map((c: CheckIn) => (
        <li key={c.id} className="kp-checkin">
          <div className="tl-row">
            <strong>{day(c.date)}</strong>
            <LookLozenge look={STATUS[c.status]} />
            <span className="tl-small tl-subtle">
              Confidence: {confidence(c.confidence)} · {names.get(c.by) ?? 'Someone else'}
              {c.inputsTaken ? ` · took ${c.inputsTaken} piece${c.inputsTaken === 1 ? '' : 's'} of input from the work` : ''}
            </span>
          </div>
          <dl className="tl-dl tl-small">
            {CHECK_IN_TEXTS.map(([key, label]) =>
              c[key] ? (
                <Fragment key={key}>
                  <dt>{label}</dt>
                  <dd>{c[key]}</dd>
                </Fragment>
              ) : null,
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}

export function CheckIns({
  scorecard,
  names,
  onChanged,
  startAdding = false,
}: {
  scorecard: GoalScorecard;
  names: ReadonlyMap<string, string>;
  onChanged(): void;
  startAdding?: boolean;
}) {
  const [open, setOpen] = useState(startAdding && scorecard.canRecord);
  const [adding, setAdding] = useState(startAdding && scorecard.canRecord);
  const [version, setVersion] = useState(0);
  const { last, due } = scorecard.checkIn;
  return (
    <section className="kp-checkin-section" aria-label={`Check-ins of ${scorecard.goal.title}`}>
      <div className="tl-row">
        <span className="tl-small" data-testid="check-in-due">
          {last
            ? `Last check-in ${day(last.date)}: ${STATUS[last.status].word.toLowerCase()}, confidence ${confidence(last.confidence).toLowerCase()}.`
            : 'No check-in yet.'}{' '}
          {due.state === 'overdue' && (
            <Lozenge tone="warning" icon="◔">
              Check-in overdue
            </Lozenge>
          )}{' '}
          <span className="tl-subtle">{due.reason}</span>
        </span>
        <button type="button" className="tl-button kp-small kp-subtle tl-noprint" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide check-ins' : 'Show check-ins'}
        </button>
        {scorecard.canRecord && !adding && (
          <button
            type="button"
            className="tl-button kp-small tl-noprint"
            data-editor-opener={`check-in-${scorecard.goal.id}`}
            onClick={() => {
              setAdding(true);
              setOpen(true);
            }}
          >
            Add check-in
          </button>
        )}
      </div>
      {adding && (
        <CheckInForm
          goalId={scorecard.goal.id}
          last={last}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setVersion((v) => v + 1);
            onChanged();
          }}
        />
      )}
      {open && <CheckInList key={version} goalId={scorecard.goal.id} names={names} />}
    </section>
  );
}
