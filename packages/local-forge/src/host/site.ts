// What the host's pages say about the app they show: its name and slug (its Jira pages' paths, the persona
// cookie, the pages' message tags), the personas, the samples the index links and the Confluence stand-in's
// space and pages. The app passes its own (HostOptions.site); the defaults name nobody's app.
import { appPaths, type AppPaths } from './browser/urls';

/** Someone to view the site as: the persona switcher lists them in this order; the first is the default. */
export interface Persona {
  /** Short and URL-safe: `?as=<id>`. */
  id: string;
  /** A user of the Jira seed. */
  accountId: string;
  displayName: string;
  /** Who they are, in a sentence (the index's persona table). */
  description: string;
}

/** An issue the index links on the issue view row: the first of `project` that `pick` matches. */
export interface IssueSample {
  /** A project key (the first project when no project has it). */
  project: string;
  /** 'epic' (hierarchy level 1), 'child' (not an epic, with a parent) or 'any' (default). */
  pick?: 'epic' | 'child' | 'any';
  /** Why it is listed, after its key and summary: "(an epic)". */
  note: string;
}

/** A page of the Confluence stand-in, at `/confluence/page/<id>`. */
export interface ConfluencePage {
  id: string;
  title: string;
  /** The paragraph under the title; "A page of the <space> space." when absent. */
  intro?: string;
  /** Who the page says owns it; the first persona when absent. */
  owner?: string;
  /** 'all': the page holds one instance of every `macro` module besides those inserted on it; default none. */
  macros?: 'all';
}

export interface SiteOptions {
  /** The app's name in the pages' wording ("<name>, running locally", "<name> settings"); default 'Forge app'. */
  appName?: string;
  /**
   * Names the app's Jira pages (`/jira/apps/<slug>`, `/jira/settings/apps/<slug>`), the persona cookie
   * (`<slug>_as`) and the tags of the pages' postMessages (`<slug>-local-bridge`, `<slug>-local-host`);
   * default 'forge-app'.
   */
  slug?: string;
  /** The cookie that remembers the persona; default `<slug>_as`. */
  personaCookie?: string;
  /** What the index links per surface; by default the first projects and their first issues. */
  samples?: { issues?: IssueSample[]; projects?: string[]; projectSettings?: string[] };
  /** The Confluence stand-in's space and pages; by default a 'Demo' space with one page of every macro and an empty one. */
  confluence?: { space?: { id: string; key: string; name: string }; pages?: ConfluencePage[] };
}

/** SiteOptions with every default filled in. */
export interface Site {
  appName: string;
  slug: string;
  paths: AppPaths;
  personaCookie: string;
  samples: { issues?: IssueSample[]; projects?: string[]; projectSettings?: string[] };
  confluence: { space: { id: string; key: string; name: string }; pages: ConfluencePage[] };
}

const DEFAULT_PAGES: ConfluencePage[] = [
  { id: '1001', title: 'Demo page', intro: 'The macros below are live: they read Jira and the app’s storage as the person viewing the page.', macros: 'all' },
  { id: '1002', title: 'Empty page', intro: 'Insert macros here in edit mode.' },
];

export const resolveSite = (o: SiteOptions = {}): Site => {
  const slug = o.slug ?? 'forge-app';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error(`site slug '${slug}' must be lower-case letters, digits and dashes`);
  return {
    appName: o.appName ?? 'Forge app',
    slug,
    paths: appPaths(slug),
    personaCookie: o.personaCookie ?? `${slug.replace(/-/g, '_')}_as`,
    samples: o.samples ?? {},
    confluence: { space: o.confluence?.space ?? { id: '65537', key: 'DEMO', name: 'Demo' }, pages: o.confluence?.pages ?? DEFAULT_PAGES },
  };
};
