// Agreements where people already look: badges on the tree's rows and the tree macro's, the three agreement gap kinds
// with who can fix them, the issue panel's lines (within its budget) and the scorecards' at-risk lists. A risk appears
// once a providing goal's KPI is recorded off track; an agreement whose other goal is hidden counts nowhere; the outsider
// sees none of it.
import type { GoalNode, TreeNode } from '../../src/shared/api/alignment';
import type { GoalContext } from '../../src/shared/api/panel';
import type { AgreementWebView } from '../../src/shared/api/agreements';
import type { GoalScorecard } from '../../src/shared/api/scorecards';
import type { TreeMacroView } from '../../src/shared/api/macros';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { demoForge, hasTag, isEpic, isSubtask, type DemoForge, type PersonaId } from '../support/local-forge';
import { AT_RISK_AGREEMENT, OLD_UNANSWERED_AGREEMENT, RESTRICTED_AGREEMENT } from '../../dev/demo';
import { agreementsOf, DASHBOARDS, ENGINEERING, later, okData, PRODUCT, STRATEGY } from './agreements-fixture';
import { children, gaps, tree } from './alignment-fixture';

let t: DemoForge;
let a: ReturnType<typeof agreementsOf>;
beforeEach(async () => {
  t = await demoForge();
  a = agreementsOf(t);
});

const PANEL = 'throughline-goal-panel';
const AGREEMENT_KINDS = ['agreement-unanswered', 'agreement-at-risk', 'goal-not-committed'];

const goalRow = async (who: PersonaId, parentId: string, goalId: string): Promise<GoalNode> => {
  const node = (await children(t, who, { kind: 'goal', goalId: parentId })).nodes.find((n: TreeNode) => n.kind === 'goal' && n.goalId === goalId);
  return node as GoalNode;
};
const storyUnder = (goalId: string) => {
  const epic = t.issue((i) => isEpic(i) && hasTag(i) && (i.properties[EPIC_TAG_PROPERTY] as { goalId: string }).goalId === goalId);
  return t.issue((i) => i.parentId === epic.id && !isSubtask(i));
};
const panel = async (who: PersonaId, key: string): Promise<GoalContext> =>
  okData(await t.as(who, { moduleKey: PANEL, functionKey: 'panel/context', payload: { issue: key }, extension: { issue: { key } } })) as GoalContext;
const scorecard = async (who: PersonaId, goalId: string): Promise<GoalScorecard> =>
  okData(await t.as(who, { moduleKey: STRATEGY, functionKey: 'scorecards/goal', payload: { goalId } })) as GoalScorecard;
const macro = async (who: PersonaId, config: Record<string, unknown>): Promise<TreeMacroView> =>
  okData(await t.as(who, { moduleKey: 'throughline-alignment-tree', functionKey: 'macro/alignment-tree', payload: { config } })) as TreeMacroView;
const recordUptime = async (value: number) =>
  okData(
    await t.as('exec', {
      moduleKey: STRATEGY,
      functionKey: 'scorecards/measurement-record',
      payload: { kpiId: 'k-uptime', input: { date: later(0), value, note: 'Outage' } },
    }),
  );

/** The lead asks Engineering for support and the exec accepts for it: agreed support Product relies on. */
const agreed = async () => {
  const p = okData(await a.propose('lead', PRODUCT, ENGINEERING, { neededBy: later(107) }));
  return okData(await a.answer('exec', p.id, 1, { action: 'accept' }));
};

