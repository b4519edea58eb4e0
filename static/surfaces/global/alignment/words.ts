// Words for tree nodes: shared with the alignment tree macro, so they live in static/kit/ui.
export { belowWords, kindLabel, peopleWords, titleOf } from '../../../kit/ui/tree-words';
