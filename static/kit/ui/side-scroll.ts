// Whether a box that scrolls sideways hides something to either side, so the page can say so: a picture wider than
// its box otherwise looks complete, cut at the edge. Pure: the box's measures in, what to show out.

export interface SideScrollMeasures {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}

export interface SideScroll {
  /** More lies to the left of what is shown. */
  moreLeft: boolean;
  /** More lies to the right of what is shown. */
  moreRight: boolean;
}

/** Sub-pixel widths (zoom, fractional layouts) leave a pixel or so that is not "more". */
const SLACK = 2;

export const sideScroll = ({ scrollLeft, scrollWidth, clientWidth }: SideScrollMeasures): SideScroll => {
  const hidden = scrollWidth - clientWidth;
  if (!(hidden > SLACK)) return { moreLeft: false, moreRight: false };
  return { moreLeft: scrollLeft > SLACK, moreRight: scrollLeft < hidden - SLACK };
};

/** The hint above a box that hides some of its picture, or null when it shows all of it. */
export const sideScrollHint = (s: SideScroll): string | null => {
  if (s.moreLeft && s.moreRight) return '← More on both sides: scroll sideways →';
  if (s.moreRight) return 'Wider than the window: scroll sideways to see the rest →';
  if (s.moreLeft) return '← More to the left: scroll back to see it';
  return null;
};
