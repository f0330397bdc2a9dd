/**
 * The vendor's browser library (`PostDicomCloudApi.min.v10.8.js`), as documented: a global constructor
 * `postDicomCloudApi(apiKey, accountKey)` whose methods take positional arguments and report through a
 * callback. Results are typed `unknown` on purpose: every one is parsed with zod by the adapter.
 */
export type PostDicomCallback = (result: unknown) => void;
/** What the library takes as "file list": a `FileList` from an `<input type="file">`, or an array of `File`. */
export type PostDicomFiles = ArrayLike<File>;
/** One entry of the anonymization list: `{ Tag: myApi.DicomTagsEnum.PatientName, Value: 'John Doe' }`. */
export interface PostDicomAnonymizedTag {
  Tag: unknown;
  Value: string;
}

type Cb = PostDicomCallback;

export interface PostDicomCloudApi {
  /** The tags anonymization may change, e.g. `DicomTagsEnum.PatientName`. */
  readonly DicomTagsEnum: Readonly<Record<string, unknown>>;
  Initialize(callback: Cb): void;
  ReadDicomFiles(selectedFiles: PostDicomFiles, callback: Cb): void;
  UploadDicomFiles(
    userUuid: string,
    institutionUuid: string,
    selectedFiles: PostDicomFiles,
    callback: Cb,
  ): void;
  UploadDicomFilesIntoFolder(
    userUuid: string,
    institutionUuid: string,
    folderUuid: string,
    selectedFiles: PostDicomFiles,
    callback: Cb,
  ): void;
  UploadDicomFilesWithAnonymization(
    userUuid: string,
    institutionUuid: string,
    selectedFiles: PostDicomFiles,
    anonymizedData: PostDicomAnonymizedTag[],
    callback: Cb,
  ): void;
  UploadDicomFilesIntoFolderWithAnonymization(
    userUuid: string,
    institutionUuid: string,
    folderUuid: string,
    selectedFiles: PostDicomFiles,
    anonymizedData: PostDicomAnonymizedTag[],
    callback: Cb,
  ): void;
  UploadDocumentFiles(
    userUuid: string,
    institutionUuid: string,
    patientOrderUuid: string,
    selectedFiles: PostDicomFiles,
    callback: Cb,
  ): void;
  GetPatientOrderList(
    callback: Cb,
    userUuid: string,
    institutionUuidList: string[],
    patientName: string,
    accessionNumber: string,
    patientId: string,
    otherPatientId: string,
    modalities: string[],
  ): void;
  GetPatientOrderListWithDateRange(
    callback: Cb,
    userUuid: string,
    institutionUuidList: string[],
    patientName: string,
    accessionNumber: string,
    patientId: string,
    otherPatientId: string,
    modalities: string[],
    startDate: string,
    endDate: string,
  ): void;
  GetPatientOrderListInFolder(callback: Cb, userUuid: string, folderUuid: string): void;
  CreateOrderWithMinimumParameters(
    userUuid: string,
    institutionUuid: string,
    patientName: string,
    patientId: string,
    modality: string,
    studyDescription: string,
    orderDate: string,
    orderTime: string,
    callback: Cb,
  ): void;
  CreateOrderWithFullParameters(
    userUuid: string,
    institutionUuid: string,
    patientName: string,
    patientId: string,
    patientOtherId: string,
    patientBirthdate: string,
    modality: string,
    studyDescription: string,
    accessionNumber: string,
    complaints: string,
    orderDate: string,
    orderTime: string,
    procedureId: string,
    procedureDescription: string,
    scheduledEquipmentUuid: string,
    callback: Cb,
  ): void;
  CreateOrderWithFullParameters2(
    userUuid: string,
    institutionUuid: string,
    patientName: string,
    patientId: string,
    patientOtherId: string,
    patientSex: string,
    patientBirthdate: string,
    modality: string,
    studyDescription: string,
    accessionNumber: string,
    complaints: string,
    orderDate: string,
    orderTime: string,
    procedureId: string,
    procedureDescription: string,
    scheduledEquipmentUuid: string,
    referringPhysiciansName: string,
    callback: Cb,
  ): void;
  CreateOrderWithJSON(
    userUuid: string,
    institutionUuid: string,
    jsonParameters: Record<string, string>,
    callback: Cb,
  ): void;
  CreateFolder(userUuid: string, parentFolderUuid: string, folderName: string, callback: Cb): void;
  CreateFolderWithDescription(
    userUuid: string,
    parentFolderUuid: string,
    folderName: string,
    folderDescription: string,
    callback: Cb,
  ): void;
  DeleteFolder(userUuid: string, folderUuid: string, callback: Cb): void;
  GetFolderList(
    userUuid: string,
    parentFolderUuid: string,
    folderName: string,
    getOrdersInFolder: boolean,
    callback: Cb,
  ): void;
  GetFolderViewUrl(userUuid: string, folderUuid: string, callback: Cb): void;
  GetViewUrl(userUuid: string, patientOrderUuid: string, callback: Cb): void;
  DeleteOrder(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuid: string,
    callback: Cb,
  ): void;
  GetDicomNodeList(userUuid: string, callback: Cb): void;
  AddOrderToFolder(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuid: string,
    folderUuidList: string[],
    callback: Cb,
  ): void;
  RemoveOrderFromFolder(
    userUuid: string,
    folderUuid: string,
    patientOrderUuidList: string[],
    callback: Cb,
  ): void;
  CreateOrderGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuidList: string[],
    callback: Cb,
  ): void;
  AddOrdersToOrderGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    connectedGroupUuid: string,
    patientOrderUuidList: string[],
    callback: Cb,
  ): void;
  RemoveOrdersFromGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuidList: string[],
    callback: Cb,
  ): void;
  GetPatientOrderProperties(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuid: string,
    callback: Cb,
  ): void;
  AssignPatientOrderToUser(
    userUuid: string,
    patientOrderUuid: string,
    assignedUserUuid: string,
    callback: Cb,
  ): void;
  UnassignPatientOrderFromUser(
    userUuid: string,
    patientOrderUuid: string,
    unassignedUserUuid: string,
    callback: Cb,
  ): void;
  AssignPatientOrderToUserGroup(
    userUuid: string,
    patientOrderUuid: string,
    assignedUserGroupUuid: string,
    callback: Cb,
  ): void;
  UnassignPatientOrderFromUserGroup(
    userUuid: string,
    patientOrderUuid: string,
    unassignedUserGroupUuid: string,
    callback: Cb,
  ): void;
  AssignPatientOrderToLocation(
    userUuid: string,
    patientOrderUuid: string,
    institutionUuid: string,
    callback: Cb,
  ): void;
  SetFlagToPatientOrder(
    userUuid: string,
    patientOrderUuid: string,
    flagGroupId: string,
    flagId: string,
    callback: Cb,
  ): void;
  GetAccountFlagDictionary(userUuid: string, callback: Cb): void;
  SharePatientOrder(
    userUuid: string,
    orderUuidList: string[],
    email: string,
    emailForSendingSharePassword: string,
    userCanDownloadStudies: boolean,
    callback: Cb,
  ): void;
  SharePatientOrderWithExpireDate(
    userUuid: string,
    orderUuidList: string[],
    email: string,
    emailForSendingSharePassword: string,
    userCanDownloadStudies: boolean,
    expireDate: string,
    callback: Cb,
  ): void;
  CreateQuickShareLink(
    userUuid: string,
    orderUuidList: string[],
    userCanDownloadStudies: boolean,
    callback: Cb,
  ): void;
  CreateQuickShareLinkWithExpireDate(
    userUuid: string,
    orderUuidList: string[],
    userCanDownloadStudies: boolean,
    expireDate: string,
    callback: Cb,
  ): void;
  ShareFolderWithEmail(
    userUuid: string,
    folderUuid: string,
    emailAddress: string,
    emailAddressForSendingSharePassword: string,
    sharePassword: string,
    shareTitle: string,
    shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: Cb,
  ): void;
  ShareFolderWithURL(
    userUuid: string,
    folderUuid: string,
    sharePassword: string,
    shareTitle: string,
    shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: Cb,
  ): void;
  ShareFolderToUploadWithEmail(
    userUuid: string,
    folderUuid: string,
    emailAddress: string,
    emailAddressForSendingSharePassword: string,
    sharePassword: string,
    shareTitle: string,
    shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: Cb,
  ): void;
  ShareFolderToUploadWithUrl(
    userUuid: string,
    folderUuid: string,
    sharePassword: string,
    shareTitle: string,
    shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: Cb,
  ): void;
  ShareFolderWithAccountUser(
    userUuid: string,
    folderUuid: string,
    sharedUserUuidList: string[],
    expireDate: string,
    callback: Cb,
  ): void;
  ShareFolderWithAccountUserGroup(
    userUuid: string,
    folderUuid: string,
    sharedUserGroupUuidList: string[],
    expireDate: string,
    callback: Cb,
  ): void;
  GetUserGroupList(userUuid: string, callback: Cb): void;
}

/** Every documented method name; used as the `endpoint` of errors. */
export type PostDicomMethod = Exclude<keyof PostDicomCloudApi, 'DicomTagsEnum'>;

export interface PostDicomCloudApiConstructor {
  new (apiKey: string, accountKey: string): PostDicomCloudApi;
}

/** The global the vendor's script defines (`new postDicomCloudApi(apiKey, accountKey)`). */
export const POSTDICOM_GLOBAL = 'postDicomCloudApi';

declare global {
  // The vendor's script defines it with `var`/function at top level.
  var postDicomCloudApi: PostDicomCloudApiConstructor | undefined;
}
