/** The vendors an order can be placed with from `/orders/new`. */
export const orderVendors = ['eden', 'postdicom', 'scan', 'impilo'] as const;
export type OrderVendor = (typeof orderVendors)[number];

/** `?vendor=` → a vendor; Eden when missing or unknown (old links to /orders/new keep working). */
export function orderVendorOf(value: string | null): OrderVendor {
  return (orderVendors as readonly string[]).includes(value ?? '') ? (value as OrderVendor) : 'eden';
}
