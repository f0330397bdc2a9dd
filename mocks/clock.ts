/**
 * The mock back ends' clock. Seeded data is laid out relative to `mockNow()`, so "the previous and the next
 * month" stay around today. Tests and QA can pin it (`setMockNow`) to make dates reproducible.
 */
let pinned: number | null = null;

export function mockNow(): Date {
  return new Date(pinned ?? Date.now());
}

export function setMockNow(date: Date | string | number | null): void {
  pinned = date === null ? null : new Date(date).getTime();
}
