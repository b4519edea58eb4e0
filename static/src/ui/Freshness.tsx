// "As of … · Progress: <rule>": how fresh the roll-ups behind a view are, and how progress is counted.
import { PROGRESS_RULE_LABEL, type ProgressRule } from '../../../src/shared/model/rollup';

const MOMENT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const asOfWords = (asOf: string | null): string => {
  if (asOf === null) return 'No work counted yet';
  const d = new Date(asOf);
  return Number.isNaN(d.getTime()) ? `As of ${asOf}` : `As of ${MOMENT.format(d)}`;
};

export function Freshness({ asOf, rule }: { asOf: string | null; rule: ProgressRule }) {
  return (
    <p className="tl-small tl-subtle tl-freshness" data-testid="freshness">
      {asOfWords(asOf)} · Progress: {PROGRESS_RULE_LABEL[rule]}
    </p>
  );
}
