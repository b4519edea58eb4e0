// Test data mothers for agreements: a support agreement in any phase, and a commitment, valid by default.
import type { AgreementRound, Commitment, SupportAgreement } from '../../src/shared/model/agreement';

export const AT = '2026-11-20T09:00:00.000Z';

export const aRound = (over: Partial<AgreementRound> = {}): AgreementRound => ({
  action: 'propose',
  by: 'acc-asker',
  asEditor: false,
  at: AT,
  text: 'The ingestion API',
  neededBy: '2027-03-15',
  side: 'asker',
  ...over,
});

/** Asker goal 'A' (led by acc-asker) asks provider goal 'B' (led by acc-provider). */
export const anAgreement = (over: Partial<SupportAgreement> = {}): SupportAgreement => ({
  id: 'ag-1',
  kind: 'support',
  fromGoalId: 'A',
  toGoalId: 'B',
  ask: 'The ingestion API',
  neededBy: '2027-03-15',
  state: 'proposed',
  proposedBy: 'acc-asker',
  answeredBy: null,
  rounds: [aRound()],
  version: 1,
  createdAt: AT,
  updatedAt: AT,
  names: {},
  ...over,
});

/** The provider countered: the asker's turn. */
export const counteredByProvider = (over: Partial<SupportAgreement> = {}): SupportAgreement =>
  anAgreement({
    state: 'countered',
    neededBy: '2027-04-01',
    answeredBy: 'acc-provider',
    rounds: [aRound(), aRound({ action: 'counter', by: 'acc-provider', side: 'provider', neededBy: '2027-04-01', text: 'By April' })],
    version: 2,
    ...over,
  });

/** The asker countered the provider's counter back: the provider's turn again. */
export const counteredByAsker = (over: Partial<SupportAgreement> = {}): SupportAgreement => {
  const base = counteredByProvider();
  return {
    ...base,
    neededBy: '2027-03-22',
    rounds: [...base.rounds, aRound({ action: 'counter', side: 'asker', neededBy: '2027-03-22', text: 'By 22 March' })],
    version: 3,
    ...over,
  };
};

export const accepted = (over: Partial<SupportAgreement> = {}): SupportAgreement =>
  anAgreement({
    state: 'accepted',
    answeredBy: 'acc-provider',
    rounds: [aRound(), aRound({ action: 'accept', by: 'acc-provider', side: 'provider', text: '' })],
    version: 2,
    ...over,
  });

/** An agreed support on which the provider flagged a risk (version 3). */
export const flagged = (text = 'The vendor slipped a month'): SupportAgreement =>
  accepted({
    rounds: [
      aRound(),
      aRound({ action: 'accept', by: 'acc-provider', side: 'provider', text: '' }),
      aRound({ action: 'flag', by: 'acc-provider', side: 'provider', text, neededBy: null, at: '2026-11-20T09:00:00.000Z' }),
    ],
    version: 3,
  });

export const closed = (state: 'declined' | 'withdrawn' | 'fulfilled' | 'broken'): SupportAgreement =>
  anAgreement({ state, rounds: [aRound(), aRound({ action: state === 'declined' ? 'decline' : 'withdraw', text: 'Because' })], version: 2 });

export const aCommitment = (over: Partial<Commitment> = {}): Commitment => ({
  id: 'cm-1',
  kind: 'commitment',
  goalId: 'F',
  parentId: 'S',
  state: 'committed',
  text: '30% of the parent’s target by Q2',
  parentTarget: 't-00000000',
  by: 'acc-leader',
  asEditor: false,
  at: AT,
  rounds: [aRound({ action: 'committed', by: 'acc-leader', neededBy: null, side: undefined, text: '30% of the parent’s target by Q2' })],
  version: 1,
  names: {},
  ...over,
});
