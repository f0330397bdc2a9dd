import { emptyOrderForm, type OrderFormValues } from './order-form-model';

/** For tests: an Eden order (wire names) as the form holds it. */
export function formFrom(order: Record<string, unknown>): OrderFormValues {
  const values = emptyOrderForm();
  for (const [key, value] of Object.entries(order)) {
    if (key === 'extra_fields') {
      values.extra = Object.entries(value as Record<string, string>).map(([k, v]) => ({ key: k, value: v }));
    } else (values as Record<string, unknown>)[key] = String(value);
  }
  return values;
}
