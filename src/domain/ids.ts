// The one way ids are made: a goal's id is readable (its title's slug, then random hex), every other entity's is a
// prefix and random hex. Pure: the randomness comes in as a parameter (the platform's crypto in production).

/** 'Grow ARR to $48M!' → 'grow-arr-to-48m'; accents dropped, at most 40 characters, 'goal' when nothing is left. */
export const slugOf = (title: string): string =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '') || 'goal';

/** Random hex digits a goal id carries after its slug. */
const GOAL_ID_HEX = 6;

/**
 * `g-<slug>-<6 hex>`: readable, and made without looking at which ids the catalog holds (but for a clash, retried),
 * because everyone who may see the new goal reads its id. Numbered ids (`g-grow-arr-2` when `g-grow-arr` is taken)
 * told anyone who could not see `g-grow-arr`, a restricted goal, that it exists and roughly what it is called.
 */
export const goalIdFor = (title: string, taken: (id: string) => boolean, randomUuid: () => string): string => {
  const base = `g-${slugOf(title)}`;
  for (let tries = 0; ; tries++) {
    const id = `${base}-${randomUuid()
      .replace(/-/g, '')
      .slice(0, tries < 10 ? GOAL_ID_HEX : 16)}`;
    if (!taken(id) || tries >= 20) return id;
  }
};

/** `<prefix>-<16 hex>` from a random UUID (its dashes dropped). */
export const entityIdFor = (prefix: string, randomUuid: () => string): string => `${prefix}-${randomUuid().replace(/-/g, '').slice(0, 16)}`;
