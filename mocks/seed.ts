import { base, en, es, es_MX, Faker } from '@faker-js/faker';
import { mockNow } from './clock';

/** One fixed seed for every mock store: the same seed gives the same data every time. */
export const MOCK_SEED = 20_261_121;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * A faker of its own for each store (`namespace`), seeded from MOCK_SEED and the namespace, so that
 * one vendor's data does not change when another vendor's seeding changes or runs in another order.
 * Relative dates are computed from the mock clock's reference day.
 */
export function createFaker(namespace: string, locale: 'es' | 'en' = 'es'): Faker {
  const faker = new Faker({ locale: locale === 'es' ? [es_MX, es, en, base] : [en, base] });
  faker.seed(MOCK_SEED ^ hash(namespace));
  faker.setDefaultRefDate(mockNow());
  return faker;
}
