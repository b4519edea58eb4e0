// GET /: the local host's index. Every product surface, for each persona, driven by the manifest's UI
// modules: surfaces whose module kind is not in manifest.yml yet are listed as "not built yet". What it links
// on each row comes from the app's site options (samples, Confluence pages), else the first projects.
import type { JiraSeed } from '../../jira/model';
import { confluencePageUrl, globalPageUrl, issueUrl, projectSettingsUrl, projectUrl } from '../browser/urls';
import type { IssueSample } from '../site';
import { SURFACES, modulesOfKind, type Surface } from '../surfaces';
import { esc, link, page, type View } from './layout';

interface Target {
  label: string;
  path: string;
}

/** Without samples from the app: an epic and an issue under an epic of the first project, and any issue of the next two. */
const defaultSamples = (jira: JiraSeed): IssueSample[] => {
  const [first, ...rest] = jira.projects;
  if (!first) return [];
  return [
    { project: first.key, pick: 'epic', note: 'an epic' },
    { project: first.key, pick: 'child', note: 'an issue under an epic' },
    ...rest.slice(0, 2).map((p): IssueSample => ({ project: p.key, note: p.name })),
  ];
};

const sampleIssues = (jira: JiraSeed, samples: IssueSample[] = defaultSamples(jira)): Target[] => {
  const epicTypes = new Set(jira.issueTypes.filter((t) => t.hierarchyLevel === 1).map((t) => t.id));
  const project = (key: string) => jira.projects.find((p) => p.key === key) ?? jira.projects[0];
  const out: Target[] = [];
  const add = (key: string, pick: (i: JiraSeed['issues'][number]) => boolean, why: string): void => {
    const p = project(key);
    const issue = p ? jira.issues.find((i) => i.projectId === p.id && pick(i)) : undefined;
    if (issue && !out.some((t) => t.path === issueUrl(issue.key))) out.push({ label: `${issue.key}: ${issue.summary} (${why})`, path: issueUrl(issue.key) });
  };
  const picks = {
    epic: (i: JiraSeed['issues'][number]) => epicTypes.has(i.issueTypeId),
    child: (i: JiraSeed['issues'][number]) => !epicTypes.has(i.issueTypeId) && i.parentId !== undefined,
    any: () => true,
  };
  for (const s of samples) add(s.project, picks[s.pick ?? 'any'], s.note);
  return out;
};

const targetsOf = (v: View, s: Surface): Target[] => {
  const jira = v.state.forge.jira.state;
  const { site } = v.state;
  const projectName = (key: string): string => jira.projects.find((p) => p.key === key)?.name ?? key;
  const firstProjects = (n: number): string[] => jira.projects.slice(0, n).map((p) => p.key);
  switch (s.id) {
    case 'issue':
      return sampleIssues(jira, site.samples.issues);
    case 'project':
      return (site.samples.projects ?? firstProjects(2)).map((k) => ({ label: `${projectName(k)} (${k})`, path: projectUrl(k) }));
    case 'projectSettings':
      return (site.samples.projectSettings ?? firstProjects(1)).map((k) => ({ label: `${projectName(k)} (${k})`, path: projectSettingsUrl(k) }));
    case 'global':
      return [{ label: site.appName, path: globalPageUrl(site.paths) }];
    case 'admin':
      return [{ label: `${site.appName} settings`, path: site.paths.admin }];
    case 'confluence':
      return site.confluence.pages.flatMap((p) =>
        p.macros === 'all'
          ? [
              { label: `${p.title} (view)`, path: confluencePageUrl(p.id) },
              { label: `${p.title} (edit)`, path: confluencePageUrl(p.id, true) },
            ]
          : [{ label: `${p.title} (edit: starts empty, insert macros here)`, path: confluencePageUrl(p.id, true) }],
      );
  }
};

const surfaceRows = (v: View, s: Surface): string => {
  const modules = modulesOfKind(v.state, s.kind);
  const head = `<th scope="row">${esc(s.label)}<div class="host-subtle"><code>${esc(s.kind)}</code>${modules.length ? ` · ${modules.map((m) => esc(m.key)).join(', ')}` : ''}</div></th>`;
  if (modules.length === 0) {
    return `<tr data-surface="${s.id}" data-built="false">${head}<td colspan="${v.state.personas.length + 1}"><span class="host-lozenge host-lozenge-new">Not built yet</span> <span class="host-subtle">no ${esc(s.kind)} module in manifest.yml</span></td></tr>`;
  }
  return targetsOf(v, s)
    .map(
      (t, i) =>
        `<tr data-surface="${s.id}" data-built="true">${i === 0 ? head.replace('<th', `<th rowspan="${targetsOf(v, s).length}"`) : ''}<td>${esc(t.label)}</td>` +
        v.state.personas
          .map((p) => `<td><a href="${esc(link(t.path, { persona: p, theme: v.theme }))}" data-testid="open-${s.id}-${p.id}">${esc(p.displayName)}</a></td>`)
          .join('') +
        '</tr>',
    )
    .join('');
};

export const indexPage = (v: View): string => {
  const personas = v.state.personas
    .map(
      (p) =>
        `<tr><th scope="row">${esc(p.displayName)}</th><td><code>${esc(p.id)}</code></td><td><code>${esc(p.accountId)}</code></td><td>${esc(p.description)}</td></tr>`,
    )
    .join('');
  const head = `<tr><th>Surface</th><th>Where</th>${v.state.personas.map((p) => `<th>As ${esc(p.id)}</th>`).join('')}</tr>`;
  return page({
    title: 'Index',
    product: 'host',
    view: v,
    body: `<h1 class="host-page-title">${esc(v.state.site.appName)}, running locally</h1>
<p>The production code runs unchanged here: resolvers against an emulated Jira and Forge storage, and each Custom UI resource inside a stand-in for the product page it lives on. Pick a surface and the persona to view it as; the switcher at the top changes persona on any page.</p>
<h2 class="host-h2">Surfaces</h2>
<table class="host-table host-index" data-testid="surfaces"><thead>${head}</thead><tbody>${SURFACES.map((s) => surfaceRows(v, s)).join('')}</tbody></table>
<h2 class="host-h2">Personas</h2>
<table class="host-table" data-testid="personas"><thead><tr><th>Name</th><th>Id</th><th>Account id</th><th>Who they are</th></tr></thead><tbody>${personas}</tbody></table>
<p class="host-subtle">Browse <a href="${esc(link('/jira/projects', v))}">all projects</a> as ${esc(v.persona.displayName)}. API: <code>GET /__forge/personas</code>, <code>POST /__forge/invoke</code>, <code>/__forge/product/jira/…</code>.</p>`,
  });
};
