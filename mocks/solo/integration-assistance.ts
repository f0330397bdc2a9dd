import type { Faker } from '@faker-js/faker';
import { HttpResponse, http } from 'msw';
import type { SoloAssistanceRequest } from '@/api/solo/assistance';
import { SOLO_ASSISTANCE_MESSAGES } from '@/api/solo/errors';
import { mockNow } from '../clock';
import { createFaker } from '../seed';
import { asRecord, readJson } from '../shared/http';
import { defineStore } from '../store';
import { atomUtc, SOLO_MOCK_STATUS } from './integration-config';

/*
 * Virtual Nursing and Sitting: seeded care locations (each with one FMS device, in a building/floor or a
 * department, a room and beds), patients placed in them, and one current request per device.
 * The page's own example place (building "hospital", floor "floor 2", department "emergency department",
 * room "431", bed "bed 2", device "123457", patient MRN "1234") is seeded, so its examples work as written.
 * Matching is case-insensitive and ignores surrounding spaces (assumption). Creating a request where one is
 * already open answers the open one (200) rather than a second request (assumption).
 */

export interface CareLocation {
  id: string;
  name: string;
  availability: 'online' | 'offline';
  status: 'active' | 'inactive';
  building: string;
  floor: string;
  department: string;
  room: string;
  beds: string[];
  device: { serialNumber: string; type: 'robot' | 'cart' | 'tablet'; careLocationId: string };
  locationId: string;
}

export interface CarePatient {
  id: string;
  firstName: string;
  lastName: string;
  middleName: string;
  dob: string;
  mrn: string;
  careLocationId: string;
  bed: string | null;
}

interface AssistanceState {
  faker: Faker;
  practiceId: string;
  locations: { id: string; name: string }[];
  careLocations: CareLocation[];
  patients: CarePatient[];
  requests: SoloAssistanceRequest[];
}

export const soloAssistanceStore = defineStore<AssistanceState>('solo-assistance', () => {
  const faker = createFaker('solo-assistance', 'en');
  const locations = [
    { id: faker.string.uuid(), name: 'ICC First Location' },
    { id: faker.string.uuid(), name: 'Imaging Pavilion' },
  ];
  const first = locations[0]?.id ?? '';
  const careLocations: CareLocation[] = [
    {
      id: faker.string.uuid(),
      name: 'ICC-CL-01-02',
      availability: 'offline',
      status: 'active',
      building: 'hospital',
      floor: 'floor 2',
      department: 'emergency department',
      room: '431',
      beds: ['bed 1', 'bed 2'],
      device: { serialNumber: '123457', type: 'robot', careLocationId: '1409' },
      locationId: first,
    },
  ];
  const departments = ['radiology', 'emergency department', 'intensive care', 'oncology'];
  for (let i = 0; i < 8; i++) {
    const location = locations[i % locations.length] ?? locations[0];
    careLocations.push({
      id: faker.string.uuid(),
      name: `ICC-CL-${String(i + 2).padStart(2, '0')}-${String(faker.number.int({ min: 1, max: 9 })).padStart(2, '0')}`,
      availability: faker.helpers.arrayElement(['online', 'offline']),
      status: 'active',
      building: faker.helpers.arrayElement(['hospital', 'north tower']),
      floor: `floor ${faker.number.int({ min: 1, max: 6 })}`,
      department: departments[i % departments.length] ?? 'radiology',
      room: String(500 + i * 7),
      beds: i % 3 === 0 ? [] : ['bed 1', 'bed 2'],
      device: {
        serialNumber: faker.string.numeric(6),
        type: faker.helpers.arrayElement(['robot', 'cart', 'tablet']),
        careLocationId: String(1410 + i),
      },
      locationId: location?.id ?? first,
    });
  }
  const patients: CarePatient[] = [
    {
      id: faker.string.uuid(),
      firstName: 'Yura',
      lastName: 'Lukashik',
      middleName: 'A',
      dob: '1984-03-28',
      mrn: '1234',
      careLocationId: careLocations[0]?.id ?? '',
      bed: 'bed 2',
    },
    ...careLocations.slice(1, 6).map((careLocation) => ({
      id: faker.string.uuid(),
      firstName: faker.person.firstName(),
      lastName: faker.person.lastName(),
      middleName: faker.person.middleName(),
      dob: faker.date.birthdate({ min: 18, max: 90, mode: 'age' }).toISOString().slice(0, 10),
      mrn: `MRN-${faker.string.numeric(6)}`,
      careLocationId: careLocation.id,
      bed: careLocation.beds[0] ?? null,
    })),
  ];
  return { faker, practiceId: faker.string.uuid(), locations, careLocations, patients, requests: [] };
});

const same = (a: string, b: unknown) =>
  typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
const given = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

type Resolved = { careLocation: CareLocation; bed: string | undefined } | 'missing' | 'not-found';

