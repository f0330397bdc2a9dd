export { postDicomCallCount } from './call-log';
export { postDicomDb, SEEDED_ORDER_COUNT } from './db';
export { installPostDicomMock, uninstallPostDicomMock } from './install';
export { SimulatedPostDicomCloudApi } from './library';
export { escapeHtml, renderViewPage } from './view-page';
