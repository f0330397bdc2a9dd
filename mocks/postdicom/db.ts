import dayjs from 'dayjs';
import type { DicomTags } from '@/lib/dicom/tags';
import { mockNow } from '../clock';
import { populationPostDicomOrders } from '../population-records';
import { createFaker } from '../seed';
import { defineStore } from '../store';

/**
 * The simulated PostDICOM account: everything the simulated library (./library.ts) reads and changes.
 * Seeded once per reset, deterministically (fixed seed, dates relative to `mockNow()`).
 */

export interface MockInstitution {
  InstitutionUuid: string;
  InstitutionName: string;
}
export interface MockUser {
  UserUuid: string;
  UserName: string;
  FirstName: string;
  LastName: string;
  Email: string;
}
export interface MockUserGroup {
  UserGroupUuid: string;
  UserGroupName: string;
  UserUuidList: string[];
}
export interface MockFlagGroup {
  FlagGroupId: string;
  FlagGroupName: string;
  FlagList: { FlagId: string; FlagName: string; FlagColor: string }[];
}
export interface MockDicomNode {
  DicomNodeUuid: string;
  Name: string;
  AeTitle: string;
  Host: string;
  Port: number;
  Modality: string;
}
export interface StoredDicomFile {
  fileName: string;
  bytes: Uint8Array;
  /** Read with dicom-parser through src/lib/dicom (after anonymization, when there was one). */
  tags: DicomTags;
  anonymized: boolean;
}
export interface StoredDocument {
  fileName: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}
export interface MockOrder {
  PatientOrderUuid: string;
  PatientOrderInstitutionUuid: string;
  PatientName: string;
  PatientId: string;
  OtherPatientId: string;
  PatientBirthDate: string;
  PatientSex: 'M' | 'F' | 'O' | '';
  OrderModality: string;
  AccessionNumber: string;
  StudyDescription: string;
  OrderDate: string;
  OrderTime: string;
  ConnectedGroupUuid: string | null;
  FlagGroupId: string | null;
  FlagId: string | null;
  AssignedUserUuidList: string[];
  AssignedUserGroupUuidList: string[];
  /** Other properties given at creation (CreateOrderWithFullParameters*, CreateOrderWithJSON). */
  extra: Record<string, string>;
  /** In the recycle bin (DeleteOrder). */
  deleted: boolean;
  studyInstanceUid: string;
  files: StoredDicomFile[];
  documents: StoredDocument[];
  seedImageCount: number;
}
export interface MockFolder {
  FolderUuid: string;
  FolderName: string;
  FolderDescription: string;
  /** '' at the root. */
  ParentFolderUuid: string;
  orderUuids: string[];
}
export interface MockShare {
  ShareUuid: string;
  method: string;
  targetUuids: string[];
  recipients: string[];
  expireDate: string;
  userCanDownloadStudies: boolean;
  url: string | null;
}
export interface PostDicomDb {
  account: { AccountUuid: string; AccountName: string };
  institutions: MockInstitution[];
  users: MockUser[];
  userGroups: MockUserGroup[];
  flagGroups: MockFlagGroup[];
  dicomNodes: MockDicomNode[];
  orders: MockOrder[];
  folders: MockFolder[];
  shares: MockShare[];
  /** blob: URL → the HTML of the view page it shows. */
  viewPages: Map<string, string>;
}

export const SEEDED_ORDER_COUNT = 320;

const studyDescriptions: Record<string, string[]> = {
  CT: ['TC de tórax', 'TC de abdomen y pelvis', 'TC de cráneo simple', 'Angio-TC pulmonar'],
  MR: ['RM de rodilla', 'RM de columna lumbar', 'RM de encéfalo con contraste', 'RM de hombro'],
  US: ['Ecografía abdominal', 'Ecografía obstétrica', 'Ecografía tiroidea', 'Doppler venoso'],
  CR: ['Rx de tórax PA', 'Rx de mano', 'Rx de columna cervical'],
  DX: ['Rx digital de tórax', 'Rx de pelvis', 'Rx de tobillo'],
  MG: ['Mamografía de tamizaje', 'Mamografía diagnóstica'],
  NM: ['Gammagrafía ósea', 'Gammagrafía tiroidea'],
  PT: ['PET-CT oncológico'],
  XA: ['Angiografía coronaria'],
  RF: ['Esofagograma', 'Urografía excretora'],
};
const modalityWeights: [string, number][] = [
  ['CT', 22],
  ['MR', 18],
  ['US', 18],
  ['CR', 12],
  ['DX', 12],
  ['MG', 8],
  ['NM', 3],
  ['PT', 3],
  ['XA', 2],
  ['RF', 2],
];

