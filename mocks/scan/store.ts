import { type ScanModality, scanModalities } from '../../src/lib/codes/scan-modalities';
import { instantToLocal, localToInstant } from '../../src/lib/mappings/datetime';
import { mockNow } from '../clock';
import { populationScanReferrals } from '../population-records';
import { createFaker } from '../seed';
import { defineStore } from '../store';

/**
 * The Scan.com mock's state: users and their tokens, referrals (each owned by the user that created it),
 * body parts per modality, imaging providers each with its own calendar of 15-minute blocks, and the
 * safety questions per modality. Seeded deterministically; tokens and referrals are made at run time.
 */
export const SCAN_MOCK_TIME_ZONE = 'Europe/London';
/** Seconds; "about a day" (CONFIRMED). */
export const SCAN_MOCK_TOKEN_LIFETIME_S = 86_400;
export const SCAN_MOCK_CALENDAR_DAYS = 14;
/** Opening hours of every mock provider, local time. */
const OPEN_HOUR = 9;
const CLOSE_HOUR = 17;

/** Blocks per appointment, by modality (ASSUMED durations: MRI 45 min, CT/PET-CT 30 min, others 15–30). */
export const blocksPerSlot: Record<ScanModality, number> = {
  MRI: 3,
  CT: 2,
  Ultrasound: 2,
  'X-Ray': 1,
  DEXA: 2,
  'PET-CT': 4,
  Mammogram: 2,
};

export interface MockScanUser {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
}

export interface MockBlock {
  id: number;
  providerId: number;
  /** Epoch ms. */
  start: number;
  /** The referral holding it; 0 = booked by someone outside this mock. */
  bookedBy: number | null;
}

export interface MockProvider {
  id: number;
  name: string;
  address: string;
  postcode: string;
  price: number;
  modalities: ScanModality[];
}

export interface MockReferral {
  id: number;
  ownerId: number;
  status: 'draft' | 'submitted' | 'confirmed';
  patient_information: Record<string, unknown>;
  modality: ScanModality | null;
  body_part_ids: number[];
  referral_information: string | null;
  imaging_provider_id: number | null;
  time_slot_ids: number[];
  gp_details: Record<string, unknown> | null;
  safety_question_answers: { safety_question_id: number; answer: boolean; details?: string }[];
  additional_documents: {
    id: number;
    file_name: string;
    content_type: string;
    size: number;
    created_at: string;
  }[];
  created_at: string;
  updated_at: string;
}

export interface MockSafetyQuestion {
  id: number;
  question: string;
  details_required_if_yes: boolean;
}

export interface ScanMockState {
  nextUserId: number;
  nextReferralId: number;
  nextDocumentId: number;
  tokenSerial: number;
  users: Map<number, MockScanUser>;
  accessTokens: Map<string, { userId: number; expiresAt: number }>;
  refreshTokens: Map<string, number>;
  /** Every call to the refresh endpoint, successful or not (tests count them). */
  refreshCalls: number;
  bodyParts: Record<ScanModality, { id: number; name: string }[]>;
  providers: MockProvider[];
  blocks: Map<number, MockBlock>;
  referrals: Map<number, MockReferral>;
  safetyQuestions: Record<ScanModality, MockSafetyQuestion[]>;
}

const bodyPartNames: Record<ScanModality, [number, string[]]> = {
  // Left and right ankle are 63 and 64, as in the vendor's guide.
  MRI: [
    50,
    [
      'Head',
      'Brain',
      'Neck',
      'Cervical spine',
      'Thoracic spine',
      'Lumbar spine',
      'Left shoulder',
      'Right shoulder',
      'Left elbow',
      'Right elbow',
      'Left wrist',
      'Right wrist',
      'Pelvis',
      'Left ankle',
      'Right ankle',
      'Left knee',
      'Right knee',
      'Left hip',
      'Right hip',
      'Abdomen',
      'Prostate',
    ],
  ],
  CT: [100, ['Head', 'Chest', 'Abdomen', 'Pelvis', 'Sinuses', 'Coronary arteries', 'Kidneys']],
  Ultrasound: [150, ['Abdomen', 'Pelvis', 'Thyroid', 'Left breast', 'Right breast', 'Testes', 'Kidneys']],
  'X-Ray': [200, ['Chest', 'Left hand', 'Right hand', 'Left knee', 'Right knee', 'Lumbar spine']],
  DEXA: [250, ['Full body composition', 'Hip and spine']],
  'PET-CT': [270, ['Full body']],
  Mammogram: [280, ['Both breasts']],
};

const pregnancy = 'Are you, or could you be, pregnant?';
const questionTexts: Record<ScanModality, string[]> = {
  MRI: [
    'Do you have a pacemaker or an implanted defibrillator?',
    'Do you have any metal in your body (implants, clips, fragments)?',
    'Are you claustrophobic?',
    pregnancy,
  ],
  CT: [pregnancy, 'Have you ever reacted to a contrast agent?', 'Do you have kidney disease?'],
  Ultrasound: [pregnancy],
  'X-Ray': [pregnancy],
  DEXA: [pregnancy, 'Have you had a barium study in the last two weeks?'],
  'PET-CT': [pregnancy, 'Are you diabetic?'],
  Mammogram: [pregnancy, 'Do you have breast implants?'],
};

