import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type MutationConfig, type WithMutationConfig, withMutationConfig } from '../query-config';
import type { PostDicomUploadOptions, PostDicomUploadProgress } from './client';
import {
  type PostDicomReadDicomFilesInput,
  type PostDicomStudy,
  type PostDicomUploadDicomFilesInput,
  type PostDicomUploadDicomFilesIntoFolderInput,
  type PostDicomUploadDicomFilesIntoFolderWithAnonymizationInput,
  type PostDicomUploadDicomFilesWithAnonymizationInput,
  readPostDicomDicomFiles,
  uploadPostDicomDicomFiles,
  uploadPostDicomDicomFilesIntoFolder,
  uploadPostDicomDicomFilesIntoFolderWithAnonymization,
  uploadPostDicomDicomFilesWithAnonymization,
} from './dicom-files';
import { type PostDicomUploadDocumentFilesInput, uploadPostDicomDocumentFiles } from './documents';
import { postDicomKeys } from './queries';

/**
 * Reading local DICOM files, and the uploads (DICOM files and clinical documents): mutations, never retried,
 * that also expose the last progress event (keys: `postDicomKeys` in ./queries.ts).
 */

/** Reading local files is not a server read: a mutation (run on demand), never retried. */
export function useReadPostDicomDicomFiles({
  mutationConfig,
}: WithMutationConfig<PostDicomStudy[], PostDicomReadDicomFilesInput> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (input: PostDicomReadDicomFilesInput) => readPostDicomDicomFiles(input) },
      mutationConfig,
    ),
  );
}

/**
 * An upload mutation that also exposes the last progress event. When it settles (even after a failure: some
 * files may have gone through) it invalidates `invalidates`.
 */
function useUpload<I>(
  fn: (input: I, options: PostDicomUploadOptions) => Promise<PostDicomUploadProgress>,
  invalidates: readonly (readonly string[])[],
  mutationConfig: MutationConfig<PostDicomUploadProgress, I> | undefined,
) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<PostDicomUploadProgress | null>(null);
  const mutation = useMutation(
    withMutationConfig(
      {
        mutationFn: (input: I) => {
          setProgress(null);
          return fn(input, { onProgress: setProgress });
        },
        onSettled: async () => {
          await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        },
      },
      mutationConfig,
    ),
  );
  return { ...mutation, progress };
}

/** DICOM uploads add orders: orders and folders are invalidated. */
const dicomUploadInvalidates = [postDicomKeys.orders(), postDicomKeys.folders()];

type UploadConfig<I> = WithMutationConfig<PostDicomUploadProgress, I>;

export const useUploadPostDicomDicomFiles = ({
  mutationConfig,
}: UploadConfig<PostDicomUploadDicomFilesInput> = {}) =>
  useUpload(uploadPostDicomDicomFiles, dicomUploadInvalidates, mutationConfig);
export const useUploadPostDicomDicomFilesIntoFolder = ({
  mutationConfig,
}: UploadConfig<PostDicomUploadDicomFilesIntoFolderInput> = {}) =>
  useUpload(uploadPostDicomDicomFilesIntoFolder, dicomUploadInvalidates, mutationConfig);
export const useUploadPostDicomDicomFilesWithAnonymization = ({
  mutationConfig,
}: UploadConfig<PostDicomUploadDicomFilesWithAnonymizationInput> = {}) =>
  useUpload(uploadPostDicomDicomFilesWithAnonymization, dicomUploadInvalidates, mutationConfig);
export const useUploadPostDicomDicomFilesIntoFolderWithAnonymization = ({
  mutationConfig,
}: UploadConfig<PostDicomUploadDicomFilesIntoFolderWithAnonymizationInput> = {}) =>
  useUpload(uploadPostDicomDicomFilesIntoFolderWithAnonymization, dicomUploadInvalidates, mutationConfig);

/** Documents change the order's properties and counts: the orders are invalidated. */
export const useUploadPostDicomDocumentFiles = ({
  mutationConfig,
}: UploadConfig<PostDicomUploadDocumentFilesInput> = {}) =>
  useUpload(uploadPostDicomDocumentFiles, [postDicomKeys.orders()], mutationConfig);
