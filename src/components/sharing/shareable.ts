import type { PostDicomOrderSummary } from '@/api/postdicom/common';
import type { ShareSubject } from './de-identify';

/**
 * What the share components need to know of a PostDICOM order (study): its uuid, and the details the
 * confirmation restates and the register keeps. Only `uuid` is required.
 */
export interface ShareableOrder extends ShareSubject {
  uuid: string;
}

/** A search result (GetPatientOrderList…) → a shareable order. */
export function shareableOrderFrom(order: PostDicomOrderSummary): ShareableOrder {
  return {
    uuid: order.PatientOrderUuid,
    patientName: order.PatientName,
    patientId: order.PatientId,
    studyDescription: order.StudyDescription ?? '',
    studyDate: order.OrderDate,
    modality: order.OrderModality,
    accessionNumber: order.AccessionNumber ?? '',
  };
}

export function subjectOf(order: ShareableOrder): ShareSubject {
  const { uuid: _uuid, ...subject } = order;
  return subject;
}

/** A folder to share: its uuid and its name (shown to the user, never put in a generated title). */
export interface ShareableFolder {
  uuid: string;
  name: string;
}
