export * from './types';
export * from './plan';
export * from './results';
export * from './entities';
export * from './sections';
export * from './responsibilities';
export * from './partners';
