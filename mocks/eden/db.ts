import { mockNow } from '../clock';
import { populationEdenOrders } from '../population-records';
import { createFaker } from '../seed';
import { defineStore } from '../store';

export interface EdenRoom {
  id: string;
  ae_title: string;
  slug: string;
  name: string;
}
export interface EdenFacility {
  id: string;
  identifier: string;
  name: string;
  time_zone: string;
  rooms: EdenRoom[];
}
/** An order as the mock keeps it: the wire shape of src/api/eden/order-schemas.ts. */
export type EdenOrderRecord = Record<string, unknown> & {
  id: string;
  folio: string;
  status: string;
  facility: { id: string; identifier: string; name: string };
  room: { id: string; ae_title: string; name: string } | null;
  patient_identifier: string | null;
  modality: string;
  appointment_date: string | null;
  appointment_time: string | null;
  created_at: string;
  updated_at: string;
};

const studies: Record<string, [code: string, name: string][]> = {
  CT: [
    ['CT-HEAD', 'CT head without contrast'],
    ['CT-CHEST', 'CT chest with contrast'],
    ['CT-ABD', 'CT abdomen and pelvis'],
  ],
  MR: [
    ['MR-BRAIN', 'MRI brain with and without contrast'],
    ['MR-KNEE-L', 'MRI left knee'],
    ['MR-LSPINE', 'MRI lumbar spine'],
  ],
  US: [
    ['US-ABD', 'Abdominal ultrasound'],
    ['US-OB', 'Obstetric ultrasound'],
    ['US-THY', 'Thyroid ultrasound'],
  ],
  CR: [
    ['CR-CHEST', 'Chest X-ray PA and lateral'],
    ['CR-HAND', 'Hand X-ray'],
  ],
  DX: [['DX-SPINE', 'Digital X-ray spine']],
  MG: [
    ['MG-SCREEN', 'Screening mammography'],
    ['MG-DIAG', 'Diagnostic mammography'],
  ],
  NM: [['NM-BONE', 'Bone scan']],
  PT: [['PT-FDG', 'PET-CT FDG whole body']],
  XA: [['XA-CORO', 'Coronary angiography']],
};

const reasons = [
  'Chronic headache, rule out mass',
  'Follow-up of pulmonary nodule',
  'Right upper quadrant pain',
  'Trauma, rule out fracture',
  'Annual screening',
  'Persistent low back pain',
  'Suspected appendicitis',
  'Staging',
];

const pastStatuses = ['COMPLETED', 'READING_PENDING', 'SIGNED', 'SIGNED', 'ADDENDUM_SIGNED', 'CANCELLED'];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function seed() {
  const faker = createFaker('eden');
  const facilities: EdenFacility[] = [
    { identifier: 'FACILITY_01', name: 'Clínica Centro', time_zone: 'America/Mexico_City' },
    { identifier: 'FACILITY_02', name: 'Hospital Norte', time_zone: 'America/Monterrey' },
  ].map((f, fi) => ({
    ...f,
    id: faker.string.uuid(),
    rooms: ['CT', 'MR', 'US', 'RX'].map((kind, ri) => ({
      id: faker.string.uuid(),
      ae_title: `F${fi + 1}_${kind}${ri + 1}`,
      slug: `f${fi + 1}-${kind.toLowerCase()}-${ri + 1}`,
      name: `${f.name} · ${kind} ${ri + 1}`,
    })),
  }));

  const now = mockNow();
  const orders = new Map<string, EdenOrderRecord>();
  const modalities = Object.keys(studies);
  for (let i = 0; i < 240; i++) {
    const facility = faker.helpers.arrayElement(facilities);
    const room = faker.helpers.arrayElement(facility.rooms);
    const modality = faker.helpers.arrayElement(modalities);
    const [study_code, study_name] = faker.helpers.arrayElement(studies[modality] ?? []) ?? ['OT', 'Other'];
    const sex = faker.helpers.arrayElement(['F', 'M', 'O'] as const);
    const offsetDays = faker.number.int({ min: -30, max: 30 });
    const day = new Date(now.getTime() + offsetDays * 86_400_000);
    const created = new Date(
      Math.min(now.getTime(), day.getTime()) - faker.number.int({ min: 1, max: 10 }) * 86_400_000,
    );
    const hour = faker.number.int({ min: 7, max: 18 });
    const minute = faker.helpers.arrayElement([0, 15, 30, 45]);
    const status =
      offsetDays < 0
        ? faker.helpers.arrayElement(pastStatuses)
        : offsetDays === 0
          ? faker.helpers.arrayElement(['NEW', 'PATIENT_ARRIVED', 'IN_PROCESS'])
          : 'NEW';
    const first = faker.person.firstName(sex === 'F' ? 'female' : sex === 'M' ? 'male' : undefined);
    const order: EdenOrderRecord = {
      id: faker.string.uuid(),
      folio: `ACC-${isoDay(created).replaceAll('-', '')}-${String(10000 + i)}`,
      description: faker.helpers.arrayElement(reasons),
      status,
      priority: faker.helpers.weightedArrayElement([
        { value: 'NORMAL', weight: 8 },
        { value: 'URGENT', weight: 2 },
        { value: 'HIGHEST', weight: 1 },
      ]),
      modality,
      study_code,
      study_name,
      facility: { id: facility.id, identifier: facility.identifier, name: facility.name },
      room: { id: room.id, ae_title: room.ae_title, name: room.name },
      patient_identifier: `MRN-${faker.string.numeric(7)}`,
      patient_name: first,
      patient_first_surname: faker.person.lastName(),
      patient_last_surname: faker.person.lastName(),
      patient_email: faker.internet.email({ firstName: first }).toLowerCase(),
      patient_gender: sex,
      patient_birth_date: isoDay(faker.date.birthdate({ min: 1, max: 95, mode: 'age' })),
      patient_phone_code: '52',
      patient_phone_number: faker.string.numeric(10),
      physician_identifier: `MED-${faker.string.numeric(5)}`,
      physician_name: faker.person.firstName(),
      physician_first_surname: faker.person.lastName(),
      physician_last_surname: faker.person.lastName(),
      physician_email: faker.internet.email().toLowerCase(),
      physician_gender: faker.helpers.arrayElement(['F', 'M']),
      physician_phone_code: '52',
      physician_phone_number: faker.string.numeric(10),
      practitioner_assigned_email: null,
      appointment_date: isoDay(day),
      appointment_time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`,
      appointment_duration: faker.helpers.arrayElement([15, 20, 30, 45, 60]),
      extra_fields: {},
      cancel_reason: status === 'CANCELLED' ? faker.helpers.arrayElement(['non-attendance', 'other']) : null,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
    };
    orders.set(order.id, order);
  }
  // The shared population's orders (mocks/population.ts), after the seeded ones.
  for (const order of populationEdenOrders(now, facilities)) orders.set(order.id, order);
  return { facilities, orders, faker };
}

export const edenStore = defineStore('eden', seed);
