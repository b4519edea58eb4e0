// Use case (scheduled, weekly, as the app): mail every leader and manager of an active goal what is due from them,
// at most once per person per ISO week, when a Jira admin turned the digest on. The mail goes through Jira's
// notification of the most recently updated epic tagged with one of the person's goals that they may browse; a person
// with no such epic gets no mail and keeps their week (counted as "no epic to send through"). Goals named in a mail are
// those the person may be told of without asking Jira (digestGoalsFor).
import { digestGoalsFor, digestMail, digestPeople, isoWeek } from '../../domain/due/digest';
import { holdsRoleOn } from '../../domain/kpi/access';
import type { Settings } from '../../shared/model/settings';
import type { CatalogStore } from '../ports/catalog';
import type { DigestLog, DigestMailer } from '../ports/digest';
import { dueOf, readDueSources, type DueSourceDeps } from './due-from-you';

export interface DigestDeps extends DueSourceDeps {
  settings(): Promise<Pick<Settings, 'weeklyDigest'>>;
  catalog: Pick<CatalogStore, 'read'>;
  log: DigestLog;
  mailer: DigestMailer;
}

export interface DigestRun {
  enabled: boolean;
  week: string;
  /** People mailed in this run. */
  sent: string[];
  alreadyThisWeek: number;
  nothingDue: number;
  noEpic: number;
  failed: number;
}

export const runWeeklyDigest = async (deps: DigestDeps): Promise<DigestRun> => {
  const week = isoWeek(deps.now().toISOString().slice(0, 10));
  const run: DigestRun = { enabled: false, week, sent: [], alreadyThisWeek: 0, nothingDue: 0, noEpic: 0, failed: 0 };
  if (!(await deps.settings()).weeklyDigest) return run;
  run.enabled = true;
  const [catalog, sources] = await Promise.all([deps.catalog.read(), readDueSources(deps)]);
  const people = digestPeople(catalog.goals);
  for (const person of people) {
    const goals = digestGoalsFor(person, catalog.goals);
    const { items } = await dueOf(sources, person, goals);
    if (items.length === 0) {
      run.nothingDue++;
      continue;
    }
    const mine = goals.filter((g) => g.status === 'active' && holdsRoleOn(g, person)).map((g) => g.id);
    // One person's failure (Jira down, storage busy) is theirs alone: the run goes on, and the next run tries again.
    try {
      const epic = await deps.mailer.epicFor(mine, person);
      if (!epic) {
        run.noEpic++;
        continue;
      }
      if ((await deps.log.claim(person, week)) === 'already') {
        run.alreadyThisWeek++;
        continue;
      }
      try {
        await deps.mailer.send(epic.id, person, digestMail(catalog.people[person] ?? 'there', items, sources.today));
        run.sent.push(person);
      } catch (e) {
        await deps.log.release(person, week).catch(() => undefined);
        throw e;
      }
    } catch (e) {
      run.failed++;
      console.error(`[throughline] weekly digest for ${person} failed`, e);
    }
  }
  return run;
};
