export * from './datetime';
export * from './errors';
export * from './modality';
export * from './person-name';
export * from './sex';
