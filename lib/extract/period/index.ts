// The period stage: when a figure applies.
export {
  periodAmong,
  periodOf,
  type SentenceTimes,
  speechBeforeFigurePattern,
  spokenPattern,
  TIME_HINT,
  timePattern,
  timesOf,
} from './sentence';
export { itemHeadPattern, itemLabelPattern, itemPeriod } from './timeline';
