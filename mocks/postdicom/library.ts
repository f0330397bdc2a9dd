import type { PostDicomCallback, PostDicomCloudApi } from '@/api/postdicom/library';
import { refuse } from './library-core';
import { PostDicomSimulationSharing } from './library-sharing';

/**
 * The simulated `postDicomCloudApi`: same constructor, method names, positional parameters and callback
 * conventions as the vendor's library, backed by the seeded store in ./db.ts. Installed in place of the
 * vendor's script by ./install.ts, so that the production adapter (src/api/postdicom) is the code under test.
 *
 * Conventions (the vendor's where documented, ours where not, see docs/coverage/postdicom.md):
 * - every callback is asynchronous; success is `{ Success: true, Message: '', …result }`;
 * - failure is `{ Success: false, Message }`;
 * - uploads call back `{ State: 'Reading' | 'Sending', Progress }` many times, then
 *   `{ State: 'File Upload Completed', Progress: 100, Success: true }`;
 * - fault scenarios (mocks/faults.ts) apply: reads count as GET, everything else as POST.
 */

export class SimulatedPostDicomCloudApi extends PostDicomSimulationSharing implements PostDicomCloudApi {
  Initialize(callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      if (!this.apiKey || !this.accountKey) refuse('ApiKey and AccountKey are required.');
      this.initialized = true;
      const db = this.db;
      return {
        Account: {
          ...db.account,
          UserList: db.users.map((u) => ({ ...u })),
          InstitutionList: db.institutions.map((i) => ({ ...i })),
        },
      };
    });
  }

  // ---- DICOM files ------------------------------------------------------------------------------------

  GetDicomNodeList(userUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      return { DicomNodeList: this.db.dicomNodes.map((n) => ({ ...n })) };
    });
  }

  GetAccountFlagDictionary(userUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      return {
        FlagGroupList: this.db.flagGroups.map((g) => ({ ...g, FlagList: g.FlagList.map((f) => ({ ...f })) })),
      };
    });
  }

  // ---- Sharing ----------------------------------------------------------------------------------------

  GetUserGroupList(userUuid: string, callback: PostDicomCallback): void {
    this.respond('GET', callback, () => {
      this.user(userUuid);
      return { UserGroupList: this.db.userGroups.map((g) => ({ ...g, UserUuidList: [...g.UserUuidList] })) };
    });
  }
}
