import { defineEndpoint } from '../endpoint';
import type { PostDicomMethod } from './library';

/**
 * PostDICOM's endpoints. PostDICOM is a browser library, so its "endpoints" are the library's methods
 * (positional parameters, a callback; see ./library.ts for their signatures), plus one HTTP endpoint of the
 * console's own server that hands the library its keys. Every documented method is listed (the `satisfies`
 * makes a missing one a type error), with whether it reads or changes data and what the vendor's page leaves
 * open (CONFIRMED: the signature is in the vendor's page; ASSUMED: our reading). A method's name is its
 * endpoint name in errors and logs.
 */
export const postDicomEndpoints = {
  /** The server's `{ apiKey, accountKey, libraryUrl }` (build/vendor-proxy.ts now, the gateway later). */
  config: defineEndpoint('GET', '/config'),
} as const;

export type PostDicomMethodKind = 'read' | 'write';

export const postDicomMethods = {
  /** CONFIRMED: called once before any other method (the account, its users and institutions). */
  Initialize: 'read',
  /** Reads local files in the browser; nothing is sent. */
  ReadDicomFiles: 'read',
  /** CONFIRMED: progress `{ State: 'Reading' | 'Sending', Progress }`, then `File Upload Completed`. */
  UploadDicomFiles: 'write',
  UploadDicomFilesIntoFolder: 'write',
  /** CONFIRMED: refuses files without a transfer syntax. */
  UploadDicomFilesWithAnonymization: 'write',
  UploadDicomFilesIntoFolderWithAnonymization: 'write',
  /** CONFIRMED: PDF, JPEG, JPG, PNG, BMP, MP4 only. ASSUMED: at most 100 MB per file (no limit is given). */
  UploadDocumentFiles: 'write',
  GetPatientOrderList: 'read',
  /** ASSUMED: the dates are `YYYY-MM-DD` strings (the doc only says "date"), or empty. */
  GetPatientOrderListWithDateRange: 'read',
  GetPatientOrderListInFolder: 'read',
  /** ASSUMED answer: the created order's uuid (the doc only says the callback reports completion). */
  CreateOrderWithMinimumParameters: 'write',
  CreateOrderWithFullParameters: 'write',
  CreateOrderWithFullParameters2: 'write',
  CreateOrderWithJSON: 'write',
  /** CONFIRMED: `a/b` paths create nested folders. ASSUMED answer: the deepest folder's uuid. */
  CreateFolder: 'write',
  CreateFolderWithDescription: 'write',
  DeleteFolder: 'write',
  GetFolderList: 'read',
  /** CONFIRMED: the link opens only from the IP address that asked for it (ask from the user's browser). */
  GetFolderViewUrl: 'read',
  /** CONFIRMED: as GetFolderViewUrl, the link opens only from the asking IP address. */
  GetViewUrl: 'read',
  /** CONFIRMED: moves the order to the recycle bin. */
  DeleteOrder: 'write',
  /** ASSUMED answer shape (node name, AE title, host, port). */
  GetDicomNodeList: 'read',
  AddOrderToFolder: 'write',
  RemoveOrderFromFolder: 'write',
  /** ASSUMED answer: the new group's uuid (orders then show it as `ConnectedGroupUuid`). */
  CreateOrderGroup: 'write',
  AddOrdersToOrderGroup: 'write',
  RemoveOrdersFromGroup: 'write',
  GetPatientOrderProperties: 'read',
  AssignPatientOrderToUser: 'write',
  UnassignPatientOrderFromUser: 'write',
  AssignPatientOrderToUserGroup: 'write',
  UnassignPatientOrderFromUserGroup: 'write',
  AssignPatientOrderToLocation: 'write',
  SetFlagToPatientOrder: 'write',
  /** ASSUMED answer shape: flag groups, each with its flags. */
  GetAccountFlagDictionary: 'read',
  SharePatientOrder: 'write',
  /** An expiry date in the past is refused before calling. */
  SharePatientOrderWithExpireDate: 'write',
  /** ASSUMED answer: the link (`ShareUrl`), as for every link share below. */
  CreateQuickShareLink: 'write',
  CreateQuickShareLinkWithExpireDate: 'write',
  ShareFolderWithEmail: 'write',
  ShareFolderWithURL: 'write',
  ShareFolderToUploadWithEmail: 'write',
  ShareFolderToUploadWithUrl: 'write',
  /** CONFIRMED signature has no userCanDownloadStudies (the doc's table lists it): we follow the signature. */
  ShareFolderWithAccountUser: 'write',
  ShareFolderWithAccountUserGroup: 'write',
  GetUserGroupList: 'read',
} as const satisfies Record<PostDicomMethod, PostDicomMethodKind>;
