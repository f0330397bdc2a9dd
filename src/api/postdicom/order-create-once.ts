import type { CallOptions } from '../http';
import type { PostDicomOrderSummary } from './common';
import { parsePostDicomInput } from './errors';
import {
  createPostDicomOrderWithFullParameters2,
  createPostDicomOrderWithJson,
  createPostDicomOrderWithMinimumParameters,
  type PostDicomCreatedOrder,
  type PostDicomCreateOrderFull2Input,
  type PostDicomCreateOrderJsonInput,
  type PostDicomCreateOrderMinimumInput,
  postDicomCreateOrderFull2InputSchema,
  postDicomCreateOrderJsonInputSchema,
  postDicomCreateOrderMinimumInputSchema,
} from './order-create';
import { getPostDicomPatientOrderList } from './orders';

/**
 * Creating a PostDICOM order exactly once. PostDICOM itself accepts the same order twice, so the console
 * looks for an earlier attempt BEFORE every send (a retry after a network failure or a timeout, an answer
 * lost after PostDICOM created the order, a reload in the middle of a submit):
 * - JSON and full-parameter variants: the accession number is the client's key (the form generates one per
 *   draft). An order of the institution with exactly that accession number is the earlier attempt.
 * - The minimum variant carries no accession number: an order of the institution with the same Patient ID,
 *   patient name, modality, order date, order time and study description is taken as the earlier attempt
 *   (the console's own rule: two such orders would be the same order placed twice).
 * A double click is the form's business (one request in flight).
 */
export type PostDicomOrderRequest =
  | { variant: 'json'; input: PostDicomCreateOrderJsonInput }
  | { variant: 'minimum'; input: PostDicomCreateOrderMinimumInput }
  | { variant: 'full'; input: PostDicomCreateOrderFull2Input };

export type PostDicomOrderVariant = PostDicomOrderRequest['variant'];

export interface PostDicomCreateOnceResult {
  order: PostDicomCreatedOrder;
  /** True when an earlier attempt had already created it: nothing was sent. */
  replayed: boolean;
}

/** What identifies the order to create, read from a validated request. */
interface Lookup {
  userUuid: string;
  institutionUuid: string;
  patientId: string;
  accessionNumber: string;
  matches: (order: PostDicomOrderSummary) => boolean;
}

function lookupOf(request: PostDicomOrderRequest): Lookup {
  if (request.variant === 'json') {
    const v = parsePostDicomInput('CreateOrderWithJSON', postDicomCreateOrderJsonInputSchema, request.input);
    const accession = v.jsonParameters.OrderAccessionNumber ?? '';
    return {
      userUuid: v.userUuid,
      institutionUuid: v.institutionUuid,
      patientId: v.jsonParameters.PatientID ?? '',
      accessionNumber: accession,
      matches: (order) => accession !== '' && order.AccessionNumber === accession,
    };
  }
  if (request.variant === 'full') {
    const v = parsePostDicomInput(
      'CreateOrderWithFullParameters2',
      postDicomCreateOrderFull2InputSchema,
      request.input,
    );
    return {
      userUuid: v.userUuid,
      institutionUuid: v.institutionUuid,
      patientId: v.patientId,
      accessionNumber: v.accessionNumber,
      matches: (order) => v.accessionNumber !== '' && order.AccessionNumber === v.accessionNumber,
    };
  }
  const v = parsePostDicomInput(
    'CreateOrderWithMinimumParameters',
    postDicomCreateOrderMinimumInputSchema,
    request.input,
  );
  return {
    userUuid: v.userUuid,
    institutionUuid: v.institutionUuid,
    patientId: v.patientId,
    accessionNumber: '',
    matches: (order) => samePostDicomMinimumOrder(v, order),
  };
}

/** The minimum variant's rule (see above), on validated values. */
export function samePostDicomMinimumOrder(
  sent: {
    patientName: string;
    patientId: string;
    modality: string;
    studyDescription: string;
    orderDate: string;
    orderTime: string;
  },
  order: PostDicomOrderSummary,
): boolean {
  return (
    order.PatientId === sent.patientId &&
    order.PatientName === sent.patientName &&
    order.OrderModality === sent.modality &&
    order.OrderDate === sent.orderDate &&
    (order.OrderTime ?? '') === sent.orderTime &&
    (order.StudyDescription ?? '') === sent.studyDescription
  );
}

/** The earlier attempt of this request, if PostDICOM has it. */
export async function findPostDicomEarlierOrder(
  request: PostDicomOrderRequest,
  options: CallOptions = {},
): Promise<PostDicomCreatedOrder | undefined> {
  const lookup = lookupOf(request);
  const orders = await getPostDicomPatientOrderList(
    {
      userUuid: lookup.userUuid,
      institutionUuidList: [lookup.institutionUuid],
      accessionNumber: lookup.accessionNumber,
      patientId: lookup.patientId,
    },
    options,
  );
  const found = orders.find(
    (order) => order.PatientOrderInstitutionUuid === lookup.institutionUuid && lookup.matches(order),
  );
  return (
    found && {
      Success: true,
      PatientOrderUuid: found.PatientOrderUuid,
      PatientOrderInstitutionUuid: found.PatientOrderInstitutionUuid,
    }
  );
}

/** Creates the order with the request's variant, exactly once (see above). */
export async function createPostDicomOrderOnce(
  request: PostDicomOrderRequest,
  options: CallOptions = {},
): Promise<PostDicomCreateOnceResult> {
  const earlier = await findPostDicomEarlierOrder(request, options);
  if (earlier) return { order: earlier, replayed: true };
  const order =
    request.variant === 'json'
      ? await createPostDicomOrderWithJson(request.input, options)
      : request.variant === 'full'
        ? await createPostDicomOrderWithFullParameters2(request.input, options)
        : await createPostDicomOrderWithMinimumParameters(request.input, options);
  return { order, replayed: false };
}
