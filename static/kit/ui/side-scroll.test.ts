import { sideScroll, sideScrollHint } from './side-scroll';

describe('what a box that scrolls sideways hides', () => {
  it.each([
    ['fits', { scrollLeft: 0, scrollWidth: 800, clientWidth: 800 }, { moreLeft: false, moreRight: false }],
    ['wider by a sub-pixel rounding only', { scrollLeft: 0, scrollWidth: 801, clientWidth: 800 }, { moreLeft: false, moreRight: false }],
    ['wider, at the start', { scrollLeft: 0, scrollWidth: 1418, clientWidth: 1152 }, { moreLeft: false, moreRight: true }],
    ['wider, in the middle', { scrollLeft: 100, scrollWidth: 1418, clientWidth: 1152 }, { moreLeft: true, moreRight: true }],
    ['wider, at the end', { scrollLeft: 266, scrollWidth: 1418, clientWidth: 1152 }, { moreLeft: true, moreRight: false }],
    ['wider, a pixel short of the end (zoomed)', { scrollLeft: 265.4, scrollWidth: 1418, clientWidth: 1152 }, { moreLeft: true, moreRight: false }],
    ['not laid out yet', { scrollLeft: 0, scrollWidth: 0, clientWidth: 0 }, { moreLeft: false, moreRight: false }],
  ])('%s', (_name, measures, expected) => {
    expect(sideScroll(measures)).toEqual(expected);
  });

  it('says nothing when nothing is hidden, and which way to go otherwise', () => {
    expect(sideScrollHint({ moreLeft: false, moreRight: false })).toBeNull();
    expect(sideScrollHint({ moreLeft: false, moreRight: true })).toMatch(/see the rest →$/);
    expect(sideScrollHint({ moreLeft: true, moreRight: false })).toMatch(/^← More to the left/);
    expect(sideScrollHint({ moreLeft: true, moreRight: true })).toMatch(/^← More on both sides.*→$/);
  });
});
