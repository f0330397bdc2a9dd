import { z } from 'zod';
import type { CallOptions } from '../http';
import { runPostDicom } from './client';
import { postDicomIdSchema, postDicomSuccessSchema } from './common';
import { parsePostDicomInput } from './errors';
import type { PostDicomCallback, PostDicomCloudApi, PostDicomMethod } from './library';

/**
 * Method group "assignments": an order to / from a user, to / from a user group (limited-access users see
 * only the orders assigned to them), and an order to a location (institution).
 */
const base = { userUuid: postDicomIdSchema, patientOrderUuid: postDicomIdSchema };
export const postDicomAssignToUserInputSchema = z.object({ ...base, assignedUserUuid: postDicomIdSchema });
export const postDicomUnassignFromUserInputSchema = z.object({
  ...base,
  unassignedUserUuid: postDicomIdSchema,
});
export const postDicomAssignToUserGroupInputSchema = z.object({
  ...base,
  assignedUserGroupUuid: postDicomIdSchema,
});
export const postDicomUnassignFromUserGroupInputSchema = z.object({
  ...base,
  unassignedUserGroupUuid: postDicomIdSchema,
});
export const postDicomAssignToLocationInputSchema = z.object({ ...base, institutionUuid: postDicomIdSchema });
export type PostDicomAssignToUserInput = z.input<typeof postDicomAssignToUserInputSchema>;
export type PostDicomUnassignFromUserInput = z.input<typeof postDicomUnassignFromUserInputSchema>;
export type PostDicomAssignToUserGroupInput = z.input<typeof postDicomAssignToUserGroupInputSchema>;
export type PostDicomUnassignFromUserGroupInput = z.input<typeof postDicomUnassignFromUserGroupInputSchema>;
export type PostDicomAssignToLocationInput = z.input<typeof postDicomAssignToLocationInputSchema>;

async function ack(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, cb: PostDicomCallback) => void,
  options: CallOptions,
): Promise<void> {
  await runPostDicom({ method, invoke, schema: postDicomSuccessSchema }, options);
}

/** `AssignPatientOrderToUser(userUuid, patientOrderUuid, assignedUserUuid, callback)`. */
export async function assignPostDicomPatientOrderToUser(
  input: PostDicomAssignToUserInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('AssignPatientOrderToUser', postDicomAssignToUserInputSchema, input);
  return ack(
    'AssignPatientOrderToUser',
    (api, cb) => api.AssignPatientOrderToUser(v.userUuid, v.patientOrderUuid, v.assignedUserUuid, cb),
    options,
  );
}

/** `UnassignPatientOrderFromUser(userUuid, patientOrderUuid, unassignedUserUuid, callback)`. */
export async function unassignPostDicomPatientOrderFromUser(
  input: PostDicomUnassignFromUserInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('UnassignPatientOrderFromUser', postDicomUnassignFromUserInputSchema, input);
  return ack(
    'UnassignPatientOrderFromUser',
    (api, cb) => api.UnassignPatientOrderFromUser(v.userUuid, v.patientOrderUuid, v.unassignedUserUuid, cb),
    options,
  );
}

/** `AssignPatientOrderToUserGroup(userUuid, patientOrderUuid, assignedUserGroupUuid, callback)`. */
export async function assignPostDicomPatientOrderToUserGroup(
  input: PostDicomAssignToUserGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput(
    'AssignPatientOrderToUserGroup',
    postDicomAssignToUserGroupInputSchema,
    input,
  );
  return ack(
    'AssignPatientOrderToUserGroup',
    (api, cb) =>
      api.AssignPatientOrderToUserGroup(v.userUuid, v.patientOrderUuid, v.assignedUserGroupUuid, cb),
    options,
  );
}

/** `UnassignPatientOrderFromUserGroup(userUuid, patientOrderUuid, unassignedUserGroupUuid, callback)`. */
export async function unassignPostDicomPatientOrderFromUserGroup(
  input: PostDicomUnassignFromUserGroupInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput(
    'UnassignPatientOrderFromUserGroup',
    postDicomUnassignFromUserGroupInputSchema,
    input,
  );
  return ack(
    'UnassignPatientOrderFromUserGroup',
    (api, cb) =>
      api.UnassignPatientOrderFromUserGroup(v.userUuid, v.patientOrderUuid, v.unassignedUserGroupUuid, cb),
    options,
  );
}

/** `AssignPatientOrderToLocation(userUuid, patientOrderUuid, institutionUuid, callback)`: moves the order to another institution. */
export async function assignPostDicomPatientOrderToLocation(
  input: PostDicomAssignToLocationInput,
  options: CallOptions = {},
): Promise<void> {
  const v = parsePostDicomInput('AssignPatientOrderToLocation', postDicomAssignToLocationInputSchema, input);
  return ack(
    'AssignPatientOrderToLocation',
    (api, cb) => api.AssignPatientOrderToLocation(v.userUuid, v.patientOrderUuid, v.institutionUuid, cb),
    options,
  );
}
