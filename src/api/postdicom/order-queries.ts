import type { WithMutationConfig } from '../query-config';
import {
  assignPostDicomPatientOrderToLocation,
  assignPostDicomPatientOrderToUser,
  assignPostDicomPatientOrderToUserGroup,
  type PostDicomAssignToLocationInput,
  type PostDicomAssignToUserGroupInput,
  type PostDicomAssignToUserInput,
  type PostDicomUnassignFromUserGroupInput,
  type PostDicomUnassignFromUserInput,
  unassignPostDicomPatientOrderFromUser,
  unassignPostDicomPatientOrderFromUserGroup,
} from './assignments';
import {
  createPostDicomOrderWithFullParameters,
  createPostDicomOrderWithFullParameters2,
  createPostDicomOrderWithJson,
  createPostDicomOrderWithMinimumParameters,
  type PostDicomCreatedOrder,
  type PostDicomCreateOrderFull2Input,
  type PostDicomCreateOrderFullInput,
  type PostDicomCreateOrderJsonInput,
  type PostDicomCreateOrderMinimumInput,
} from './order-create';
import {
  createPostDicomOrderOnce,
  type PostDicomCreateOnceResult,
  type PostDicomOrderRequest,
} from './order-create-once';
import {
  addPostDicomOrdersToOrderGroup,
  createPostDicomOrderGroup,
  type PostDicomAddOrdersToOrderGroupInput,
  type PostDicomCreateOrderGroupInput,
  type PostDicomRemoveOrdersFromGroupInput,
  removePostDicomOrdersFromGroup,
} from './order-groups';
import { usePostDicomOrderMutation } from './queries';

/**
 * The mutations that create, group and assign PostDICOM orders: never retried; each invalidates the orders and
 * folders (keys: `postDicomKeys` in ./queries.ts).
 */

// ---- Order creation (never retried: creating twice is worse than failing once) -----------------------

export function useCreatePostDicomOrderWithMinimumParameters({
  mutationConfig,
}: WithMutationConfig<PostDicomCreatedOrder, PostDicomCreateOrderMinimumInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomCreateOrderMinimumInput) => createPostDicomOrderWithMinimumParameters(input),
    mutationConfig,
  );
}
export function useCreatePostDicomOrderWithFullParameters({
  mutationConfig,
}: WithMutationConfig<PostDicomCreatedOrder, PostDicomCreateOrderFullInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomCreateOrderFullInput) => createPostDicomOrderWithFullParameters(input),
    mutationConfig,
  );
}
export function useCreatePostDicomOrderWithFullParameters2({
  mutationConfig,
}: WithMutationConfig<PostDicomCreatedOrder, PostDicomCreateOrderFull2Input> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomCreateOrderFull2Input) => createPostDicomOrderWithFullParameters2(input),
    mutationConfig,
  );
}
export function useCreatePostDicomOrderWithJson({
  mutationConfig,
}: WithMutationConfig<PostDicomCreatedOrder, PostDicomCreateOrderJsonInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomCreateOrderJsonInput) => createPostDicomOrderWithJson(input),
    mutationConfig,
  );
}

export interface PostDicomCreateOnceVariables {
  request: PostDicomOrderRequest;
  signal?: AbortSignal;
}

/** Creates with any variant, looking for an earlier attempt first (./order-create-once.ts). */
export function useCreatePostDicomOrderOnce({
  mutationConfig,
}: WithMutationConfig<PostDicomCreateOnceResult, PostDicomCreateOnceVariables> = {}) {
  return usePostDicomOrderMutation(
    ({ request, signal }: PostDicomCreateOnceVariables) => createPostDicomOrderOnce(request, { signal }),
    mutationConfig,
  );
}

// ---- Order groups -----------------------------------------------------------------------------------

export function useCreatePostDicomOrderGroup({
  mutationConfig,
}: WithMutationConfig<string, PostDicomCreateOrderGroupInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomCreateOrderGroupInput) => createPostDicomOrderGroup(input),
    mutationConfig,
  );
}
export function useAddPostDicomOrdersToOrderGroup({
  mutationConfig,
}: WithMutationConfig<void, PostDicomAddOrdersToOrderGroupInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomAddOrdersToOrderGroupInput) => addPostDicomOrdersToOrderGroup(input),
    mutationConfig,
  );
}
export function useRemovePostDicomOrdersFromGroup({
  mutationConfig,
}: WithMutationConfig<void, PostDicomRemoveOrdersFromGroupInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomRemoveOrdersFromGroupInput) => removePostDicomOrdersFromGroup(input),
    mutationConfig,
  );
}

// ---- Assignments ------------------------------------------------------------------------------------

export function useAssignPostDicomPatientOrderToUser({
  mutationConfig,
}: WithMutationConfig<void, PostDicomAssignToUserInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomAssignToUserInput) => assignPostDicomPatientOrderToUser(input),
    mutationConfig,
  );
}
export function useUnassignPostDicomPatientOrderFromUser({
  mutationConfig,
}: WithMutationConfig<void, PostDicomUnassignFromUserInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomUnassignFromUserInput) => unassignPostDicomPatientOrderFromUser(input),
    mutationConfig,
  );
}
export function useAssignPostDicomPatientOrderToUserGroup({
  mutationConfig,
}: WithMutationConfig<void, PostDicomAssignToUserGroupInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomAssignToUserGroupInput) => assignPostDicomPatientOrderToUserGroup(input),
    mutationConfig,
  );
}
export function useUnassignPostDicomPatientOrderFromUserGroup({
  mutationConfig,
}: WithMutationConfig<void, PostDicomUnassignFromUserGroupInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomUnassignFromUserGroupInput) => unassignPostDicomPatientOrderFromUserGroup(input),
    mutationConfig,
  );
}
export function useAssignPostDicomPatientOrderToLocation({
  mutationConfig,
}: WithMutationConfig<void, PostDicomAssignToLocationInput> = {}) {
  return usePostDicomOrderMutation(
    (input: PostDicomAssignToLocationInput) => assignPostDicomPatientOrderToLocation(input),
    mutationConfig,
  );
}
