import { apiGet, openConsole, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { OrderDetailPage } from './support/order-detail-page';
import { createOrders, testOrder } from './support/worklist-page';

interface Order {
  patient_name: string;
  patient_email: string | null;
  appointment_date: string | null;
  appointment_time: string | null;
}

test.describe('Eden order detail', () => {
  test('an order can be updated and then cancelled with a reason', async ({ page }) => {
    await openConsole(page, '/orders');
    const [order] = await createOrders(page, [testOrder(1, { appointment_time: '08:00:00' })]);
    const detail = new OrderDetailPage(page);
    await detail.goto(order?.id ?? '');
    await detail.editButton.click();
    await detail.form.field('appointment_time').fill('10:15:00');
    await detail.save();
    await expect(page.getByText('10:15 AM')).toBeVisible();
    await detail.cancelButton.click();
    await page.getByRole('radio', { name: 'Room not available' }).check();
    await page.getByTestId('confirm-cancel').click();
    await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Room not available').first()).toBeVisible();
    await expect(detail.cancelButton).toBeDisabled();
  });

  test('emptying a required field is refused next to it, and an optional one says why it cannot be emptied', async ({
    page,
  }) => {
    await openConsole(page, '/orders');
    const [order] = await createOrders(page, [testOrder(1, { patient_email: 'ana@example.com' })]);
    const detail = new OrderDetailPage(page);
    await detail.goto(order?.id ?? '');
    await detail.editButton.click();
    const form = detail.form;
    await form.field('patient_name').fill('');
    await form.field('patient_email').fill('');
    await form.field('appointment_date').fill('');
    await detail.save();
    await form.expectError('patient_name', 'Required');
    await form.expectError(
      'patient_email',
      'Eden cannot empty a field once it has a value: type the correct value instead',
    );
    await form.expectError('appointment_date', /^Eden cannot empty a field once it has a value/);
    await expect(form.summary).toContainText('Some fields need attention');
    await expect(form.field('patient_name')).toBeFocused();
    // Nothing was sent, and nothing says "updated".
    await expect(page.getByText(/Order .* updated/)).toHaveCount(0);
    const stored = await apiGet<Order>(page, `/api/eden/orders/${order?.id}/`);
    expect(stored).toMatchObject({
      patient_name: 'Patient 1',
      patient_email: 'ana@example.com',
      appointment_date: '2090-03-15',
    });
  });

  test('an unknown order says "Order not found" and links back, with no Retry that cannot help', async ({
    page,
  }) => {
    await openConsole(page, '/orders/00000000-0000-4000-8000-000000000000');
    const detail = new OrderDetailPage(page);
    await expect(detail.heading).toHaveText('Order not found');
    await expect(
      page.getByText('Eden has no order with the id 00000000-0000-4000-8000-000000000000'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the worklist' }).click();
    await expect(page).toHaveURL(/\/orders$/);
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width} px the toast covers neither the header's controls nor the page's buttons`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openConsole(page, '/orders');
      const [order] = await createOrders(page, [testOrder(1)]);
      const detail = new OrderDetailPage(page);
      await detail.goto(order?.id ?? '');
      await detail.editButton.click();
      await detail.form.field('study_name').fill('CT head and neck');
      await detail.save();
      const toast = page.locator('.mantine-Notification-root', { hasText: 'updated' });
      await expect(toast).toBeVisible();
      const box = await toast.boundingBox();
      const covered: string[] = [];
      for (const [name, locator] of [
        ['header', page.locator('header')],
        ['edit', detail.editButton],
        ['cancel', detail.cancelButton],
      ] as const) {
        const other = await locator.boundingBox();
        if (box && other) {
          const overlaps =
            box.x < other.x + other.width &&
            other.x < box.x + box.width &&
            box.y < other.y + other.height &&
            other.y < box.y + box.height;
          if (overlaps) covered.push(name);
        }
      }
      expect(covered).toEqual([]);
    });
  }

  test('a malformed answer is a clear message, not a crash', async ({ page }) => {
    await openConsole(page, '/patients');
    await setFaults(page, { failure: 'malformed-json', vendor: 'eden' });
    await page.getByRole('link', { name: 'Orders' }).click();
    await expect(page.getByRole('alert')).toContainText('sent an answer the console does not understand', {
      timeout: 20_000,
    });
    await expect(page.getByRole('link', { name: 'Patients' })).toBeVisible();
  });
});
