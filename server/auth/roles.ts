/** The console's staff roles. Admin can do everything the others can. */
export const staffRoles = ['front-desk', 'scheduler', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface Staff {
  subject: string;
  name: string;
  email: string | null;
  roles: StaffRole[];
}

/** Reads the roles claim (an array, or a space/comma separated string), keeping only the console's roles. */
export function rolesFromClaim(value: unknown): StaffRole[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const known = new Set<string>(staffRoles);
  return [...new Set(list.filter((role): role is StaffRole => typeof role === 'string' && known.has(role)))];
}

export function hasRole(staff: Staff, ...roles: StaffRole[]): boolean {
  return staff.roles.includes('admin') || staff.roles.some((role) => roles.includes(role));
}
