/** English strings of the "orders" namespace for the vendor picker, prefill, PostDICOM and Impilo (spread into ../orders.ts). */
const vendors = {
  newTitleFor: 'New {{vendor}} order',
  vendorPicker: 'Where the order goes',
  draftRestoredAge: 'Your unsaved draft was restored (saved {{age}}).',
  prefill: {
    loading: 'Loading the patient’s details…',
    from: 'Filled in from {{name}} ({{vendor}} record {{id}}). Check the values before sending.',
    keptDraft: 'Your draft was kept as you left it; nothing was filled in from {{name}}.',
    notMapped:
      '{{field}}: the patient’s value cannot be written in this system’s format, so it was left empty.',
    supplemented:
      '{{field}}: the {{source}} record has none, so it was taken from the {{vendor}} record {{id}}.',
    disagree: '{{field}}: the patient’s records hold different values, so it was left empty.',
    nobody: 'No record of this patient was found: fill in the form by hand.',
    recordFailures: 'Some records of this patient could not be read without guessing and were not used:',
    recordFailure: '{{vendor}} record {{id}}: the field {{field}} cannot be read.',
    sourceFailed: 'The patient’s {{vendor}} record could not be loaded',
  },
  postdicom: {
    variant: 'How the order is sent',
    variants: {
      json: 'Every field (JSON)',
      minimum: 'Minimum',
      full: 'Full parameters',
    },
    variantHints: {
      json: 'CreateOrderWithJSON: every documented field; only those you fill in are sent.',
      minimum:
        'CreateOrderWithMinimumParameters: name, patient ID, modality, description, order date and time.',
      full: 'CreateOrderWithFullParameters2: adds the order date and time, sex and referring physician to the full set.',
    },
    sections: {
      account: 'PostDICOM account',
      patient: 'Patient',
      order: 'Order',
      requesting: 'Requesting and referring',
      notes: 'Notes',
    },
    fields: {
      userUuid: 'Ordering user',
      institutionUuid: 'Institution',
      OtherPatientId: 'Other patient ID',
      PatientName: 'Patient name (DICOM)',
      OrderModality: 'Modality',
      OrderAccessionNumber: 'Accession number',
      PatientsBirthDate: 'Date of birth',
      PatientID: 'Patient ID (MRN)',
      Priority: 'Priority',
      PatientHistory: 'Patient history',
      PatientComplaints: 'Complaints',
      PatientSymptom: 'Symptoms',
      RequestingPhysician: 'Requesting physician',
      RequestingDepartment: 'Requesting department',
      RequestingProcedureDescription: 'Requested procedure description',
      PerformedDatetime: 'Performed date and time',
      OrderNote1: 'Note 1',
      OrderNote2: 'Note 2',
      ReferringPhysiciansName: 'Referring physician (DICOM name)',
      StudyDescription: 'Study description',
      RequestedProcedureId: 'Requested procedure ID',
      ScheduledEquipmentUuid: 'Scheduled equipment',
      PatientSex: 'Sex',
      OrderDate: 'Order date',
      OrderTime: 'Order time',
    },
    hints: {
      PatientName: 'SURNAMES^GIVEN NAMES^MIDDLE NAME, for example GARCÍA LÓPEZ^MARÍA',
      ReferringPhysiciansName: 'SURNAMES^GIVEN NAMES',
      OrderTime: 'HH:MM, 24-hour',
      PerformedDatetime: 'YYYY-MM-DD HH:MM, for example 2026-03-15 16:00',
      OrderAccessionNumber: 'Generated for you (1–16 characters); it also makes a retry safe.',
      Priority: 'As your PACS names it, for example ROUTINE or STAT',
    },
    created: 'PostDICOM order {{accession}} created.',
    replayed:
      'PostDICOM order {{accession}} already existed: an earlier attempt got through. Nothing was duplicated.',
    stoppedWaiting:
      'You stopped waiting. PostDICOM may still have created the order: sending it again is safe, the console looks for it first. Everything you typed is still here.',
  },
  impilo: {
    sections: {
      recipient: 'Who receives it',
      lines: 'Items and kits',
      details: 'Order ids and notes',
    },
    fields: {
      target: 'The order is for',
      patientSearch: 'Find a patient by name',
      patientId: 'Patient',
      siteId: 'Site',
      line: 'Line {{index}}',
      quantity: 'Quantity',
      externalOrderId: 'Console order id',
      otherExternalIds: 'Other external order ids',
      orderNotes: 'Notes',
    },
    target: {
      patient: 'A patient',
      site: 'A site',
    },
    hints: {
      externalOrderId: 'Sent as the first external order id; it makes a retry safe.',
      otherExternalIds: 'Your own order numbers, separated by commas',
    },
    kits: 'Kits',
    items: 'Items',
    addLine: 'Add a line',
    removeLine: 'Remove line {{index}}',
    created: 'Impilo order {{id}} created.',
    replayed: 'Impilo order {{id}} already existed: an earlier attempt got through. Nothing was duplicated.',
    stoppedWaiting:
      'You stopped waiting. Impilo may still have created the order: sending it again is safe, the console looks for it first. Everything you typed is still here.',
  },
};

export default vendors;
