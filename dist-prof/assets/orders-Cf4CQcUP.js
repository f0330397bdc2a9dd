// src/i18n/locales/es/orders-parts/details.ts
/** Spanish strings of ../../en/orders/details.ts. */
var details = {
	postdicomDetail: {
		title: "Orden {{id}} de PostDICOM",
		noInstitution: "Este enlace no dice a qué institución pertenece la orden. Ábrala desde la lista de trabajo.",
		actions: "Visor, compartir y papelera",
		openViewer: "Abrir en el visor",
		share: "Compartir…",
		openViewerLink: "Abrir el visor",
		popupBlocked: "El navegador bloqueó la pestaña nueva.",
		moveToBin: "Mover a la papelera",
		moveToBinTitle: "¿Mover esta orden a la papelera?",
		moveToBinBody: "La orden sale de las listas; PostDICOM la guarda en su papelera, desde donde se puede restaurar.",
		keep: "Conservar la orden",
		binned: "La orden {{id}} de PostDICOM se movió a la papelera.",
		organize: "Marca, asignaciones, carpetas y grupo",
		currentFlag: "Marca: {{flag}}",
		flag: "Marca de la cuenta",
		setFlag: "Poner la marca",
		assignedUsers: "Usuarios asignados",
		assignedGroups: "Grupos de usuarios asignados",
		user: "Usuario",
		userGroup: "Grupo de usuarios",
		location: "Ubicación (institución)",
		assign: "Asignar",
		unassign: "Quitar la asignación a {{name}}",
		remove: "Quitar",
		folders: "En carpetas",
		folder: "Carpeta",
		addToFolder: "Añadir a la carpeta",
		removeFromFolder: "Quitar de la carpeta {{name}}",
		orderGroup: "Grupo de órdenes",
		inGroup: "En el grupo de órdenes {{id}}",
		noGroup: "No está en un grupo de órdenes",
		createGroup: "Crear un grupo de órdenes con esta orden",
		leaveGroup: "Quitar de su grupo de órdenes",
		changed: "La orden se cambió en PostDICOM."
	},
	impiloDetail: {
		title: "Orden {{id}} de Impilo",
		notFound: "Impilo no tiene ninguna orden con el id {{id}}.",
		status: "Estado",
		id: "Id en Impilo",
		recipient: "Para",
		patient: "Paciente {{id}}",
		site: "Sede {{id}}",
		externalIds: "ID externos de la orden",
		tracking: "Números de seguimiento",
		noTracking: "Todavía ninguno (se añaden al enviar)",
		events: "Eventos",
		kit: "kit",
		item: "artículo"
	},
	impiloStatuses: {
		RECEIVED: "Recibida",
		PROCESSING: "En preparación",
		SHIPPED: "Enviada",
		DELIVERED: "Entregada",
		CANCELLED: "Cancelada"
	}
};
// src/i18n/locales/es/orders-parts/scan.ts
/** Spanish strings of ../../en/orders-parts/scan.ts. */
var scan = { scan: {
	stepsLabel: "Pasos de la derivación",
	stepOf: "Paso {{step}} de {{total}}",
	steps: {
		patient: "Paciente",
		study: "Estudio",
		referral: "Derivación",
		documents: "Documentos",
		finish: "Enviar o confirmar",
		provider: "Centro de imagen",
		slots: "Hora",
		gp: "Médico de cabecera",
		safety: "Preguntas de seguridad",
		confirm: "Confirmar"
	},
	next: "Siguiente",
	back: "Atrás",
	createAndNext: "Crear la derivación y seguir",
	submit: "Enviar a Scan.com",
	confirm: "Confirmar la derivación",
	submitted: "Derivación {{id}} de Scan.com enviada: Scan.com escribe al paciente para que elija centro y hora.",
	confirmed: "Derivación {{id}} de Scan.com confirmada.",
	notSaved: "Scan.com no guardó este paso. Todo lo que escribió sigue aquí.",
	notice: {
		sessionAgain: "La sesión de Scan.com de esta pestaña terminó con la recarga. Indique de nuevo su usuario de Scan.com para seguir; se conserva todo lo escrito.",
		referralGone: "La derivación creada antes no se puede leer en esta sesión (Scan.com muestra una derivación solo a la sesión que la creó). Se conservan sus datos: al seguir desde el paso Derivación se crea de nuevo."
	},
	sessionActive: "Sesión de Scan.com activa en esta pestaña: la derivación se crea como el usuario de Scan.com de esta pestaña.",
	accountHint: "Scan.com vincula cada derivación al usuario que la crea. Indique el usuario de Scan.com con el que trabaja esta pestaña (normalmente el de recepción).",
	sections: {
		account: "Su usuario de Scan.com",
		patient: "Paciente",
		gp: "Médico de cabecera"
	},
	fields: {
		account: {
			first_name: "Nombre",
			last_name: "Apellidos",
			email: "Correo electrónico"
		},
		patient: {
			first_name: "Nombre",
			last_name: "Apellidos (todos)",
			email: "Correo electrónico",
			date_of_birth: "Fecha de nacimiento",
			gender: "Sexo",
			phone: "Teléfono",
			address_line_1: "Dirección, línea 1",
			address_line_2: "Dirección, línea 2",
			address_city: "Localidad",
			address_postcode: "Código postal"
		},
		gp: {
			gp_name: "Nombre del médico",
			practice_name: "Consulta",
			practice_address: "Dirección de la consulta",
			practice_postcode: "Código postal de la consulta",
			practice_phone: "Teléfono de la consulta"
		},
		safety: {
			answer: "Respuesta",
			details: "Detalles"
		},
		modality: "Modalidad",
		bodyPartIds: "Partes del cuerpo",
		referralInformation: "Información de la derivación",
		path: "Cómo se termina la derivación",
		providerLocation: "Cerca de (código postal o localidad)",
		providerId: "Centro de imagen",
		slotIds: "Bloques de tiempo"
	},
	notGiven: "Sin indicar",
	genders: {
		male: "Hombre",
		female: "Mujer",
		other: "Otro"
	},
	modalityHint: "Nombres de Scan.com: MRI, CT, Ultrasound, X-Ray, DEXA, PET-CT, Mammogram.",
	chooseModalityFirst: "Elija primero la modalidad: sus partes del cuerpo vienen de Scan.com.",
	bodyPartsHint: "Las partes del cuerpo que Scan.com explora con {{modality}}. Elija una o varias.",
	referralHint: "El motivo clínico del estudio. {{count}} de {{maximum}} caracteres.",
	documents: {
		hint: "Estudios o informes anteriores, de cualquier tipo, de {{megabytes}} MB como máximo cada uno; cada archivo se envía por separado.",
		none: "Todavía no hay documentos.",
		add: "Añadir documentos",
		tooLarge: "Supera los {{megabytes}} MB: Scan.com no lo acepta.",
		empty: "El archivo está vacío.",
		retry: "Enviar {{name}} de nuevo",
		remove: "Quitar {{name}} de la lista",
		progress: "Envío de {{name}}",
		state: {
			waiting: "en espera",
			uploading: "enviando…",
			done: "enviado",
			failed: "no enviado",
			refused: "rechazado"
		}
	},
	paths: {
		submit: "Enviar: Scan.com escribe al paciente",
		submitHint: "El paciente elige el centro y la hora, responde a las preguntas de seguridad y paga.",
		confirm: "Confirmar aquí",
		confirmHint: "Usted elige el centro de imagen y la hora, e indica ahora el médico de cabecera y las respuestas de seguridad."
	},
	providerLocationHint: "Centros que hacen este estudio, del más cercano al más lejano. Vacío: cerca del código postal del paciente.",
	noProviders: "Ningún centro hace este estudio para estas partes del cuerpo.",
	miles: "{{distance}} millas",
	noSlots: "Este centro no tiene horas libres en los próximos días. Elija otro centro.",
	days: "Días",
	yes: "Sí",
	no: "No",
	confirmHint: "Revise la derivación tal como la tiene Scan.com y confírmela.",
	summary: {
		patient: "Paciente",
		blocks_one: "{{count}} bloque de 15 minutos (id {{ids}})",
		blocks_other: "{{count}} bloques, {{minutes}} minutos (ids {{ids}})",
		answers_one: "{{count}} respuesta",
		answers_other: "{{count}} respuestas"
	},
	status: {
		draft: "Borrador",
		submitted: "Enviada: el paciente termina por correo",
		confirmed: "Confirmada"
	},
	detail: {
		title: "Derivación {{id}} de Scan.com",
		notFound: "Scan.com no tiene la derivación {{id}} para el usuario de esta pestaña.",
		noSession: "Esta pestaña no tiene sesión de Scan.com. Scan.com muestra una derivación solo al usuario que la creó, en la sesión que la creó.",
		newReferral: "Nueva derivación de Scan.com"
	}
} };
// src/i18n/locales/es/orders-parts/vendors.ts
/** Spanish strings of ../../en/orders/vendors.ts. */
var vendors = {
	newTitleFor: "Nueva orden de {{vendor}}",
	vendorPicker: "A dónde va la orden",
	draftRestoredAge: "Se recuperó su borrador sin guardar (guardado {{age}}).",
	prefill: {
		loading: "Cargando los datos del paciente…",
		from: "Rellenado con los datos de {{name}} (registro {{id}} de {{vendor}}). Revise los valores antes de enviar.",
		keptDraft: "Se conservó su borrador tal como lo dejó; no se rellenó nada con los datos de {{name}}.",
		notMapped: "{{field}}: el valor del paciente no se puede escribir en el formato de este sistema, así que se dejó vacío.",
		supplemented: "{{field}}: el registro de {{source}} no lo tiene, así que se tomó del registro {{id}} de {{vendor}}.",
		disagree: "{{field}}: los registros del paciente tienen valores distintos, así que se dejó vacío.",
		nobody: "No se encontró ningún registro de este paciente: rellene el formulario a mano.",
		recordFailures: "Algunos registros de este paciente no se pueden leer sin adivinar y no se usaron:",
		recordFailure: "Registro {{id}} de {{vendor}}: no se puede leer el campo {{field}}.",
		sourceFailed: "No se pudo cargar el registro del paciente en {{vendor}}"
	},
	postdicom: {
		variant: "Cómo se envía la orden",
		variants: {
			json: "Todos los campos (JSON)",
			minimum: "Mínima",
			full: "Parámetros completos"
		},
		variantHints: {
			json: "CreateOrderWithJSON: todos los campos documentados; solo se envían los que rellene.",
			minimum: "CreateOrderWithMinimumParameters: nombre, ID del paciente, modalidad, descripción, fecha y hora de la orden.",
			full: "CreateOrderWithFullParameters2: añade la fecha y hora de la orden, el sexo y el médico remitente al conjunto completo."
		},
		sections: {
			account: "Cuenta de PostDICOM",
			patient: "Paciente",
			order: "Orden",
			requesting: "Solicitante y remitente",
			notes: "Notas"
		},
		fields: {
			userUuid: "Usuario que ordena",
			institutionUuid: "Institución",
			OtherPatientId: "Otro ID del paciente",
			PatientName: "Nombre del paciente (DICOM)",
			OrderModality: "Modalidad",
			OrderAccessionNumber: "Número de acceso",
			PatientsBirthDate: "Fecha de nacimiento",
			PatientID: "ID del paciente (historia clínica)",
			Priority: "Prioridad",
			PatientHistory: "Antecedentes del paciente",
			PatientComplaints: "Motivo de consulta",
			PatientSymptom: "Síntomas",
			RequestingPhysician: "Médico solicitante",
			RequestingDepartment: "Servicio solicitante",
			RequestingProcedureDescription: "Descripción del procedimiento solicitado",
			PerformedDatetime: "Fecha y hora de realización",
			OrderNote1: "Nota 1",
			OrderNote2: "Nota 2",
			ReferringPhysiciansName: "Médico remitente (nombre DICOM)",
			StudyDescription: "Descripción del estudio",
			RequestedProcedureId: "ID del procedimiento solicitado",
			ScheduledEquipmentUuid: "Equipo programado",
			PatientSex: "Sexo",
			OrderDate: "Fecha de la orden",
			OrderTime: "Hora de la orden"
		},
		hints: {
			PatientName: "APELLIDOS^NOMBRES^SEGUNDO NOMBRE, por ejemplo GARCÍA LÓPEZ^MARÍA",
			ReferringPhysiciansName: "APELLIDOS^NOMBRES",
			OrderTime: "HH:MM, 24 horas",
			PerformedDatetime: "AAAA-MM-DD HH:MM, por ejemplo 2026-03-15 16:00",
			OrderAccessionNumber: "Se genera por usted (1 a 16 caracteres); también hace seguro reintentar.",
			Priority: "Como la nombra su PACS, por ejemplo ROUTINE o STAT"
		},
		created: "Se creó la orden {{accession}} de PostDICOM.",
		replayed: "La orden {{accession}} de PostDICOM ya existía: un intento anterior llegó. No se duplicó nada.",
		stoppedWaiting: "Dejó de esperar. Puede que PostDICOM haya creado la orden: volver a enviarla es seguro, la consola la busca primero. Todo lo que escribió sigue aquí."
	},
	impilo: {
		sections: {
			recipient: "Quién lo recibe",
			lines: "Artículos y kits",
			details: "Identificadores y notas"
		},
		fields: {
			target: "La orden es para",
			patientSearch: "Buscar un paciente por nombre",
			patientId: "Paciente",
			siteId: "Sede",
			line: "Línea {{index}}",
			quantity: "Cantidad",
			externalOrderId: "ID de la orden en la consola",
			otherExternalIds: "Otros ID externos de la orden",
			orderNotes: "Notas"
		},
		target: {
			patient: "Un paciente",
			site: "Una sede"
		},
		hints: {
			externalOrderId: "Se envía como primer ID externo; hace seguro reintentar.",
			otherExternalIds: "Sus propios números de orden, separados por comas"
		},
		kits: "Kits",
		items: "Artículos",
		addLine: "Añadir una línea",
		removeLine: "Quitar la línea {{index}}",
		created: "Se creó la orden {{id}} de Impilo.",
		replayed: "La orden {{id}} de Impilo ya existía: un intento anterior llegó. No se duplicó nada.",
		stoppedWaiting: "Dejó de esperar. Puede que Impilo haya creado la orden: volver a enviarla es seguro, la consola la busca primero. Todo lo que escribió sigue aquí."
	}
};
// src/i18n/locales/es/orders-parts/worklist.ts
/** Spanish strings of ../../en/orders/worklist.ts. */
var worklist = { all: {
	title: "Órdenes",
	edenWorklist: "Lista de trabajo de Eden",
	tableLabel: "Órdenes de todos los proveedores",
	search: "Paciente, ID del paciente o referencia",
	vendors: "Proveedores",
	vendorFailed: "No se pudieron cargar las órdenes de {{vendor}}; se muestran las demás",
	notAsked: "No se consultó {{vendor}}",
	noScanSession: "No hay sesión de Scan.com en esta pestaña: las derivaciones solo las ve la sesión que las creó.",
	startScanSession: "Iniciar una sesión de Scan.com (primer paso de una nueva derivación)",
	stillLoading: "aún cargando algunos proveedores",
	export: "Exportar CSV",
	sortBy: "Ordenar por {{column}}",
	sortOrder: "Ordenar por",
	ascending: "Ascendente",
	descending: "Descendente",
	noneIsAll: "Sin ninguno marcado se ven todos.",
	images_one: "{{count}} imagen",
	images_other: "{{count}} imágenes",
	cardsLabel: "Órdenes de todos los proveedores, una tarjeta por orden",
	columns: {
		date: "Fecha",
		vendor: "Proveedor",
		reference: "Referencia",
		patient: "Paciente",
		patientId: "ID del paciente",
		what: "Modalidad o kit",
		status: "Estado",
		vendorStatus: "Estado en el proveedor",
		priority: "Prioridad"
	},
	statuses: {
		requested: "Solicitada",
		"in-progress": "En curso",
		reporting: "Pendiente de informe",
		completed: "Completada",
		cancelled: "Cancelada",
		unknown: "Desconocido"
	}
} };
// src/i18n/locales/es/orders.ts
/** Spanish strings of the "orders" namespace: the same keys as ../en/orders.ts. */
var orders = {
	...vendors,
	...details,
	...scan,
	...worklist,
	worklistTitle: "Lista de trabajo de Eden",
	newTitle: "Nueva orden de Eden",
	detailTitle: "Orden {{folio}}",
	newOrder: "Nueva orden",
	filters: {
		title: "Filtros",
		from: "Desde",
		to: "Hasta",
		modality: "Modalidad",
		status: "Estado",
		patient: "Identificador del paciente",
		apply: "Aplicar",
		clear: "Quitar filtros"
	},
	columns: {
		when: "Fecha y hora",
		folio: "Folio",
		patient: "Paciente",
		modality: "Modalidad",
		study: "Estudio",
		place: "Sucursal · sala",
		status: "Estado",
		priority: "Prioridad"
	},
	empty: "Ninguna orden coincide con estos filtros.",
	statuses: {
		NEW: "Nueva",
		PATIENT_ARRIVED: "Paciente llegó",
		IN_PROCESS: "En proceso",
		COMPLETED: "Completada",
		READING_PENDING: "Lectura pendiente",
		SIGNED: "Firmada",
		ADDENDUM_SIGNED: "Adenda firmada",
		CANCELLED: "Cancelada"
	},
	priorities: {
		NORMAL: "Normal",
		HIGHEST: "Máxima",
		URGENT: "Urgente"
	},
	sexes: {
		F: "Femenino",
		M: "Masculino",
		O: "Otro"
	},
	cancelReasons: {
		"non-attendance": "El paciente no asistió",
		"room-not-available": "Sala no disponible",
		"pregnant-risk": "Riesgo por embarazo",
		"physical-limitation": "Limitación física",
		other: "Otro"
	},
	sections: {
		patient: "Paciente",
		study: "Estudio",
		place: "Sucursal y sala",
		physician: "Médico referente",
		appointment: "Cita",
		extra: "Campos adicionales",
		history: "Registro"
	},
	fields: {
		folio: "Folio (número de acceso)",
		folioHint: "Identificador del estudio del hospital. Se genera automáticamente y hace seguro reintentar.",
		regenerateFolio: "Nuevo folio",
		description: "Motivo del estudio",
		facility_identifier: "Sucursal",
		room_identifier: "Sala (AE title)",
		room_name: "Nombre de la sala",
		room_nameHint: "Recomendado si no se elige sala",
		modality: "Modalidad",
		priority: "Prioridad",
		study_code: "Código del estudio",
		study_name: "Nombre del estudio",
		patient_identifier: "Identificador del paciente (expediente)",
		patient_name: "Nombres",
		patient_first_surname: "Primer apellido",
		patient_last_surname: "Segundo apellido",
		patient_email: "Correo electrónico",
		patient_gender: "Sexo",
		patient_birth_date: "Fecha de nacimiento",
		patient_phone_code: "Código de país",
		patient_phone_number: "Teléfono",
		physician_identifier: "Identificador del médico",
		physician_name: "Nombres",
		physician_first_surname: "Primer apellido",
		physician_last_surname: "Segundo apellido",
		physician_email: "Correo electrónico",
		physician_gender: "Sexo",
		physician_phone_code: "Código de país",
		physician_phone_number: "Teléfono",
		practitioner_assigned_email: "Correo del profesional asignado",
		appointment_date: "Fecha",
		appointment_time: "Hora",
		appointment_duration: "Duración (minutos)",
		durationHint: "Minutos enteros, por ejemplo 30",
		timeHint: "HH:MM:SS, 24 horas, hora local de la sucursal",
		extraKey: "Nombre del campo",
		extraValue: "Valor",
		addExtra: "Añadir campo",
		removeExtra: "Quitar el campo {{index}}",
		status: "Estado",
		cancel_reason: "Motivo de cancelación",
		created_at: "Creada",
		updated_at: "Actualizada",
		id: "Id en Eden"
	},
	choose: "Elija…",
	notSet: "Sin indicar",
	submit: "Crear orden",
	submitting: "Creando la orden…",
	saveChanges: "Guardar cambios",
	saving: "Guardando…",
	created: "Orden {{folio}} creada.",
	replayed: "La orden {{folio}} ya existía con los mismos datos: un intento anterior llegó. No se duplicó nada.",
	updated: "Orden {{folio}} actualizada.",
	cancelled: "Orden {{folio}} cancelada.",
	failed: "La orden no se guardó. Todo lo que escribió sigue aquí.",
	notSaved: "Los cambios no se guardaron. Todo lo que escribió sigue aquí.",
	stoppedWaiting: "Dejó de esperar. Puede que Eden haya creado la orden: volver a enviarla es seguro, su folio evita un duplicado. Todo lo que escribió sigue aquí.",
	loadFailed: "No se pudo cargar la orden",
	orderNotFound: {
		title: "Orden no encontrada",
		body: "Eden no tiene ninguna orden con el id {{id}}. Puede que el enlace esté mal escrito o que la orden sea de otro sistema."
	},
	draftRestored: "Se recuperó su borrador sin guardar.",
	discardDraft: "Descartar borrador",
	edit: "Editar orden",
	cancelOrder: "Cancelar orden",
	cancelTitle: "Cancelar la orden {{folio}}",
	cancelBody: "La orden queda en el historial como cancelada. Elija un motivo.",
	confirmCancel: "Cancelar la orden",
	keepOrder: "Conservar la orden",
	backToWorklist: "Volver a la lista de trabajo",
	readOnly: "Esta orden ya no se puede modificar.",
	facilitiesUnavailable: "No se pudo cargar la lista de sucursales; escriba el identificador."
};
export { orders as default };
