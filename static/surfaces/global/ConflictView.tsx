// When someone else saved the goal while you edited it: what they changed, side by side with the version you
// started from and with yours, and the two ways on. Nobody's change is lost without them seeing it.
import type { Goal, GoalInput } from '../../../src/shared/model/goal';
import { formatMoment, relativeTime } from './format';
import { changedFields, describeValue, FIELD_LABEL, fieldOf, GOAL_FIELDS, sameValue } from './goal-diff';
import type { CatalogNamer } from './namer';

interface Props {
  base: Goal;
  current: Goal;
  mine: GoalInput;
  names: CatalogNamer;
  pending: boolean;
  onUseTheirs(): void;
  onApplyMine(): void;
  onEditMerged(): void;
}

export function ConflictView({ base, current, mine, names, pending, onUseTheirs, onApplyMine, onEditMerged }: Props) {
  const theirs = changedFields(base, current);
  const yours = changedFields(base, mine);
  const rows = GOAL_FIELDS.filter((f) => theirs.includes(f) || yours.includes(f));
  const archived = current.status === 'archived';
  return (
    <section className="tl-stack sc-conflict" role="alert" aria-labelledby="sc-conflict-title" data-testid="conflict-view">
      <div className="tl-stack sc-conflict-head">
        <h3 id="sc-conflict-title">
          <span aria-hidden="true">⚠ </span>Someone else changed this goal
        </h3>
        <p>
          {names.person(current.updatedBy)} saved it{' '}
          <time dateTime={current.updatedAt} title={formatMoment(current.updatedAt)}>
            {relativeTime(current.updatedAt)}
          </time>{' '}
          (version {current.version}; you started from version {base.version}). Your changes are not saved yet.
        </p>
      </div>
      <table className="sc-diff" data-testid="conflict-diff">
        <caption className="tl-visually-hidden">Fields that differ</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">When you started</th>
            <th scope="col">Theirs (saved)</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => {
            const both = theirs.includes(f) && yours.includes(f) && !sameValue(f, fieldOf(current, f), fieldOf(mine, f));
            return (
              <tr key={f} data-field={f}>
                <th scope="row">
                  {FIELD_LABEL[f]}
                  {both && (
                    <span className="sc-missing tl-small">
                      <br />
                      <span aria-hidden="true">⚠ </span>both changed
                    </span>
                  )}
                </th>
                <td className="tl-subtle">{describeValue(f, fieldOf(base, f), names)}</td>
                <td className={theirs.includes(f) ? 'sc-diff-changed' : 'tl-subtle'}>{describeValue(f, fieldOf(current, f), names)}</td>
                <td className={yours.includes(f) ? 'sc-diff-changed' : 'tl-subtle'}>{describeValue(f, fieldOf(mine, f), names)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="tl-small tl-subtle">
        {yours.length === 0
          ? 'You changed nothing that differs from their version.'
          : `“Apply mine on top” saves your changes to ${yours.map((f) => FIELD_LABEL[f].toLowerCase()).join(', ')} over their version; their other changes stay.`}
      </p>
      {archived && <p className="sc-missing">They archived this goal: restore it before applying your changes.</p>}
      <div className="tl-row">
        <button type="button" className="tl-button tl-button--primary" disabled={pending || archived || yours.length === 0} onClick={onApplyMine}>
          {pending ? 'Saving…' : 'Apply mine on top'}
        </button>
        <button type="button" className="tl-button" disabled={pending} onClick={onUseTheirs}>
          Use theirs (discard mine)
        </button>
        <button type="button" className="tl-button sc-button--subtle" disabled={pending || archived} onClick={onEditMerged}>
          Edit the combined version
        </button>
      </div>
    </section>
  );
}
