import type { Page } from '@playwright/test';
import { utcToday } from './support/clock';
import { apiGet, openConsole } from './support/console';
import { expect, test } from './support/fixtures';
import { expectAxeClean } from './support/orders-vendors';
import { ROOMS } from './support/schedule-page';

test.use({ timezoneId: 'America/Los_Angeles' });

/** A seeded appointment of the last days with `status`, from the page's mock back end (the CSV data dump). */
async function seededAppointment(page: Page, status: string): Promise<number> {
  return page.evaluate(
    async ({ status, from, to }) => {
      const text = await (
        await fetch(`/api/solo/qapi/v1/reports/csv-data-dump?from=${from}&to=${to}`)
      ).text();
      const [header = '', ...lines] = text.trim().split(/\r?\n/);
      const columns = header.split(',');
      const row = lines
        .map((line) => line.split(','))
        .find((cells) => cells[columns.indexOf('status')] === status);
      return Number(row?.[columns.indexOf('appointment_id')]);
    },
    // The last days, as the dump's UTC days (the page's clock is the pinned one).
    { status, from: utcToday(-12), to: utcToday(-1) },
  );
}

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('an appointment’s attachments, visit note and assistance request', async ({ page }) => {
  test.setTimeout(120_000);
  await openConsole(page, '/schedule/agenda');
  const id = await seededAppointment(page, 'completed');
  expect(id).toBeGreaterThan(0);
  await page.evaluate((path) => {
    window.history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/schedule/appointments/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Appointment ${id}`);
  await expect(page.getByTestId('status-flow').locator('[aria-current="step"]')).toContainText('Completed');
  // The room comes from Solo's data dump; its time is shown on its clock with the viewer's beside it.
  await expect(page.getByTestId('appointment-time')).toContainText('your time');
  await expect(page.getByTestId('location-zone')).toContainText(
    /America\/New_York|Europe\/London|America\/Mexico_City/,
  );

  // Attachments: a file that is not what its name says is refused before sending; a PDF goes up and is deleted.
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({
    name: 'notes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('just text'),
  });
  await expect(page.getByTestId('attachment-problem')).toContainText('is not a PDF, PNG or JPEG file');
  await input.setInputFiles({ name: 'referral.pdf', mimeType: 'application/pdf', buffer: pdf });
  const list = page.getByTestId('attachments');
  await expect(list).toContainText('referral.pdf');
  await expect(page.getByTestId('attachment-problem')).toBeHidden();
  await page.getByRole('button', { name: 'Delete referral.pdf' }).click();
  await expect(list).toBeHidden();
  await expect(page.getByText('No attachments.')).toBeVisible();

  // Visit note: read the template's answers, answer one, and see it saved.
  await page.getByRole('tab', { name: 'Visit note' }).click();
  const note = page.getByTestId('visit-note').first();
  await expect(note).toBeVisible();
  const answer = note.locator('textarea').first();
  await answer.fill('Reviewed with the patient');
  await note.getByTestId('save-visit-note').click();
  await expect(note.getByTestId('visit-note-saved')).toBeVisible();
  await expect(answer).toHaveValue('Reviewed with the patient');

  // Assistance: the vendor's example place (emergency department, room 431): request, see it, cancel it.
  await page.getByRole('tab', { name: 'Assistance' }).click();
  await page.getByTestId('assistance-kind').getByText('Department').click();
  await page.locator('[data-field="department"]').fill('emergency department');
  await page.locator('[data-field="room"]').fill('431');
  await page.getByTestId('find-assistance').click();
  await expect(page.getByTestId('assistance-none')).toBeVisible();
  await page.getByTestId('request-assistance').click();
  const current = page.getByTestId('assistance-current');
  await expect(current).toBeVisible();
  await expect(current).toContainText('431');
  await current.getByTestId('cancel-assistance').click();
  await expect(page.getByTestId('assistance-none')).toBeVisible();

  // Links and sharing: the sharing area's visit links and context link, started from this appointment.
  await page.getByRole('tab', { name: 'Links and sharing' }).click();
  const links = page.getByTestId('solo-links');
  await page.getByRole('button', { name: 'Provider link', exact: true }).click();
  await expect(links.getByRole('textbox', { name: 'Provider link', exact: true })).toHaveValue(/^https:/);
  const context = page.locator('form').filter({ has: page.getByTestId('context-submit') });
  await expect(context.locator('[data-field="visit"]')).toHaveValue(String(id));
  const appointment = await apiGet<{ patient: { id: string } }>(page, `/api/solo/qapi/v1/appointments/${id}`);
  await expect(context.locator('[data-field="patient.id"]')).toHaveValue(appointment.patient.id);
  await expect(context.locator('[data-field="visitTime"]')).toHaveValue(/^\d{2}:\d{2}$/);
  await context.locator('[data-field="user"]').fill('dr.e2e');
  await context.locator('[data-field="type"]').selectOption('provider');
  await page.getByTestId('context-submit').click();
  await expect(page.getByTestId('context-link')).toHaveValue(
    /^https:\/\/demo\.visitnow\.org\/integrations\/linking\?arg=/,
  );
  await expectAxeClean(page, 'appointment, links and sharing');
});

test('the day agenda: statuses, filters and a quick cancel', async ({ page }) => {
  await openConsole(page, `/schedule/agenda?room=${encodeURIComponent(ROOMS.newYork.name)}`);
  const table = page.getByTestId('agenda-table');
  const empty = page.getByTestId('agenda-empty');
  await expect(table.or(empty)).toBeVisible({ timeout: 60_000 });
  // Walk to a day with scheduled appointments (the next days of the seeded month).
  for (let step = 0; step < 14 && (await table.locator('[data-status="scheduled"]').count()) === 0; step++) {
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect(page.getByTestId('agenda-day')).toBeVisible();
    await expect(table.or(empty)).toBeVisible();
  }
  const scheduled = table.locator('tr', { has: page.locator('[data-status="scheduled"]') }).first();
  await expect(scheduled).toBeVisible();
  const id = await scheduled.getAttribute('data-appointment');
  // The status filter keeps only the chosen statuses.
  await page.getByTestId('status-filter').click();
  await page.getByRole('option', { name: /^Scheduled/ }).click();
  await page.keyboard.press('Escape');
  const statuses = await table
    .locator('[data-status]')
    .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-status')));
  expect(new Set(statuses)).toEqual(new Set(['scheduled']));
  // Quick cancel from the row.
  await page.getByTestId(`cancel-${id}`).click();
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByText(`Appointment ${id} cancelled.`)).toBeVisible();
  await expect(table.locator(`tr[data-appointment="${id}"]`)).toHaveCount(0);
});
