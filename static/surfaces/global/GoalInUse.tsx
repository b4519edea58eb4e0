// Why a goal cannot be archived yet: the sub-goals under it and the projects and epics tagged with it, in words.
import { z } from 'zod';

export const GoalUsage = z.object({
  children: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  projects: z.array(z.object({ projectId: z.string() })).default([]),
  epics: z.array(z.object({ issueId: z.string() })).default([]),
});
export type GoalUsage = z.infer<typeof GoalUsage>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function GoalInUse({ usage }: { usage: GoalUsage }) {
  const { children, projects, epics } = usage;
  const tagged = projects.length + epics.length;
  return (
    <div className="tl-message sc-message--warning tl-stack" role="alert" data-testid="goal-in-use">
      <strong>
        <span aria-hidden="true">⚠ </span>This goal is still in use, so it was not archived.
      </strong>
      {children.length > 0 && (
        <div>
          <p>
            {plural(children.length, 'goal sits', 'goals sit')} under it; move or archive {children.length === 1 ? 'it' : 'them'} first:
          </p>
          <ul data-testid="in-use-children">
            {children.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        </div>
      )}
      {tagged > 0 && (
        <div>
          <p data-testid="in-use-tagged">
            {[projects.length > 0 && plural(projects.length, 'project', 'projects'), epics.length > 0 && plural(epics.length, 'epic', 'epics')].filter(Boolean).join(' and ')}{' '}
            {tagged === 1 ? 'is' : 'are'} tagged with this goal; reassign {tagged === 1 ? 'it' : 'them'} first.
          </p>
          {projects.length > 0 && <p className="tl-small">Project ids: {projects.map((p) => p.projectId).join(', ')}</p>}
          {epics.length > 0 && <p className="tl-small">Epic ids: {epics.map((e) => e.issueId).join(', ')}</p>}
        </div>
      )}
    </div>
  );
}
