import type { Faker } from '@faker-js/faker';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { mockNow } from '../clock';
import { populationSoloPatients } from '../population-records';
import { createFaker } from '../seed';
import { defineStore } from '../store';
import {
  type SoloCareState,
  type SoloMockAppointment,
  type SoloMockAppointmentStatus,
  type SoloMockEpisode,
  type SoloMockPatient,
  type SoloMockProvider,
  type SoloMockVisitNote,
  type SoloMockVisitNoteTemplate,
  type SoloMockWaitingRoom,
  soloEpisodeStatuses,
} from './care-records';
import { computeSlots } from './care-slots';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * The Solo "care" mock database: patients, waiting rooms, appointments, episodes, visit notes.
 * Its types are the mock's own (the wire shapes of the vendor page), deliberately not imported from
 * `src/api/solo`, so that a mismatch between client and mock shows up in the tests.
 *
 * Identifiers (assumptions, see docs/coverage/solo-care.md):
 * - a patient has the caller's `id` (string, "the id of the Patient", required at creation), a Solo
 *   Patient ID `spid` (int) and an HSID (string, the EHR id). Webhooks and `patientId` below use the SPID.
 * - an appointment's `id` is the Solo Appointment ID (SAID, int).
 */

// ---- seed ---------------------------------------------------------------------------------------

export const SOLO_SEED_PATIENTS = 520;
export const SOLO_SEED_RANGE_DAYS = 30;

const weekdays = (
  intervals: { open: string; close: string }[],
  saturday: { open: string; close: string }[] = [],
) => [[], intervals, intervals, intervals, intervals, intervals, saturday];

/**
 * The seeded waiting rooms. America/New_York and Europe/London change their clocks in late October /
 * early November (inside mockNow() ± 30 days around 2026-11-21); America/Mexico_City has no DST.
 */
function seedWaitingRooms(faker: Faker): SoloMockWaitingRoom[] {
  return [
    {
      id: faker.string.uuid(),
      name: 'Radiology Front Desk New York',
      serviceLine: 'Radiology',
      serviceType: 'Imaging consult',
      slotDuration: 900,
      timeZone: 'America/New_York',
      hours: weekdays(
        [
          { open: '08:00', close: '12:00' },
          { open: '13:00', close: '17:00' },
        ],
        [{ open: '09:00', close: '13:00' }],
      ),
    },
    {
      id: faker.string.uuid(),
      name: 'Imaging Results London',
      serviceLine: 'Radiology',
      serviceType: 'Results review',
      slotDuration: 1200,
      timeZone: 'Europe/London',
      hours: weekdays([{ open: '09:00', close: '17:20' }]),
    },
    {
      id: faker.string.uuid(),
      name: 'Teleradiología Ciudad de México',
      serviceLine: 'Radiología',
      serviceType: 'Demo',
      slotDuration: 1800,
      timeZone: 'America/Mexico_City',
      hours: weekdays([{ open: '07:00', close: '15:00' }], [{ open: '08:00', close: '12:00' }]),
    },
  ];
}

function seedPatient(faker: Faker, spid: number): SoloMockPatient {
  const sex = faker.helpers.arrayElement(['male', 'female'] as const);
  const firstName = faker.person.firstName(sex);
  const lastName = faker.person.lastName();
  const deceased = faker.datatype.boolean({ probability: 0.02 });
  const linked = faker.datatype.boolean({ probability: 0.05 });
  return {
    spid,
    id: `EXT-${String(spid).padStart(6, '0')}`,
    hsid: `HS${String(900_000 + spid)}`,
    demographics: {
      mrn: `MRN-${faker.string.numeric(7)}`,
      accountNumber: `A-${faker.string.numeric(6)}`,
      name: [
        { use: 'usual', family: `${firstName} ${lastName}`, firstName, middleName: '', lastName, alias: '' },
      ],
      birthDate: dayjs(faker.date.birthdate({ min: 1, max: 95, mode: 'age' })).format('YYYY-MM-DD'),
      gender: sex,
      maritalStatus: faker.helpers.arrayElement(['single', 'married', 'divorced', 'widowed']),
      telecom: [
        { use: 'home', system: 'phone', value: faker.phone.number({ style: 'national' }) },
        { use: 'home', system: 'email', value: faker.internet.email({ firstName, lastName }).toLowerCase() },
      ],
      contact: [],
      preferredLanguage: faker.helpers.arrayElement(['English', 'Spanish']),
      race: faker.helpers.arrayElement(['White', 'Black or African American', 'Asian', 'Other']),
      ethnicity: faker.helpers.arrayElement(['not Hispanic or Latino', 'Hispanic or Latino']),
      address: [
        {
          city: faker.location.city(),
          use: 'home',
          apartment: '',
          country: 'USA',
          state: faker.location.state({ abbreviated: true }),
          postalcode: faker.location.zipCode('#####'),
          line: [faker.location.streetAddress(), ''],
        },
      ],
      active: !deceased,
      deceased,
      deceasedAt: deceased ? dayjs(faker.date.past({ years: 3 })).format('YYYY-MM-DD hh:mm A') : null,
      familyMember: false,
      isLinkedByEmail: linked,
      sharedEmailGroup: linked ? { type: 'family', name: `${lastName} family` } : null,
    },
  };
}

