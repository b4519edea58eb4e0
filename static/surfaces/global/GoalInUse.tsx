// Why a goal cannot be archived yet: the sub-goals under it and the projects and epics tagged with it, in words.
import { z } from 'zod';

export const GoalUsage = z.object({
  children: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  projects: z.array(z.object({ projectId: z.string(), key: z.string().optional(), name: z.string().optional() })).default([]),
  epics: z.array(z.object({ issueId: z.string(), key: z.string().optional(), title: z.string().optional() })).default([]),
  hidden: z.object({ projects: z.number(), epics: z.number() }).default({ projects: 0, epics: 0 }),
  more: z.boolean().default(false),
});
export type GoalUsage = z.infer<typeof GoalUsage>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function GoalInUse({ usage }: { usage: GoalUsage }) {
  const { children, projects, epics, hidden, more } = usage;
  const hiddenCount = hidden.projects + hidden.epics;
  const tagged = projects.length + epics.length + hiddenCount;
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
            {more ? 'More than ' : ''}
            {[
              projects.length + hidden.projects > 0 && plural(projects.length + hidden.projects, 'project', 'projects'),
              epics.length + hidden.epics > 0 && plural(epics.length + hidden.epics, 'epic', 'epics'),
            ]
              .filter(Boolean)
              .join(' and ')}{' '}
            {tagged === 1 && !more ? 'is' : 'are'} tagged with this goal; reassign {tagged === 1 && !more ? 'it' : 'them'} to another goal first.
          </p>
          {(projects.length > 0 || epics.length > 0) && (
            <ul data-testid="in-use-work">
              {projects.map((p) => (
                <li key={`p-${p.projectId}`}>
                  Project <strong>{p.key}</strong> {p.name}
                </li>
              ))}
              {epics.map((e) => (
                <li key={`e-${e.issueId}`}>
                  Epic <strong>{e.key}</strong> {e.title}
                </li>
              ))}
            </ul>
          )}
          {hiddenCount > 0 && (
            <p className="tl-small" data-testid="in-use-hidden">
              {plural(hiddenCount, 'item is', 'items are')} in projects you cannot browse; ask their project admins to reassign{' '}
              {hiddenCount === 1 ? 'it' : 'them'}.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