const postcodes = ['SK7 2EB', 'M1 1AE', 'LS1 4AP', 'B3 2PW', 'EC1A 1BB', 'BS1 5TR', 'NE1 7RU', 'CF10 1EP'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The population's referrals wait for their owner: the first user who signs up with the front desk's address
 * (`SCAN_FRONT_DESK_EMAIL`) gets them (`claimPopulationReferrals`); until then nobody's list shows them.
 */
export const SCAN_FRONT_DESK_EMAIL = 'recepcion@clinica.example';
const UNCLAIMED = 0;
const SCAN_POPULATION_FIRST_REFERRAL = 90_001;

export function claimPopulationReferrals(state: ScanMockState, userId: number, email: string): void {
  if (email.toLowerCase() !== SCAN_FRONT_DESK_EMAIL) return;
  for (const referral of state.referrals.values())
    if (referral.ownerId === UNCLAIMED) referral.ownerId = userId;
}

function seed(): ScanMockState {
  const faker = createFaker('scan', 'en');
  const bodyParts = Object.fromEntries(
    scanModalities.map((modality) => {
      const [base, names] = bodyPartNames[modality];
      return [modality, names.map((name, i) => ({ id: base + i, name }))];
    }),
  ) as ScanMockState['bodyParts'];

  let questionId = 1;
  const safetyQuestions = Object.fromEntries(
    scanModalities.map((modality) => [
      modality,
      questionTexts[modality].map((question) => ({
        id: questionId++,
        question,
        details_required_if_yes: question !== pregnancy,
      })),
    ]),
  ) as ScanMockState['safetyQuestions'];

  const providers: MockProvider[] = Array.from({ length: 6 }, (_, i) => {
    const extra = faker.helpers.arrayElements(
      scanModalities.filter((m) => m !== 'MRI'),
      { min: 2, max: 5 },
    );
    return {
      id: 201 + i, // 203 exists, as in the vendor's guide
      name: `${faker.location.city()} Imaging Centre`,
      address: `${faker.location.buildingNumber()} ${faker.location.street()}`,
      postcode: postcodes[i % postcodes.length] as string,
      price: faker.number.int({ min: 199, max: 649 }),
      modalities: ['MRI', ...extra],
    };
  });

  // Each provider's calendar: 15-minute blocks over the next days, Monday to Saturday, 09:00–17:00 local.
  const blocks = new Map<number, MockBlock>();
  let blockId = 16_000;
  const today = instantToLocal(mockNow(), SCAN_MOCK_TIME_ZONE).date;
  for (const provider of providers) {
    for (let day = 1; day <= SCAN_MOCK_CALENDAR_DAYS; day++) {
      const date = addDays(today, day);
      if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) continue;
      for (let minutes = OPEN_HOUR * 60; minutes < CLOSE_HOUR * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
        const start = localToInstant({ date, time }, SCAN_MOCK_TIME_ZONE, { ambiguous: 'earlier' }).getTime();
        const booked = faker.number.int({ min: 0, max: 9 }) < 2;
        blocks.set(blockId, { id: blockId, providerId: provider.id, start, bookedBy: booked ? 0 : null });
        blockId++;
      }
    }
  }

  return {
    nextUserId: 1,
    nextReferralId: 1001,
    nextDocumentId: 1,
    tokenSerial: 1,
    users: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    refreshCalls: 0,
    bodyParts,
    providers,
    blocks,
    // The shared population's referrals (mocks/population.ts), unclaimed until the front desk signs up.
    referrals: new Map(
      populationScanReferrals(mockNow(), UNCLAIMED, SCAN_POPULATION_FIRST_REFERRAL).map((r) => [r.id, r]),
    ),
    safetyQuestions,
  };
}

export const scanStore = defineStore('scan', seed);

/** Tests: every access token issued so far is expired from now on (refresh tokens stay valid). */
export function expireScanTokens(): void {
  for (const record of scanStore.get().accessTokens.values()) record.expiresAt = 0;
}

/** Tests: how many times the refresh endpoint was called since the last reset. */
export function scanRefreshCalls(): number {
  return scanStore.get().refreshCalls;
}

/** Issues a token pair for `userId` (the refresh token is single-use). */
export function issueScanTokens(state: ScanMockState, userId: number) {
  const serial = state.tokenSerial++;
  const access_token = `scan-at-${userId}-${serial}`;
  const refresh_token = `scan-rt-${userId}-${serial}`;
  state.accessTokens.set(access_token, {
    userId,
    expiresAt: mockNow().getTime() + SCAN_MOCK_TOKEN_LIFETIME_S * 1000,
  });
  state.refreshTokens.set(refresh_token, userId);
  return { access_token, refresh_token, expires_in: SCAN_MOCK_TOKEN_LIFETIME_S };
}
