import { isDicomModality } from '@/lib/codes/dicom-modalities';
import { scanToDicomModality } from '@/lib/mappings/modality';
import type { IdentitySource, PatientIdentity } from '@/lib/patients/patient-key';
import { type EdenOrder, getEdenOrder } from '../eden/orders';
import type { CallOptions } from '../http';
import { IMPILO_MAX_PAGE_SIZE } from '../impilo/common';
import { type ImpiloOrder, listImpiloOrders } from '../impilo/orders';
import { initializePostDicom } from '../postdicom/account';
import type { PostDicomOrderSummary } from '../postdicom/common';
import { getPostDicomPatientOrderList, getPostDicomPatientOrderProperties } from '../postdicom/orders';
import { getScanReferral, type ScanReferral } from '../scan/referrals';
import { listSoloAttachments, type SoloAttachment } from '../solo/attachments';
import { getSoloEpisodeAppointments, listSoloEpisodes, type SoloEpisodeListItem } from '../solo/episodes';
import { walkEdenOrdersByPatient } from './eden-walk';
import { postDicomSearchUser } from './fetch-people';

/**
 * The patient record's sections across vendors, each fetched by the key's ids from its own vendor (one
 * call set per vendor and section, each failing alone):
 * - orders: Eden (by order id, else every order of the MRN in the 12-month walk), PostDICOM (every order of
 *   the exact Patient ID), Impilo (the orders list has no patient filter: its pages are read and kept when
 *   `patient.id` is the patient's, at most IMPILO_ORDER_PAGES pages), Scan.com (the key's referrals);
 * - Solo care: the episodes of care of each Solo patient id, and the appointments of each episode (Solo has
 *   no list of a patient's appointments: only those filed in an episode can be found);
 * - documents: Solo appointment attachments, PostDICOM order documents, Scan.com additional documents.
 */
export interface PatientOrder {
  vendor: IdentitySource;
  /** The vendor's order id (Eden id, PostDICOM uuid, Impilo id, Scan.com referral id). */
  id: string;
  /** ISO day of the appointment, order or referral. */
  date: string | null;
  modalities: string[];
  /** What was ordered: study, description, kits and items, referral information. */
  what: string | null;
  /** The vendor's own status word. */
  status: string | null;
  /** Eden folio, PostDICOM accession number, Impilo's first external order id. */
  accession: string | null;
  /** Impilo: kits and items ordered. */
  lines: { kits: number; items: number } | null;
}

export const IMPILO_ORDER_PAGES = 8;

const ofKind = (
  identities: readonly PatientIdentity[],
  source: IdentitySource,
  kind: PatientIdentity['kind'],
) => [...new Set(identities.filter((i) => i.source === source && i.kind === kind).map((i) => i.value))];

function fromEden(order: EdenOrder): PatientOrder {
  return {
    vendor: 'eden',
    id: order.id,
    date: order.appointment_date ?? order.created_at.slice(0, 10),
    modalities: [order.modality],
    what: order.study_name,
    status: order.status,
    accession: order.folio,
    lines: null,
  };
}
function fromPostDicom(order: PostDicomOrderSummary): PatientOrder {
  return {
    vendor: 'postdicom',
    id: order.PatientOrderUuid,
    date: /^\d{4}-\d{2}-\d{2}$/.test(order.OrderDate) ? order.OrderDate : null,
    modalities: order.OrderModality.split(/[\\,]/).filter((code) => isDicomModality(code.trim())),
    what: order.StudyDescription ?? null,
    status: null,
    accession: order.AccessionNumber || null,
    lines: null,
  };
}
function fromImpilo(order: ImpiloOrder): PatientOrder {
  return {
    vendor: 'impilo',
    id: order.id,
    date: order.createdAt?.slice(0, 10) ?? null,
    modalities: [],
    what: order.orderNotes ?? null,
    status: order.currentStatus,
    accession: order.externalOrderIds[0] ?? null,
    lines: { kits: order.orderKits.length, items: order.orderItems.length },
  };
}
function fromScan(referral: ScanReferral): PatientOrder {
  let modality: string[] = [];
  try {
    modality = referral.modality ? [scanToDicomModality(referral.modality)] : [];
  } catch {
    modality = [];
  }
  return {
    vendor: 'scan',
    id: String(referral.id),
    date: referral.created_at.slice(0, 10),
    modalities: modality,
    what: referral.referral_information ?? null,
    status: referral.status,
    accession: null,
    lines: null,
  };
}

async function postDicomOrdersOf(identities: readonly PatientIdentity[], options: CallOptions) {
  const userUuid = await postDicomSearchUser(options);
  const patientIds = ofKind(identities, 'postdicom', 'patient-id');
  const byPatient = await Promise.all(
    patientIds.map(async (patientId) =>
      (await getPostDicomPatientOrderList({ userUuid, patientId }, options)).filter(
        (o) => o.PatientId === patientId,
      ),
    ),
  );
  const known = new Set(byPatient.flat().map((o) => o.PatientOrderUuid));
  const account = await initializePostDicom(options);
  const loose = await Promise.all(
    ofKind(identities, 'postdicom', 'order')
      .filter((uuid) => !known.has(uuid))
      .map(async (patientOrderUuid) => {
        for (const institution of account.InstitutionList) {
          try {
            return await getPostDicomPatientOrderProperties(
              { userUuid, patientOrderInstitutionUuid: institution.InstitutionUuid, patientOrderUuid },
              options,
            );
          } catch (error) {
            if (options.signal?.aborted) throw error;
          }
        }
        return null;
      }),
  );
  return { userUuid, orders: [...byPatient.flat(), ...loose.filter((o) => o !== null)] };
}