/** DICOM person name, `LAST^FIRST[^MIDDLE]`, upper case without accents (as modalities usually write it). */
export function toDicomName(last: string, first: string, middle = ''): string {
  const clean = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z' -]/g, '')
      .toUpperCase();
  return [clean(last), clean(first), clean(middle)].filter((part, i) => i < 2 || part).join('^');
}

function seed(): PostDicomDb {
  const faker = createFaker('postdicom', 'es');
  const now = dayjs(mockNow());
  const uuid = () => faker.string.uuid();

  const institutions: MockInstitution[] = [
    { InstitutionUuid: uuid(), InstitutionName: 'Centro de Diagnóstico por Imágenes Central' },
    { InstitutionUuid: uuid(), InstitutionName: 'Sede Norte' },
  ];
  const users: MockUser[] = Array.from({ length: 5 }, (_, i) => {
    const FirstName = faker.person.firstName();
    const LastName = faker.person.lastName();
    return {
      UserUuid: uuid(),
      UserName:
        i === 0
          ? 'recepcion'
          : faker.internet.username({ firstName: FirstName, lastName: LastName }).toLowerCase(),
      FirstName,
      LastName,
      Email: faker.internet
        .email({ firstName: FirstName, lastName: LastName, provider: 'imagenes.example' })
        .toLowerCase(),
    };
  });
  const userUuids = users.map((u) => u.UserUuid);
  const userGroups: MockUserGroup[] = [
    { UserGroupUuid: uuid(), UserGroupName: 'Radiólogos', UserUuidList: userUuids.slice(1, 3) },
    {
      UserGroupUuid: uuid(),
      UserGroupName: 'Recepción',
      UserUuidList: userUuids.slice(0, 1).concat(userUuids.slice(4)),
    },
    { UserGroupUuid: uuid(), UserGroupName: 'Médicos referentes', UserUuidList: userUuids.slice(3, 4) },
  ];
  const flagGroups: MockFlagGroup[] = [
    {
      FlagGroupId: uuid(),
      FlagGroupName: 'Prioridad',
      FlagList: [
        { FlagId: uuid(), FlagName: 'Urgente', FlagColor: '#d9480f' },
        { FlagId: uuid(), FlagName: 'Normal', FlagColor: '#2f9e44' },
      ],
    },
    {
      FlagGroupId: uuid(),
      FlagGroupName: 'Estado del informe',
      FlagList: [
        { FlagId: uuid(), FlagName: 'Pendiente', FlagColor: '#f59f00' },
        { FlagId: uuid(), FlagName: 'Informado', FlagColor: '#1971c2' },
        { FlagId: uuid(), FlagName: 'Revisar', FlagColor: '#c2255c' },
      ],
    },
  ];
  const dicomNodes: MockDicomNode[] = [
    {
      DicomNodeUuid: uuid(),
      Name: 'Tomógrafo sala 1',
      AeTitle: 'CT_SALA1',
      Host: '10.0.10.21',
      Port: 104,
      Modality: 'CT',
    },
    {
      DicomNodeUuid: uuid(),
      Name: 'Resonador 1.5T',
      AeTitle: 'MR_15T',
      Host: '10.0.10.22',
      Port: 11112,
      Modality: 'MR',
    },
    {
      DicomNodeUuid: uuid(),
      Name: 'Ecógrafo consultorio 3',
      AeTitle: 'US_CONS3',
      Host: '10.0.20.13',
      Port: 104,
      Modality: 'US',
    },
  ];

  const orders: MockOrder[] = [];
  for (let i = 0; i < SEEDED_ORDER_COUNT; i++) {
    const sex = faker.helpers.arrayElement(['M', 'F'] as const);
    const first = faker.person.firstName(sex === 'M' ? 'male' : 'female');
    const last = `${faker.person.lastName()} ${faker.person.lastName()}`;
    const middle =
      faker.helpers.maybe(() => faker.person.firstName(sex === 'M' ? 'male' : 'female'), {
        probability: 0.3,
      }) ?? '';
    const modality = faker.helpers.weightedArrayElement(
      modalityWeights.map(([value, weight]) => ({ value, weight })),
    );
    const date = now.add(faker.number.int({ min: -120, max: 30 }), 'day');
    const birth = now
      .subtract(faker.number.int({ min: 1, max: 90 }), 'year')
      .subtract(faker.number.int({ min: 0, max: 364 }), 'day');
    orders.push({
      PatientOrderUuid: uuid(),
      PatientOrderInstitutionUuid:
        (faker.number.int({ min: 0, max: 9 }) < 7 ? institutions[0] : institutions[1])?.InstitutionUuid ?? '',
      PatientName: toDicomName(last, first, middle),
      PatientId: String(faker.number.int({ min: 10_000_000, max: 45_000_000 })),
      OtherPatientId:
        faker.helpers.maybe(() => `HC-${faker.number.int({ min: 1000, max: 99999 })}`, {
          probability: 0.4,
        }) ?? '',
      PatientBirthDate: birth.format('YYYY-MM-DD'),
      PatientSex: sex,
      OrderModality: modality,
      AccessionNumber: `AN${date.format('YYMMDD')}${String(i).padStart(4, '0')}`,
      StudyDescription: faker.helpers.arrayElement(studyDescriptions[modality] ?? ['Estudio']),
      OrderDate: date.format('YYYY-MM-DD'),
      OrderTime: `${String(faker.number.int({ min: 7, max: 19 })).padStart(2, '0')}:${faker.helpers.arrayElement(['00', '15', '30', '45'])}`,
      ConnectedGroupUuid: null,
      FlagGroupId: null,
      FlagId: null,
      AssignedUserUuidList: [],
      AssignedUserGroupUuidList: [],
      extra: {},
      deleted: false,
      studyInstanceUid: `1.2.826.0.1.3680043.10.2.${i + 1}`,
      files: [],
      documents: [],
      seedImageCount: date.isAfter(now) ? 0 : faker.number.int({ min: 1, max: 600 }),
    });
  }

  const folder = (FolderName: string, ParentFolderUuid = '', FolderDescription = ''): MockFolder => ({
    FolderUuid: uuid(),
    FolderName,
    FolderDescription,
    ParentFolderUuid,
    orderUuids: [],
  });
  const urgencias = folder('Urgencias', '', 'Estudios de la guardia');
  const pendientes = folder('Pendientes de informe', urgencias.FolderUuid);
  const oncologia = folder('Oncología', '', 'Seguimiento oncológico');
  const docencia = folder('Docencia');
  const casos = folder('Casos 2026', docencia.FolderUuid, 'Casos para el ateneo');
  urgencias.orderUuids = orders.slice(0, 12).map((o) => o.PatientOrderUuid);
  pendientes.orderUuids = orders.slice(5, 15).map((o) => o.PatientOrderUuid);
  oncologia.orderUuids = orders
    .filter((o) => o.OrderModality === 'PT' || o.OrderModality === 'CT')
    .slice(0, 8)
    .map((o) => o.PatientOrderUuid);
  casos.orderUuids = orders.slice(40, 46).map((o) => o.PatientOrderUuid);
  // The shared population's orders (mocks/population.ts), after the seeded ones (the folders hold seeded ones only).
  orders.push(...populationPostDicomOrders(now.toDate(), institutions));

  return {
    account: { AccountUuid: uuid(), AccountName: 'Diagnóstico por Imágenes (simulación)' },
    institutions,
    users,
    userGroups,
    flagGroups,
    dicomNodes,
    orders,
    folders: [urgencias, pendientes, oncologia, docencia, casos],
    shares: [],
    viewPages: new Map(),
  };
}

export const postDicomDb = defineStore<PostDicomDb>('postdicom', seed);
