import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import { useInvalidateOrders } from './orders';
import { idSchema, nonEmptyIdListSchema, successSchema } from './schemas';
import { runPostDicom } from './session';

/** Method group "order groups" (orders linked to open together): CreateOrderGroup, AddOrdersToOrderGroup, RemoveOrdersFromGroup. */

/** UNCONFIRMED shape: the new group's uuid (orders then show it as `ConnectedGroupUuid`). */
export const createOrderGroupResultSchema = successSchema.extend({ ConnectedGroupUuid: idSchema });

export const createOrderGroupInputSchema = z.object({
  userUuid: idSchema,
  patientOrderInstitutionUuid: idSchema,
  patientOrderUuidList: nonEmptyIdListSchema,
});
export type CreateOrderGroupInput = z.input<typeof createOrderGroupInputSchema>;
export const addOrdersToOrderGroupInputSchema = createOrderGroupInputSchema.extend({
  connectedGroupUuid: idSchema,
});
export type AddOrdersToOrderGroupInput = z.input<typeof addOrdersToOrderGroupInputSchema>;
export const removeOrdersFromGroupInputSchema = createOrderGroupInputSchema;
export type RemoveOrdersFromGroupInput = z.input<typeof removeOrdersFromGroupInputSchema>;

/** `CreateOrderGroup(userUuid, patientOrderInstitutionUuid, patientOrderUuidList, callback)`: the new ConnectedGroupUuid. */
export async function createOrderGroup(
  input: CreateOrderGroupInput,
  options: CallOptions = {},
): Promise<string> {
  const v = parseInput('CreateOrderGroup', createOrderGroupInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'CreateOrderGroup',
      invoke: (api, cb) =>
        api.CreateOrderGroup(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuidList, cb),
      schema: createOrderGroupResultSchema,
    },
    options,
  );
  return result.ConnectedGroupUuid;
}

/** `AddOrdersToOrderGroup(userUuid, patientOrderInstitutionUuid, connectedGroupUuid, patientOrderUuidList, callback)`. */
export async function addOrdersToOrderGroup(
  input: AddOrdersToOrderGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('AddOrdersToOrderGroup', addOrdersToOrderGroupInputSchema, input);
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
      schema: successSchema,
    },
    options,
  );
}

/** `RemoveOrdersFromGroup(userUuid, patientOrderInstitutionUuid, patientOrderUuidList, callback)`. */
export async function removeOrdersFromGroup(
  input: RemoveOrdersFromGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('RemoveOrdersFromGroup', removeOrdersFromGroupInputSchema, input);
  await runPostDicom(
    {
      method: 'RemoveOrdersFromGroup',
      invoke: (api, cb) =>
        api.RemoveOrdersFromGroup(v.userUuid, v.patientOrderInstitutionUuid, v.patientOrderUuidList, cb),
      schema: successSchema,
    },
    options,
  );
}

export function useCreateOrderGroup() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: CreateOrderGroupInput) => createOrderGroup(i),
    onSuccess: invalidate,
  });
}
export function useAddOrdersToOrderGroup() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: AddOrdersToOrderGroupInput) => addOrdersToOrderGroup(i),
    onSuccess: invalidate,
  });
}
export function useRemoveOrdersFromGroup() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: RemoveOrdersFromGroupInput) => removeOrdersFromGroup(i),
    onSuccess: invalidate,
  });
}