describe('an agreed support becomes at risk when its provider’s KPI is recorded off track', () => {
  it('shows the risk with its reason on the asking goal’s row, in the gaps, on its scorecard and in a member’s panel', async () => {
    const v = await agreed();
    expect(v.risks.map((r) => r.reason)).not.toContain('kpi-off-track');
    await recordUptime(98.2);

    // With the provider's work behind too, the one reason is a shift in execution, which names the KPI off track.
    const risk = okData(await a.get('exec', v.id)).risks.find((r) => r.reason === 'kpi-off-track' || r.reason === 'shift-execution');
    expect(risk?.sentence).toMatch(
      /^“Reliable, fast engineering delivery” (has 1 KPI off track|needs a shift in execution: .+ only 0 of 1 KPI on track \(1 off track\))\.$/,
    );

    const row = await goalRow('exec', 'g-grow-arr', PRODUCT);
    expect(row.agreements).toMatchObject({ atRisk: 1 });
    expect(row.agreements!.firstReason).toEqual(expect.any(String));
    expect(row.gaps).toContain('agreement-at-risk');

    const gap = (await gaps(t, 'exec')).gaps.find((g) => g.id === `agreement-at-risk:${v.id}`);
    expect(gap).toMatchObject({ kind: 'agreement-at-risk', subject: { kind: 'goal', id: PRODUCT }, link: { target: 'goal', goalId: PRODUCT } });
    expect(gap!.why).toMatch(/(has 1 KPI off track|\(1 off track\))\.$/);
    expect(gap!.who).toContain('Anika Sharma or Marcus Reid (leader and manager of “Reliable, fast engineering delivery”)');

    expect((await scorecard('exec', PRODUCT)).agreementsAtRisk).toEqual([
      expect.objectContaining({ goalId: PRODUCT, provider: expect.objectContaining({ id: ENGINEERING }) }),
    ]);
    const onPage = (await macro('exec', { rootGoalId: 'g-grow-arr', depth: 2 })).rows.find((r) => r.node.kind === 'goal' && r.node.goalId === PRODUCT)!
      .node as GoalNode;
    expect(onPage.agreements?.atRisk).toBe(1);

    // The agreement web says why, not only that it is at risk.
    const web = okData(await a.call('exec', 'agreements/web', { rootGoalId: 'g-grow-arr' })) as AgreementWebView;
    expect(web.edges.find((e) => e.id === v.id)).toMatchObject({
      atRisk: true,
      risks: expect.arrayContaining([expect.stringMatching(/(has 1 KPI off track|\(1 off track\))\.$/)]),
    });

    // The story's own goal first (the demo's Dashboards 3.0 relies on the cloud cost project), then its parent's.
    const c = await panel('member', storyUnder(DASHBOARDS).key);
    expect(c.reliesOn).toEqual([
      expect.objectContaining({ goalId: DASHBOARDS, provider: expect.objectContaining({ id: 'g-cloud-cost' }), state: 'accepted' }),
      expect.objectContaining({
        goalId: PRODUCT,
        provider: expect.objectContaining({ id: ENGINEERING }),
        state: 'accepted',
        risk: '“Reliable, fast engineering delivery” has 1 KPI off track.',
        sentence: `Relies on “Reliable, fast engineering delivery”, agreed for ${dayWords(later(107))}, at risk: a KPI is off track`,
      }),
    ]);
  });

  it('is at risk once its provider flags it: the row, the gaps and the member’s panel say so, and only the agreement itself quotes the words', async () => {
    const v = await agreed();
    const words = 'The ingestion rewrite slipped to March';
    okData(await a.answer('exec', v.id, 2, { action: 'flag', reason: words }));
    const sentence = `“Reliable, fast engineering delivery” flagged a risk to delivering it on ${dayWords(later(0))}.`;

    expect((await goalRow('exec', 'g-grow-arr', PRODUCT)).agreements).toEqual({ atRisk: 1, unanswered: 0, firstReason: sentence });
    expect((await gaps(t, 'exec')).gaps.find((g) => g.id === `agreement-at-risk:${v.id}`)?.why).toContain(sentence);
    const c = await panel('member', storyUnder(DASHBOARDS).key);
    expect(c.reliesOn?.find((l) => l.provider.id === ENGINEERING)).toMatchObject({
      risk: sentence,
      sentence: `Relies on “Reliable, fast engineering delivery”, agreed for ${dayWords(later(107))}, at risk: they flagged a risk`,
    });
    expect(JSON.stringify(c)).not.toContain(words);
    expect(okData(await a.get('lead', v.id)).risks[0]!.sentence).toBe(`${sentence.slice(0, -1)}: “${words}”`);
  });

  it('tells the team on the providing goal’s work who relies on it, and when the provider flags it, that it is at risk', async () => {
    // The demo's Dashboards 3.0 relies on the cloud cost project; a member works on one of its stories.
    const story = storyUnder('g-cloud-cost');
    const before = await panel('member', story.key);
    expect(before.reliedOnBy).toContainEqual(
      expect.objectContaining({ goalId: 'g-cloud-cost', asker: expect.objectContaining({ id: DASHBOARDS }), state: 'accepted' }),
    );
    const demo = okData(await a.forGoal('exec', 'g-cloud-cost')).reliedOnBy.find((x) => x.from.id === DASHBOARDS)!;
    okData(await a.answer('exec', demo.id, demo.version, { action: 'flag', reason: 'The cache needs a second region' }));
    const after = (await panel('member', story.key)).reliedOnBy!.find((l) => l.asker.id === DASHBOARDS)!;
    expect(after.sentence).toMatch(/^“Dashboards 3\.0” relies on it, agreed for .+, at risk: its people flagged a risk$/);
    expect(JSON.stringify(after)).not.toContain('second region');
  });

  it('leaves the scorecard macro’s goal section with the same at-risk list', async () => {
    await agreed();
    await recordUptime(98.2);
    const view = okData(
      await t.as('exec', { moduleKey: 'throughline-scorecard', functionKey: 'macro/scorecard', payload: { config: { goalId: PRODUCT } } }),
    ) as {
      goals: GoalScorecard[];
    };
    expect(view.goals[0]!.agreementsAtRisk?.map((l) => l.provider.id)).toEqual([ENGINEERING]);
  });
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayWords = (d: string) => `${Number(d.slice(8))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

describe('the demo’s gaps from agreements', () => {
  it.each(['exec', 'lead', 'member'] as PersonaId[])(
    'list the old unanswered request and the agreement at risk for the %s, with who can fix each',
    async (who) => {
      const list = (await gaps(t, who)).gaps;
      expect(list.find((g) => g.id === `agreement-unanswered:${OLD_UNANSWERED_AGREEMENT}`)).toMatchObject({
        level: 'process',
        subject: { kind: 'goal', id: 'g-release-train', title: 'Ship every two weeks with confidence' },
        who: 'Anika Sharma or Lucas Moreau (leader and manager of “Ship every two weeks with confidence”), or a strategy editor',
        fix: 'Accept, counter or decline the request, on the goal’s page.',
      });
      expect(list.find((g) => g.id === `agreement-at-risk:${AT_RISK_AGREEMENT}`)).toMatchObject({
        subject: { id: 'g-enterprise-sales' },
        why: expect.stringMatching(
          /^It relies on “Build a predictable marketing pipeline”, agreed for .+, and that is at risk\. “Build a predictable marketing pipeline” needs a shift in execution: .+ \(1 off track\)\.$/,
        ),
      });
      expect(list.find((g) => g.id === 'goal-not-committed:g-dashboards-v3')).toMatchObject({ who: expect.stringContaining('Daniel Okafor') });
      expect(list.some((g) => g.id === 'goal-not-committed:g-enterprise-sales')).toBe(false);
      // Aisha's Self goal has not committed either: nobody asks a Self goal to.
      expect(list.some((g) => g.id === 'goal-not-committed:g-aisha-chart-accessibility')).toBe(false);
    },
  );
});

describe('a request unanswered for a week', () => {
  it('is a gap on the goal whose turn it is, with who can fix it, and a badge on both rows', async () => {
    const p = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    t.clock.setDay(later(8));
    const gap = (await gaps(t, 'exec')).gaps.find((g) => g.id === `agreement-unanswered:${p.id}`);
    expect(gap).toMatchObject({
      kind: 'agreement-unanswered',
      level: 'functional',
      subject: { id: ENGINEERING },
      link: { target: 'goal', goalId: ENGINEERING },
    });
    expect(gap!.why).toBe(
      `No answer for 8 days to what “Ship the analytics features that set us apart” asked of “Reliable, fast engineering delivery” (“Nightly exports of usage data”, needed by ${dayWords(later(60))}), so the asking team cannot plan on it.`,
    );
    expect(gap!.who).toBe('Anika Sharma or Marcus Reid (leader and manager of “Reliable, fast engineering delivery”), or a strategy editor');
    expect((await goalRow('member', 'g-operate-efficiently', ENGINEERING)).agreements).toEqual({ atRisk: 0, unanswered: 1, firstReason: null });
    expect((await goalRow('member', 'g-grow-arr', PRODUCT)).agreements).toEqual({ atRisk: 0, unanswered: 1, firstReason: null });
  });
});

describe('the demo’s agreement with the restricted goal (asked nine days ago)', () => {
  it('counts on the exec’s rows and gaps, and nowhere for the member', async () => {
    const p = { id: RESTRICTED_AGREEMENT };
    expect((await goalRow('exec', 'g-operate-efficiently', ENGINEERING)).agreements?.unanswered).toBe(1);
    expect((await goalRow('member', 'g-operate-efficiently', ENGINEERING)).agreements?.unanswered).toBe(0);
    expect((await gaps(t, 'exec')).gaps.map((g) => g.id)).toContain(`agreement-unanswered:${p.id}`);
    expect(JSON.stringify(await gaps(t, 'member'))).not.toContain(p.id);
  });
});

describe('the outsider', () => {
  it('sees no badge, no agreement gap, no at-risk list and no panel line', async () => {
    await agreed();
    await recordUptime(98.2);
    okData(await a.commit('lead', DASHBOARDS, null));
    t.clock.setDay(later(8));
    const roots = await tree(t, 'outsider');
    expect(roots.nodes.some((n) => 'agreements' in n)).toBe(false);
    const outsiderGaps = await gaps(t, 'outsider');
    expect(outsiderGaps.gaps.filter((g) => AGREEMENT_KINDS.includes(g.kind))).toEqual([]);
    expect((await scorecard('outsider', PRODUCT)).agreementsAtRisk).toEqual([]);
    const docsStory = t.issue((i) => !isEpic(i) && i.parentId !== undefined && t.keyOf(i.parentId!).startsWith('DOCS-') && hasTagOn(i.parentId!));
    expect((await panel('outsider', docsStory.key)).reliesOn).toEqual([]);
  });
});

const hasTagOn = (issueId: string) => t.forge.jira.state.issues.some((i) => i.id === issueId && hasTag(i));

describe('the tree macro with agreements switched off', () => {
  it('shows no badge and no agreement gap, and says so in its config', async () => {
    await agreed();
    await recordUptime(98.2);
    const off = await macro('exec', { rootGoalId: 'g-grow-arr', depth: 2, showAgreements: false });
    expect(off.config.showAgreements).toBe(false);
    expect(off.rows.some((r) => 'agreements' in r.node)).toBe(false);
    expect(off.rows.flatMap((r) => r.node.gaps).filter((k) => AGREEMENT_KINDS.includes(k))).toEqual([]);
    const on = await macro('exec', { rootGoalId: 'g-grow-arr', depth: 2 });
    expect(on.rows.flatMap((r) => r.node.gaps)).toContain('agreement-at-risk');
  });
});

describe('the issue panel’s budget with agreements', () => {
  it('stays one Jira call and three storage reads for a story, agreements and all (the third is the viewer’s own input, read alongside)', async () => {
    await agreed();
    const story = storyUnder(DASHBOARDS);
    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    const c = await panel('member', story.key);
    expect(c.reliesOn?.map((l) => l.provider.id)).toEqual(['g-cloud-cost', ENGINEERING]);
    expect(t.forge.jira.log.count()).toBe(1);
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(3);
  });
});
