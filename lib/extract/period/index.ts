// The period stage: when a figure applies.
export { periodOf, TIME_HINT, timePattern } from './sentence';
export { itemHeadPattern, itemLabelPattern, itemPeriod } from './timeline';
