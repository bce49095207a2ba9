export * from './compare-figures';
export * from './reason';
export * from './thresholds';
export * from './time';
export * from './verdict';
export * from './repeats';