function seedTemplates(faker: Faker): SoloMockVisitNoteTemplate[] {
  const question = (text: string) => ({ id: faker.string.uuid(), text });
  return [
    {
      id: faker.string.uuid(),
      name: 'Imaging Results Review',
      flow: {
        sections: [
          { title: 'Study', questions: [question('Modality'), question('Body part')] },
          { title: 'Findings', questions: [question('Summary'), question('Follow-up needed')] },
        ],
      },
    },
    {
      id: faker.string.uuid(),
      name: 'Pre-scan Safety Screening',
      flow: {
        sections: [
          { title: 'Safety', questions: [question('Pacemaker or implant'), question('Pregnancy possible')] },
        ],
      },
    },
    {
      id: faker.string.uuid(),
      name: 'Acute Neurology - Physician Services',
      flow: { sections: [{ title: 'Patient', questions: [question('Sex'), question('Symptoms onset')] }] },
    },
  ];
}

function seedVisitNote(
  faker: Faker,
  template: SoloMockVisitNoteTemplate,
  at: number,
  zone: string,
  provider: SoloMockProvider,
): SoloMockVisitNote {
  const responses = template.flow.sections.flatMap((section) =>
    section.questions.map((q) => ({
      dateTime: {
        date: dayjs.unix(at).tz(zone).format('YYYY-MM-DD HH:mm:ss.000000'),
        timezone_type: 3,
        timezone: zone,
      },
      question: [section.title, q.text],
      response: [faker.lorem.words(2)],
    })),
  );
  return {
    id: template.id,
    template: { name: template.name, flow: { sections: template.flow.sections } },
    comments: [
      {
        id: faker.string.uuid(),
        templateId: template.id,
        message: faker.lorem.sentence(),
        postedAt: at,
        author: { id: faker.number.int({ min: 100, max: 999 }), username: provider.email },
      },
    ],
    responses,
  };
}

