// The gaps of the rows shown, in one line: how many, then how many of each kind (words and an icon, never colour
// alone), most frequent first.
import { Fragment } from 'react';
import type { GapTally } from '../../../src/shared/api/macros';
import { gapParts, gapTotalWords } from './macro-words';

/** Why the Gaps tab may count more: work with no goal above it belongs to no goal's tree. */
export const GAPS_ELSEWHERE = 'Work with no goal above it is in no tree: Throughline’s Gaps tab in Jira counts it too.';

export function GapSummary({ gaps }: { gaps: GapTally }) {
  if (gaps.total === 0) {
    return (
      <p className="am-gaps am-gaps--none" data-testid="gap-summary">
        <span aria-hidden="true">✓</span> No gaps: everything shown traces up to a goal, and every goal shown has work behind it.
      </p>
    );
  }
  return (
    <p className="am-gaps" data-testid="gap-summary">
      <strong className="am-gaps-total">
        <span aria-hidden="true">⚠</span> {gapTotalWords(gaps)}:
      </strong>{' '}
      {gapParts(gaps).map((p, i) => (
        // The line breaks between parts (the separator is outside each part) and, in a narrow macro, between the
        // words of a label; a count stays with the word before it.
        <Fragment key={p.kind}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <span className="am-gap-part" data-kind={p.kind}>
            {p.label}
            {'\u00a0'}
            <strong>({p.count})</strong>
          </span>
        </Fragment>
      ))}
      <span className="am-gaps-elsewhere tl-subtle" data-testid="gap-elsewhere">
        {' '}
        {GAPS_ELSEWHERE}
      </span>
    </p>
  );
}
