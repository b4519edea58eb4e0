// The stages of the cycle in words: every stage named, explained and asking something of both roles.
import { CYCLE_STAGES } from './model/goal';
import { INPUT_STAGES, invitesInput, STAGE_ASKS, STAGE_INVITATION, STAGE_LABEL, STAGE_MEANING } from './cycle';

const SENTENCE = /^[A-Z][^.]*[^ ]\.$/;

describe('the words of the cycle', () => {
  it('names every stage in the order of the cycle', () => {
    expect(CYCLE_STAGES.map((s) => STAGE_LABEL[s])).toEqual(['Assess', 'Develop the vision', 'Roadmap', 'Align', 'Execute', 'Refine']);
  });

  it.each([...CYCLE_STAGES])('%s: says what it means, and what it asks of the leader and of the manager, one sentence each', (stage) => {
    expect(STAGE_MEANING[stage]).toMatch(/^[A-Z].*\.$/);
    expect(STAGE_ASKS[stage].leader).toMatch(SENTENCE);
    expect(STAGE_ASKS[stage].leader).toMatch(/^The leader /);
    expect(STAGE_ASKS[stage].manager).toMatch(SENTENCE);
    expect(STAGE_ASKS[stage].manager).toMatch(/^The manager /);
  });

  it('asks the work for input in the vision and refine stages only, each with an invitation', () => {
    expect(CYCLE_STAGES.filter(invitesInput)).toEqual(['vision', 'refine']);
    expect(invitesInput(undefined)).toBe(false);
    for (const s of INPUT_STAGES) expect(STAGE_INVITATION[s]).toMatch(/^This goal .*\.$/);
    expect(Object.keys(STAGE_INVITATION).sort()).toEqual([...INPUT_STAGES].sort());
  });
});
