// The words a team member reads about their input: who will read it, and what became of it.
import { counterWords, eitherOf, readersSentence, replyOf, sendHint, stateSentence } from './input-words';

const tom = { accountId: 'acc-tom', displayName: 'Tom Becker' };
const daniel = { accountId: 'acc-daniel', displayName: 'Daniel Okafor' };

describe('who will read input', () => {
  it.each([
    ['leader and manager', tom, daniel, false, 'Tom Becker and Daniel Okafor, who lead and manage Dashboards 3.0, will read this, with your name.'],
    [
      'leader and manager, anonymous',
      tom,
      daniel,
      true,
      'Tom Becker and Daniel Okafor, who lead and manage Dashboards 3.0, will read this and see that you wrote it.',
    ],
    ['one person in both roles', tom, tom, false, 'Tom Becker, who leads and manages Dashboards 3.0, will read this, with your name.'],
    ['only a leader', tom, null, false, 'Tom Becker, who leads Dashboards 3.0, will read this, with your name.'],
    ['only a manager', null, daniel, true, 'Daniel Okafor, who manages Dashboards 3.0, will read this and see that you wrote it.'],
    ['nobody', null, null, true, 'Nobody leads or manages Dashboards 3.0 yet; strategy editors will read this, without your name.'],
  ])('%s', (_name, leader, manager, anonymous, words) => {
    expect(readersSentence({ goalTitle: 'Dashboards 3.0', leader, manager }, anonymous).who).toBe(words);
  });

  it('tells what everyone else sees', () => {
    expect(readersSentence({ goalTitle: 'G', leader: tom, manager: daniel }, true).others).toMatch(/strategy editors included, sees “Anonymous”/);
    expect(readersSentence({ goalTitle: 'G', leader: tom, manager: daniel }, false).others).toMatch(/only how much input/);
  });
});

describe('what became of input', () => {
  const at = '2026-11-20T10:00:00.000Z';
  it.each([
    [{ state: 'open' as const }, 'Waiting for an answer from Tom Becker or Daniel Okafor.', null],
    [{ state: 'answered' as const, answer: 'Yes', by: daniel, at }, 'Daniel Okafor answered on 20 Nov 2026:', 'Yes'],
    [{ state: 'taken' as const, checkInId: null, by: daniel, at }, 'Daniel Okafor will take it into the next check-in.', null],
    [{ state: 'taken' as const, checkInId: 'ci-1', by: daniel, at }, 'Daniel Okafor took it into the check-in of 20 Nov 2026.', null],
    [{ state: 'not-now' as const, reason: 'After the launch', by: tom, at }, 'Not now, said Tom Becker on 20 Nov 2026:', 'After the launch'],
  ])('%j', (triage, sentence, reply) => {
    expect(stateSentence(triage, eitherOf([tom, daniel]))).toBe(sentence);
    expect(replyOf(triage)).toBe(reply);
  });

  it('names each person once', () => {
    expect(eitherOf([tom, tom, null])).toBe('Tom Becker');
    expect(eitherOf([null])).toBeUndefined();
  });

  it('counts characters against the limit', () => {
    expect(counterWords('  hello ')).toEqual({ words: '5 / 1,000', over: false });
    expect(counterWords('x'.repeat(1001)).over).toBe(true);
  });
});

describe('why Send cannot be pressed yet', () => {
  it.each([
    [false, '', 'Choose what you would like to say, then write it.'],
    [false, 'Fewer meetings', 'Choose “What’s working” or “What should change” above to send it.'],
    [true, '   ', 'Write your input to send it.'],
    [true, 'x'.repeat(11), 'Shorten it to 10 characters to send it.'],
    [true, 'Fewer mtg', null],
  ])('kind chosen %p, text %p: %p', (kind, text, words) => {
    expect(sendHint(kind, text, 10)).toBe(words);
  });
});
