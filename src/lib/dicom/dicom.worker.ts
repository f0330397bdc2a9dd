/// <reference lib="webworker" />
import { expose } from 'comlink';
import { dicomWorkerApi } from './worker-api';

/** The DICOM worker: header reads and de-identification off the page's thread. */
expose(dicomWorkerApi);
