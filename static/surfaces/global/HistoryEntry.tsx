// One recorded change: who, when, and for an edit each changed field as before → after.
import { NOT_SHOWN_GOAL, type AuditEvent } from '../../../src/shared/model/audit';
import { formatMoment, relativeTime } from './format';
import { GoalLink } from '../../kit/ui/GoalLink';
import { changedFields, describeValue, FIELD_LABEL, fieldOf } from './goal-diff';
import type { CatalogNamer } from './namer';

const VERB: Record<AuditEvent['action'], string> = {
  create: 'added this goal',
  update: 'changed',
  archive: 'archived this goal',
  restore: 'restored this goal',
  delete: 'deleted this goal',
  tag: 'tagged work with this goal',
  untag: 'removed this goal from work',
};

export function HistoryEntry({ event, names }: { event: AuditEvent; names: CatalogNamer }) {
  const fields = event.action === 'update' && !event.carry ? changedFields(event.before, event.after) : [];
  return (
    <li className="sc-history-item" data-testid="history-entry">
      <div>
        <strong>{names.person(event.by)}</strong>{' '}
        {event.carry ? (
          <span data-testid="history-carry">
            {event.carry.direction === 'from'
              ? `added this goal, carried forward from “${event.carry.title}” (${event.carry.period})`
              : `carried this goal forward into ${event.carry.period}`}{' '}
            {event.carry.goalId !== NOT_SHOWN_GOAL && (
              <GoalLink goalId={event.carry.goalId}>{event.carry.direction === 'from' ? 'open the earlier goal' : 'open the new goal'}</GoalLink>
            )}
          </span>
        ) : (
          VERB[event.action]
        )}
        {event.proposal && <span data-testid="history-proposed-by">, approving the proposal of {event.proposal.name}</span>}
        {event.action === 'update' &&
          !event.carry &&
          (fields.length === 0 ? ' nothing visible' : ` ${fields.map((f) => FIELD_LABEL[f].toLowerCase()).join(', ')}`)}
      </div>
      <div className="tl-small tl-subtle">
        <time dateTime={event.at}>
          {relativeTime(event.at)} · {formatMoment(event.at)}
        </time>
      </div>
      {fields.length > 0 && (
        <ul className="sc-changes tl-small">
          {fields.map((f) => (
            <li key={f}>
              <span className="tl-subtle">{FIELD_LABEL[f]}: </span>
              <span className="sc-before">{describeValue(f, fieldOf(event.before, f), names)}</span>
              <span aria-hidden="true"> → </span>
              <span className="tl-visually-hidden"> changed to </span>
              <span>{describeValue(f, fieldOf(event.after, f), names)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
