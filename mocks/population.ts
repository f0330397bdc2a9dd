import { en, es_MX } from '@faker-js/faker';
import { MOCK_SEED } from './seed';

/**
 * ONE population of persons behind every vendor's mock store, so that the same person exists in several
 * vendors, written the way real records of one person differ:
 * - accents dropped ("Jose Garcia"), upper case ("GARCIA LOPEZ^JOSE" in DICOM, some Eden orders);
 * - given name and surname swapped by whoever typed them;
 * - the second surname missing; another email address;
 * - the same hospital MRN under each vendor's own field (Eden `patient_identifier`, Solo `mrn`, Impilo
 *   `externalIdentifier`, PostDICOM Patient ID); Scan.com has no such field; some Impilo records lack it.
 *
 * Who is in it (`POPULATION_SIZES`):
 * - `linked`: persons held by 3 to 5 vendors (the "same person" and "possible same person" cases);
 * - `namesake`: pairs of different persons with the same name and another birth date (never grouped);
 * - `bulk`: enough PostDICOM orders and Impilo patients that a one-letter search answers over 10,000 records.
 *
 * Deterministic: a fixed-seed PRNG (not faker calls, which are too slow for ten thousand persons at mock
 * boot) over faker's name lists; birth dates are absolute, order dates relative to the mock clock (they are
 * computed by the vendor builders below, when each store is first used). Nothing here runs until a store
 * is seeded.
 */
export const POPULATION_SIZES = { linked: 30, namesakePairs: 12, bulk: 10_000 } as const;

export type PopulationVendor = 'solo' | 'impilo' | 'eden' | 'postdicom' | 'scan';
export type Variation = 'noAccents' | 'upperCase' | 'swapped' | 'noSecondSurname' | 'otherEmail' | 'noMrn';

export interface PopulationRecord {
  vendor: PopulationVendor;
  variations: Variation[];
  /** Orders (Eden, PostDICOM) or referrals (Scan.com) of the person; 1 for a patient record. */
  count: number;
}

export interface PopulationPerson {
  index: number;
  kind: 'linked' | 'namesake' | 'bulk';
  /** The hospital MRN. */
  mrn: string;
  /** The caller's patient id at Solo (only for persons Solo holds). */
  soloId: string | null;
  given: string;
  firstSurname: string;
  secondSurname: string | null;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'F' | 'M';
  email: string;
  otherEmail: string;
  /** National number, 10 digits (Mexico: country code 52). */
  phone: string;
  address: { line1: string; city: string; state: string; postalCode: string; country: string };
  records: PopulationRecord[];
}

