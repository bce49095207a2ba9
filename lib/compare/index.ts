export * from './compare-figures';
export * from './time';
