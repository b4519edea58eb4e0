// What the panel says about changing an epic's goal, per viewer: never "you can see this epic's goal" on an epic that
// has none, never "tag it" to someone who may not edit it (the outsider on untagged DOCS-1).
import type { GoalContext } from '../../../src/shared/api/panel';
import { epicTagNote, notAlignedAdvice } from './epic-note';

const DOCS = { id: '10050', key: 'DOCS', name: 'Documentation' };
const anEpic = (over: Partial<GoalContext> = {}) => ({
  issue: { id: '1', key: 'DOCS-1', summary: 'Docs for dashboards', typeName: 'Epic', isEpic: true, isSubtask: false, project: DOCS },
  epic: { id: '1', key: 'DOCS-1', summary: 'Docs for dashboards', leader: null, manager: null },
  canTagEpic: false,
  epicTag: null,
  source: 'none' as const,
  ...over,
});
const TAG = { goalId: 'g-dashboards-v3', level: 'project' as const };

describe('the note on an epic the viewer may not edit', () => {
  it.each([
    ['tagged', anEpic({ epicTag: TAG, source: 'epic' }), /^You can see this epic’s goal but not change it/],
    ['untagged, in an aligned project', anEpic({ source: 'project' }), /^This epic has no goal of its own\. Tagging it needs permission to edit the epic/],
  ])('says what is true when it is %s', (_what, context, words) => {
    expect(epicTagNote(context)).toMatch(words);
  });

  it('adds nothing on an untagged epic in no aligned project (the "not aligned" card says it), nor to someone who may edit it', () => {
    expect(epicTagNote(anEpic())).toBeNull();
    expect(epicTagNote(anEpic({ canTagEpic: true, epicTag: TAG, source: 'epic' }))).toBeNull();
  });
});

describe('the advice on work with no goal', () => {
  it('tells the outsider on untagged DOCS-1 that they cannot tag it, and whom to ask', () => {
    const advice = notAlignedAdvice(anEpic());
    expect(advice).toBe(
      'You cannot tag it yourself: that needs permission to edit this epic. Ask someone who can edit it to tag it with a goal, or a project admin to align Documentation.',
    );
  });

  it('invites someone who may edit the epic to tag it', () => {
    expect(notAlignedAdvice(anEpic({ canTagEpic: true }))).toMatch(/^Tag this epic with the goal it serves/);
  });
});
