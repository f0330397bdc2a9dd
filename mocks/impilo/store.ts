import type { ImpiloOrderStatus } from '../../src/api/impilo/orders';
import type { ImpiloWebhookType } from '../../src/api/impilo/webhooks';
import { mockNow } from '../clock';
import { populationImpiloPatients } from '../population-records';
import { createFaker } from '../seed';
import { defineStore } from '../store';

/**
 * The Impilo mock's state: sites, patients, the catalogue (items and kits), orders and webhooks.
 * An order's status is not stored: it is derived from `mockNow()` and the order's creation time
 * (see `orderProgress`), so moving the mock clock moves every order along, deterministically.
 */
export interface MockAddress {
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postalCode: string;
  country: string;
}

export interface MockSite {
  id: string;
  name: string;
  externalIdentifier: string | null;
  address: MockAddress;
}

export interface MockPatient {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  externalIdentifier: string | null;
  siteId: string | null;
  address: MockAddress | null;
  createdAt: string;
}

export interface MockLine {
  id: string;
  quantity?: number;
}

export interface MockOrder {
  id: string;
  patient: { id: string } | null;
  site: { id: string } | null;
  orderItems: MockLine[];
  orderKits: MockLine[];
  externalOrderIds: string[];
  orderNotes: string | null;
  /** Epoch ms. */
  createdAt: number;
  /** Set when cancelled (not reachable through the documented API; seeded only). */
  cancelledAt: number | null;
}

export interface MockWebhook {
  id: string;
  type: ImpiloWebhookType;
  url: string;
  secret: string;
  createdAt: string;
}

export interface ImpiloMockState {
  serial: number;
  sites: MockSite[];
  patients: MockPatient[];
  items: { id: string; name: string; sku: string; description: string }[];
  kits: { id: string; name: string; description: string; items: { id: string; quantity: number }[] }[];
  orders: MockOrder[];
  webhooks: MockWebhook[];
  /** What the mock would deliver to webhooks (patient.created, patient.updated, order.status). */
  deliveries: { webhookId: string; type: ImpiloWebhookType; payload: unknown }[];
}