/** Which care location (device) a body or query names; mirrors the four documented variants. */
function resolve(input: Record<string, unknown>): Resolved {
  const { careLocations, patients } = soloAssistanceStore.get();
  const bed = given(input.bed) ? input.bed : undefined;
  const byRoom = (match: (c: CareLocation) => boolean): Resolved => {
    const found = careLocations.find(
      (c) => match(c) && (bed === undefined || c.beds.some((b) => same(b, bed))),
    );
    return found ? { careLocation: found, bed } : 'not-found';
  };
  if (given(input.deviceSerialNumber)) {
    const found = careLocations.find((c) => same(c.device.serialNumber, input.deviceSerialNumber));
    return found ? { careLocation: found, bed: undefined } : 'not-found';
  }
  if (given(input.patientMrn)) {
    const patient = patients.find((p) => same(p.mrn, input.patientMrn));
    const found = patient && careLocations.find((c) => c.id === patient.careLocationId);
    return found ? { careLocation: found, bed: patient?.bed ?? undefined } : 'not-found';
  }
  if (given(input.building) && given(input.floor) && given(input.room)) {
    return byRoom(
      (c) => same(c.building, input.building) && same(c.floor, input.floor) && same(c.room, input.room),
    );
  }
  if (given(input.department) && given(input.room)) {
    return byRoom((c) => same(c.department, input.department) && same(c.room, input.room));
  }
  return 'missing';
}

const message = (status: number, text: string) => HttpResponse.json({ message: text }, { status });

function current(careLocation: CareLocation): SoloAssistanceRequest | undefined {
  return soloAssistanceStore
    .get()
    .requests.find((r) => r.careLocation.id === careLocation.id && r.finishedAt === null);
}

function age(dob: string, now: Date): number {
  const birth = new Date(`${dob}T00:00:00Z`);
  let years = now.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birth.getUTCMonth() ||
    (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) years -= 1;
  return Math.max(0, years);
}

function newRequest(careLocation: CareLocation, bed: string | undefined): SoloAssistanceRequest {
  const state = soloAssistanceStore.get();
  const now = mockNow();
  const patient =
    state.patients.find(
      (p) => p.careLocationId === careLocation.id && (bed === undefined || same(p.bed ?? '', bed)),
    ) ?? null;
  const location = state.locations.find((l) => l.id === careLocation.locationId) ?? { id: '', name: '' };
  return {
    id: state.faker.string.uuid(),
    device: careLocation.device.serialNumber,
    careLocation: {
      availability: careLocation.availability,
      id: careLocation.id,
      name: careLocation.name,
      status: careLocation.status,
      video: {
        type: careLocation.device.type,
        clientId: null,
        serialNumber: careLocation.device.serialNumber,
        careLocationId: careLocation.device.careLocationId,
        skipActivation: true,
      },
    },
    practice: state.practiceId,
    patient: patient && {
      age: age(patient.dob, now),
      id: patient.id,
      firstName: patient.firstName,
      lastName: patient.lastName,
      middleName: patient.middleName,
      dob: patient.dob,
      mrn: patient.mrn,
    },
    assignedTo: null,
    room: `Room ${careLocation.room}`,
    status: 'incomplete',
    createdAt: atomUtc(now),
    finishedAt: null,
    location: { id: location.id, name: location.name },
    avSessions: [],
    createdFromExternalApi: true,
  };
}

const path = '*/api/solo/qapi/v1/request-assistance';

export const soloAssistanceHandlers = [
  http.post(path, async ({ request }) => {
    const found = resolve(asRecord(await readJson(request)));
    if (found === 'missing')
      return message(SOLO_MOCK_STATUS.badRequest, SOLO_ASSISTANCE_MESSAGES.missingParameters);
    if (found === 'not-found')
      return message(SOLO_MOCK_STATUS.notFound, SOLO_ASSISTANCE_MESSAGES.deviceNotFound);
    const open = current(found.careLocation);
    if (open) return HttpResponse.json(open);
    const created = newRequest(found.careLocation, found.bed);
    soloAssistanceStore.get().requests.push(created);
    return HttpResponse.json(created, { status: SOLO_MOCK_STATUS.created });
  }),

  // The console sends GET's locator as query parameters (a browser GET has no body).
  http.get(path, ({ request }) => {
    const found = resolve(Object.fromEntries(new URL(request.url).searchParams));
    if (found === 'missing')
      return message(SOLO_MOCK_STATUS.badRequest, SOLO_ASSISTANCE_MESSAGES.missingParameters);
    const open = found === 'not-found' ? undefined : current(found.careLocation);
    return open
      ? HttpResponse.json(open)
      : message(SOLO_MOCK_STATUS.notFound, SOLO_ASSISTANCE_MESSAGES.requestNotFound);
  }),

  http.delete(path, async ({ request }) => {
    const found = resolve(asRecord(await readJson(request)));
    if (found === 'missing')
      return message(SOLO_MOCK_STATUS.badRequest, SOLO_ASSISTANCE_MESSAGES.missingParameters);
    const open = found === 'not-found' ? undefined : current(found.careLocation);
    if (!open) return message(SOLO_MOCK_STATUS.notFound, SOLO_ASSISTANCE_MESSAGES.requestNotFound);
    open.status = 'cancelled';
    open.finishedAt = atomUtc(mockNow());
    return new HttpResponse(null, { status: 204 });
  }),
];
