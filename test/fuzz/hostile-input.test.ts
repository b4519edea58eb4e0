// Hostile input as a test layer: generated payloads (seeded, repeatable) against every resolver function, as
// every persona and as nobody, with forged extension contexts. Whatever arrives, the answer is the envelope with a
// code from the closed set, never INTERNAL; a refusal stores nothing (no successful storage or Jira write during
// the call); and no answer to the member or the outsider names the restricted goal or ATLAS work unless the
// payload itself named it.
import fc from 'fast-check';
import { z } from 'zod';
import { RESTRICTED_PROJECT } from '../../dev/demo';
import { AppError } from '../../src/shared/errors';
import type { CallSpec } from '../../src/shared/contract';
import { adminCalls } from '../../src/shared/api/admin';
import { agreementCalls } from '../../src/shared/api/agreements';
import { alignmentCalls } from '../../src/shared/api/alignment';
import { catalogCalls } from '../../src/shared/api/catalog';
import { macroCalls, subtreeCall } from '../../src/shared/api/macros';
import { burnUpCall } from '../../src/shared/api/burn-up';
import { panelCalls } from '../../src/shared/api/panel';
import { projectPageCalls } from '../../src/shared/api/project-page';
import { projectSettingsCalls } from '../../src/shared/api/project-settings';
import { scorecardMacroCalls } from '../../src/shared/api/scorecard-macro';
import { scorecardCalls } from '../../src/shared/api/scorecards';
import { inputCalls } from '../../src/shared/api/input';
import { proposalCalls } from '../../src/shared/api/proposals';
import { dueCalls, duePanelCalls } from '../../src/shared/api/due';
import { peopleCalls } from '../../src/shared/api/people';
import { periodCalls } from '../../src/shared/api/periods';
import { dataTransferCalls } from '../../src/shared/api/data-transfer';
import { lastQuarterOf } from '../../dev/demo';
import { DEMO_TODAY } from '../support/demo-day';
import { accountOf, demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { newKpi } from '../integration/scorecard-fixture';
import { hostileExtension, hostileValue, mutate } from './arbitraries';

/** Cases per resolver function; the seed makes every run the same. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = 20261128;

const RESTRICTED_GOAL = 'g-atlas-integration';
/** The demo's last quarter, open until a fuzzed exec request closes it. */
const LAST_QUARTER = lastQuarterOf(DEMO_TODAY);
const MUTATING_KVS = new Set(['set', 'delete', 'secret/set', 'secret/delete', 'entity/set', 'entity/delete', 'batch/set', 'batch/delete', 'transaction']);

const Envelope = z.union([z.object({ ok: z.literal(true), data: z.unknown() }).strict(), z.object({ ok: z.literal(false), error: AppError }).strict()]);

const lead = accountOf('lead');
const member = accountOf('member');
const goalInput = {
  title: 'Win the mid-market',
  description: '',
  level: 'functional',
  parentId: 'g-grow-arr',
  leaderId: lead,
  managerId: null,
  timeframe: { start: '2026-01-01', end: '2026-12-31' },
  stage: 'roadmap',
  status: 'active',
};
const kpiInput = newKpi({ goalId: 'g-dashboards-v3', name: 'Adoption', category: 'customer', unit: '%' });
const supportInput = { fromGoalId: 'g-product-differentiation', toGoalId: 'g-engineering-excellence', ask: 'A stable ingestion API', neededBy: '2027-03-15' };
const commitInput = { goalId: 'g-dashboards-v3', state: 'committed', text: 'We carry 30% of the target', expectedVersion: null };

interface Target {
  module: string;
  spec: CallSpec<z.ZodType, z.ZodType>;
  /** Payloads that are valid, or nearly so, naming demo data: the ground the generator mutates. */
  seeds: unknown[];
}

const STRATEGY = 'throughline-strategy';
const subGoalInput = { title: 'Faster builds', description: '', level: 'project', leaderId: null, managerId: null, timeframe: { start: null, end: null } };

const targets: Target[] = [
  { module: 'throughline-admin', spec: adminCalls.status, seeds: [{}] },
  { module: 'throughline-admin', spec: adminCalls.settings, seeds: [{}] },
  {
    module: 'throughline-admin',
    spec: adminCalls.saveSettings,
    seeds: [
      { progressRule: 'story-points', expectedVersion: 1 },
      { strategyEditorGroups: ['strategy-office'], expectedVersion: 1 },
      { defaultHealthBands: { onTrack: 90, atRisk: 80 }, expectedVersion: 1 },
    ],
  },
  { module: 'throughline-admin', spec: adminCalls.progressRule, seeds: [{}] },
  { module: STRATEGY, spec: catalogCalls.list, seeds: [{}] },
  { module: STRATEGY, spec: catalogCalls.get, seeds: [{ id: 'g-grow-arr' }, { id: RESTRICTED_GOAL }] },
  { module: STRATEGY, spec: catalogCalls.create, seeds: [{ input: goalInput }, { input: { ...goalInput, parentId: RESTRICTED_GOAL } }] },
  {
    module: STRATEGY,
    spec: catalogCalls.update,
    seeds: [{ id: 'g-dashboards-v3', expectedVersion: 1, input: { ...goalInput, level: 'project', parentId: 'g-product-differentiation' } }],
  },
  {
    module: STRATEGY,
    spec: catalogCalls.archive,
    seeds: [
      { id: 'g-customer-community', expectedVersion: 1 },
      { id: RESTRICTED_GOAL, expectedVersion: 1 },
    ],
  },
  { module: STRATEGY, spec: catalogCalls.restore, seeds: [{ id: 'g-customer-community', expectedVersion: 2 }] },
  { module: STRATEGY, spec: catalogCalls.searchUsers, seeds: [{ query: 'so' }, { query: 'Helen' }] },
  { module: STRATEGY, spec: alignmentCalls.tree, seeds: [{}, { level: 'strategy' }, { search: 'arr' }] },
  {
    module: STRATEGY,
    spec: alignmentCalls.children,
    seeds: [
      { parent: { kind: 'goal', goalId: 'g-grow-arr' } },
      { parent: { kind: 'goal', goalId: RESTRICTED_GOAL } },
      { parent: { kind: 'project', goalId: 'g-grow-arr', projectId: '10106' } },
    ],
  },
  { module: STRATEGY, spec: alignmentCalls.gaps, seeds: [{}] },
  { module: STRATEGY, spec: burnUpCall, seeds: [{ goalId: 'g-dashboards-v3' }, { goalId: RESTRICTED_GOAL }] },
  {
    module: STRATEGY,
    spec: subtreeCall,
    seeds: [{ parent: { kind: 'goal', goalId: 'g-grow-arr' }, depth: 3 }, { parent: { kind: 'goal', goalId: RESTRICTED_GOAL } }],
  },
  { module: STRATEGY, spec: scorecardCalls.overview, seeds: [{}] },
  { module: STRATEGY, spec: scorecardCalls.goal, seeds: [{ goalId: 'g-dashboards-v3' }, { goalId: RESTRICTED_GOAL }] },
  { module: STRATEGY, spec: scorecardCalls.createKpi, seeds: [{ input: kpiInput }, { input: { ...kpiInput, goalId: RESTRICTED_GOAL } }] },
  { module: STRATEGY, spec: scorecardCalls.updateKpi, seeds: [{ id: 'k-dashboard-migration', expectedVersion: 1, input: kpiInput }] },
  { module: STRATEGY, spec: scorecardCalls.deleteKpi, seeds: [{ id: 'k-arr', expectedVersion: 1 }] },
  { module: STRATEGY, spec: scorecardCalls.measurements, seeds: [{ kpiId: 'k-dashboard-migration' }, { kpiId: 'k-arr' }] },
  { module: STRATEGY, spec: scorecardCalls.record, seeds: [{ kpiId: 'k-dashboard-migration', input: { date: '2026-11-27', value: 40, note: '' } }] },
  {
    module: STRATEGY,
    spec: scorecardCalls.correct,
    seeds: [{ kpiId: 'k-dashboard-migration', id: 'm-1', expectedRecordedAt: '2026-11-27T09:00:00.000Z', value: 3, note: 'fix' }],
  },
  {
    module: STRATEGY,
    spec: scorecardCalls.deleteMeasurement,
    seeds: [{ kpiId: 'k-dashboard-migration', id: 'm-1', expectedRecordedAt: '2026-11-27T09:00:00.000Z' }],
  },
  { module: STRATEGY, spec: scorecardCalls.checkIns, seeds: [{ goalId: 'g-dashboards-v3' }, { goalId: RESTRICTED_GOAL }] },
  {
    module: STRATEGY,
    spec: scorecardCalls.addCheckIn,
    seeds: [
      { goalId: 'g-dashboards-v3', input: { status: 'on-track', confidence: 4, learnings: '', risks: '', decisions: '' } },
      { goalId: 'g-dashboards-v3', input: { status: 'on-track', confidence: 4, inputIds: ['in-demo-snap-grid', 'in-demo-analytics-scope'] } },
    ],
  },
  { module: STRATEGY, spec: agreementCalls.forGoal, seeds: [{ goalId: 'g-engineering-excellence' }, { goalId: RESTRICTED_GOAL }] },
  { module: STRATEGY, spec: agreementCalls.get, seeds: [{ id: 'ag-0000000000000000' }] },
  { module: STRATEGY, spec: agreementCalls.propose, seeds: [{ input: supportInput }, { input: { ...supportInput, fromGoalId: RESTRICTED_GOAL } }] },
  {
    module: STRATEGY,
    spec: agreementCalls.answer,
    seeds: [
      { id: 'ag-0000000000000000', expectedVersion: 1, answer: { action: 'accept' } },
      { id: 'ag-0000000000000000', expectedVersion: 1, answer: { action: 'counter', neededBy: '2027-04-01', terms: 'Later' } },
    ],
  },
  { module: STRATEGY, spec: agreementCalls.commit, seeds: [{ input: commitInput }, { input: { ...commitInput, goalId: RESTRICTED_GOAL } }] },
  { module: STRATEGY, spec: agreementCalls.web, seeds: [{ rootGoalId: 'g-grow-arr' }, { rootGoalId: RESTRICTED_GOAL }] },
  { module: 'throughline-goal-panel', spec: panelCalls.context, seeds: [{ issue: 'INS-43' }, { issue: 'ATLAS-1' }] },
  { module: 'throughline-goal-panel', spec: panelCalls.tagOptions, seeds: [{ issue: 'INS-1' }] },
  {
    module: 'throughline-goal-panel',
    spec: panelCalls.tagEpic,
    seeds: [
      { issue: 'INS-1', goalId: 'g-dashboards-v3', level: 'project' },
      { issue: 'INS-1', goalId: RESTRICTED_GOAL, level: 'project', leaderId: member },
    ],
  },
  { module: 'throughline-goal-panel', spec: panelCalls.clearEpicTag, seeds: [{ issue: 'INS-1' }] },
  { module: 'throughline-goal-panel', spec: panelCalls.searchUsers, seeds: [{ query: 'da' }] },
  {
    module: 'throughline-goal-panel',
    spec: panelCalls.reliance,
    seeds: [
      { issue: 'INS-3', goalIds: ['g-dashboards-v3'] },
      { issue: 'ATLAS-1', goalIds: [RESTRICTED_GOAL] },
    ],
  },
  { module: 'throughline-project-page', spec: projectPageCalls.view, seeds: [{ project: 'INS' }, { project: RESTRICTED_PROJECT }] },
  { module: 'throughline-project-page', spec: projectPageCalls.tagEpic, seeds: [{ project: 'INS', issue: 'INS-1', goalId: 'g-dashboards-v3' }] },
  { module: 'throughline-project-settings', spec: projectSettingsCalls.get, seeds: [{ project: 'INS' }, { project: RESTRICTED_PROJECT }] },
  {
    module: 'throughline-project-settings',
    spec: projectSettingsCalls.save,
    seeds: [{ project: 'INS', level: 'project', goalId: 'g-dashboards-v3', leaderId: lead, managerId: null, expectedVersion: 1 }],
  },
  { module: 'throughline-project-settings', spec: projectSettingsCalls.clear, seeds: [{ project: 'INS', expectedVersion: 1 }] },
  { module: 'throughline-project-settings', spec: projectSettingsCalls.searchUsers, seeds: [{ query: 'li' }] },
  {
    module: 'throughline-alignment-tree',
    spec: macroCalls.tree,
    seeds: [{ config: { depth: 2 } }, { config: { rootGoalId: RESTRICTED_GOAL, depth: 8 } }, { config: { depth: 3, asOf: LAST_QUARTER.id } }],
  },
  { module: 'throughline-alignment-tree', spec: macroCalls.goalOptions, seeds: [{}] },
  { module: 'throughline-scorecard', spec: scorecardMacroCalls.view, seeds: [{ config: { level: 'strategy' } }, { config: { goalId: RESTRICTED_GOAL } }] },
  { module: 'throughline-scorecard', spec: scorecardMacroCalls.options, seeds: [{}] },
  {
    module: 'throughline-goal-panel',
    spec: inputCalls.add,
    seeds: [
      { issue: 'INS-3', goalId: 'g-dashboards-v3', kind: 'change', text: 'Fewer meetings', anonymous: true },
      { issue: 'INS-3', goalId: RESTRICTED_GOAL, kind: 'working', text: 'x' },
      { issue: 'ATLAS-1', goalId: 'g-grow-arr', kind: 'change', text: 'x' },
    ],
  },
  { module: STRATEGY, spec: inputCalls.ofGoal, seeds: [{ goalId: 'g-dashboards-v3' }, { goalId: RESTRICTED_GOAL }] },
  {
    module: STRATEGY,
    spec: inputCalls.triage,
    seeds: [
      { inputId: 'in-demo-snap-grid', expectedVersion: 1, decision: { kind: 'answer', text: 'Thanks' } },
      { inputId: 'in-demo-review-demos', expectedVersion: 1, decision: { kind: 'not-now', reason: 'Later' } },
      { inputId: 'in-demo-snap-grid', expectedVersion: 1, decision: { kind: 'take' } },
    ],
  },
  { module: STRATEGY, spec: inputCalls.history, seeds: [{ inputId: 'in-demo-review-demos' }, { inputId: 'in-demo-snap-grid' }] },
  {
    module: STRATEGY,
    spec: proposalCalls.addSubGoal,
    seeds: [
      { parentId: 'g-product-differentiation', input: subGoalInput },
      { parentId: RESTRICTED_GOAL, input: subGoalInput },
    ],
  },
  {
    module: STRATEGY,
    spec: proposalCalls.propose,
    seeds: [
      { parentId: 'g-engineering-excellence', input: subGoalInput },
      { parentId: 'g-dashboards-v3', input: { ...subGoalInput, level: 'self', leaderId: 'x', managerId: 'x' } },
      { parentId: RESTRICTED_GOAL, input: subGoalInput },
    ],
  },
  { module: STRATEGY, spec: proposalCalls.ofGoal, seeds: [{ goalId: 'g-engineering-excellence' }, { goalId: RESTRICTED_GOAL }] },
  {
    module: STRATEGY,
    spec: proposalCalls.decide,
    seeds: [
      { proposalId: 'pr-demo-ci-time', expectedVersion: 1, decision: { kind: 'approve' } },
      { proposalId: 'pr-demo-ci-time', expectedVersion: 1, decision: { kind: 'decline', reason: 'Not now' } },
    ],
  },
  { module: STRATEGY, spec: proposalCalls.mine, seeds: [{}] },
  { module: STRATEGY, spec: dueCalls.list, seeds: [{}] },
  { module: 'throughline-goal-panel', spec: duePanelCalls.count, seeds: [{}] },
  { module: STRATEGY, spec: peopleCalls.avatars, seeds: [{ accountIds: [member, lead] }] },
  { module: 'throughline-goal-panel', spec: peopleCalls.avatars, seeds: [{ accountIds: [lead] }] },
  { module: 'throughline-admin', spec: periodCalls.list, seeds: [{}] },
  // Export and import (Jira admins): an id never staged, so a check or an apply finds no file and writes nothing.
  { module: 'throughline-admin', spec: dataTransferCalls.exportPage, seeds: [{ cursor: null }] },
  { module: 'throughline-admin', spec: dataTransferCalls.stage, seeds: [{ importId: 'fuzz-stage-only', from: 0, chunks: ['{"format":"throughline-export"'] }] },
  { module: 'throughline-admin', spec: dataTransferCalls.check, seeds: [{ importId: 'fuzz-never-staged', chunks: 1, replace: true }] },
  { module: 'throughline-admin', spec: dataTransferCalls.apply, seeds: [{ importId: 'fuzz-never-staged', cursor: null }] },
  {
    module: 'throughline-admin',
    spec: periodCalls.save,
    seeds: [
      { expectedVersion: 1, periods: [{ id: LAST_QUARTER.id, name: LAST_QUARTER.name, kind: 'quarter', start: LAST_QUARTER.start, end: LAST_QUARTER.end }] },
      { expectedVersion: 1, periods: [{ name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' }] },
    ],
  },
  { module: STRATEGY, spec: periodCalls.list, seeds: [{}] },
  { module: STRATEGY, spec: periodCalls.close, seeds: [{ periodId: LAST_QUARTER.id }] },
  { module: STRATEGY, spec: periodCalls.carryOptions, seeds: [{ periodId: LAST_QUARTER.id }] },
  {
    module: STRATEGY,
    spec: periodCalls.carry,
    seeds: [
      { periodId: LAST_QUARTER.id, goalId: 'g-dashboards-v3' },
      { periodId: LAST_QUARTER.id, goalId: RESTRICTED_GOAL },
    ],
  },
  {
    module: STRATEGY,
    spec: periodCalls.compare,
    seeds: [{ periodId: LAST_QUARTER.id }, { periodId: LAST_QUARTER.id, goalId: 'g-grow-arr' }, { periodId: LAST_QUARTER.id, goalId: RESTRICTED_GOAL }],
  },
  {
    module: 'throughline-scorecard',
    spec: scorecardMacroCalls.view,
    seeds: [{ config: { level: 'project', asOf: LAST_QUARTER.id } }, { config: { goalId: RESTRICTED_GOAL, asOf: LAST_QUARTER.id } }],
  },
];

type Caller = PersonaId | null;
const callers: Caller[] = ['exec', 'lead', 'member', 'outsider', null];

let t: DemoForge;
let secrets: string[];
beforeAll(async () => {
  t = await demoForge();
  const restricted = t.demo.strategy.goals.find((g) => g.id === RESTRICTED_GOAL)!;
  const atlas = t.forge.jira.state.projects.find((p) => p.key === RESTRICTED_PROJECT)!;
  const atlasIssues = t.forge.jira.state.issues.filter((i) => i.projectId === atlas.id);
  // What the member and the outsider must never be told: the restricted goal and the restricted project's work
  // (its summaries only where they say something no other issue or goal says, unlike "Draft").
  const elsewhere = JSON.stringify([t.demo.strategy, t.forge.jira.state.issues.filter((i) => i.projectId !== atlas.id).map((i) => i.summary)]);
  const distinctive = atlasIssues.map((i) => i.summary).filter((s) => !elsewhere.includes(s));
  secrets = [RESTRICTED_GOAL, restricted.title, `"${atlas.key}"`, atlas.name, ...atlasIssues.map((i) => `"${i.key}"`), ...distinctive];
});

const writesDuring = async (call: () => Promise<unknown>): Promise<{ answer: unknown; kvsWrites: string[]; jiraWrites: string[] }> => {
  // Only this call's entries are copied: copying the whole log of a 12 000-call run each time made it quadratic.
  const kvsBefore = t.forge.kvs.log.count();
  const jiraBefore = t.forge.jira.log.count();
  const answer = await call();
  await t.forge.eventsDelivered();
  const kvsWrites = t.forge.kvs.log
    .entries(kvsBefore)
    .filter((e) => MUTATING_KVS.has(e.op) && e.status < 300)
    .map((e) => e.op);
  const jiraWrites = t.forge.jira.log
    .entries(jiraBefore)
    .filter(
      (e) =>
        e.method !== 'GET' &&
        !/\/(search\/jql|search\/approximate-count|permissions\/check|permissions\/project|issue\/bulkfetch)$/.test(e.path) &&
        e.status < 300,
    )
    .map((e) => `${e.method} ${e.path}`);
  return { answer, kvsWrites, jiraWrites };
};

describe.each(targets.map((x) => [`${x.module} ${x.spec.key}`, x] as const))('%s under generated hostile input', (_name, target) => {
  it(`answers ${RUNS} generated requests with a coded envelope, stores nothing on refusal and leaks nothing`, async () => {
    const payload = fc.oneof({ weight: 3, arbitrary: mutate(target.seeds) }, { weight: 1, arbitrary: hostileValue });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...callers), payload, hostileExtension, async (caller, body, extension) => {
        // The exec and the lead may legitimately put work under the restricted goal or name people on it, which
        // admits others to it by the rule; their requests naming it are left out so that the leak check below
        // keeps its meaning for the whole run. The member's and the outsider's are the point.
        fc.pre(!((caller === 'exec' || caller === 'lead') && JSON.stringify(body ?? null).includes(RESTRICTED_GOAL)));
        const { answer, kvsWrites, jiraWrites } = await writesDuring(() =>
          t.forge.invoke({
            moduleKey: target.module,
            functionKey: target.spec.key,
            payload: body,
            extension,
            ...(caller ? { accountId: accountOf(caller) } : {}),
          }),
        );
        // Each check calls `expect` only when it fails (with the same matcher and message as always): a passing
        // `expect` costs about 20 µs, and this loop makes some 70 000 of them.
        const envelope = Envelope.safeParse(answer);
        if (!envelope.success) expect({ envelope: envelope.success, answer }).toEqual({ envelope: true, answer: 'ok' });
        const parsed = envelope.data!;
        if (!parsed.ok) {
          if (parsed.error.code === 'INTERNAL') expect(parsed.error.code).not.toBe('INTERNAL');
          if (kvsWrites.length > 0 || jiraWrites.length > 0)
            expect({ code: parsed.error.code, kvsWrites, jiraWrites }).toEqual({ code: parsed.error.code, kvsWrites: [], jiraWrites: [] });
        }
        if (caller === 'member' || caller === 'outsider' || caller === null) {
          const said = JSON.stringify(answer);
          const asked = JSON.stringify(body ?? null) + JSON.stringify(extension);
          const leaked = secrets.filter((s) => said.includes(s) && !asked.includes(s));
          if (leaked.length > 0) expect(leaked).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
