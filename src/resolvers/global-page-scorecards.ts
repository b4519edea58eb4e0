// The scorecard calls of the strategy workspace (jira:globalPage), defined on the page's one resolver: parse,
// run the use case as the caller (who may do what is decided inside, from context.accountId), answer.
import type { Resolver } from '../wiring/resolver';
import { scorecardCalls } from '../shared/api/scorecards';
import { addCheckIn, listCheckIns } from '../services/kpi/check-in';
import { saveKpi } from '../services/kpi/kpi-save';
import { correctMeasurement, deleteMeasurement, listMeasurements, recordMeasurement } from '../services/kpi/measurement-save';
import { readGoalScorecard, readScorecards } from '../services/kpi/scorecard-read';
import { defineHandler } from '../wiring/define';
import { scorecardDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';

const s = scorecardCalls;

export const defineScorecardCalls = (resolver: Resolver, env: Env): void => {
  const define = resolver.define.bind(resolver);
  define(
    s.overview.key,
    defineHandler(s.overview, ({ cursor }, ctx) => readScorecards(scorecardDeps(env, ctx.accountId), ctx.accountId, cursor)),
  );
  define(
    s.goal.key,
    defineHandler(s.goal, ({ goalId }, ctx) => readGoalScorecard(scorecardDeps(env, ctx.accountId), ctx.accountId, goalId)),
  );
  define(
    s.createKpi.key,
    defineHandler(s.createKpi, ({ input }, ctx) => saveKpi(scorecardDeps(env, ctx.accountId), ctx.accountId, { kind: 'create', input })),
  );
  define(
    s.updateKpi.key,
    defineHandler(s.updateKpi, ({ id, expectedVersion, input }, ctx) =>
      saveKpi(scorecardDeps(env, ctx.accountId), ctx.accountId, { kind: 'update', id, expectedVersion, input }),
    ),
  );
  define(
    s.deleteKpi.key,
    defineHandler(s.deleteKpi, async ({ id, expectedVersion }, ctx) => ({
      id: (await saveKpi(scorecardDeps(env, ctx.accountId), ctx.accountId, { kind: 'delete', id, expectedVersion })).id,
    })),
  );
  define(
    s.measurements.key,
    defineHandler(s.measurements, ({ kpiId }, ctx) => listMeasurements(scorecardDeps(env, ctx.accountId), kpiId)),
  );
  define(
    s.record.key,
    defineHandler(s.record, ({ kpiId, input }, ctx) => recordMeasurement(scorecardDeps(env, ctx.accountId), ctx.accountId, kpiId, input)),
  );
  define(
    s.correct.key,
    defineHandler(s.correct, ({ kpiId, id, expectedRecordedAt, value, note }, ctx) =>
      correctMeasurement(scorecardDeps(env, ctx.accountId), ctx.accountId, { kpiId, id, expectedRecordedAt }, { value, note }),
    ),
  );
  define(
    s.deleteMeasurement.key,
    defineHandler(s.deleteMeasurement, (ref, ctx) => deleteMeasurement(scorecardDeps(env, ctx.accountId), ctx.accountId, ref)),
  );
  define(
    s.checkIns.key,
    defineHandler(s.checkIns, ({ goalId }, ctx) => listCheckIns(scorecardDeps(env, ctx.accountId), goalId)),
  );
  define(
    s.addCheckIn.key,
    defineHandler(s.addCheckIn, ({ goalId, input }, ctx) => addCheckIn(scorecardDeps(env, ctx.accountId), ctx.accountId, goalId, input)),
  );
};
