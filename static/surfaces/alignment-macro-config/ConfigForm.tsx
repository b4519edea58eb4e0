// The config form: root (all strategy goals, or one goal grouped by level), depth 1–8, gaps, progress and
// agreements on or off. Checked against the contract's schema before it is saved; a saved root that no longer exists is said so.
import { useState, type FormEvent } from 'react';
import { SUBTREE_DEPTH, TreeMacroConfig, type ClosedPeriodOption, type MacroGoalOption } from '../../../src/shared/api/macros';
import { AsOfField } from '../../kit/ui/AsOfField';
import { RootField } from './RootField';

interface Props {
  initial: TreeMacroConfig;
  savedWasInvalid: boolean;
  goals: MacroGoalOption[];
  /** Closed periods whose snapshot the tree may show instead of the live tree, newest first. */
  periods: readonly ClosedPeriodOption[];
  onSave: (config: TreeMacroConfig) => Promise<void>;
  onCancel: () => void;
}

const DEPTHS = Array.from({ length: SUBTREE_DEPTH.max - SUBTREE_DEPTH.min + 1 }, (_, i) => SUBTREE_DEPTH.min + i);

export function ConfigForm({ initial, savedWasInvalid, goals, periods, onSave, onCancel }: Props) {
  const rootKnown = !initial.rootGoalId || goals.some((g) => g.id === initial.rootGoalId);
  const [root, setRoot] = useState(rootKnown ? (initial.rootGoalId ?? '') : '');
  const [depth, setDepth] = useState(initial.depth);
  const [showGaps, setShowGaps] = useState(initial.showGaps);
  const [showProgress, setShowProgress] = useState(initial.showProgress);
  // Absent in a config saved before agreements existed: they show.
  const [showAgreements, setShowAgreements] = useState(initial.showAgreements ?? true);
  // A saved period no longer offered (its close undone, or deleted) falls back to live, and says so.
  const periodKnown = !initial.asOf || periods.some((p) => p.id === initial.asOf);
  const [asOf, setAsOf] = useState(periodKnown ? (initial.asOf ?? '') : '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = TreeMacroConfig.safeParse({
      ...(root ? { rootGoalId: root } : {}),
      depth,
      showGaps,
      showProgress,
      showAgreements,
      ...(asOf ? { asOf } : {}),
    });
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; '));
      return;
    }
    setError(null);
    setSaving(true);
    await onSave(parsed.data);
    setSaving(false);
  };

  return (
    <form className="tl-stack mc-form" onSubmit={(e) => void save(e)} aria-label="Alignment tree settings">
      {savedWasInvalid && (
        <p className="tl-message tl-message--info" role="note">
          The saved settings could not be read; the defaults are shown. Save to replace them.
        </p>
      )}
      {!rootKnown && (
        <p className="tl-message" role="alert" data-testid="root-gone">
          The goal this macro started from no longer exists. Choose another goal, or all strategy goals.
        </p>
      )}
      <RootField value={root} goals={goals} onChange={setRoot} />
      <div className="tl-field">
        <label htmlFor="mc-depth">Depth</label>
        <select id="mc-depth" className="tl-select mc-depth" value={depth} onChange={(e) => setDepth(Number(e.target.value))} aria-describedby="mc-depth-hint">
          {DEPTHS.map((d) => (
            <option key={d} value={d}>
              {d} {d === 1 ? 'level' : 'levels'}
            </option>
          ))}
        </select>
        <span id="mc-depth-hint" className="tl-small tl-subtle">
          How many levels below the root to show: sub-goals first, then Jira projects, then epics. Deeper branches show “+N more”.
        </span>
      </div>
      <AsOfField
        id="mc-as-of"
        value={asOf}
        onChange={setAsOf}
        periods={periods}
        liveLabel="Live: today’s work"
        snapshotHint="A snapshot shows goals and projects as they stood when the period closed; it keeps no epics."
        savedGone={!periodKnown}
      />
      <fieldset className="mc-options">
        <legend>Show</legend>
        <label className="mc-check">
          <input type="checkbox" checked={showGaps} onChange={(e) => setShowGaps(e.target.checked)} />
          <span>
            Gaps <span className="tl-subtle">— goals with no work, work with no goal, missing leaders or managers</span>
          </span>
        </label>
        <label className="mc-check">
          <input type="checkbox" checked={showProgress} onChange={(e) => setShowProgress(e.target.checked)} />
          <span>
            Progress <span className="tl-subtle">— share of the work done, as a bar and a percentage</span>
          </span>
        </label>
        <label className="mc-check">
          <input type="checkbox" checked={showAgreements} onChange={(e) => setShowAgreements(e.target.checked)} />
          <span>
            Agreements{' '}
            <span className="tl-subtle">— goals whose agreements with other goals are at risk or unanswered, and goals not committed to their parent</span>
          </span>
        </label>
      </fieldset>
      {error && (
        <p className="tl-field-error" role="alert" data-testid="config-error">
          ✕ {error}
        </p>
      )}
      <div className="tl-row mc-actions">
        <button type="button" className="tl-button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        <button type="submit" className="tl-button tl-button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
