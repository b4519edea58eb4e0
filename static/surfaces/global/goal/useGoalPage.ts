// The reads behind one goal's page, all existing workspace calls made in parallel and each permission-true on
// the server: the goal with its history (NOT_FOUND when missing or hidden: the page then says no more), its
// scorecard and check-ins, the subtree below it as the viewer may see it, the gaps radar, and its agreements.
import { useCallback, useEffect, useRef, useState } from 'react';
import { agreementCalls, type GoalAgreementsView } from '../../../../src/shared/api/agreements';
import { alignmentCalls, type GapsView } from '../../../../src/shared/api/alignment';
import { catalogCalls, type GoalDetail } from '../../../../src/shared/api/catalog';
import { subtreeCall, type SubtreeView } from '../../../../src/shared/api/macros';
import { scorecardCalls, type GoalScorecard } from '../../../../src/shared/api/scorecards';
import type { AppError } from '../../../../src/shared/errors';
import { call } from '../../../kit/api/invoke';
import { toAppError } from '../../../kit/api/app-error';

export type Part<T> = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: T };

export interface GoalPageData {
  detail: Part<GoalDetail>;
  scorecard: Part<GoalScorecard>;
  work: Part<SubtreeView>;
  gaps: Part<GapsView>;
  agreements: Part<GoalAgreementsView>;
}

const LOADING: GoalPageData = {
  detail: { status: 'loading' },
  scorecard: { status: 'loading' },
  work: { status: 'loading' },
  gaps: { status: 'loading' },
  agreements: { status: 'loading' },
};

export const useGoalPage = (goalId: string) => {
  const [data, setData] = useState<GoalPageData>(LOADING);
  const [version, setVersion] = useState(0);
  const shown = useRef(goalId);
  useEffect(() => {
    let live = true;
    // Another goal starts from loading states; a reload of the same goal keeps what is on screen meanwhile.
    if (shown.current !== goalId) {
      shown.current = goalId;
      setData(LOADING);
    }
    const settle = <K extends keyof GoalPageData>(key: K, p: Promise<GoalPageData[K] extends Part<infer T> ? T : never>) =>
      p.then(
        (value) => live && setData((d) => ({ ...d, [key]: { status: 'ready', data: value } })),
        (e: unknown) => live && setData((d) => ({ ...d, [key]: { status: 'error', error: toAppError(e) } })),
      );
    void settle('detail', call(catalogCalls.get, { id: goalId }));
    void settle('scorecard', call(scorecardCalls.goal, { goalId }));
    void settle('work', call(subtreeCall, { parent: { kind: 'goal', goalId }, depth: 2 }));
    void settle('gaps', call(alignmentCalls.gaps, {}));
    void settle('agreements', call(agreementCalls.forGoal, { goalId }));
    return () => {
      live = false;
    };
  }, [goalId, version]);
  /** Reads everything again, keeping what is on screen until the new answers arrive. */
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, reload };
};
