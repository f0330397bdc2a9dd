import type { PostDicomCallback } from '@/api/postdicom/library';
import { emailRe, type Result, randomUuid, refuse } from './library-core';
import { PostDicomSimulationFolders } from './library-folders';

/** The simulation's shares: orders by email and quick links, folders by email, by URL, to upload, with users and groups. */
export class PostDicomSimulationSharing extends PostDicomSimulationFolders {
  protected share(
    method: string,
    targetUuids: string[],
    recipients: string[],
    expireDate: string,
    userCanDownloadStudies: boolean,
    withUrl: boolean,
  ): Result {
    const ShareUuid = randomUuid();
    const url = withUrl ? `https://mock.postdicom.invalid/share/${ShareUuid}` : null;
    this.db.shares.push({
      ShareUuid,
      method,
      targetUuids,
      recipients,
      expireDate,
      userCanDownloadStudies,
      url,
    });
    return url ? { ShareUrl: url } : {};
  }

  protected shareOrders(
    method: string,
    userUuid: string,
    orderUuidList: string[],
    emails: string[],
    userCanDownloadStudies: boolean,
    expireDate: string,
    withUrl: boolean,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      if (!orderUuidList?.length) refuse('No patient order was given.');
      for (const uuid of orderUuidList) this.order(uuid);
      if (expireDate) this.checkExpireDate(expireDate);
      return this.share(method, orderUuidList, emails, expireDate, Boolean(userCanDownloadStudies), withUrl);
    });
  }

  SharePatientOrder(
    userUuid: string,
    orderUuidList: string[],
    email: string,
    emailForSendingSharePassword: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.checkEmailsThen(callback, email, emailForSendingSharePassword, () =>
      this.shareOrders(
        'SharePatientOrder',
        userUuid,
        orderUuidList,
        [email, emailForSendingSharePassword].filter(Boolean),
        userCanDownloadStudies,
        '',
        false,
        callback,
      ),
    );
  }

  SharePatientOrderWithExpireDate(
    userUuid: string,
    orderUuidList: string[],
    email: string,
    emailForSendingSharePassword: string,
    userCanDownloadStudies: boolean,
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    this.checkEmailsThen(callback, email, emailForSendingSharePassword, () => {
      if (!expireDate) {
        this.respond('POST', callback, () => refuse('The expire date is required.'));
        return;
      }
      this.shareOrders(
        'SharePatientOrderWithExpireDate',
        userUuid,
        orderUuidList,
        [email, emailForSendingSharePassword].filter(Boolean),
        userCanDownloadStudies,
        expireDate,
        false,
        callback,
      );
    });
  }

  CreateQuickShareLink(
    userUuid: string,
    orderUuidList: string[],
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareOrders(
      'CreateQuickShareLink',
      userUuid,
      orderUuidList,
      [],
      userCanDownloadStudies,
      '',
      true,
      callback,
    );
  }

  CreateQuickShareLinkWithExpireDate(
    userUuid: string,
    orderUuidList: string[],
    userCanDownloadStudies: boolean,
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    if (!expireDate) {
      this.respond('POST', callback, () => refuse('The expire date is required.'));
      return;
    }
    this.shareOrders(
      'CreateQuickShareLinkWithExpireDate',
      userUuid,
      orderUuidList,
      [],
      userCanDownloadStudies,
      expireDate,
      true,
      callback,
    );
  }

  /** Email checks happen inside the answer, like every other refusal. */
  protected checkEmailsThen(
    callback: PostDicomCallback,
    email: string,
    passwordEmail: string,
    then: () => void,
  ): void {
    if (!emailRe.test(email ?? '') || (passwordEmail && !emailRe.test(passwordEmail))) {
      this.respond('POST', callback, () => {
        this.checkEmail(email ?? '');
        this.checkEmail(passwordEmail ?? '', true);
        return {};
      });
      return;
    }
    then();
  }

  protected shareFolder(
    method: string,
    userUuid: string,
    folderUuid: string,
    recipients: string[],
    sharePassword: string,
    shareTitle: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    withUrl: boolean,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      if (recipients.length > 0) {
        this.checkEmail(recipients[0] ?? '');
        this.checkEmail(recipients[1] ?? '', true);
      }
      if (!sharePassword) refuse('The share password is required.');
      if (!shareTitle) refuse('The share title is required.');
      this.checkExpireDate(expireDate ?? '');
      return this.share(
        method,
        [folderUuid],
        recipients.filter(Boolean),
        expireDate,
        Boolean(userCanDownloadStudies),
        withUrl,
      );
    });
  }

  ShareFolderWithEmail(
    userUuid: string,
    folderUuid: string,
    emailAddress: string,
    emailAddressForSendingSharePassword: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderWithEmail',
      userUuid,
      folderUuid,
      [emailAddress, emailAddressForSendingSharePassword],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      false,
      callback,
    );
  }

  ShareFolderWithURL(
    userUuid: string,
    folderUuid: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderWithURL',
      userUuid,
      folderUuid,
      [],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      true,
      callback,
    );
  }

  ShareFolderToUploadWithEmail(
    userUuid: string,
    folderUuid: string,
    emailAddress: string,
    emailAddressForSendingSharePassword: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderToUploadWithEmail',
      userUuid,
      folderUuid,
      [emailAddress, emailAddressForSendingSharePassword],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      false,
      callback,
    );
  }

  ShareFolderToUploadWithUrl(
    userUuid: string,
    folderUuid: string,
    sharePassword: string,
    shareTitle: string,
    _shareDescription: string,
    expireDate: string,
    userCanDownloadStudies: boolean,
    callback: PostDicomCallback,
  ): void {
    this.shareFolder(
      'ShareFolderToUploadWithUrl',
      userUuid,
      folderUuid,
      [],
      sharePassword,
      shareTitle,
      expireDate,
      userCanDownloadStudies,
      true,
      callback,
    );
  }

  ShareFolderWithAccountUser(
    userUuid: string,
    folderUuid: string,
    sharedUserUuidList: string[],
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      if (!sharedUserUuidList?.length) refuse('No user was given.');
      for (const uuid of sharedUserUuidList) this.user(uuid);
      this.checkExpireDate(expireDate ?? '');
      return this.share(
        'ShareFolderWithAccountUser',
        [folderUuid],
        sharedUserUuidList,
        expireDate,
        false,
        false,
      );
    });
  }

  ShareFolderWithAccountUserGroup(
    userUuid: string,
    folderUuid: string,
    sharedUserGroupUuidList: string[],
    expireDate: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      this.folder(folderUuid);
      if (!sharedUserGroupUuidList?.length) refuse('No user group was given.');
      for (const uuid of sharedUserGroupUuidList) this.userGroup(uuid);
      this.checkExpireDate(expireDate ?? '');
      return this.share(
        'ShareFolderWithAccountUserGroup',
        [folderUuid],
        sharedUserGroupUuidList,
        expireDate,
        false,
        false,
      );
    });
  }
}
