// Use case: create, edit or delete a KPI (strategy editors only). JQL sources are checked with Atlassian's
// parser before anything is stored; a stale version comes back as CONFLICT with the stored KPI.
import { decideKpi, type KpiCommand } from '../../domain/kpi/decide-kpi';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { Kpi, KpiInput, KpiSource } from '../../shared/model/kpi';
import { refreshGoalHealthQuietly } from './goal-health';
import { requireEditor, type ScorecardDeps } from './scorecard-deps';
import { readVisibleCatalog } from '../goals/goal-visibility';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';

export type SaveKpiRequest =
  | { kind: 'create'; input: KpiInput }
  | { kind: 'update'; id: string; expectedVersion: number; input: KpiInput }
  | { kind: 'delete'; id: string; expectedVersion: number };

type Deps = Pick<
  ScorecardDeps,
  'catalog' | 'viewer' | 'kpis' | 'measurements' | 'health' | 'defaultBands' | 'isEditor' | 'jqlProblem' | 'now' | 'newId' | 'auditId'
>;

const jqlOf = (source: KpiSource): [string, string][] =>
  source.kind === 'jql-count'
    ? [['input.source.jql', source.jql]]
    : source.kind === 'jql-ratio'
      ? [
          ['input.source.numerator', source.numerator],
          ['input.source.denominator', source.denominator],
        ]
      : [];

const checkJql = (deps: Pick<Deps, 'jqlProblem'>, source: KpiSource): void => {
  const problems = jqlOf(source).flatMap(([path, jql]) => {
    const problem = deps.jqlProblem(jql);
    return problem ? [{ path, message: problem }] : [];
  });
  if (problems.length > 0) throw new AppFailure('VALIDATION', `The JQL is not valid: ${problems[0]!.message}`, problems);
};

export const saveKpi = async (deps: Deps, accountId: string, req: SaveKpiRequest): Promise<Kpi> => {
  await requireEditor(deps);
  if (req.kind !== 'delete') checkJql(deps, req.input.source);
  const goals = new Map((await readVisibleCatalog(deps)).goals.map((g) => [g.id, g]));
  return commitOnVersion(
    async () => {
      const id = req.kind === 'create' ? deps.newId('k') : req.id;
      const current = req.kind === 'create' ? undefined : await deps.kpis.get(id);
      const cmd: KpiCommand =
        req.kind === 'create'
          ? { kind: 'create', id, input: req.input }
          : req.kind === 'update'
            ? { kind: 'update', expectedVersion: req.expectedVersion, input: req.input }
            : { kind: 'delete', expectedVersion: req.expectedVersion };
      const decision = decideKpi(current, cmd, (goalId) => goals.get(goalId));
      if (!decision.ok) throw new AppFailure(decision.failure.code, decision.failure.message, decision.failure.details);
      const kpi = decision.value;
      const at = deps.now().toISOString();
      const audit: AuditEvent = {
        id: deps.auditId(),
        entity: 'kpi',
        entityId: kpi.id,
        action: req.kind,
        at,
        by: accountId,
        before: current ?? null,
        after: req.kind === 'delete' ? null : kpi,
      };
      const outcome = req.kind === 'delete' ? await deps.kpis.remove(kpi, audit) : await deps.kpis.save(kpi, current?.version ?? 0, audit);
      if (outcome === 'committed') {
        // The KPI is gone for every reader already; its measurements are cleared after it, in bounded batches.
        if (req.kind === 'delete')
          await deps.measurements.removeAllOf(kpi.id).catch((e: unknown) => console.error('[throughline] clearing measurements failed', e));
        // Its goal's health (and the old goal's, when the KPI moved) is evaluated with the KPI as it is now.
        await refreshGoalHealthQuietly(deps, [kpi.goalId, ...(current ? [current.goalId] : [])]);
        return committed(kpi);
      }
      return beaten;
    },
    () => new AppFailure('CONFLICT', 'This KPI is being changed by someone else right now; try again'),
  );
};
