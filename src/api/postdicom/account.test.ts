import { faults } from '@mocks/faults';
import { describe, expect, it } from 'vitest';
import { freshPostDicom, signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { ContractError, InputError, VendorError } from '../errors';
import { getPostDicomUserGroupList, initializePostDicom } from './account';

describe('Initialize', () => {
  it('returns the account with its 5 users and 2 institutions', async () => {
    const { account } = await signedIn();
    expect(account.UserList).toHaveLength(5);
    expect(account.InstitutionList).toHaveLength(2);
    expect(account.UserList[0]?.UserUuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns a { Success: false } callback into a VendorError named after the method', async () => {
    await signedIn();
    faults.set({ failure: 'server-error', vendor: 'postdicom' });
    const error = await initializePostDicom({ force: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(error).toMatchObject({ vendor: 'postdicom', endpoint: 'Initialize', status: 0 });
  });

  it('turns a malformed result into a ContractError naming the method and field', async () => {
    await signedIn();
    faults.set({ failure: 'malformed-json', vendor: 'postdicom' });
    const error = await initializePostDicom({ force: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ endpoint: 'Initialize' });
    expect((error as ContractError).issues.map((i) => i.path)).toContain('Success');
  });
});

describe('the shared session', () => {
  it('a caller that stops waiting stops only its own wait: another caller of the same Initialize gets the account', async () => {
    freshPostDicom();
    // The page that is left (react-query aborts its queries) asked first; the next page asks meanwhile.
    const leaving = new AbortController();
    const first = initializePostDicom({ signal: leaving.signal });
    const next = initializePostDicom();
    leaving.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect((await next).UserList).toHaveLength(5);
  });

  it('an aborted wait leaves the session open for later calls', async () => {
    freshPostDicom();
    const leaving = new AbortController();
    const first = initializePostDicom({ signal: leaving.signal });
    leaving.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect((await initializePostDicom()).InstitutionList).toHaveLength(2);
  });
});

describe('GetUserGroupList', () => {
  it('lists the 3 user groups', async () => {
    const { userUuid } = await signedIn();
    const groups = await getPostDicomUserGroupList({ userUuid });
    expect(groups).toHaveLength(3);
    expect(groups.map((g) => g.UserGroupName)).toContain('Radiólogos');
  });

  it('is refused for an unknown user (VendorError) and for an empty uuid (before calling)', async () => {
    await signedIn();
    await expect(getPostDicomUserGroupList({ userUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetUserGroupList',
      vendorMessage: expect.stringContaining('User not found'),
    });
    await expect(getPostDicomUserGroupList({ userUuid: ' ' })).rejects.toBeInstanceOf(InputError);
  });
});
