import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { CallOptions } from './call';
import { parseInput } from './errors';
import type { PostDicomCallback, PostDicomCloudApi, PostDicomMethod } from './library';
import { useInvalidateOrders } from './orders';
import { idSchema, successSchema } from './schemas';
import { runPostDicom } from './session';

/**
 * Method group "assignments": an order to / from a user, to / from a user group (limited-access users see
 * only the orders assigned to them), and an order to a location (institution).
 */
const base = { userUuid: idSchema, patientOrderUuid: idSchema };
export const assignToUserInputSchema = z.object({ ...base, assignedUserUuid: idSchema });
export const unassignFromUserInputSchema = z.object({ ...base, unassignedUserUuid: idSchema });
export const assignToUserGroupInputSchema = z.object({ ...base, assignedUserGroupUuid: idSchema });
export const unassignFromUserGroupInputSchema = z.object({ ...base, unassignedUserGroupUuid: idSchema });
export const assignToLocationInputSchema = z.object({ ...base, institutionUuid: idSchema });
export type AssignToUserInput = z.input<typeof assignToUserInputSchema>;
export type UnassignFromUserInput = z.input<typeof unassignFromUserInputSchema>;
export type AssignToUserGroupInput = z.input<typeof assignToUserGroupInputSchema>;
export type UnassignFromUserGroupInput = z.input<typeof unassignFromUserGroupInputSchema>;
export type AssignToLocationInput = z.input<typeof assignToLocationInputSchema>;

async function ack(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, cb: PostDicomCallback) => void,
  options: CallOptions,
): Promise<void> {
  await runPostDicom({ method, invoke, schema: successSchema }, options);
}

/** `AssignPatientOrderToUser(userUuid, patientOrderUuid, assignedUserUuid, callback)`. */
export async function assignPatientOrderToUser(
  input: AssignToUserInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('AssignPatientOrderToUser', assignToUserInputSchema, input);
  return ack(
    'AssignPatientOrderToUser',
    (api, cb) => api.AssignPatientOrderToUser(v.userUuid, v.patientOrderUuid, v.assignedUserUuid, cb),
    options,
  );
}

/** `UnassignPatientOrderFromUser(userUuid, patientOrderUuid, unassignedUserUuid, callback)`. */
export async function unassignPatientOrderFromUser(
  input: UnassignFromUserInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('UnassignPatientOrderFromUser', unassignFromUserInputSchema, input);
  return ack(
    'UnassignPatientOrderFromUser',
    (api, cb) => api.UnassignPatientOrderFromUser(v.userUuid, v.patientOrderUuid, v.unassignedUserUuid, cb),
    options,
  );
}

/** `AssignPatientOrderToUserGroup(userUuid, patientOrderUuid, assignedUserGroupUuid, callback)`. */
export async function assignPatientOrderToUserGroup(
  input: AssignToUserGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('AssignPatientOrderToUserGroup', assignToUserGroupInputSchema, input);
  return ack(
    'AssignPatientOrderToUserGroup',
    (api, cb) =>
      api.AssignPatientOrderToUserGroup(v.userUuid, v.patientOrderUuid, v.assignedUserGroupUuid, cb),
    options,
  );
}

/** `UnassignPatientOrderFromUserGroup(userUuid, patientOrderUuid, unassignedUserGroupUuid, callback)`. */
export async function unassignPatientOrderFromUserGroup(
  input: UnassignFromUserGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('UnassignPatientOrderFromUserGroup', unassignFromUserGroupInputSchema, input);
  return ack(
    'UnassignPatientOrderFromUserGroup',
    (api, cb) =>
      api.UnassignPatientOrderFromUserGroup(v.userUuid, v.patientOrderUuid, v.unassignedUserGroupUuid, cb),
    options,
  );
}

/** `AssignPatientOrderToLocation(userUuid, patientOrderUuid, institutionUuid, callback)`: moves the order to another institution. */
export async function assignPatientOrderToLocation(
  input: AssignToLocationInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parseInput('AssignPatientOrderToLocation', assignToLocationInputSchema, input);
  return ack(
    'AssignPatientOrderToLocation',
    (api, cb) => api.AssignPatientOrderToLocation(v.userUuid, v.patientOrderUuid, v.institutionUuid, cb),
    options,
  );
}

export function useAssignPatientOrderToUser() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: AssignToUserInput) => assignPatientOrderToUser(i),
    onSuccess: invalidate,
  });
}
export function useUnassignPatientOrderFromUser() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: UnassignFromUserInput) => unassignPatientOrderFromUser(i),
    onSuccess: invalidate,
  });
}
export function useAssignPatientOrderToUserGroup() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: AssignToUserGroupInput) => assignPatientOrderToUserGroup(i),
    onSuccess: invalidate,
  });
}
export function useUnassignPatientOrderFromUserGroup() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: UnassignFromUserGroupInput) => unassignPatientOrderFromUserGroup(i),
    onSuccess: invalidate,
  });
}
export function useAssignPatientOrderToLocation() {
  const invalidate = useInvalidateOrders();
  return useMutation({
    mutationFn: (i: AssignToLocationInput) => assignPatientOrderToLocation(i),
    onSuccess: invalidate,
  });
}
