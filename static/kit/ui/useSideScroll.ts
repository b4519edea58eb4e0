// Keeps `sideScroll` of a box that scrolls sideways up to date as it scrolls and as it or its content resizes.
import { useEffect, useRef, useState } from 'react';
import { sideScroll, type SideScroll } from './side-scroll';

const NOTHING_HIDDEN: SideScroll = { moreLeft: false, moreRight: false };

export function useSideScroll<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [state, setState] = useState<SideScroll>(NOTHING_HIDDEN);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const next = sideScroll(box);
      setState((was) => (was.moreLeft === next.moreLeft && was.moreRight === next.moreRight ? was : next));
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const watch = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    watch?.observe(box);
    if (box.firstElementChild) watch?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', measure);
      watch?.disconnect();
    };
  }, []);
  return { ref, ...state };
}
