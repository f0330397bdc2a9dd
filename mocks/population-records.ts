import { heldBy, populationRandom, recordDicomName, recordEmail, recordMrn, recordName } from './population';
import type { SoloMockPatient } from './solo/care-records';

/**
 * The population's persons (./population.ts) as each vendor's mock store keeps them. Each store's seed
 * function appends these after its own seeded records (whose ids and counts other tests rely on).
 * Dates of orders and referrals are laid out around `now` (the mock clock when the store is seeded).
 * The record types are inferred here and checked where each store takes them (importing the stores' types
 * here would make a cycle of modules).
 */
interface Facility {
  id: string;
  identifier: string;
  name: string;
  rooms: { id: string; ae_title: string; name: string }[];
}

const DAY = 86_400_000;

function dayOffset(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

const modalities = [
  ['CT', 'CT de tórax'],
  ['MR', 'RM de rodilla'],
  ['US', 'Ecografía abdominal'],
  ['CR', 'Rx de tórax PA'],
  ['DX', 'Rx digital de columna'],
  ['MG', 'Mamografía de tamizaje'],
] as const;

// ---- Solo --------------------------------------------------------------------------------------------

/** Solo patients: the caller's id `P-7xxxxx`, SPIDs from `firstSpid` on, the MRN in `mrn`. */
export function populationSoloPatients(firstSpid: number): SoloMockPatient[] {
  return heldBy('solo').map(({ person, record }, i) => {
    const name = recordName(person, record);
    const spid = firstSpid + i;
    const lastName = [name.firstSurname, name.secondSurname].filter(Boolean).join(' ');
    return {
      spid,
      id: person.soloId ?? `P-${String(800_000 + person.index)}`,
      hsid: `HS${String(900_000 + spid)}`,
      demographics: {
        mrn: recordMrn(person, record) ?? undefined,
        name: [
          {
            use: 'usual',
            family: `${name.given} ${lastName}`,
            firstName: name.given,
            middleName: '',
            lastName,
            alias: '',
          },
        ],
        birthDate: person.birthDate,
        gender: person.sex === 'F' ? 'female' : 'male',
        maritalStatus: 'single',
        telecom: [
          { use: 'mobile', system: 'phone', value: `+52 ${person.phone}` },
          { use: 'home', system: 'email', value: recordEmail(person, record) },
        ],
        contact: [],
        preferredLanguage: 'Spanish',
        address: [
          {
            use: 'home',
            line: [person.address.line1],
            apartment: '',
            city: person.address.city,
            state: person.address.state,
            postalcode: person.address.postalCode,
            country: person.address.country,
          },
        ],
        active: true,
        deceased: false,
        deceasedAt: null,
        familyMember: false,
        isLinkedByEmail: false,
        sharedEmailGroup: null,
      },
    } as SoloMockPatient;
  });
}

// ---- Impilo ------------------------------------------------------------------------------------------

export function populationImpiloPatients(now: Date, siteIds: string[]) {
  const random = populationRandom('impilo');
  return heldBy('impilo').map(({ person, record }) => {
    const name = recordName(person, record);
    return {
      id: random.uuid(),
      firstName: name.given,
      lastName: [name.firstSurname, name.secondSurname].filter(Boolean).join(' '),
      email: recordEmail(person, record),
      phone: person.phone,
      dateOfBirth: person.birthDate,
      externalIdentifier: recordMrn(person, record),
      siteId: siteIds.length ? random.pick(siteIds) : null,
      address: {
        line1: person.address.line1,
        line2: null,
        city: person.address.city,
        state: person.address.state,
        postalCode: person.address.postalCode,
        country: person.address.country,
      },
      createdAt: new Date(now.getTime() - random.int(1, 700) * DAY).toISOString(),
    };
  });
}

// ---- Eden --------------------------------------------------------------------------------------------

/** Eden orders: inside the search's month walk (the coming month and the 12 before). */
export function populationEdenOrders(now: Date, facilities: Facility[]) {
  const random = populationRandom('eden');
  // An evolving array: its type is the orders' as built below.
  const orders = [];
  for (const { person, record } of heldBy('eden')) {
    const name = recordName(person, record);
    for (let k = 0; k < record.count; k++) {
      const facility = random.pick(facilities);
      const room = random.pick(facility.rooms);
      const [modality, study] = random.pick(modalities);
      const offset = k === 0 ? random.int(1, 25) : -random.int(20, 330);
      const day = dayOffset(now, offset);
      const created = new Date(
        Math.min(now.getTime(), Date.parse(`${day}T00:00:00Z`)) - 3 * DAY,
      ).toISOString();
      const status = offset > 0 ? 'NEW' : random.pick(['COMPLETED', 'SIGNED', 'READING_PENDING']);
      orders.push({
        id: random.uuid(),
        folio: `ACC-P${String(person.index).padStart(5, '0')}-${k + 1}`,
        description: 'Control',
        status,
        priority: 'NORMAL',
        modality,
        study_code: `${modality}-POP`,
        study_name: study,
        facility: { id: facility.id, identifier: facility.identifier, name: facility.name },
        room: { id: room.id, ae_title: room.ae_title, name: room.name },
        patient_identifier: recordMrn(person, record),
        patient_name: name.given,
        patient_first_surname: name.firstSurname,
        patient_last_surname: name.secondSurname,
        patient_email: recordEmail(person, record),
        patient_gender: person.sex,
        patient_birth_date: person.birthDate,
        patient_phone_code: '52',
        patient_phone_number: person.phone,
        physician_identifier: null,
        physician_name: null,
        physician_first_surname: null,
        physician_last_surname: null,
        physician_email: null,
        physician_gender: null,
        physician_phone_code: null,
        physician_phone_number: null,
        practitioner_assigned_email: null,
        appointment_date: day,
        appointment_time: `${String(random.int(8, 17)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}:00`,
        appointment_duration: 30,
        extra_fields: {},
        cancel_reason: null,
        created_at: created,
        updated_at: created,
      });
    }
  }
  return orders;
}

// ---- PostDICOM ---------------------------------------------------------------------------------------

/** PostDICOM orders: `FAMILY^GIVEN` names, the MRN as Patient ID, over the last year and the coming month. */
export function populationPostDicomOrders(now: Date, institutions: { InstitutionUuid: string }[]) {
  const random = populationRandom('postdicom');
  const orders = [];
  let serial = 0;
  for (const { person, record } of heldBy('postdicom')) {
    for (let k = 0; k < record.count; k++) {
      serial++;
      const [modality, study] = random.pick(modalities);
      const day = dayOffset(now, -random.int(-30, 365));
      orders.push({
        PatientOrderUuid: random.uuid(),
        PatientOrderInstitutionUuid:
          (serial % 10 < 7 ? institutions[0] : institutions[1])?.InstitutionUuid ?? '',
        PatientName: recordDicomName(person, record),
        PatientId: recordMrn(person, record) ?? '',
        OtherPatientId: '',
        PatientBirthDate: person.birthDate,
        PatientSex: person.sex,
        OrderModality: modality,
        AccessionNumber: `AP${String(serial).padStart(8, '0')}`,
        StudyDescription: study,
        OrderDate: day,
        OrderTime: `${String(random.int(7, 19)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`,
        ConnectedGroupUuid: null,
        FlagGroupId: null,
        FlagId: null,
        AssignedUserUuidList: [],
        AssignedUserGroupUuidList: [],
        extra: {},
        deleted: false,
        studyInstanceUid: `1.2.826.0.1.3680043.10.3.${serial}`,
        files: [],
        documents: [],
        seedImageCount: day > dayOffset(now, 0) ? 0 : random.int(1, 600),
      });
    }
  }
  return orders;
}

// ---- Scan.com ----------------------------------------------------------------------------------------

const scanModalities = ['MRI', 'CT', 'Ultrasound', 'X-Ray'] as const;

/** Scan.com referrals of one user (`ownerId`): Scan.com keeps no patient record, the referral holds the details. */
export function populationScanReferrals(now: Date, ownerId: number, firstId: number) {
  const random = populationRandom('scan');
  return heldBy('scan').map(({ person, record }, i) => {
    const name = recordName(person, record);
    const created = new Date(now.getTime() - random.int(1, 200) * DAY).toISOString();
    return {
      id: firstId + i,
      ownerId,
      status: 'draft' as const,
      patient_information: {
        first_name: name.given,
        last_name: [name.firstSurname, name.secondSurname].filter(Boolean).join(' '),
        email: recordEmail(person, record),
        phone: `+52 ${person.phone}`,
        date_of_birth_iso: person.birthDate.replaceAll('-', '/'),
        address_line_1: person.address.line1,
        address_postcode: person.address.postalCode,
        gender: person.sex === 'F' ? 'female' : 'male',
      },
      modality: random.pick(scanModalities),
      body_part_ids: [],
      referral_information: 'Control',
      imaging_provider_id: null,
      time_slot_ids: [],
      gp_details: null,
      safety_question_answers: [],
      additional_documents: [],
      created_at: created,
      updated_at: created,
    };
  });
}
