// One goal's page (`/goal/<id>` in the strategy workspace, its own lazily loaded chunk): everything about the goal
// on one page, from existing permission-true reads. A goal that is missing or hidden from the viewer answers
// NOT_FOUND, and the page says the same words for both.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { GoalFocus } from '../../../kit/api/goal-route';
import type { Goal } from '../../../../src/shared/model/goal';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { localDay } from '../../../kit/ui/dates';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { DiagnosisNote } from '../../../kit/ui/scorecard/DiagnosisNote';
import { StatusCounts } from '../../../kit/ui/scorecard/StatusCounts';
import { ArchivePanel } from '../ArchivePanel';
import { AuditHistory } from '../AuditHistory';
import { makeNamer } from '../namer';
import { Notice, type NoticeText } from '../Notice';
import { SidePanel } from '../SidePanel';
import { StatusLozenge } from '../../../kit/ui/StatusLozenge';
import { useCatalog } from '../useCatalog';
import { openRoute } from '../workspace-nav';
import { GoalFacts } from './GoalFacts';
import { GoalKpis } from './GoalKpis';
import { CheckInSection, GapsSection, PartView, WorkSection } from './GoalSections';
import { useGoalPage } from './useGoalPage';
import { InputSection } from './InputSection';
import { BurnUpSection } from './BurnUpSection';
import { SubGoalsSection } from '../proposals/SubGoalsSection';
import '../catalog.css';
import '../scorecards/scorecards.css';
import '../alignment/alignment.css';
import './goal-page.css';
import { CompareToPeriod } from '../periods/CompareTo';

const GoalEditor = lazy(() => import('../GoalEditor.js').then((m) => ({ default: m.GoalEditor })));
const AgreementsSection = lazy(() => import('../agreements/AgreementsSection.js').then((m) => ({ default: m.AgreementsSection })));

/** Where a notice shows: next to what it confirms (the header for edits and archiving, else the part changed). */
type Place = 'header' | 'agreements' | 'kpis' | 'check-ins' | 'input' | 'sub-goals';

/** The browser's day, only until the server's arrives with the scorecard. */

export function NotFound() {
  return (
    <section className="tl-message tl-stack" role="alert" data-testid="goal-not-found">
      <h1>This goal does not exist, or you cannot see it</h1>
      <p className="tl-subtle">It may have been removed, or it is restricted to the people working on it. Ask the person who shared the link.</p>
      <div>
        <button type="button" className="tl-button" onClick={() => openRoute('/')}>
          Back to all goals
        </button>
      </div>
    </section>
  );
}

/** The heading each part of the page a link may open at (`?focus=`) starts with. */
const FOCUS_HEADING: Record<Exclude<GoalFocus, 'edit'>, string> = {
  'check-in': 'gp-check-ins',
  kpis: 'gp-kpis',
  agreements: 'gp-agreements',
  commitment: 'gp-agreements',
  input: 'gp-input',
  proposals: 'gp-sub-goals',
};

/** What ends keeping a part in view: the reader scrolling or acting. */
const READER_ACTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Scrolls to `el`, and again each time the page or its frame changes height in the next few seconds: the parts above
 * it load their data on their own, and the product grows the app's frame to its content some time after (a resize
 * of this window), so a part scrolled to at once would end below the fold. Stops early once the reader scrolls or
 * acts, never to fight them.
 */
const keepInView = (el: HTMLElement, block: ScrollLogicalPosition): void => {
  const again = () => el.scrollIntoView({ block });
  again();
  const observer = new ResizeObserver(again);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('resize', again);
    for (const type of READER_ACTS) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, 4000);
  for (const type of READER_ACTS) window.addEventListener(type, stop, true);
  window.addEventListener('resize', again);
  observer.observe(document.body);
};

