// The progress rule setting: defaults for settings stored before it existed, readable by anyone through one
// small call, changed only by Jira admins, versioned like every other setting.
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import type { SettingsView } from '../../src/shared/api/admin';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const admin = (persona: PersonaId, functionKey: string, payload: unknown = {}) => t.as(persona, { moduleKey: 'throughline-admin', functionKey, payload });
const settings = async () => ((await admin('exec', 'admin/settings')).data as SettingsView).settings;

describe('the progress rule', () => {
  it('counts issues done by default, also for settings stored before the rule existed (under their old key)', async () => {
    const snap = t.forge.kvs.snapshot();
    const stored = (snap.entities.settings!.settings!.value as { record: Record<string, unknown> }).record;
    expect(stored.progressRule).toBe('issues-done');
    delete stored.progressRule;
    delete snap.entities.settings!.settings;
    snap.keys.settings = { ...snap.keys.settings, value: stored as never } as never;
    t.forge.kvs.load(snap);
    expect(await settings()).toMatchObject({ progressRule: 'issues-done', strategyEditorGroups: ['throughline-strategy-editors'] });
  });

  it('is readable by anyone signed in, with words to show next to the numbers', async () => {
    for (const persona of ['member', 'outsider'] as const) {
      expect(await admin(persona, 'settings/progress-rule')).toEqual({ ok: true, data: { rule: 'issues-done', label: 'Issues done ÷ all issues' } });
    }
  });

  it('is changed by a Jira admin without touching the other settings', async () => {
    const before = await settings();
    const out = await admin('exec', 'admin/save-settings', { progressRule: 'story-points', expectedVersion: before.version });
    expect(out).toMatchObject({ ok: true, data: { settings: { progressRule: 'story-points', version: before.version + 1 } } });
    expect(await settings()).toEqual({ ...before, progressRule: 'story-points', version: before.version + 1 });
    expect((await admin('member', 'settings/progress-rule')).data).toMatchObject({ rule: 'story-points' });
  });

  it('keeps the rule when the editor groups are saved alone', async () => {
    const v = (await settings()).version;
    await admin('exec', 'admin/save-settings', { progressRule: 'status-weighted', expectedVersion: v });
    await admin('exec', 'admin/save-settings', { strategyEditorGroups: [], expectedVersion: v + 1 });
    expect(await settings()).toMatchObject({ progressRule: 'status-weighted', strategyEditorGroups: [] });
  });

  it.each<[string, PersonaId, unknown, string]>([
    ['someone who is not a Jira admin', 'lead', { progressRule: 'story-points', expectedVersion: 1 }, 'FORBIDDEN'],
    ['a stale version', 'exec', { progressRule: 'story-points', expectedVersion: 0 }, 'CONFLICT'],
    ['a rule that does not exist', 'exec', { progressRule: 'vibes', expectedVersion: 1 }, 'VALIDATION'],
  ])('refuses %s with %s… and changes nothing', async (_name, persona, payload, code) => {
    const before = await settings();
    expect(await admin(persona, 'admin/save-settings', payload)).toMatchObject({ ok: false, error: { code } });
    expect(await settings()).toEqual(before);
  });
});
