import type { Faker } from '@faker-js/faker';
import type { WeeklyHours } from './care-slots';
/** The Solo care mock's records, shaped like Solo's answers (the store is ./care-db.ts). */

export interface SoloMockName {
  use?: string;
  family?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  alias?: string;
}
export interface SoloMockTelecom {
  use?: string;
  system?: string;
  value?: string;
}
export interface SoloMockAddress {
  city?: string;
  use?: string;
  apartment?: string;
  country?: string;
  state?: string;
  postalcode?: string;
  line?: string[];
}
export interface SoloMockDemographics {
  mrn?: string;
  accountNumber?: string;
  name?: SoloMockName[];
  birthDate?: string;
  gender?: string;
  maritalStatus?: string;
  telecom?: SoloMockTelecom[];
  contact?: { telecom?: SoloMockTelecom[]; name?: SoloMockName[] }[];
  preferredLanguage?: string;
  race?: string;
  ethnicity?: string;
  address?: SoloMockAddress[];
  active?: boolean;
  deceased?: boolean;
  deceasedAt?: string | null;
  familyMember?: boolean;
  isLinkedByEmail?: boolean;
  sharedEmailGroup?: { type: string; name: string } | null;
}

export interface SoloMockPatient {
  /** Solo Patient ID (SPID). */
  spid: number;
  /** The caller's patient id. */
  id: string;
  /** Health System ID (EHR patient id). */
  hsid: string;
  demographics: SoloMockDemographics;
}

export interface SoloMockWaitingRoom {
  id: string;
  name: string;
  serviceLine: string;
  serviceType: string;
  /** Mock-only settings (not in the vendor's waiting-room answer). */
  slotDuration: number;
  timeZone: string;
  hours: WeeklyHours;
}

export const soloAppointmentStatuses = [
  'scheduled',
  'arrived',
  'in progress.intake.ready',
  'in progress.intake.progress',
  'in progress.exam.ready',
  'in progress.exam.progress',
  'discharge.ready',
  'discharge.progress',
  'completed',
  'sign off',
  'cancelled',
  'not showed up',
] as const;
export type SoloMockAppointmentStatus = (typeof soloAppointmentStatuses)[number];

export const soloVideoCallStatuses = [
  'LWBS',
  'incomplete',
  'complete',
  'finalizing',
  'on hold',
  'on call',
  'waiting',
] as const;
export type SoloMockVideoCallStatus = (typeof soloVideoCallStatuses)[number];

export interface SoloMockProvider {
  id: string;
  email: string;
  firstName: string;
  middleName: string;
  lastName: string;
}

export interface SoloMockVisitNote {
  id: string;
  template: { name: string; flow: { sections: unknown[] } };
  comments: {
    id: string;
    templateId: string;
    message: string;
    postedAt: number;
    author: { id: number; username: string };
  }[];
  responses: {
    dateTime: { date: string; timezone_type: number; timezone: string };
    question: string[];
    response: string[];
  }[];
}

export interface SoloMockAppointment {
  /** SAID. */
  id: number;
  /** SPID of the patient. */
  patientId: number;
  /** Unix seconds, UTC. */
  startTime: number;
  /** Seconds. */
  duration: number;
  status: SoloMockAppointmentStatus;
  waitingRoomId: string;
  reasons: string[];
  externalId: string | null;
  episodeOfCareId: string | null;
  accountNumber: string | null;
  videoCall: { id: string; status: SoloMockVideoCallStatus } | null;
  providerIds: string[];
  visitNotes: SoloMockVisitNote[];
}

export const soloEpisodeStatuses = [
  'PLANNING',
  'WAITLIST',
  'ACTIVE',
  'ONHOLD',
  'FINISHED',
  'CANCELED',
] as const;
export type SoloMockEpisodeStatus = (typeof soloEpisodeStatuses)[number];

export interface SoloMockEpisode {
  id: string;
  /** SPID. */
  patientSpid: number;
  name: string;
  type: string;
  from: string;
  to: string | null;
  status: SoloMockEpisodeStatus;
  objective: string | null;
  reasonIncomplete: string | null;
}

export interface SoloMockVisitNoteTemplate {
  id: string;
  name: string;
  flow: { sections: { title: string; questions: { id: string; text: string }[] }[] };
}

export interface SoloCareState {
  faker: Faker;
  patients: Map<number, SoloMockPatient>;
  spidByExternalId: Map<string, number>;
  spidByHsid: Map<string, number>;
  waitingRooms: SoloMockWaitingRoom[];
  providers: SoloMockProvider[];
  templates: SoloMockVisitNoteTemplate[];
  appointments: Map<number, SoloMockAppointment>;
  episodes: Map<string, SoloMockEpisode>;
  nextSpid: number;
  nextAppointmentId: number;
}
