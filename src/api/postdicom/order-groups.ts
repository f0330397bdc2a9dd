import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import { postDicomIdSchema, postDicomNonEmptyIdListSchema, postDicomSuccessSchema } from './common';
import { parsePostDicomInput } from './errors';

/** Method group "order groups" (orders linked to open together): CreateOrderGroup, AddOrdersToOrderGroup, RemoveOrdersFromGroup. */

/** UNCONFIRMED shape: the new group's uuid (orders then show it as `ConnectedGroupUuid`). */
export const postDicomCreateOrderGroupResultSchema = postDicomSuccessSchema.extend({
  ConnectedGroupUuid: postDicomIdSchema,
});

export const postDicomCreateOrderGroupInputSchema = z.object({
  userUuid: postDicomIdSchema,
  patientOrderInstitutionUuid: postDicomIdSchema,
  patientOrderUuidList: postDicomNonEmptyIdListSchema,
});
export type PostDicomCreateOrderGroupInput = z.input<typeof postDicomCreateOrderGroupInputSchema>;
export const postDicomAddOrdersToOrderGroupInputSchema = postDicomCreateOrderGroupInputSchema.extend({
  connectedGroupUuid: postDicomIdSchema,
});
export type PostDicomAddOrdersToOrderGroupInput = z.input<typeof postDicomAddOrdersToOrderGroupInputSchema>;
export const postDicomRemoveOrdersFromGroupInputSchema = postDicomCreateOrderGroupInputSchema;
export type PostDicomRemoveOrdersFromGroupInput = z.input<typeof postDicomRemoveOrdersFromGroupInputSchema>;

/** `CreateOrderGroup(userUuid, patientOrderInstitutionUuid, patientOrderUuidList, callback)`: the new ConnectedGroupUuid. */
export async function createPostDicomOrderGroup(
  input: PostDicomCreateOrderGroupInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parsePostDicomInput('CreateOrderGroup', postDicomCreateOrderGroupInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'CreateOrderGroup',
      invoke: (api, cb) =>
        api.CreateOrderGroup(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuidList, cb),
      schema: postDicomCreateOrderGroupResultSchema,
    },
    options,
  );
  return result.ConnectedGroupUuid;
}

/** `AddOrdersToOrderGroup(userUuid, patientOrderInstitutionUuid, connectedGroupUuid, patientOrderUuidList, callback)`. */
export async function addPostDicomOrdersToOrderGroup(
  input: PostDicomAddOrdersToOrderGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('AddOrdersToOrderGroup', postDicomAddOrdersToOrderGroupInputSchema, input);
  await runPostDicom(
    {
      method: 'AddOrdersToOrderGroup',
      invoke: (api, cb) =>
        api.AddOrdersToOrderGroup(
          v.userUuid,
          v.patientOrderInstitutionUuid,
          v.connectedGroupUuid,
          v.patientOrderUuidList,
          cb,
        ),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}

/** `RemoveOrdersFromGroup(userUuid, patientOrderInstitutionUuid, patientOrderUuidList, callback)`. */
export async function removePostDicomOrdersFromGroup(
  input: PostDicomRemoveOrdersFromGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('RemoveOrdersFromGroup', postDicomRemoveOrdersFromGroupInputSchema, input);
  await runPostDicom(
    {
      method: 'RemoveOrdersFromGroup',
      invoke: (api, cb) =>
        api.RemoveOrdersFromGroup(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuidList, cb),
      schema: postDicomSuccessSchema,
    },
    options,
  );
}