// ---- a fast seeded PRNG ----------------------------------------------------------------------------

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
  uuid(): string {
    const hex = () =>
      Math.floor(this.next() * 0x10000)
        .toString(16)
        .padStart(4, '0');
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${(8 + this.int(0, 3)).toString(16)}${hex().slice(1)}-${hex()}${hex()}${hex()}`;
  }
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function populationRandom(namespace: string): Random {
  return new Random(MOCK_SEED ^ hash(`population:${namespace}`));
}

// ---- name lists ------------------------------------------------------------------------------------

type Gendered = { female: readonly string[]; male: readonly string[] };
type Generic = { generic: readonly string[] };
const esFirst = es_MX.person?.first_name as unknown as Gendered;
const esLast = (es_MX.person?.last_name as unknown as Generic | undefined)?.generic ?? ['García'];
const enFirst = en.person?.first_name as unknown as Gendered;
const enLast = (en.person?.last_name as unknown as Generic | undefined)?.generic ?? ['Smith'];
const cities = (es_MX.location?.city_name ?? ['Ciudad de México']) as readonly string[];
const states = (es_MX.location?.state ?? ['Ciudad de México']) as readonly string[];
const streets = [
  'Calle Hidalgo',
  'Avenida Juárez',
  'Calle Morelos',
  'Avenida Reforma',
  'Calle Allende',
  'Calle 5 de Mayo',
];

/** Accent-rich names for the linked persons, so that every variation shows. */
const linkedNames: [given: string, first: string, second: string, sex: 'F' | 'M'][] = [
  ['José Luis', 'García', 'López', 'M'],
  ['María José', 'Hernández', 'Núñez', 'F'],
  ['Sofía', 'Martínez', 'Gómez', 'F'],
  ['Andrés', 'Pérez', 'Jiménez', 'M'],
  ['Lucía', 'Rodríguez', 'Sánchez', 'F'],
  ['Raúl', 'Fernández', 'Ramírez', 'M'],
  ['Inés', 'González', 'Muñoz', 'F'],
  ['Martín', 'Sánchez', 'Álvarez', 'M'],
  ['Ramón', 'Gutiérrez', 'Díaz', 'M'],
  ['Begoña', 'Ibáñez', 'Ortiz', 'F'],
  ['Tomás', 'Vázquez', 'Castañeda', 'M'],
  ['Mónica', 'Domínguez', 'Chávez', 'F'],
  ['Jesús', 'Méndez', 'Suárez', 'M'],
  ['Verónica', 'Benítez', 'Peña', 'F'],
  ['Óscar', 'Velázquez', 'Ruiz', 'M'],
  ['Ángela', 'Márquez', 'Rincón', 'F'],
  ['Joaquín', 'Cortés', 'Montaño', 'M'],
  ['Rocío', 'Jiménez', 'Beltrán', 'F'],
  ['Adrián', 'Sáenz', 'Ordóñez', 'M'],
  ['Itziar', 'Echeverría', 'Arámbula', 'F'],
  ['Iván', 'Gálvez', 'Mejía', 'M'],
  ['Natalia', 'Alcántara', 'Rentería', 'F'],
  ['Víctor Manuel', 'Zúñiga', 'Garcés', 'M'],
  ['Noemí', 'Cáceres', 'Villaseñor', 'F'],
  ['Germán', 'Ordaz', 'Bárcenas', 'M'],
  ['Aurora', 'de la Cruz', 'Pérez', 'F'],
  ['Nicolás', 'del Río', 'Almazán', 'M'],
  ['Leticia', 'Quiñones', 'Solís', 'F'],
  ['Héctor', 'Barragán', 'Ibarra', 'M'],
  ['Dolores', 'Ávila', 'Guzmán', 'F'],
];

/** Names shared by two different persons (another birth date, another MRN). */
const namesakeNames: [given: string, first: string, second: string, sex: 'F' | 'M'][] = [
  ['Juan', 'Pérez', 'Gómez', 'M'],
  ['Ana', 'López', 'Martín', 'F'],
  ['Carlos', 'Ramírez', 'Torres', 'M'],
  ['Laura', 'Flores', 'Rivera', 'F'],
  ['Miguel', 'Torres', 'Castro', 'M'],
  ['Carmen', 'Romero', 'Navarro', 'F'],
  ['Pedro', 'Morales', 'Reyes', 'M'],
  ['Isabel', 'Ortega', 'Delgado', 'F'],
  ['Javier', 'Castillo', 'Vargas', 'M'],
  ['Elena', 'Molina', 'Herrera', 'F'],
  ['Diego', 'Aguilar', 'Medina', 'M'],
  ['Paula', 'Cruz', 'Rojas', 'F'],
];

// ---- the population --------------------------------------------------------------------------------

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function birthDate(random: Random): string {
  return isoDay(random.int(1935, 2021), random.int(1, 12), random.int(1, 28));
}

function contact(random: Random, given: string, surname: string, n: number) {
  const local = `${fold(given.split(' ')[0] ?? given)}.${fold(surname)}${n}`;
  return {
    email: `${local}@correo.example`,
    otherEmail: `${fold(given)}${random.int(10, 99)}@mail.example`,
    phone: `55${random.digits(8)}`,
    address: {
      line1: `${random.pick(streets)} ${random.int(1, 999)}`,
      city: random.pick(cities),
      state: random.pick(states),
      postalCode: String(random.int(1000, 99999)).padStart(5, '0'),
      country: 'MX',
    },
  };
}

function linkedRecords(i: number, random: Random): PopulationRecord[] {
  const records: PopulationRecord[] = [
    { vendor: 'solo', variations: i % 4 === 1 ? ['otherEmail'] : [], count: 1 },
    { vendor: 'postdicom', variations: i % 6 === 4 ? ['swapped'] : [], count: random.int(1, 3) },
    { vendor: 'eden', variations: i % 3 === 0 ? ['upperCase'] : [], count: random.int(1, 2) },
  ];
  if (i % 5 !== 2) {
    const variations: Variation[] = [];
    if (i % 2 === 0) variations.push('noAccents');
    if (i % 5 === 1) variations.push('noSecondSurname');
    if (i % 7 === 3) variations.push('swapped');
    // A record typed without the MRN: it joins the others by name and birth date only ("possible").
    if (i % 4 === 2) variations.push('noMrn');
    records.push({ vendor: 'impilo', variations, count: 1 });
  }
  if (i % 2 === 1) records.push({ vendor: 'scan', variations: ['noSecondSurname', 'otherEmail'], count: 1 });
  return records;
}

let memo: PopulationPerson[] | null = null;

/** Every person, in a fixed order: linked, then namesakes (pairs side by side), then bulk. */
export function population(): PopulationPerson[] {
  if (memo) return memo;
  const random = populationRandom('persons');
  const people: PopulationPerson[] = [];
  linkedNames.slice(0, POPULATION_SIZES.linked).forEach(([given, first, second, sex], i) => {
    people.push({
      index: people.length,
      kind: 'linked',
      mrn: `HC-${100_001 + i}`,
      soloId: `P-${String(700_001 + i)}`,
      given,
      firstSurname: first,
      secondSurname: second,
      birthDate: birthDate(random),
      sex,
      ...contact(random, given, first, i),
      records: linkedRecords(i, random),
    });
  });
  namesakeNames.slice(0, POPULATION_SIZES.namesakePairs).forEach(([given, first, second, sex], pair) => {
    const dates = new Set<string>();
    for (let twin = 0; twin < 2; twin++) {
      let date = birthDate(random);
      while (dates.has(date)) date = birthDate(random);
      dates.add(date);
      people.push({
        index: people.length,
        kind: 'namesake',
        mrn: `HC-${300_001 + pair * 2 + twin}`,
        soloId: null,
        given,
        firstSurname: first,
        secondSurname: second,
        birthDate: date,
        sex,
        ...contact(random, given, first, 500 + pair * 2 + twin),
        records: [
          { vendor: 'postdicom', variations: [], count: 1 },
          { vendor: 'impilo', variations: [], count: 1 },
        ],
      });
    }
  });
  for (let i = 0; i < POPULATION_SIZES.bulk; i++) {
    const spanish = random.chance(0.7);
    const sex = random.chance(0.5) ? 'F' : 'M';
    const firstNames = spanish ? esFirst : enFirst;
    const given = random.pick(sex === 'F' ? firstNames.female : firstNames.male);
    const first = random.pick(spanish ? esLast : enLast);
    const second = spanish ? random.pick(esLast) : null;
    const where = random.next();
    const records: PopulationRecord[] = [];
    if (where < 0.7) records.push({ vendor: 'postdicom', variations: [], count: random.chance(0.3) ? 2 : 1 });
    if (where >= 0.55)
      records.push({ vendor: 'impilo', variations: random.chance(0.3) ? ['noAccents'] : [], count: 1 });
    people.push({
      index: people.length,
      kind: 'bulk',
      mrn: `HC-${200_001 + i}`,
      soloId: null,
      given,
      // A few family names of three surnames: a record the mappings cannot split without guessing.
      firstSurname: i % 2500 === 7 ? `${first} ${random.pick(esLast)}` : first,
      secondSurname: second,
      birthDate: birthDate(random),
      sex,
      ...contact(random, given, first, i),
      records,
    });
  }
  memo = people;
  return people;
}

/** The persons a vendor holds, each with its record there. */
export function heldBy(vendor: PopulationVendor): { person: PopulationPerson; record: PopulationRecord }[] {
  const out: { person: PopulationPerson; record: PopulationRecord }[] = [];
  for (const person of population()) {
    const record = person.records.find((candidate) => candidate.vendor === vendor);
    if (record) out.push({ person, record });
  }
  return out;
}

// ---- how each record writes the person ---------------------------------------------------------------

function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

export interface RecordName {
  given: string;
  firstSurname: string;
  secondSurname: string | null;
}

/** The name as this record has it (variations applied). */
export function recordName(person: PopulationPerson, record: PopulationRecord): RecordName {
  let given = person.given;
  let firstSurname = person.firstSurname;
  let secondSurname = record.variations.includes('noSecondSurname') ? null : person.secondSurname;
  if (record.variations.includes('swapped')) [given, firstSurname] = [firstSurname, given];
  const write = (value: string) => {
    let out = record.variations.includes('noAccents') ? stripAccents(value) : value;
    if (record.variations.includes('upperCase')) out = out.toUpperCase();
    return out;
  };
  given = write(given);
  firstSurname = write(firstSurname);
  secondSurname = secondSurname === null ? null : write(secondSurname);
  return { given, firstSurname, secondSurname };
}

/** `FAMILY^GIVEN`: upper case, plain ASCII, as modalities write DICOM names. */
export function recordDicomName(person: PopulationPerson, record: PopulationRecord): string {
  const name = recordName(person, record);
  const clean = (value: string) =>
    stripAccents(value)
      .replace(/[^A-Za-z' -]/g, '')
      .toUpperCase();
  return `${clean([name.firstSurname, name.secondSurname].filter(Boolean).join(' '))}^${clean(name.given)}`;
}

export function recordEmail(person: PopulationPerson, record: PopulationRecord): string {
  return record.variations.includes('otherEmail') ? person.otherEmail : person.email;
}

export function recordMrn(person: PopulationPerson, record: PopulationRecord): string | null {
  return record.variations.includes('noMrn') ? null : person.mrn;
}

/**
 * Named persons for tests and QA (e2e specs compute what to type from these, never from literals that hold
 * for one seed only): a person held by Eden, Impilo and PostDICOM under one MRN; a person whose Impilo
 * record lacks the MRN (a "possible" match with the others); a pair of namesakes.
 */
export function populationExamples() {
  const people = population();
  const linked = people.filter((p) => p.kind === 'linked');
  const heldWithMrn = (p: PopulationPerson, vendor: PopulationVendor) =>
    p.records.some((r) => r.vendor === vendor && !r.variations.includes('noMrn'));
  const sameAcrossThree = linked.find(
    (p) => heldWithMrn(p, 'impilo') && heldWithMrn(p, 'eden') && heldWithMrn(p, 'postdicom'),
  );
  const possible = linked.find((p) =>
    p.records.some((r) => r.vendor === 'impilo' && r.variations.includes('noMrn')),
  );
  const namesakes = people.filter((p) => p.kind === 'namesake').slice(0, 2);
  if (!sameAcrossThree || !possible || namesakes.length < 2)
    throw new Error('The population lacks its examples.');
  return { sameAcrossThree, possible, namesakes };
}
