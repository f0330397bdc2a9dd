/** PostDICOM (cloud PACS) adapter: typed, promise-based wrappers around the vendor's browser library. */
export * from './account';
export * from './assignments';
export { type CallOptions, configurePostDicomTimeouts } from './call';
export * from './dicom-files';
export * from './dicom-nodes';
export * from './documents';
export * from './errors';
export * from './flags';
export * from './folders';
export { postDicomRoots } from './keys';
export type { PostDicomCloudApi, PostDicomCloudApiConstructor, PostDicomMethod } from './library';
export { configurePostDicomLoader, DEFAULT_LIBRARY_URL, loadPostDicomLibrary } from './loader';
export * from './order-create';
export * from './order-groups';
export * from './orders';
export * from './schemas';
export { resetPostDicomSession } from './session';
export * from './sharing';
