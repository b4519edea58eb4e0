// Project tagging through the real resolver, services and storage adapters on the Jira and KVS emulators, as
// each demo persona: only an administrator of THAT project may change its alignment, and bad requests change nothing.
import { PERSONAS, type PersonaId } from '../../dev/demo';
import type { LocalForge } from '../../dev/throughline-host';
import { demoForge } from '../support/local-forge';

const MODULE = 'throughline-project-settings';
const account = (id: PersonaId): string => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p.accountId;
};

interface Answer {
  ok: boolean;
  data?: { project: { id: string; key: string; name: string }; alignment: Record<string, unknown> | null; canEdit: boolean; goals: { id: string }[] };
  error?: { code: string; message: string; details?: unknown };
}

let forge: LocalForge;

const call = async (functionKey: string, as: PersonaId, payload: unknown, extensionProject: string): Promise<Answer> =>
  (await forge.invoke({ moduleKey: MODULE, functionKey, payload, extension: { project: { key: extensionProject } }, accountId: account(as) })) as Answer;
const get = (as: PersonaId, project: string) => call('project-tag/get', as, { project }, project);
const save = (as: PersonaId, payload: Record<string, unknown>, extensionProject = String(payload.project)) =>
  call('project-tag/save', as, payload, extensionProject);
/** What the exec (Jira admin, admin of every project but ATLAS) sees stored for a project. */
const stored = async (project: string) => (await get('exec', project)).data?.alignment;

const insTag = (over: Record<string, unknown> = {}) => ({
  project: 'INS',
  level: 'project',
  goalId: 'g-dashboards-v3',
  leaderId: account('lead'),
  managerId: account('member'),
  expectedVersion: 1,
  ...over,
});

beforeEach(async () => {
  // A fresh Jira and storage per test; the process-wide globals follow the newest backends.
  forge = (await demoForge()).forge;
});

describe('reading a project alignment', () => {
  it('shows the lead INS with its seeded alignment, the live goals and the right to edit', async () => {
    const answer = await get('lead', 'INS');
    expect(answer.ok).toBe(true);
    expect(answer.data?.project).toEqual({ id: '10100', key: 'INS', name: 'Insights App' });
    expect(answer.data?.alignment).toMatchObject({ level: 'functional', goalId: 'g-product-differentiation', version: 1 });
    expect(answer.data?.canEdit).toBe(true);
    expect(answer.data?.goals.length).toBeGreaterThan(10);
  });

  it('shows the member INS read-only', async () => {
    const answer = await get('member', 'INS');
    expect(answer.data?.canEdit).toBe(false);
  });

  it('answers NOT_FOUND to the outsider, who cannot browse INS, and says nothing of the project', async () => {
    const answer = await get('outsider', 'INS');
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('NOT_FOUND');
    expect(answer.data).toBeUndefined();
    expect(JSON.stringify(answer)).not.toMatch(/Insights App|10100|g-product-differentiation/);
  });
});

