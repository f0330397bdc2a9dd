/**
 * Sharing, for any page (features never import each other; these are shared components):
 *
 *   <ShareOrdersDialog orders={[shareableOrderFrom(summary)]} opened onClose initialMode="email" | "link" />
 *   <ShareFolderDialog folder={{ uuid, name }} opened onClose initialMode="email" | "url" | "upload-email" | "upload-url" | "users" | "groups" />
 *   <ViewerLinkButton kind="order" | "folder" uuid subject? />     the view link is fetched at the click
 *   <SoloVisitLinks appointment={{ id, externalId }} patient? />    provider / patient / Teams links
 *   <SoloContextLinkForm defaults? draftName? />                    the encrypted /integrations/linking link
 *   <ShareRegisterView />                                           every share of this session
 *
 * Each loads the "sharing" strings itself. Every share they make is added to the session's share register
 * (`useShareRegister()`; the idle lock clears it with `sessionShareRegister.clear()`).
 */
export type { ContextLinkFormValues } from './context-link-model';
export type { ShareSubject } from './de-identify';
export { ShareFolderDialog, type ShareFolderDialogProps } from './ShareFolderDialog';
export { ShareOrdersDialog, type ShareOrdersDialogProps } from './ShareOrdersDialog';
export { ShareRegisterView } from './ShareRegisterView';
export { SoloContextLinkForm } from './SoloContextLinkForm';
export { SoloVisitLinks, type SoloVisitLinksProps } from './SoloVisitLinks';
export type { ShareFolderMode } from './share-folder-model';
export type { ShareOrdersMode } from './share-orders-model';
export { type ShareRegister, sessionShareRegister } from './share-register';
export { type ShareableFolder, type ShareableOrder, shareableOrderFrom } from './shareable';
export { ShareRegisterContext, useShareRecords, useShareRegister } from './use-share-register';
export { ViewerLinkButton, type ViewerLinkButtonProps } from './ViewerLinkButton';
