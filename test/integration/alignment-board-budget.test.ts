// The first tree screen's storage operations do not grow with the site's projects: on a generated organisation with
// more aligned projects than three pages of alignments and more goals than six batches of roll-ups, it reads the
// catalog, the alignment board (one batch), the agreement and health boards with the settings (one batch), the open
// input that has waited 14 days (one indexed query, for the gap "input unanswered") and every goal roll-up at 100 a
// page: 6 operations, where reading the alignments and the roll-ups by key took 14.
import { kvs } from '@forge/kvs';
import type { LocalForge } from '../../dev/throughline-host';
import { DEFAULT_SETTINGS } from '../../src/shared/model/settings';
import { generatedForge } from '../support/generated-forge';

const SIZE = { goals: 156, projects: 360, epics: 300, issues: 1500 };

let forge: LocalForge;
let viewer: string;
beforeAll(async () => {
  ({ forge, viewer } = await generatedForge(SIZE, { withKpis: false }));
}, 120_000);

it('draws the first tree screen of 156 goals and 300 aligned projects in one Jira call and 6 storage operations', async () => {
  const aligned = Object.keys(forge.kvs.snapshot().entities['project-alignment'] ?? {}).length;
  const rollups = Object.keys(forge.kvs.snapshot().entities['goal-rollup'] ?? {}).length;
  expect(aligned).toBeGreaterThan(300);
  expect(rollups).toBeGreaterThan(100);
  forge.jira.log.reset();
  forge.kvs.log.reset();
  const out = (await forge.invoke({ moduleKey: 'throughline-strategy', functionKey: 'alignment/tree', payload: {}, accountId: viewer })) as { ok: boolean };
  expect(out.ok).toBe(true);
  expect(forge.jira.log.count()).toBe(1);
  expect(forge.kvs.log.count()).toBe(4 + Math.ceil(rollups / 100));
  expect(forge.kvs.log.count()).toBeLessThanOrEqual(10);
});

// Settings saved before saves were conditional live under the plain key 'settings': the batch reads them there too.
it('takes the progress rule from the settings wherever they are stored, in the same batch', async () => {
  const tree = async () =>
    (await forge.invoke({ moduleKey: 'throughline-strategy', functionKey: 'alignment/tree', payload: {}, accountId: viewer })) as { data: { rule: string } };
  await kvs.entity('settings').delete('settings');
  await kvs.set('settings', { ...DEFAULT_SETTINGS, progressRule: 'story-points' });
  expect((await tree()).data.rule).toBe('story-points');
  await kvs.delete('settings');
  expect((await tree()).data.rule).toBe(DEFAULT_SETTINGS.progressRule);
});