function seed(): SoloCareState {
  const faker = createFaker('solo-care', 'en');
  const now = Math.floor(mockNow().getTime() / 1000);
  const state: SoloCareState = {
    faker,
    patients: new Map(),
    spidByExternalId: new Map(),
    spidByHsid: new Map(),
    waitingRooms: seedWaitingRooms(faker),
    providers: Array.from({ length: 8 }, () => {
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      return {
        id: String(faker.number.int({ min: 1000, max: 9999 })),
        email: faker.internet.email({ firstName, lastName, provider: 'clinic.example' }).toLowerCase(),
        firstName,
        middleName: faker.person.middleName(),
        lastName,
      };
    }),
    templates: seedTemplates(faker),
    appointments: new Map(),
    episodes: new Map(),
    nextSpid: 100_001,
    nextAppointmentId: 3_110_001,
  };

  for (let i = 0; i < SOLO_SEED_PATIENTS; i++) {
    const patient = seedPatient(faker, state.nextSpid++);
    state.patients.set(patient.spid, patient);
    state.spidByExternalId.set(patient.id, patient.spid);
    state.spidByHsid.set(patient.hsid, patient.spid);
  }
  const spids = [...state.patients.keys()];

  // Episodes for one patient in five.
  const episodeTypes = ['imaging follow-up', 'oncology staging', 'covid', 'fracture care'];
  for (const spid of spids.filter((_, index) => index % 5 === 0)) {
    const from = dayjs.unix(now).subtract(faker.number.int({ min: 0, max: 60 }), 'day');
    const status = faker.helpers.arrayElement(soloEpisodeStatuses);
    const episode: SoloMockEpisode = {
      id: faker.string.uuid(),
      patientSpid: spid,
      name: `${faker.helpers.arrayElement(episodeTypes)} ${from.format('MMM YYYY')}`,
      type: faker.helpers.arrayElement(episodeTypes),
      from: from.format('YYYY-MM-DD'),
      to: status === 'FINISHED' ? from.add(30, 'day').format('YYYY-MM-DD') : null,
      status,
      objective: faker.lorem.sentence(),
      reasonIncomplete: null,
    };
    state.episodes.set(episode.id, episode);
  }
  const episodesBySpid = new Map<number, string[]>();
  for (const episode of state.episodes.values()) {
    episodesBySpid.set(episode.patientSpid, [...(episodesBySpid.get(episode.patientSpid) ?? []), episode.id]);
  }

  // Appointments over mockNow() ± 30 days, on free slots of each room.
  const after = now - SOLO_SEED_RANGE_DAYS * 86_400;
  const before = now + SOLO_SEED_RANGE_DAYS * 86_400;
  for (const room of state.waitingRooms) {
    const slots = computeSlots(room, after, before, room.slotDuration, []);
    for (const slot of slots) {
      if (!faker.datatype.boolean({ probability: 0.18 })) continue;
      const spid = faker.helpers.arrayElement(spids);
      const past = slot.date + slot.duration < now;
      const status: SoloMockAppointmentStatus = past
        ? faker.helpers.weightedArrayElement([
            { weight: 6, value: 'completed' as const },
            { weight: 2, value: 'sign off' as const },
            { weight: 1, value: 'not showed up' as const },
            { weight: 1, value: 'cancelled' as const },
          ])
        : faker.helpers.weightedArrayElement([
            { weight: 9, value: 'scheduled' as const },
            { weight: 1, value: 'cancelled' as const },
          ]);
      const provider = faker.helpers.arrayElement(state.providers);
      const template = faker.helpers.arrayElement(state.templates);
      const patientEpisodes = episodesBySpid.get(spid) ?? [];
      const id = state.nextAppointmentId++;
      state.appointments.set(id, {
        id,
        patientId: spid,
        startTime: slot.date,
        duration: slot.duration,
        status,
        waitingRoomId: room.id,
        reasons: [
          faker.helpers.arrayElement(['MRI results', 'CT follow-up', 'Ultrasound review', 'X-ray consult']),
        ],
        externalId: faker.datatype.boolean({ probability: 0.5 }) ? faker.string.uuid() : null,
        episodeOfCareId:
          patientEpisodes.length > 0 && faker.datatype.boolean({ probability: 0.6 })
            ? faker.helpers.arrayElement(patientEpisodes)
            : null,
        accountNumber: null,
        videoCall:
          status === 'completed' || status === 'sign off'
            ? { id: faker.string.uuid(), status: 'complete' }
            : status === 'not showed up'
              ? { id: faker.string.uuid(), status: 'LWBS' }
              : null,
        providerIds: [provider.id],
        visitNotes:
          status === 'completed' || status === 'sign off'
            ? [seedVisitNote(faker, template, slot.date + slot.duration, room.timeZone, provider)]
            : [],
      });
    }
  }
  // The shared population's Solo patients (mocks/population.ts), after the seeded ones: their SPIDs follow.
  for (const patient of populationSoloPatients(state.nextSpid)) {
    state.patients.set(patient.spid, patient);
    state.spidByExternalId.set(patient.id, patient.spid);
    state.spidByHsid.set(patient.hsid, patient.spid);
    state.nextSpid = patient.spid + 1;
  }
  return state;
}

export const soloCareStore = defineStore('solo-care', seed);

// ---- helpers (also used by the Solo integration mocks) -----------------------------------------

/** The patient with this SPID (number), or with this caller's patient id (string). */
export function getSoloPatient(id: number | string): SoloMockPatient | undefined {
  const db = soloCareStore.get();
  const spid = typeof id === 'number' ? id : db.spidByExternalId.get(id);
  return spid === undefined ? undefined : db.patients.get(spid);
}

export function getSoloPatientByHsid(hsid: string): SoloMockPatient | undefined {
  const db = soloCareStore.get();
  const spid = db.spidByHsid.get(hsid);
  return spid === undefined ? undefined : db.patients.get(spid);
}

/** The appointment with this SAID. */
export function getSoloAppointment(id: number): SoloMockAppointment | undefined {
  return soloCareStore.get().appointments.get(id);
}

export function getSoloAppointmentByExternalId(externalId: string): SoloMockAppointment | undefined {
  for (const appointment of soloCareStore.get().appointments.values()) {
    if (appointment.externalId === externalId) return appointment;
  }
  return undefined;
}

/** A patient's appointments (by SPID), earliest first. */
export function listSoloAppointmentsForPatient(patientId: number): SoloMockAppointment[] {
  return [...soloCareStore.get().appointments.values()]
    .filter((appointment) => appointment.patientId === patientId)
    .sort((a, b) => a.startTime - b.startTime);
}

export function getSoloWaitingRoomByName(name: string): SoloMockWaitingRoom | undefined {
  return soloCareStore.get().waitingRooms.find((room) => room.name === name);
}

export function getSoloEpisode(id: string): SoloMockEpisode | undefined {
  return soloCareStore.get().episodes.get(id);
}
