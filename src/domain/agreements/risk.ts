// Why an agreed support is at risk, derived each time it is read (never stored): the providing goal's diagnosis says
// shift execution, a KPI of it is off track, its work is behind the time elapsed, the needed-by date passed while the
// support is still unfulfilled, or the providing goal was archived. Each reason comes with one sentence. Work-based
// reasons use the work the viewer may see (a surface that reads no work, the issue panel, leaves them out).
import type { AgreementRisk, SupportState } from '../../shared/model/agreement';
import { oneLine } from '../../shared/model/common';
import type { GoalSummary } from '../../shared/model/goal';
import { goalHealthSentence, type GoalHealth } from '../../shared/model/goal-health';
import type { KpiStatus } from '../../shared/model/kpi';
import { deliveryReading, diagnose } from '../diagnosis';
import { formatDay } from '../kpi/series';

export interface ProviderSignals {
  /** The providing goal (the viewer may see it: agreements are only shown to those who see both goals). */
  goal: Pick<GoalSummary, 'title' | 'status' | 'timeframe'>;
  /** Its KPI health as last evaluated; undefined before its first evaluation. */
  health: GoalHealth | undefined;
  /** Share of its work done, as the viewer may see it; null when there is none to measure; undefined when this surface reads no work. */
  progress?: number | null;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The statuses behind a health record, as the diagnosis counts them (stale and empty KPIs left out). */
const statusesOf = (h: GoalHealth | undefined): { kpiStatuses: KpiStatus[]; leftOut: number } =>
  h
    ? {
        kpiStatuses: [
          ...Array<KpiStatus>(h.onTrack).fill('on-track'),
          ...Array<KpiStatus>(h.atRisk).fill('at-risk'),
          ...Array<KpiStatus>(h.offTrack).fill('off-track'),
        ],
        leftOut: h.stale + h.noData,
      }
    : { kpiStatuses: [], leftOut: 0 };

/** The providing side's flag, if one stands: when it was raised, and its words where the surface may show them (the
 *  agreement's own view; the summaries that feed badges, tree rows and the panel keep no words). */
export interface FlagSignal {
  at: string;
  text?: string;
}

export const risksOf = (a: { state: SupportState; neededBy: string; flag?: FlagSignal | null }, p: ProviderSignals, today: string): AgreementRisk[] => {
  if (a.state !== 'accepted') return [];
  const title = `“${p.goal.title}”`;
  const out: AgreementRisk[] = [];
  if (a.flag) {
    const words = a.flag.text ? `: “${oneLine(a.flag.text)}”` : '.';
    out.push({ reason: 'provider-flagged', sentence: `${title} flagged a risk to delivering it on ${formatDay(a.flag.at.slice(0, 10))}${words}` });
  }
  if (p.progress !== undefined) {
    const diagnosis = diagnose({ deliveryProgress: p.progress, timeframe: p.goal.timeframe, ...statusesOf(p.health), today });
    if (diagnosis.kind === 'shift-execution') {
      out.push({
        reason: 'shift-execution',
        sentence: `${title} needs a shift in execution: ${diagnosis.sentence.replace(/^Get the work back on plan: it/, 'the work')}`,
      });
    }
  }
  // A shift in execution already names the KPIs off track.
  if (p.health && p.health.offTrack > 0 && !out.some((r) => r.reason === 'shift-execution')) {
    // The counts behind it only when they say more than the number off track.
    const behind = p.health.kpis > p.health.offTrack ? ` (${goalHealthSentence(p.health)})` : '';
    out.push({ reason: 'kpi-off-track', sentence: `${title} has ${plural(p.health.offTrack, 'KPI')} off track${behind}.` });
  }
  if (p.progress !== undefined && !out.some((r) => r.reason === 'shift-execution')) {
    const delivery = deliveryReading(p.progress, p.goal.timeframe, today);
    if (delivery.signal === 'off-track') out.push({ reason: 'work-behind', sentence: `The work of ${title} is behind the time elapsed: ${delivery.phrase}.` });
  }
  if (a.neededBy < today) out.push({ reason: 'overdue', sentence: `It was needed by ${formatDay(a.neededBy)} and is not marked fulfilled.` });
  if (p.goal.status === 'archived') out.push({ reason: 'provider-archived', sentence: `${title} was archived; nobody pursues it any more.` });
  return out;
};
