import type { Translation } from '../../../resources';
import type en from '../../en/orders-parts/vendors';

/** Spanish strings of ../../en/orders/vendors.ts. */
const vendors: Translation<typeof en> = {
  newTitleFor: 'Nueva orden de {{vendor}}',
  vendorPicker: 'A dónde va la orden',
  draftRestoredAge: 'Se recuperó su borrador sin guardar (guardado {{age}}).',
  prefill: {
    loading: 'Cargando los datos del paciente…',
    from: 'Rellenado con los datos de {{name}} (registro {{id}} de {{vendor}}). Revise los valores antes de enviar.',
    keptDraft: 'Se conservó su borrador tal como lo dejó; no se rellenó nada con los datos de {{name}}.',
    notMapped:
      '{{field}}: el valor del paciente no se puede escribir en el formato de este sistema, así que se dejó vacío.',
    supplemented:
      '{{field}}: el registro de {{source}} no lo tiene, así que se tomó del registro {{id}} de {{vendor}}.',
    disagree: '{{field}}: los registros del paciente tienen valores distintos, así que se dejó vacío.',
    nobody: 'No se encontró ningún registro de este paciente: rellene el formulario a mano.',
    recordFailures: 'Algunos registros de este paciente no se pueden leer sin adivinar y no se usaron:',
    recordFailure: 'Registro {{id}} de {{vendor}}: no se puede leer el campo {{field}}.',
    sourceFailed: 'No se pudo cargar el registro del paciente en {{vendor}}',
  },
  postdicom: {
    variant: 'Cómo se envía la orden',
    variants: {
      json: 'Todos los campos (JSON)',
      minimum: 'Mínima',
      full: 'Parámetros completos',
    },
    variantHints: {
      json: 'CreateOrderWithJSON: todos los campos documentados; solo se envían los que rellene.',
      minimum:
        'CreateOrderWithMinimumParameters: nombre, ID del paciente, modalidad, descripción, fecha y hora de la orden.',
      full: 'CreateOrderWithFullParameters2: añade la fecha y hora de la orden, el sexo y el médico remitente al conjunto completo.',
    },
    sections: {
      account: 'Cuenta de PostDICOM',
      patient: 'Paciente',
      order: 'Orden',
      requesting: 'Solicitante y remitente',
      notes: 'Notas',
    },
    fields: {
      userUuid: 'Usuario que ordena',
      institutionUuid: 'Institución',
      OtherPatientId: 'Otro ID del paciente',
      PatientName: 'Nombre del paciente (DICOM)',
      OrderModality: 'Modalidad',
      OrderAccessionNumber: 'Número de acceso',
      PatientsBirthDate: 'Fecha de nacimiento',
      PatientID: 'ID del paciente (historia clínica)',
      Priority: 'Prioridad',
      PatientHistory: 'Antecedentes del paciente',
      PatientComplaints: 'Motivo de consulta',
      PatientSymptom: 'Síntomas',
      RequestingPhysician: 'Médico solicitante',
      RequestingDepartment: 'Servicio solicitante',
      RequestingProcedureDescription: 'Descripción del procedimiento solicitado',
      PerformedDatetime: 'Fecha y hora de realización',
      OrderNote1: 'Nota 1',
      OrderNote2: 'Nota 2',
      ReferringPhysiciansName: 'Médico remitente (nombre DICOM)',
      StudyDescription: 'Descripción del estudio',
      RequestedProcedureId: 'ID del procedimiento solicitado',
      ScheduledEquipmentUuid: 'Equipo programado',
      PatientSex: 'Sexo',
      OrderDate: 'Fecha de la orden',
      OrderTime: 'Hora de la orden',
    },
    hints: {
      PatientName: 'APELLIDOS^NOMBRES^SEGUNDO NOMBRE, por ejemplo GARCÍA LÓPEZ^MARÍA',
      ReferringPhysiciansName: 'APELLIDOS^NOMBRES',
      OrderTime: 'HH:MM, 24 horas',
      PerformedDatetime: 'AAAA-MM-DD HH:MM, por ejemplo 2026-03-15 16:00',
      OrderAccessionNumber: 'Se genera por usted (1 a 16 caracteres); también hace seguro reintentar.',
      Priority: 'Como la nombra su PACS, por ejemplo ROUTINE o STAT',
    },
    created: 'Se creó la orden {{accession}} de PostDICOM.',
    replayed:
      'La orden {{accession}} de PostDICOM ya existía: un intento anterior llegó. No se duplicó nada.',
    stoppedWaiting:
      'Dejó de esperar. Puede que PostDICOM haya creado la orden: volver a enviarla es seguro, la consola la busca primero. Todo lo que escribió sigue aquí.',
  },
  impilo: {
    sections: {
      recipient: 'Quién lo recibe',
      lines: 'Artículos y kits',
      details: 'Identificadores y notas',
    },
    fields: {
      target: 'La orden es para',
      patientSearch: 'Buscar un paciente por nombre',
      patientId: 'Paciente',
      siteId: 'Sede',
      line: 'Línea {{index}}',
      quantity: 'Cantidad',
      externalOrderId: 'ID de la orden en la consola',
      otherExternalIds: 'Otros ID externos de la orden',
      orderNotes: 'Notas',
    },
    target: {
      patient: 'Un paciente',
      site: 'Una sede',
    },
    hints: {
      externalOrderId: 'Se envía como primer ID externo; hace seguro reintentar.',
      otherExternalIds: 'Sus propios números de orden, separados por comas',
    },
    kits: 'Kits',
    items: 'Artículos',
    addLine: 'Añadir una línea',
    removeLine: 'Quitar la línea {{index}}',
    created: 'Se creó la orden {{id}} de Impilo.',
    replayed: 'La orden {{id}} de Impilo ya existía: un intento anterior llegó. No se duplicó nada.',
    stoppedWaiting:
      'Dejó de esperar. Puede que Impilo haya creado la orden: volver a enviarla es seguro, la consola la busca primero. Todo lo que escribió sigue aquí.',
  },
};

export default vendors;
