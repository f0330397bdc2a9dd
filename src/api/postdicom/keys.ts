/**
 * Query-key roots of the PostDICOM queries. Each method group builds its own keys under one root, and
 * mutations invalidate roots, so a group can invalidate another group's queries without importing it.
 */
export const postDicomRoots = {
  all: ['postdicom'] as const,
  account: ['postdicom', 'account'] as const,
  userGroups: ['postdicom', 'user-groups'] as const,
  orders: ['postdicom', 'orders'] as const,
  folders: ['postdicom', 'folders'] as const,
  flags: ['postdicom', 'flags'] as const,
  dicomNodes: ['postdicom', 'dicom-nodes'] as const,
} as const;
