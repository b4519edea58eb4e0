// The Agreements section's first line and order: what is at risk and what waits for the viewer comes first.
import { aSupport } from '../../../kit/ui/agreements/fixtures';
import { awaitsViewer, notCommittedLine, sectionSummary, splitLive, topOf } from './section-model';

const risk = [{ reason: 'work-behind' as const, sentence: 'Its work is behind' }];

describe('the Agreements section', () => {
  it('says so when there is nothing open', () => {
    expect(sectionSummary({ reliesOn: [aSupport({ state: 'declined', turn: null })], reliedOnBy: [] })).toBe('No open agreements with other goals.');
  });

  it('counts what the goal relies on, what is at risk, who relies on it and what waits for the viewer', () => {
    const view = {
      reliesOn: [
        aSupport({ id: 'a', state: 'accepted', turn: null, risks: risk }),
        aSupport({ id: 'b', turn: 'asker', state: 'countered', can: ['accept', 'withdraw'] }),
      ],
      reliedOnBy: [aSupport({ id: 'c' })],
    };
    expect(sectionSummary(view)).toBe('Relies on 2 goals, 1 at risk · Relied on by 1 goal · 1 waits for your answer');
  });

  it('knows the viewer’s answer is awaited only when it is their turn to accept', () => {
    expect(awaitsViewer(aSupport({ turn: 'provider', can: ['accept', 'counter', 'decline'] }), 'provider')).toBe(true);
    expect(awaitsViewer(aSupport({ turn: 'provider', can: ['withdraw'] }), 'provider')).toBe(false);
    expect(awaitsViewer(aSupport({ turn: null, state: 'accepted', can: ['fulfil'] }), 'provider')).toBe(false);
    // An editor who may accept for the provider is not awaited on the asking goal's page.
    expect(awaitsViewer(aSupport({ turn: 'provider', can: ['accept', 'counter', 'decline'] }), 'asker')).toBe(false);
    // A risk the provider flagged waits for the relying goal's acknowledgement, on its page only.
    const flaggedForMe = aSupport({ turn: null, state: 'accepted', can: ['acknowledge', 'fulfil', 'break', 'withdraw'] });
    expect([awaitsViewer(flaggedForMe, 'asker'), awaitsViewer(flaggedForMe, 'provider')]).toEqual([true, false]);
  });

  it('lists at risk first, then what waits for the viewer, then the rest; closed ones apart', () => {
    const list = [
      aSupport({ id: 'plain', turn: 'provider' }),
      aSupport({ id: 'closed', state: 'withdrawn', turn: null }),
      aSupport({ id: 'mine', turn: 'provider', can: ['accept'] }),
      aSupport({ id: 'risky', state: 'accepted', turn: null, risks: risk }),
    ];
    const { live, closed } = splitLive(list, 'provider');
    expect(live.map((a) => a.id)).toEqual(['risky', 'mine', 'plain']);
    expect(closed.map((a) => a.id)).toEqual(['closed']);
  });
});

describe('the branch of a goal', () => {
  const goals = [
    { id: 's', parentId: null },
    { id: 'f', parentId: 's' },
    { id: 'p', parentId: 'f' },
    { id: 'x', parentId: 'y' },
    { id: 'y', parentId: 'x' },
  ];
  it('is named by its strategy goal at the top', () => {
    expect(topOf(goals, 'p')).toBe('s');
    expect(topOf(goals, 's')).toBe('s');
  });
  it('is the goal itself when unknown, and ends in a parent loop', () => {
    expect(topOf(goals, 'nope')).toBe('nope');
    expect(['x', 'y']).toContain(topOf(goals, 'x'));
  });
});

describe('the line under a goal not committed yet', () => {
  it('says who can commit it, without calling a strategy editor its leader or manager', () => {
    expect(notCommittedLine(true)).toBe('Nobody has committed this goal to its parent yet. You can commit it or raise a concern.');
    expect(notCommittedLine(false)).toBe('Nobody has committed this goal to its parent yet. Its leader, its manager or a strategy editor can.');
  });
});
