// The digest's week, who gets one, which goals it may name, and its words (markup in a title stays text).
import { aGoal, summaryOf } from '../../../test/builders/goals';
import type { DueItem } from '../../shared/api/due';
import { digestGoalsFor, digestMail, digestPeople, isoWeek } from './digest';

describe('the ISO week a day falls in', () => {
  it.each([
    ['2026-11-28', '2026-W48'], // a Saturday
    ['2026-11-30', '2026-W49'], // the Monday after
    ['2026-12-31', '2026-W53'], // 2026 has 53 weeks (it starts on a Thursday)
    ['2027-01-03', '2026-W53'], // a Sunday still in the last week of 2026
    ['2027-01-04', '2027-W01'],
    ['2028-02-29', '2028-W09'], // a leap day
    ['2024-12-30', '2025-W01'], // a Monday already in next year's first week
  ])('%s is in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

describe('who gets a digest and what it may name', () => {
  const g = (id: string, over: Parameters<typeof aGoal>[0] = {}) => summaryOf(aGoal({ id, title: `Goal ${id}`, ...over }));
  const goals = [
    g('a', { leaderId: 'p1', managerId: 'p2' }),
    g('d', { status: 'draft', leaderId: 'p3', managerId: null }),
    g('r', { restricted: true, leaderId: 'p4', managerId: 'p1' }),
  ];

  it('is every leader and manager of an active goal, each once', () => {
    expect(digestPeople(goals)).toEqual(['p1', 'p2', 'p4']);
  });

  it('names a restricted goal only to its own leader and manager', () => {
    expect(digestGoalsFor('p1', goals).map((x) => x.id)).toEqual(['a', 'd', 'r']);
    expect(digestGoalsFor('p2', goals).map((x) => x.id)).toEqual(['a', 'd']);
  });

  // A goal below a restricted one is as hidden as its ancestor, flagged or not: a digest naming it (an agreement it
  // asks of someone else's goal) told its title to someone who may not see it.
  it('hides the whole subtree of a restricted goal, except from those who lead or manage a goal in it', () => {
    const tree = [
      ...goals,
      g('r-child', { parentId: 'r', level: 'functional', leaderId: 'p5', managerId: 'p5' }),
      g('r-grandchild', { parentId: 'r-child', level: 'project', leaderId: 'p6', managerId: null }),
    ];
    expect(digestGoalsFor('p2', tree).map((x) => x.id)).toEqual(['a', 'd']);
    expect(digestGoalsFor('p1', tree).map((x) => x.id)).toEqual(['a', 'd', 'r', 'r-child', 'r-grandchild']);
    // Someone who holds a role below the restricted goal is admitted to it, as everywhere in the app.
    expect(digestGoalsFor('p6', tree).map((x) => x.id)).toEqual(['a', 'd', 'r', 'r-child', 'r-grandchild']);
  });
});

describe('the mail', () => {
  const item = (over: Partial<DueItem> = {}): DueItem => ({
    id: 'check-in:g',
    kind: 'check-in',
    goal: { id: 'g', title: 'Ship <b>fast</b> & "safe"', level: 'project' },
    sentence: 'No check-in since 1 Oct 2026.',
    action: 'Check in',
    focus: 'check-in',
    overdue: true,
    since: '2026-10-31',
    ...over,
  });

  it('says how much is due and overdue, and lists each item with its action', () => {
    const m = digestMail('Daniel', [item(), item({ id: 'x', overdue: false })], '2026-11-28');
    expect(m.subject).toBe('Throughline: 2 things due from you, 1 overdue');
    expect(m.textBody.split('\n').slice(0, 4)).toEqual([
      'Hello Daniel, this is what the goals you lead or manage ask of you this week (as of 28 Nov 2026).',
      '',
      '- Overdue: Check in on “Ship <b>fast</b> & "safe"” (Project goal). No check-in since 1 Oct 2026.',
      '- Check in on “Ship <b>fast</b> & "safe"” (Project goal). No check-in since 1 Oct 2026.',
    ]);
  });

  it('keeps a title with markup as text in the HTML body', () => {
    const { htmlBody } = digestMail('<script>x</script>', [item()], '2026-11-28');
    expect(htmlBody).not.toContain('<b>');
    expect(htmlBody).not.toContain('<script>');
    expect(htmlBody).toContain('Ship &lt;b&gt;fast&lt;/b&gt; &amp; &quot;safe&quot;');
  });
});
