// The one way ids are made: a goal's id is readable (from its title, unique in the catalog), every other entity's
// is a prefix and random hex. Pure: the randomness comes in as a parameter (the platform's crypto in production).

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

/** `g-<slug>`, or `g-<slug>-2`, `-3`… when that is taken. */
export const goalIdFor = (title: string, taken: (id: string) => boolean): string => {
  const base = `g-${slugOf(title)}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
};

/** `<prefix>-<16 hex>` from a random UUID (its dashes dropped). */
export const entityIdFor = (prefix: string, randomUuid: () => string): string => `${prefix}-${randomUuid().replace(/-/g, '').slice(0, 16)}`;