const HOUR = 3_600_000;
/** When an order reaches each status, after its creation (ASSUMED fulfilment timings). */
export const orderTimeline: { status: ImpiloOrderStatus; after: number; description: string }[] = [
  { status: 'RECEIVED', after: 0, description: 'Order received' },
  { status: 'PROCESSING', after: 2 * HOUR, description: 'Being picked and packed' },
  { status: 'SHIPPED', after: 24 * HOUR, description: 'Handed to the carrier' },
  { status: 'DELIVERED', after: 72 * HOUR, description: 'Delivered' },
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The order as the API answers it at `now`: status, events and tracking numbers derived from time. */
export function orderProgress(order: MockOrder, now = mockNow().getTime()) {
  const reached = orderTimeline.filter((step) => order.createdAt + step.after <= now);
  const events = reached.map((step) => ({
    status: step.status,
    timestamp: new Date(order.createdAt + step.after).toISOString(),
    description: step.description,
  }));
  if (order.cancelledAt !== null && order.cancelledAt <= now) {
    const before = events.filter((e) => Date.parse(e.timestamp) <= (order.cancelledAt as number));
    events.length = 0;
    events.push(...before, {
      status: 'CANCELLED',
      timestamp: new Date(order.cancelledAt).toISOString(),
      description: 'Cancelled',
    });
  }
  const currentStatus = (events[events.length - 1]?.status ?? 'RECEIVED') as ImpiloOrderStatus;
  const shipped = events.some((e) => e.status === 'SHIPPED');
  const lines = order.orderItems.length + order.orderKits.length;
  // One parcel per two lines; tracking numbers are derived from the order id.
  const parcels = shipped ? Math.max(1, Math.ceil(lines / 2)) : 0;
  const trackingNumbers = Array.from(
    { length: parcels },
    (_, i) =>
      `1Z${String(hash(`${order.id}:${i}`))
        .padStart(10, '0')
        .slice(0, 10)}${i}`,
  );
  return {
    id: order.id,
    patient: order.patient,
    site: order.site,
    orderItems: order.orderItems,
    orderKits: order.orderKits,
    externalOrderIds: order.externalOrderIds,
    orderNotes: order.orderNotes,
    currentStatus,
    orderEvents: events,
    trackingNumbers,
    createdAt: new Date(order.createdAt).toISOString(),
  };
}

function seed(): ImpiloMockState {
  const faker = createFaker('impilo', 'en');
  const address = (): MockAddress => ({
    line1: faker.location.streetAddress(),
    line2: faker.datatype.boolean() ? faker.location.secondaryAddress() : null,
    city: faker.location.city(),
    state: faker.location.state({ abbreviated: true }),
    postalCode: faker.location.zipCode('#####'),
    country: 'US',
  });
  const sites: MockSite[] = Array.from({ length: 5 }, (_, i) => ({
    id: faker.string.uuid(),
    name: `${faker.location.city()} Clinic`,
    externalIdentifier: `SITE-${String(i + 1).padStart(3, '0')}`,
    address: address(),
  }));
  const now = mockNow().getTime();
  const patients: MockPatient[] = Array.from({ length: 40 }, (_, i) => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    return {
      id: faker.string.uuid(),
      firstName,
      lastName,
      email: faker.internet.email({ firstName, lastName }).toLowerCase(),
      phone: faker.phone.number({ style: 'national' }),
      dateOfBirth: faker.date.birthdate({ min: 18, max: 90, mode: 'age' }).toISOString().slice(0, 10),
      externalIdentifier: `MRN-${String(10_000 + i)}`,
      siteId: (faker.helpers.arrayElement(sites) as MockSite).id,
      address: address(),
      createdAt: new Date(now - faker.number.int({ min: 1, max: 365 }) * 24 * HOUR).toISOString(),
    };
  });
  const itemNames = [
    'Blood pressure monitor',
    'Pulse oximeter',
    'Digital thermometer',
    'Weight scale',
    'Glucometer',
    'Lancets (100)',
    'Test strips (50)',
    'Cellular hub',
  ];
  const items = itemNames.map((name, i) => ({
    id: faker.string.uuid(),
    name,
    sku: `IMP-${String(100 + i)}`,
    description: faker.commerce.productDescription(),
  }));
  const pick = () => faker.helpers.arrayElement(items);
  const kits = [
    { name: 'Hypertension kit', items: [items[0], items[3], items[7]] },
    { name: 'Diabetes kit', items: [items[4], items[5], items[6], items[7]] },
    { name: 'Vitals kit', items: [items[1], items[2], items[0]] },
  ].map((kit) => ({
    id: faker.string.uuid(),
    name: kit.name,
    description: faker.commerce.productDescription(),
    items: kit.items.map((item) => ({ id: (item ?? pick()).id, quantity: 1 })),
  }));
  const orders: MockOrder[] = Array.from({ length: 30 }, (_, i) => {
    const forSite = i % 4 === 0;
    const withKit = i % 3 === 0;
    return {
      id: faker.string.uuid(),
      patient: forSite ? null : { id: (faker.helpers.arrayElement(patients) as MockPatient).id },
      site: forSite ? { id: (faker.helpers.arrayElement(sites) as MockSite).id } : null,
      orderItems: withKit ? [] : [{ id: pick().id, quantity: faker.number.int({ min: 1, max: 3 }) }],
      orderKits: withKit ? [{ id: (faker.helpers.arrayElement(kits) as { id: string }).id }] : [],
      externalOrderIds: faker.datatype.boolean() ? [`EXT-${faker.string.numeric(6)}`] : [],
      orderNotes: faker.datatype.boolean() ? faker.lorem.sentence() : null,
      // Spread over the last 5 days, newest first, so every status is present.
      createdAt: now - i * 4 * HOUR - faker.number.int({ min: 0, max: 59 }) * 60_000,
      cancelledAt: i === 7 ? now - i * 4 * HOUR + HOUR : null,
    };
  });
  // The shared population's patients (mocks/population.ts), after the seeded ones (whose orders are above).
  patients.push(
    ...populationImpiloPatients(
      new Date(now),
      sites.map((site) => site.id),
    ),
  );
  return { serial: 1, sites, patients, items, kits, orders, webhooks: [], deliveries: [] };
}

export const impiloStore = defineStore('impilo', seed);

/** Deterministic ids for records made at run time. */
export function nextImpiloId(state: ImpiloMockState, prefix: string): string {
  const n = state.serial++;
  const hex = hash(`${prefix}:${n}`).toString(16).padStart(8, '0');
  return `${hex}-${prefix.slice(0, 4).padEnd(4, '0')}-4000-8000-${String(n).padStart(12, '0')}`;
}
