// Words for tree nodes: shared with the alignment tree macro, so they live in static/src/ui.
export { belowWords, kindLabel, peopleWords, titleOf } from '../../../src/ui/tree-words';
