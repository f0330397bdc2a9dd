import type { Request } from '@playwright/test';
import { apiGet, openConsole } from './support/console';
import { expect, test } from './support/fixtures';
import { fullOrderForm, NewOrderPage } from './support/new-order-page';

/**
 * An Eden appointment on the facility's wall clock. FACILITY_01's default zone (Mexico City) has no clock
 * changes, so the test sets it to America/New_York in the zone dialog: 2090-03-12 is the second Sunday of
 * March, when New York's clocks go from 02:00 to 03:00. The browser is in Tokyo, far from both.
 */
const SPRING_FORWARD = '2090-03-12';

test.use({ timezoneId: 'Asia/Tokyo' });

test('an Eden appointment is entered in the facility’s zone and sent without one; a time the clocks skip is refused', async ({
  page,
}) => {
  await openConsole(page, '/orders');
  const form = new NewOrderPage(page);
  await form.goto();
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/eden/orders/')
      posts.push(request);
  });
  await form.fill({ ...fullOrderForm, appointment_date: SPRING_FORWARD, appointment_time: '02:30:00' });

  // The facility's zone is shown with where it comes from, and can be changed.
  const zone = page.getByTestId('location-zone');
  await expect(zone).toContainText('Times in America/Mexico_City');
  await expect(zone).toContainText('default');
  await zone.getByTestId('change-zone').click();
  const dialog = page.getByRole('dialog', { name: /Time zone of .*FACILITY_01/ });
  await dialog.getByTestId('zone-select').fill('America/New_Y');
  await dialog.getByRole('option', { name: 'America/New_York' }).click();
  await dialog.getByTestId('save-zone').click();
  await expect(dialog).toBeHidden();
  await expect(zone).toContainText('Times in America/New_York');
  await expect(zone).toContainText('your setting');

  // 02:30 does not exist that night in New York: said at once, and refused on submit, nothing sent.
  await expect(page.getByTestId('zoned-time-problem')).toContainText(
    /02:30 does not exist on .*2090 in America\/New_York: the clocks go forward from 02:00 to 03:00/,
  );
  await form.submit();
  await form.expectError('appointment_time', /does not exist in America\/New_York that day/);
  await expect(form.summary).toBeVisible();
  expect(posts).toHaveLength(0);

  // 09:30 on the facility's clock: shown in the user's own time too (Tokyo, 13 hours ahead of EDT).
  await form.fill({ appointment_time: '09:30:00' });
  await expect(page.getByTestId('zoned-time-problem')).toBeHidden();
  await expect(page.getByTestId('zoned-time-meaning')).toContainText('9:30 AM EDT');
  await expect(page.getByTestId('zoned-time-meaning')).toContainText('10:30 PM');
  const sent = page.waitForRequest(
    (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/eden/orders/',
  );
  await form.submit();
  const body = (await sent).postDataJSON() as Record<string, unknown>;
  expect(body).toMatchObject({ appointment_date: SPRING_FORWARD, appointment_time: '09:30:00' });
  // Without a zone: no offset or instant anywhere in the appointment.
  for (const key of Object.keys(body).filter((k) => k.startsWith('appointment_')))
    expect(String(body[key])).not.toMatch(/Z|[+-]\d{2}:?\d{2}$|T\d/);
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  const folio = String(body.folio);
  const stored = await apiGet<{ results: { folio: string; appointment_time: string }[] }>(
    page,
    `/api/eden/orders/?start_date=${SPRING_FORWARD}&end_date=${SPRING_FORWARD}&limit=100`,
  );
  expect(stored.results.filter((order) => order.folio === folio)).toMatchObject([
    { appointment_time: '09:30:00' },
  ]);
});
