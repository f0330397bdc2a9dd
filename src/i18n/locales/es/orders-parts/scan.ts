import type { Translation } from '../../../resources';
import type en from '../../en/orders-parts/scan';

/** Spanish strings of ../../en/orders-parts/scan.ts. */
const scan: Translation<typeof en> = {
  scan: {
    stepsLabel: 'Pasos de la derivación',
    stepOf: 'Paso {{step}} de {{total}}',
    steps: {
      patient: 'Paciente',
      study: 'Estudio',
      referral: 'Derivación',
      documents: 'Documentos',
      finish: 'Enviar o confirmar',
      provider: 'Centro de imagen',
      slots: 'Hora',
      gp: 'Médico de cabecera',
      safety: 'Preguntas de seguridad',
      confirm: 'Confirmar',
    },
    next: 'Siguiente',
    back: 'Atrás',
    createAndNext: 'Crear la derivación y seguir',
    submit: 'Enviar a Scan.com',
    confirm: 'Confirmar la derivación',
    submitted:
      'Derivación {{id}} de Scan.com enviada: Scan.com escribe al paciente para que elija centro y hora.',
    confirmed: 'Derivación {{id}} de Scan.com confirmada.',
    notSaved: 'Scan.com no guardó este paso. Todo lo que escribió sigue aquí.',
    notice: {
      sessionAgain:
        'La sesión de Scan.com de esta pestaña terminó con la recarga. Indique de nuevo su usuario de Scan.com para seguir; se conserva todo lo escrito.',
      referralGone:
        'La derivación creada antes no se puede leer en esta sesión (Scan.com muestra una derivación solo a la sesión que la creó). Se conservan sus datos: al seguir desde el paso Derivación se crea de nuevo.',
    },
    sessionActive:
      'Sesión de Scan.com activa en esta pestaña: la derivación se crea como el usuario de Scan.com de esta pestaña.',
    accountHint:
      'Scan.com vincula cada derivación al usuario que la crea. Indique el usuario de Scan.com con el que trabaja esta pestaña (normalmente el de recepción).',
    sections: { account: 'Su usuario de Scan.com', patient: 'Paciente', gp: 'Médico de cabecera' },
    fields: {
      account: { first_name: 'Nombre', last_name: 'Apellidos', email: 'Correo electrónico' },
      patient: {
        first_name: 'Nombre',
        last_name: 'Apellidos (todos)',
        email: 'Correo electrónico',
        date_of_birth: 'Fecha de nacimiento',
        gender: 'Sexo',
        phone: 'Teléfono',
        address_line_1: 'Dirección, línea 1',
        address_line_2: 'Dirección, línea 2',
        address_city: 'Localidad',
        address_postcode: 'Código postal',
      },
      gp: {
        gp_name: 'Nombre del médico',
        practice_name: 'Consulta',
        practice_address: 'Dirección de la consulta',
        practice_postcode: 'Código postal de la consulta',
        practice_phone: 'Teléfono de la consulta',
      },
      safety: { answer: 'Respuesta', details: 'Detalles' },
      modality: 'Modalidad',
      bodyPartIds: 'Partes del cuerpo',
      referralInformation: 'Información de la derivación',
      path: 'Cómo se termina la derivación',
      providerLocation: 'Cerca de (código postal o localidad)',
      providerId: 'Centro de imagen',
      slotIds: 'Bloques de tiempo',
    },
    notGiven: 'Sin indicar',
    genders: { male: 'Hombre', female: 'Mujer', other: 'Otro' },
    modalityHint: 'Nombres de Scan.com: MRI, CT, Ultrasound, X-Ray, DEXA, PET-CT, Mammogram.',
    chooseModalityFirst: 'Elija primero la modalidad: sus partes del cuerpo vienen de Scan.com.',
    bodyPartsHint: 'Las partes del cuerpo que Scan.com explora con {{modality}}. Elija una o varias.',
    referralHint: 'El motivo clínico del estudio. {{count}} de {{maximum}} caracteres.',
    documents: {
      hint: 'Estudios o informes anteriores, de cualquier tipo, de {{megabytes}} MB como máximo cada uno; cada archivo se envía por separado.',
      none: 'Todavía no hay documentos.',
      add: 'Añadir documentos',
      tooLarge: 'Supera los {{megabytes}} MB: Scan.com no lo acepta.',
      empty: 'El archivo está vacío.',
      retry: 'Enviar {{name}} de nuevo',
      remove: 'Quitar {{name}} de la lista',
      progress: 'Envío de {{name}}',
      state: {
        waiting: 'en espera',
        uploading: 'enviando…',
        done: 'enviado',
        failed: 'no enviado',
        refused: 'rechazado',
      },
    },
    paths: {
      submit: 'Enviar: Scan.com escribe al paciente',
      submitHint: 'El paciente elige el centro y la hora, responde a las preguntas de seguridad y paga.',
      confirm: 'Confirmar aquí',
      confirmHint:
        'Usted elige el centro de imagen y la hora, e indica ahora el médico de cabecera y las respuestas de seguridad.',
    },
    providerLocationHint:
      'Centros que hacen este estudio, del más cercano al más lejano. Vacío: cerca del código postal del paciente.',
    noProviders: 'Ningún centro hace este estudio para estas partes del cuerpo.',
    miles: '{{distance}} millas',
    noSlots: 'Este centro no tiene horas libres en los próximos días. Elija otro centro.',
    days: 'Días',
    yes: 'Sí',
    no: 'No',
    confirmHint: 'Revise la derivación tal como la tiene Scan.com y confírmela.',
    summary: {
      patient: 'Paciente',
      blocks_one: '{{count}} bloque de 15 minutos (id {{ids}})',
      blocks_other: '{{count}} bloques, {{minutes}} minutos (ids {{ids}})',
      answers_one: '{{count}} respuesta',
      answers_other: '{{count}} respuestas',
    },
    status: {
      draft: 'Borrador',
      submitted: 'Enviada: el paciente termina por correo',
      confirmed: 'Confirmada',
    },
    detail: {
      title: 'Derivación {{id}} de Scan.com',
      notFound: 'Scan.com no tiene la derivación {{id}} para el usuario de esta pestaña.',
      noSession:
        'Esta pestaña no tiene sesión de Scan.com. Scan.com muestra una derivación solo al usuario que la creó, en la sesión que la creó.',
      newReferral: 'Nueva derivación de Scan.com',
    },
  },
};

export default scan;
