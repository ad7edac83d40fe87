export * from './ids';
export * from './entities';
export * from './levels';
export * from './translations';