describe('saving a project alignment', () => {
  it('lets the lead tag INS, bumps the version and names the people', async () => {
    const answer = await save('lead', insTag());
    expect(answer.ok).toBe(true);
    const after = await get('lead', 'INS');
    expect(after.data?.alignment).toMatchObject({
      projectId: '10100',
      level: 'project',
      goalId: 'g-dashboards-v3',
      leaderId: account('lead'),
      managerId: account('member'),
      version: 2,
      updatedBy: account('lead'),
      names: { [account('lead')]: 'Daniel Okafor', [account('member')]: 'Sofia Lindqvist' },
    });
  });

  it('saves without a leader or manager', async () => {
    const answer = await save('lead', insTag({ leaderId: null, managerId: null }));
    expect(answer.ok).toBe(true);
    expect(answer.data?.alignment).toMatchObject({ leaderId: null, managerId: null, names: {}, version: 2 });
  });

  it.each<[string, PersonaId, string]>([
    ['the lead on GROW, which he does not administer', 'lead', 'GROW'],
    ['the member on INS, which she only works in', 'member', 'INS'],
  ])('refuses %s with FORBIDDEN and stores nothing', async (_what, as, project) => {
    const before = await stored(project);
    const answer = await save(as, insTag({ project, goalId: 'g-website-relaunch', expectedVersion: 1 }));
    expect(answer.error?.code).toBe('FORBIDDEN');
    expect(await stored(project)).toEqual(before);
  });

  it('refuses the outsider on INS with NOT_FOUND and says nothing of the project', async () => {
    const answer = await save('outsider', insTag());
    expect(answer.error?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(answer)).not.toMatch(/Insights App|10100/);
    expect(await stored('INS')).toMatchObject({ version: 1, goalId: 'g-product-differentiation' });
  });

  it('refuses the exec on the restricted ATLAS, which he may not administer', async () => {
    const answer = await call('project-tag/save', 'exec', insTag({ project: 'ATLAS', goalId: 'g-atlas-integration' }), 'ATLAS');
    expect(answer.error?.code).toBe('FORBIDDEN');
    expect(await call('project-tag/get', 'exec', { project: 'ATLAS' }, 'ATLAS')).toMatchObject({ data: { canEdit: false, alignment: { version: 1 } } });
  });

  it.each([
    ['the payload names another project than the page', { project: 'GROW' }, 'INS'],
    ['the page is another project than the payload', { project: 'INS' }, 'GROW'],
  ])('refuses a request where %s with VALIDATION', async (_what, over, extensionProject) => {
    const answer = await save('exec', insTag(over), extensionProject);
    expect(answer.error?.code).toBe('VALIDATION');
    expect(await stored('INS')).toMatchObject({ version: 1, goalId: 'g-product-differentiation' });
    expect(await stored('GROW')).toMatchObject({ version: 1, goalId: 'g-marketing-pipeline' });
  });

  it('refuses a stale expectedVersion with CONFLICT and keeps the first change', async () => {
    expect((await save('lead', insTag())).ok).toBe(true);
    const second = await save('lead', insTag({ goalId: 'g-ai-insights' }));
    expect(second.error?.code).toBe('CONFLICT');
    expect(await stored('INS')).toMatchObject({ version: 2, goalId: 'g-dashboards-v3' });
    expect((await save('lead', insTag({ expectedVersion: 0 }))).error?.code).toBe('CONFLICT');
  });

  it('refuses an untagged project saved as if tagged, and a tagged one as if untagged', async () => {
    expect((await save('exec', insTag({ project: 'DOCS', goalId: 'g-customer-onboarding', level: 'process', expectedVersion: 1 }))).error?.code).toBe(
      'CONFLICT',
    );
    expect(await stored('DOCS')).toBeNull();
    expect((await save('exec', insTag({ project: 'DOCS', goalId: 'g-customer-onboarding', level: 'process', expectedVersion: 0 }))).ok).toBe(true);
    expect(await stored('DOCS')).toMatchObject({ version: 1, goalId: 'g-customer-onboarding' });
  });

  it('refuses an archived goal with VALIDATION on the goal field', async () => {
    const archived = (await forge.invoke({
      moduleKey: 'throughline-strategy',
      functionKey: 'catalog/archive',
      payload: { id: 'g-customer-community', expectedVersion: 1 },
      accountId: account('exec'),
    })) as Answer;
    expect(archived.ok).toBe(true);
    expect((await get('lead', 'INS')).data?.goals.map((g) => g.id)).not.toContain('g-customer-community');
    const answer = await save('lead', insTag({ level: 'process', goalId: 'g-customer-community' }));
    expect(answer.error).toMatchObject({ code: 'VALIDATION', details: [{ path: 'goalId' }] });
    expect(await stored('INS')).toMatchObject({ version: 1, goalId: 'g-product-differentiation' });
  });

  it.each([
    ['an unknown goal', { goalId: 'g-no-such-goal' }, 'goalId'],
    ['a project-level goal for a functional team', { level: 'functional', goalId: 'g-dashboards-v3' }, 'level'],
    ['a project-level goal for a process', { level: 'process', goalId: 'g-sso-scim' }, 'level'],
    ['a process goal for a functional team', { level: 'functional', goalId: 'g-release-train' }, 'level'],
  ])('refuses %s with VALIDATION on the right field', async (_what, over, field) => {
    const answer = await save('lead', insTag(over));
    expect(answer.error).toMatchObject({ code: 'VALIDATION', details: [{ path: field }] });
    expect(await stored('INS')).toMatchObject({ version: 1, goalId: 'g-product-differentiation' });
  });

  it.each([
    ['a goal of the strategy level for a project', { level: 'project', goalId: 'g-grow-arr' }],
    ['a functional goal for a process', { level: 'process', goalId: 'g-product-differentiation' }],
  ])('accepts %s (work may serve a goal above its level)', async (_what, over) => {
    expect((await save('lead', insTag(over))).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a numeric version as text', insTag({ expectedVersion: '1' })],
    ['a negative version', insTag({ expectedVersion: -1 })],
    ['a fractional version', insTag({ expectedVersion: 1.5 })],
    ['the self level', insTag({ level: 'self' })],
    ['the strategy level', insTag({ level: 'strategy' })],
    ['a goal id that is a number', insTag({ goalId: 42 })],
    ['a goal id with a path in it', insTag({ goalId: '../catalog' })],
    ['a leader that is an object', insTag({ leaderId: { accountId: 'x' } })],
    ['a missing manager', (({ managerId: _m, ...rest }) => rest)(insTag())],
    ['an extra field', insTag({ projectId: '10106' })],
    ['an extra updatedBy', insTag({ updatedBy: '712020:nw-helen-marsh' })],
    ['a __proto__ key', { ...insTag(), ...JSON.parse('{"__proto__": {"canEdit": true, "level": "functional"}}') }],
    ['a constructor key', insTag({ constructor: { prototype: { polluted: true } } })],
    ['a project that is a JQL fragment', insTag({ project: 'INS OR project = ATLAS' })],
    ['an array', [insTag()]],
    ['nothing', null],
  ])('refuses %s with VALIDATION and changes nothing', async (_what, payload) => {
    const before = await stored('INS');
    const answer = await call('project-tag/save', 'lead', payload, 'INS');
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('VALIDATION');
    expect(await stored('INS')).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('removing a project alignment', () => {
  it('lets the lead remove INS’s alignment at the current version', async () => {
    const answer = await call('project-tag/clear', 'lead', { project: 'INS', expectedVersion: 1 }, 'INS');
    expect(answer.ok).toBe(true);
    expect(answer.data?.alignment).toBeNull();
    expect(await stored('INS')).toBeNull();
  });

  it('refuses a stale version with CONFLICT, and the member with FORBIDDEN', async () => {
    expect((await call('project-tag/clear', 'lead', { project: 'INS', expectedVersion: 7 }, 'INS')).error?.code).toBe('CONFLICT');
    expect((await call('project-tag/clear', 'member', { project: 'INS', expectedVersion: 1 }, 'INS')).error?.code).toBe('FORBIDDEN');
    expect(await stored('INS')).toMatchObject({ version: 1 });
  });
});

describe('finding people', () => {
  it('finds users by part of their name', async () => {
    const answer = (await forge.invoke({
      moduleKey: MODULE,
      functionKey: 'project-tag/search-users',
      payload: { query: 'aish' },
      accountId: account('lead'),
    })) as {
      ok: boolean;
      data?: { accountId: string; displayName: string; avatarUrl?: string }[];
    };
    // People come with their Jira avatar, as in every picker.
    expect(answer.data).toEqual([{ accountId: '712020:nw-aisha-khan', displayName: 'Aisha Khan', avatarUrl: expect.any(String) }]);
  });
});