/** One vendor's orders of the patient, newest first. */
export async function fetchPatientOrders(
  source: IdentitySource,
  identities: readonly PatientIdentity[],
  options: CallOptions = {},
): Promise<PatientOrder[]> {
  let orders: PatientOrder[] = [];
  if (source === 'eden') {
    const ids = ofKind(identities, 'eden', 'order');
    const byMrn = await Promise.all(
      ofKind(identities, 'eden', 'mrn').map((mrn) => walkEdenOrdersByPatient(mrn, options)),
    );
    const found = new Map(byMrn.flat().map((o) => [o.id, o]));
    const missing = ids.filter((id) => !found.has(id));
    for (const order of await Promise.all(missing.map((id) => getEdenOrder(id, options))))
      found.set(order.id, order);
    orders = [...found.values()].map(fromEden);
  } else if (source === 'postdicom') {
    orders = (await postDicomOrdersOf(identities, options)).orders.map(fromPostDicom);
  } else if (source === 'impilo') {
    const patients = new Set(ofKind(identities, 'impilo', 'id'));
    if (patients.size) {
      for (let page = 0; page < IMPILO_ORDER_PAGES; page++) {
        const answer = await listImpiloOrders({ page, size: IMPILO_MAX_PAGE_SIZE }, options);
        orders.push(...answer.content.filter((o) => o.patient && patients.has(o.patient.id)).map(fromImpilo));
        if (answer.last) break;
      }
    }
  } else if (source === 'scan') {
    orders = (
      await Promise.all(
        ofKind(identities, 'scan', 'referral').map((id) => getScanReferral(Number(id), options)),
      )
    ).map(fromScan);
  }
  return orders.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

// ---- Solo care -------------------------------------------------------------------------------------

export interface SoloCareAppointment {
  appointmentId: number;
  /** Unix seconds, UTC. */
  date: number;
  reasons: string[];
  hasNotes: boolean;
  episodeId: string;
}

export interface SoloCare {
  /** The Solo patient id the episodes belong to. */
  patientId: string;
  episodes: SoloEpisodeListItem[];
  appointments: SoloCareAppointment[];
}

/** Each Solo patient id's episodes of care and the appointments filed in them (newest first). */
export async function fetchSoloCare(
  identities: readonly PatientIdentity[],
  options: CallOptions = {},
): Promise<SoloCare[]> {
  return Promise.all(
    ofKind(identities, 'solo', 'id').map(async (patientId) => {
      const episodes = await listSoloEpisodes(patientId, options);
      const lists = await Promise.all(
        episodes.map((episode) => getSoloEpisodeAppointments(episode.id, options)),
      );
      const appointments = lists
        .flatMap((list) =>
          list.appointments.map((a) => ({
            appointmentId: a.appointmentId,
            date: a.date,
            reasons: a.reasons,
            hasNotes: a.hasNotes,
            episodeId: a.episodeOfCareId,
          })),
        )
        .sort((a, b) => b.date - a.date);
      return { patientId, episodes, appointments };
    }),
  );
}

// ---- Documents -------------------------------------------------------------------------------------

export interface PatientDocument {
  vendor: IdentitySource;
  name: string;
  size: number | null;
  contentType: string | null;
  /** Where it is filed: the order, appointment or referral id. */
  filedUnder: string;
  date: string | null;
}

/** PostDICOM documents of the most recent orders read (one properties call per order). */
export const POSTDICOM_DOCUMENT_ORDERS = 10;

function fromAttachment(attachment: SoloAttachment): PatientDocument {
  return {
    vendor: 'solo',
    name: attachment.title,
    size: attachment.size,
    contentType: attachment.mimeType,
    filedUnder: attachment.appointmentId,
    date: attachment.uploadedAt.slice(0, 10),
  };
}

/** One vendor's documents of the patient. Solo's need the appointments (`soloAppointments`, from `fetchSoloCare`). */
export async function fetchPatientDocuments(
  source: IdentitySource,
  identities: readonly PatientIdentity[],
  options: CallOptions & { soloAppointments?: number[] } = {},
): Promise<PatientDocument[]> {
  if (source === 'solo') {
    const lists = await Promise.all(
      (options.soloAppointments ?? []).map((id) => listSoloAttachments(String(id), options)),
    );
    return lists
      .flat()
      .filter((a) => !a.deleted)
      .map(fromAttachment);
  }
  if (source === 'postdicom') {
    const { userUuid, orders } = await postDicomOrdersOf(identities, options);
    const recent = [...orders]
      .sort((a, b) => b.OrderDate.localeCompare(a.OrderDate))
      .slice(0, POSTDICOM_DOCUMENT_ORDERS);
    const properties = await Promise.all(
      recent.map((o) =>
        getPostDicomPatientOrderProperties(
          {
            userUuid,
            patientOrderInstitutionUuid: o.PatientOrderInstitutionUuid,
            patientOrderUuid: o.PatientOrderUuid,
          },
          options,
        ),
      ),
    );
    return properties.flatMap((p) =>
      (p.DocumentList ?? []).map((d) => ({
        vendor: 'postdicom' as const,
        name: d.FileName,
        size: d.Size,
        contentType: null,
        filedUnder: p.PatientOrderUuid,
        date: /^\d{4}-\d{2}-\d{2}$/.test(p.OrderDate) ? p.OrderDate : null,
      })),
    );
  }
  if (source === 'scan') {
    const referrals = await Promise.all(
      ofKind(identities, 'scan', 'referral').map((id) => getScanReferral(Number(id), options)),
    );
    return referrals.flatMap((r) =>
      r.additional_documents.map((d) => ({
        vendor: 'scan' as const,
        name: d.file_name,
        size: d.size ?? null,
        contentType: d.content_type ?? null,
        filedUnder: String(r.id),
        date: d.created_at?.slice(0, 10) ?? null,
      })),
    );
  }
  return [];
}
