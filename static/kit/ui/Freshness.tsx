// "As of … · Progress: <rule>": how fresh the roll-ups behind a view are, and how progress is counted.
import { PROGRESS_RULE_LABEL, type ProgressRule } from '../../../src/shared/model/rollup';
import { formatMoment } from './dates';

export const asOfWords = (asOf: string | null): string => {
  if (asOf === null) return 'No work counted yet';
  return `As of ${formatMoment(asOf)}`;
};

export function Freshness({ asOf, rule }: { asOf: string | null; rule: ProgressRule }) {
  return (
    <p className="tl-small tl-subtle tl-freshness" data-testid="freshness">
      {asOfWords(asOf)} · Progress: {PROGRESS_RULE_LABEL[rule]}
    </p>
  );
}
