import type { PostDicomCallback } from '@/api/postdicom/library';
import type { MockOrder } from './db';
import { randomUuid, refuse } from './library-core';
import { PostDicomSimulationOrders } from './library-orders';

/** The simulation's order changes: order groups, assignments (users, user groups, locations) and flags. */
export class PostDicomSimulationOrderChanges extends PostDicomSimulationOrders {
  protected groupOrders(institutionUuid: string, uuids: string[]): MockOrder[] {
    this.institution(institutionUuid);
    if (!uuids?.length) refuse('No patient order was given.');
    return uuids.map((uuid) => this.order(uuid, institutionUuid));
  }

  CreateOrderGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const orders = this.groupOrders(patientOrderInstitutionUuid, patientOrderUuidList);
      const group = randomUuid();
      for (const o of orders) o.ConnectedGroupUuid = group;
      return { ConnectedGroupUuid: group };
    });
  }

  AddOrdersToOrderGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    connectedGroupUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      if (!this.db.orders.some((o) => !o.deleted && o.ConnectedGroupUuid === connectedGroupUuid)) {
        refuse(`Order group not found: ${connectedGroupUuid}.`);
      }
      for (const o of this.groupOrders(patientOrderInstitutionUuid, patientOrderUuidList)) {
        o.ConnectedGroupUuid = connectedGroupUuid;
      }
      return {};
    });
  }

  RemoveOrdersFromGroup(
    userUuid: string,
    patientOrderInstitutionUuid: string,
    patientOrderUuidList: string[],
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const orders = this.groupOrders(patientOrderInstitutionUuid, patientOrderUuidList);
      const notGrouped = orders.filter((o) => o.ConnectedGroupUuid === null).map((o) => o.PatientOrderUuid);
      if (notGrouped.length > 0) refuse(`Patient order is not in a group: ${notGrouped.join(', ')}.`);
      for (const o of orders) o.ConnectedGroupUuid = null;
      return {};
    });
  }

  AssignPatientOrderToUser(
    userUuid: string,
    patientOrderUuid: string,
    assignedUserUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      this.user(assignedUserUuid);
      if (!order.AssignedUserUuidList.includes(assignedUserUuid))
        order.AssignedUserUuidList.push(assignedUserUuid);
      return {};
    });
  }

  UnassignPatientOrderFromUser(
    userUuid: string,
    patientOrderUuid: string,
    unassignedUserUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      if (!order.AssignedUserUuidList.includes(unassignedUserUuid))
        refuse('The patient order is not assigned to this user.');
      order.AssignedUserUuidList = order.AssignedUserUuidList.filter((u) => u !== unassignedUserUuid);
      return {};
    });
  }

  AssignPatientOrderToUserGroup(
    userUuid: string,
    patientOrderUuid: string,
    assignedUserGroupUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      this.userGroup(assignedUserGroupUuid);
      if (!order.AssignedUserGroupUuidList.includes(assignedUserGroupUuid)) {
        order.AssignedUserGroupUuidList.push(assignedUserGroupUuid);
      }
      return {};
    });
  }

  UnassignPatientOrderFromUserGroup(
    userUuid: string,
    patientOrderUuid: string,
    unassignedUserGroupUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      if (!order.AssignedUserGroupUuidList.includes(unassignedUserGroupUuid)) {
        refuse('The patient order is not assigned to this user group.');
      }
      order.AssignedUserGroupUuidList = order.AssignedUserGroupUuidList.filter(
        (g) => g !== unassignedUserGroupUuid,
      );
      return {};
    });
  }

  AssignPatientOrderToLocation(
    userUuid: string,
    patientOrderUuid: string,
    institutionUuid: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      this.institution(institutionUuid);
      order.PatientOrderInstitutionUuid = institutionUuid;
      return {};
    });
  }

  // ---- Flags ------------------------------------------------------------------------------------------

  SetFlagToPatientOrder(
    userUuid: string,
    patientOrderUuid: string,
    flagGroupId: string,
    flagId: string,
    callback: PostDicomCallback,
  ): void {
    this.respond('POST', callback, () => {
      this.user(userUuid);
      const order = this.order(patientOrderUuid);
      const group =
        this.db.flagGroups.find((g) => g.FlagGroupId === flagGroupId) ??
        refuse(`Flag group not found: ${flagGroupId}.`);
      if (!group.FlagList.some((f) => f.FlagId === flagId))
        refuse(`Flag ${flagId} is not in flag group ${flagGroupId}.`);
      order.FlagGroupId = flagGroupId;
      order.FlagId = flagId;
      return {};
    });
  }
}