/** Brings the part a link names into view once it has rendered (its data loads on its own), and moves focus there. */
const useFocusPart = (focus: GoalFocus | null, ready: boolean, targetId: string | null = null): void => {
  const done = useRef(false);
  useEffect(() => {
    if (!focus || focus === 'edit' || !ready || done.current) return;
    let tries = 0;
    const timer = setInterval(() => {
      tries++;
      // One item of the part (an agreement's card) when the link names one and it comes; else the part's heading.
      const target = targetId ? document.getElementById(targetId) : null;
      const part = document.getElementById(FOCUS_HEADING[focus]);
      const heading = target ?? (targetId && tries <= 30 ? null : part);
      if (heading || tries > 50) {
        clearInterval(timer);
        done.current = true;
        if (!heading) return;
        // A form opened on arrival ("Check in", "Record a value") has taken focus inside the part: keep it there.
        const active = document.activeElement;
        if (active instanceof HTMLElement && active !== document.body && heading.closest('section')?.contains(active)) {
          keepInView(active, 'center');
          return;
        }
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        keepInView(heading, 'start');
      }
    }, 100);
    return () => clearInterval(timer);
  }, [focus, ready, targetId]);
};

export function GoalPage({
  goalId,
  focus = null,
  recordKpi = null,
  showAgreement = null,
}: {
  goalId: string;
  focus?: GoalFocus | null;
  recordKpi?: string | null;
  /** The agreement whose card a link opens at (`?focus=agreements&agreement=…`). */
  showAgreement?: string | null;
}) {
  const { data, reload } = useGoalPage(goalId);
  const { state: catalog, reload: reloadCatalog } = useCatalog();
  const [panel, setPanel] = useState<'edit' | 'archive' | null>(null);
  const [notice, setNotice] = useState<(NoticeText & { place: Place }) | null>(null);
  const [inputVersion, setInputVersion] = useState(0);
  const view = catalog.status === 'ready' ? catalog.data : null;
  const names = useMemo(() => makeNamer(view ?? { people: [], goals: [] }), [view]);
  const people = useMemo(() => new Map((view?.people ?? []).map((p) => [p.accountId, p.displayName])), [view]);
  const changed = (text?: string, place: Place = 'header') => {
    if (text) setNotice({ tone: 'success', text, place });
    setInputVersion((v) => v + 1);
    reload();
    void reloadCatalog();
  };

  const loaded = data.detail.status === 'ready' ? data.detail.data : null;
  useFocusPart(focus, loaded !== null, showAgreement ? `ag-${showAgreement}-title` : null);
  // "Name a manager" and other edits: the editor opens by itself for those who may edit.
  const opened = useRef(false);
  useEffect(() => {
    if (focus === 'edit' && loaded?.canEdit && view && loaded.goal.status !== 'archived' && !opened.current) {
      opened.current = true;
      setPanel('edit');
    }
  }, [focus, loaded, view]);

  if (data.detail.status === 'error' && data.detail.error.code === 'NOT_FOUND')
    return (
      <main className="tl-page gp-page">
        <NotFound />
      </main>
    );
  const detail = data.detail.status === 'ready' ? data.detail.data : null;
  const goal: Goal | null = detail?.goal ?? null;
  const scorecard = data.scorecard.status === 'ready' ? data.scorecard.data : null;
  const today = scorecard?.today ?? localDay();
  const canEdit = detail?.canEdit === true;
  const summary = view?.goals.find((g) => g.id === goalId);
  const noticeAt = (place: Place) => (notice?.place === place ? <Notice notice={notice} onDismiss={() => setNotice(null)} /> : null);
  const changedAt = (place: Place) => (text?: string) => changed(text, place);

  return (
    <main className="tl-page gp-page tl-stack" data-testid="goal-page" data-goal={goalId}>
      <nav className="tl-noprint">
        <button type="button" className="sc-link tl-small" onClick={() => openRoute('/')}>
          <span aria-hidden="true">← </span>All goals
        </button>
      </nav>
      {data.detail.status === 'loading' && <Loading label="Loading the goal…" />}
      {data.detail.status === 'error' && <ErrorMessage error={data.detail.error} onRetry={reload} />}
      {goal && (
        <>
          <header className="gp-header">
            <div className="tl-stack gp-title">
              <span className="tl-small tl-subtle">{LEVEL_LABEL[goal.level]} goal</span>
              <h1 data-testid="goal-title">{goal.title}</h1>
              <div className="tl-row">
                <StatusLozenge status={goal.status} />
                {goal.restricted && <span className="tl-lozenge tl-lozenge--outline">Restricted</span>}
              </div>
            </div>
            {canEdit && (
              <div className="tl-row tl-noprint gp-actions">
                {goal.status !== 'archived' && (
                  <button type="button" className="tl-button tl-button--primary" onClick={() => setPanel('edit')}>
                    Edit
                  </button>
                )}
                {goal.status !== 'archived' && summary && (
                  <button type="button" className="tl-button" onClick={() => setPanel('archive')}>
                    Archive
                  </button>
                )}
              </div>
            )}
          </header>
          {noticeAt('header')}
          <div className={`gp-layout${panel ? ' gp-layout--with-panel' : ''}`}>
            <div className="tl-stack gp-main">
              {goal.description.trim() ? (
                <p className="sc-description" data-testid="goal-description">
                  {goal.description}
                </p>
              ) : (
                <p className="tl-subtle">No description yet.</p>
              )}
              <GoalFacts goal={goal} goals={view?.goals ?? []} names={names} />
              <section className="tl-stack" aria-labelledby="gp-health">
                <h2 id="gp-health">Health</h2>
                <PartView part={data.scorecard} loading="Loading the scorecard…" retry={reload}>
                  {(s) => (
                    <>
                      <DiagnosisNote diagnosis={s.diagnosis} scope="goal" lastCheckIn={s.checkIn.last} />
                      <StatusCounts counts={s.counts} />
                    </>
                  )}
                </PartView>
              </section>
              <Suspense fallback={<Loading label="Loading the agreements…" />}>
                <AgreementsSection
                  goal={goal}
                  agreements={data.agreements}
                  goals={view?.goals ?? []}
                  today={today}
                  retry={reload}
                  onChanged={changedAt('agreements')}
                  notice={noticeAt('agreements')}
                />
              </Suspense>
              {scorecard && (
                <GoalKpis
                  scorecard={scorecard}
                  today={today}
                  canEditKpis={canEdit}
                  onChanged={changedAt('kpis')}
                  notice={noticeAt('kpis')}
                  recordKpi={recordKpi}
                />
              )}
              <CompareToPeriod goalId={goalId} />
              {scorecard && (
                <CheckInSection
                  scorecard={scorecard}
                  names={people}
                  onChanged={() => changed('Check-in saved.', 'check-ins')}
                  notice={noticeAt('check-ins')}
                  startAdding={focus === 'check-in'}
                />
              )}
              <InputSection key={inputVersion} goalId={goalId} onChanged={changedAt('input')} notice={noticeAt('input')} />
              <SubGoalsSection goalId={goalId} goalTitle={goal.title} onChanged={changedAt('sub-goals')} notice={noticeAt('sub-goals')} />
              <WorkSection work={data.work} retry={reload} />
              <BurnUpSection goalId={goalId} />
              <GapsSection goalId={goalId} gaps={data.gaps} work={data.work} retry={reload} />
              {detail && <AuditHistory events={detail.history} names={names} />}
            </div>
            {panel === 'edit' && view && (
              <SidePanel title={`Edit “${goal.title}”`} focusKey={`edit:${goal.id}`} onClose={() => setPanel(null)} closeOnEscape={false}>
                <Suspense fallback={<Loading label="Opening the form…" />}>
                  <GoalEditor
                    editingId={goal.id}
                    goals={view.goals}
                    names={names}
                    onSaved={(g) => {
                      setPanel(null);
                      changed(`Saved “${g.title}”.`);
                    }}
                    onCancel={() => setPanel(null)}
                    onDiscard={() => {
                      setPanel(null);
                      setNotice({ tone: 'info', text: 'Your changes were discarded; this is the goal as they saved it.', place: 'header' });
                      changed();
                    }}
                  />
                </Suspense>
              </SidePanel>
            )}
            {panel === 'archive' && summary && (
              <SidePanel title="Archive goal" focusKey={`archive:${goal.id}`} onClose={() => setPanel(null)}>
                <ArchivePanel
                  goal={summary}
                  onArchived={(g) => {
                    setPanel(null);
                    changed(`Archived “${g.title}”.`);
                  }}
                  onCancel={() => setPanel(null)}
                  onReload={() => void reloadCatalog()}
                />
              </SidePanel>
            )}
          </div>
        </>
      )}
    </main>
  );
}
