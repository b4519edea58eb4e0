// The catalog's tree: strategy goals at the top, every other goal indented beneath its parent.
import type { TreeNode } from './catalog-tree';
import { GoalBranch, type BranchProps } from './GoalBranch';

export function GoalTree({ roots, ...props }: BranchProps & { roots: TreeNode[] }) {
  return (
    <ul className="sc-tree" aria-label="Goals by level" data-testid="goal-tree">
      {roots.map((n) => (
        <GoalBranch key={n.goal.id} node={n} {...props} />
      ))}
    </ul>
  );
}
