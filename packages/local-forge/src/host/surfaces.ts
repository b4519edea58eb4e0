// Which product surface shows which kind of UI module, and how a module is framed there: the iframe URL of
// a module for a persona, and the context the bridge host answers getContext with (from that URL).
import { CLOUD_ID } from '../runtime/forge-globals';
import type { UiModule } from '../runtime/manifest';
import type { LocalForge } from '../runtime/local-forge';
import type { MacroInstances } from './persistence';
import { frameSrc, type InjectedHostData } from './browser/protocol';
import type { Persona, Site } from './site';

export type Theme = 'light' | 'dark';

export interface HostState {
  forge: LocalForge;
  /** The folder the manifest's resource paths are relative to. */
  appRoot: string;
  site: Site;
  personas: Persona[];
  modules: UiModule[];
  /** Absent when the host keeps nothing on disk. */
  dataDir: string | undefined;
  /** '<pageId>/<localId>' → the macro's saved config. */
  macroConfigs: Record<string, Record<string, unknown>>;
  /** pageId → the macros inserted on that page in edit mode (besides the built-in ones of a page with `macros: 'all'`). */
  macroInstances: MacroInstances;
  siteUrl: string;
}

export interface Surface {
  id: 'issue' | 'project' | 'projectSettings' | 'global' | 'admin' | 'confluence';
  kind: string;
  label: string;
}

/** In the order the index page lists them. */
export const SURFACES: Surface[] = [
  { id: 'issue', kind: 'jira:issuePanel', label: 'Jira issue view' },
  { id: 'project', kind: 'jira:projectPage', label: 'Project page' },
  { id: 'projectSettings', kind: 'jira:projectSettingsPage', label: 'Project settings' },
  { id: 'global', kind: 'jira:globalPage', label: 'Global page (Apps menu)' },
  { id: 'admin', kind: 'jira:adminPage', label: 'Admin page (Jira settings → Apps)' },
  { id: 'confluence', kind: 'macro', label: 'Confluence page' },
];

export const modulesOfKind = (state: HostState, kind: string): UiModule[] => state.modules.filter((m) => m.kind === kind);

export const frameFor = (
  module: UiModule,
  persona: Persona | undefined,
  theme: Theme,
  extension: Record<string, unknown>,
  extra: { route?: string; resource?: string; localId?: string } = {},
): string =>
  frameSrc({
    resource: extra.resource ?? module.resource,
    moduleKey: module.key,
    ...(persona ? { accountId: persona.accountId } : {}),
    extension,
    theme,
    ...(extra.route ? { route: extra.route } : {}),
    ...(extra.localId ? { localId: extra.localId } : {}),
  });

const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export interface FrameQuery {
  resource: string;
  moduleKey: string;
  accountId?: string;
  extension: Record<string, unknown>;
  theme: Theme;
  route?: string;
  modalId?: string;
  localId?: string;
}

/** The data injected into a resource's index.html: getContext's answer and what the bridge host needs. */
export const injectedHostData = (state: HostState, q: FrameQuery): InjectedHostData => {
  const module = state.modules.find((m) => m.key === q.moduleKey);
  const user = q.accountId ? state.forge.jira.state.users.find((u) => u.accountId === q.accountId) : undefined;
  const localId = q.localId ?? `${q.moduleKey}-local`;
  return {
    context: {
      ...(q.accountId ? { accountId: q.accountId } : {}),
      cloudId: CLOUD_ID,
      localId,
      moduleKey: q.moduleKey,
      siteUrl: state.siteUrl,
      locale: 'en-US',
      timezone: user?.timeZone ?? localTimeZone(),
      environmentId: 'local',
      environmentType: 'DEVELOPMENT',
      theme: { colorMode: q.theme, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography', shape: 'shape' },
      extension: { ...q.extension, type: module?.kind ?? 'unknown' },
    },
    resource: q.resource,
    route: q.route ?? '/',
    ...(q.modalId ? { modalId: q.modalId } : {}),
    modules: Object.fromEntries(state.modules.map((m) => [m.key, m.kind])),
    paths: state.site.paths,
  };
};
