// The page's one-line answer: which strategy goal this project's work serves, and how much of it has a goal.
import type { ProjectPageView } from '../../../src/shared/api/project-page';
import { percentWords } from '../../kit/ui/ProgressBar';

export function Headline({ view }: { view: ProjectPageView }) {
  const top = view.chain.length > 0 ? view.chain[view.chain.length - 1] : undefined;
  const tagged = view.groups.reduce((n, g) => n + g.epics.length, 0);
  const total = tagged + view.untagged.length;
  const serves = !view.alignment
    ? 'This project serves no goal yet.'
    : top?.kind === 'goal' && view.reachesStrategy
      ? `Serves the strategy goal “${top.title}”.`
      : 'Its goal does not reach a strategy goal yet.';
  return (
    <p className="pp-headline" data-testid="project-headline">
      <strong>{serves}</strong>{' '}
      <span>
        {total === 0
          ? 'No epics yet.'
          : `${tagged} of ${total} epics ${tagged === 1 ? 'has' : 'have'} a goal · tagged work: ${percentWords(view.progress).toLowerCase()}.`}
      </span>
    </p>
  );
}
