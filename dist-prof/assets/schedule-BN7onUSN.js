// src/i18n/locales/es/schedule.ts
/** Spanish strings of the "schedule" namespace: the same keys as ../en/schedule.ts. */
var schedule = {
	title: "Agenda",
	nav: {
		label: "Secciones de la agenda",
		book: "Reservar",
		agenda: "Agenda del día",
		zones: "Husos horarios",
		scan: "Bloques de Scan.com"
	},
	scan: {
		title: "Bloques de tiempo de Scan.com",
		intro: "Los bloques de tiempo en el centro de imagen de las derivaciones de Scan.com de esta pestaña. Elija uno o varios bloques consecutivos de 15 minutos y resérvelos. Las derivaciones se inician en Pedidos; Scan.com solo muestra una derivación a la sesión que la creó.",
		sample: "QA: iniciar una derivación de ejemplo",
		noSession: "Aún no hay sesión de Scan.com en esta pestaña: inicie antes una derivación de Scan.com en Pedidos.",
		noReferral: "No hay ninguna derivación en borrador con centro de imagen en esta sesión.",
		referral: "Derivación",
		referralLabel: "Derivación {{id}} · {{modality}}",
		days: "Días con bloques libres",
		book: "Reservar estos bloques",
		booked_one: "{{count}} bloque reservado para esta derivación",
		booked_other: "{{count}} bloques reservados para esta derivación"
	},
	toolbar: {
		room: "Sala de espera",
		duration: "Duración",
		roomDefault: "Duración de la sala",
		minutes_one: "{{count}} minuto",
		minutes_other: "{{count}} minutos",
		view: "Vista",
		week: "Semana",
		day: "Día",
		today: "Hoy",
		previousWeek: "Semana anterior",
		nextWeek: "Semana siguiente",
		previousDay: "Día anterior",
		nextDay: "Día siguiente"
	},
	status: {
		scheduled: "Programada",
		arrived: "Llegó",
		inProgressIntakeReady: "Lista para admisión",
		inProgressIntakeProgress: "Admisión en curso",
		inProgressExamReady: "Lista para el examen",
		inProgressExamProgress: "Examen en curso",
		dischargeReady: "Lista para el alta",
		dischargeProgress: "Alta en curso",
		completed: "Completada",
		signOff: "Firmada",
		cancelled: "Cancelada",
		notShowedUp: "No se presentó"
	},
	zone: {
		timesIn: "Horas en {{zone}} ({{abbreviation}})",
		yourTime: "{{time}} su hora",
		yourZone: "Su equipo: {{zone}}",
		change: "Cambiar huso",
		dialogTitle: "Huso horario de {{name}}",
		dialogBody: "El proveedor no indica qué huso horario usa este lugar. Las horas se muestran y se introducen con el reloj de este huso. El ajuste se guarda en este navegador.",
		field: "Huso horario",
		noMatch: "No existe ese huso",
		save: "Usar este huso",
		reset: "Volver al predeterminado",
		source: {
			setting: "su ajuste",
			default: "predeterminado",
			vendor: "del proveedor",
			browser: "desconocido: el huso de su equipo"
		}
	},
	zonedFields: {
		chooseLocation: "Elija primero el centro: la hora es su hora local.",
		means: "Es decir",
		nonexistent: "Las {{time}} no existen el {{day}} en {{zone}}: los relojes se adelantan de {{from}} a {{to}}. Elija una hora anterior a las {{from}} o desde las {{to}}.",
		ambiguous: "Las {{time}} ocurren dos veces el {{day}} en {{zone}}: los relojes se atrasan de {{to}} a {{from}}. Eden guarda solo la hora local y no podría saber cuál se quiere decir: elija una hora anterior a las {{from}} o desde las {{to}}."
	},
	scanBlocks: {
		title: "Bloques de tiempo",
		hint: "Cada bloque dura 15 minutos. Para un estudio más largo, elija bloques seguidos.",
		needs_one: "Este estudio necesita {{count}} bloque ({{minutes}} minutos).",
		needs_other: "Este estudio necesita {{count}} bloques ({{minutes}} minutos).",
		none: "El proveedor no tiene bloques libres.",
		zoneNote: "horas en {{zone}}",
		chosen_one: "Elegido: de {{from}} a {{to}} ({{count}} bloque, {{minutes}} min)",
		chosen_other: "Elegido: de {{from}} a {{to}} ({{count}} bloques, {{minutes}} min)",
		refusal: {
			empty: "Elija al menos un bloque.",
			unknown: "El proveedor ya no ofrece el bloque {{id}}.",
			duplicate: "El bloque {{id}} está elegido dos veces.",
			notConsecutive: "Estos bloques no son consecutivos: hay {{minutes}} minutos entre el bloque de las {{first}} y el de las {{second}}. Elija bloques seguidos.",
			tooFew: "Este estudio necesita {{required}} bloques consecutivos; hay {{chosen}} elegidos.",
			tooMany: "Se pueden elegir como máximo {{maximum}} bloques; hay {{chosen}} elegidos."
		}
	},
	grid: {
		label: "Huecos libres de {{room}}, {{range}}",
		keyboardHint: "Las flechas recorren los huecos, Intro elige uno, Re Pág y Av Pág cambian de semana. Las horas son las de la sala de espera.",
		keyboardHintDay: "Las flechas recorren los huecos, Intro elige uno, Re Pág y Av Pág cambian de día. Las horas son las de la sala de espera.",
		emptyWeek: "No hay huecos libres esta semana.",
		emptyDay: "No hay huecos libres este día.",
		time: "Hora",
		free: "libre",
		freeShort: "Libre",
		noSlot: "sin hueco libre",
		nonexistent: "esta hora no existe este día (los relojes se adelantan)",
		secondTime: "segunda vez",
		yours: "Suyo",
		heldByYou: "Reservado para usted mientras confirma",
		changeForward: "{{from}} → {{to}}: relojes adelantados (día de {{hours}} h)",
		changeBack: "{{from}} → {{to}}: relojes atrasados (día de {{hours}} h)"
	},
	clockChange: {
		title: "En este periodo cambia la hora",
		forward: "El {{day}} los relojes de {{zone}} se adelantan {{minutes}} minutos a las {{from}} ({{before}} → {{after}}): las horas de {{from}} a {{to}} no existen ese día.",
		back: "El {{day}} los relojes de {{zone}} se atrasan {{minutes}} minutos a las {{from}} ({{before}} → {{after}}): las horas de {{to}} a {{from}} ocurren dos veces ese día.",
		grid: "La cuadrícula sigue el reloj de la sala de espera: cada hora conserva su fila a ambos lados del cambio."
	},
	booking: {
		title: "Reservar este hueco",
		held: "Reservado para usted",
		slotLine: "{{room}} · {{minutes}} min",
		gone: "Este hueco ya no está libre: otro puesto acaba de reservarlo o se cerró. No se reservó nada. Elija otro hueco libre en la cuadrícula.",
		takenByOther: "Otro puesto reservó este hueco un momento antes que usted. No se reservó nada dos veces; la cuadrícula muestra ahora lo que sigue libre.",
		patientField: "Paciente",
		patientHint: "ID de paciente de Solo (SPID, un número) o el id del paciente. Solo no permite buscar por nombre.",
		patientNotFound: "No hay ningún paciente de Solo con este id o SPID.",
		find: "Buscar",
		usePatient: "Reservar para este paciente",
		changePatient: "Cambiar",
		unnamed: "Paciente sin nombre",
		patientLine: "{{ref}} · nacido el {{dob}} · NHC {{mrn}}",
		reasons: "Motivos",
		reasonsHint: "Escriba un motivo y pulse Intro, o elija uno.",
		needPatient: "Busque al paciente para poder reservar.",
		confirm: "Reservar cita",
		retry: "Reintentar",
		release: "Liberar hueco",
		unknownOutcome: "No se sabe si la reserva se hizo. Reintente: la consola busca primero la reserva que pudo haber hecho, así que no reservará dos veces.",
		bookedTitle: "Reservada",
		movedTitle: "Cita movida",
		replayed: "El intento anterior ya había hecho la reserva; se encontró por su id externo.",
		open: "Abrir la cita {{id}}",
		noIdYet: "La reserva existe; su número de cita aún no aparece en el informe de Solo. Búsquela en la agenda del día en un momento."
	},
	reschedule: {
		bannerTitle: "Reprogramando la cita {{id}}",
		bannerNow: "Ahora:",
		backToAppointment: "Volver a la cita",
		stop: "Dejar de reprogramar",
		title: "Mover la cita {{id}}",
		from: "De",
		to: "A",
		confirm: "Mover cita",
		notMovable: "Solo se puede mover una cita programada."
	},
	cancel: {
		title: "¿Cancelar la cita {{id}}?",
		body: "La cita de {{patient}} del",
		keep: "Mantenerla",
		confirm: "Cancelar cita",
		done: "Cita {{id}} cancelada."
	},
	agenda: {
		title: "Agenda del día",
		statusFilter: "Estado",
		allStatuses: "Todos los estados",
		search: "Filtrar",
		searchHint: "Nombre, NHC, SPID o motivo",
		empty: "Ninguna cita coincide.",
		tableLabel: "Citas de {{room}} el {{day}}",
		time: "Hora",
		patient: "Paciente",
		reasons: "Motivos",
		status: "Estado",
		actions: "Acciones",
		minutes_one: "{{count}} minuto",
		minutes_other: "{{count}} minutos",
		open: "Abrir",
		openLabel: "Abrir la cita {{id}}",
		reschedule: "Reprogramar",
		rescheduleLabel: "Reprogramar la cita {{id}}",
		cancel: "Cancelar",
		cancelLabel: "Cancelar la cita {{id}}",
		refreshNote: "La agenda se actualiza cada 30 segundos: los estados que fija Solo aparecen al cambiar.",
		bookLink: "Reservar un hueco"
	},
	appointment: {
		title: "Cita {{id}}",
		badId: "Esto no es un número de cita.",
		back: "Volver a la agenda del día",
		patientLine: "Id de paciente {{id}} · NHC {{mrn}}",
		roomLine: "{{room}} · {{minutes}} min",
		roomUnknown: "Sala de espera desconocida",
		reasons: "Motivos",
		externalId: "Id externo: {{id}}",
		providers: "Profesionales",
		reschedule: "Reprogramar",
		cancel: "Cancelar cita",
		statusTitle: "Estado",
		flowLabel: "Flujo de estados",
		now: "ahora",
		videoCall: "Videollamada",
		noVideoCall: "sin iniciar",
		platformNote: "Solo fija estos estados a medida que avanza la visita; la página comprueba cada 15 segundos.",
		sections: "Secciones de la cita",
		tabs: {
			attachments: "Adjuntos",
			note: "Nota de visita",
			links: "Enlaces y compartir",
			episode: "Episodio",
			assistance: "Asistencia"
		}
	},
	links: {
		contextTitle: "Enlace con contexto",
		contextIntro: "Un enlace de Solo que abre esta visita con su usuario y paciente ya indicados. Parte de esta cita: revise los valores y elija quién lo abre."
	},
	attachments: {
		upload: "Adjuntar un archivo",
		limits: "PDF, PNG o JPEG, 5 MB como máximo.",
		problem: {
			empty: "«{{name}}» está vacío.",
			tooBig: "«{{name}}» supera los 5 MB, el límite de Solo.",
			notAllowed: "«{{name}}» no es un PDF, PNG ni JPEG (se comprueba su contenido, no su nombre).",
			nameMismatch: "El nombre de «{{name}}» no corresponde a lo que contiene el archivo.",
			typeMismatch: "El tipo de «{{name}}» no corresponde a lo que contiene el archivo."
		},
		uploaded: "«{{name}}» adjuntado.",
		none: "No hay adjuntos.",
		tableLabel: "Adjuntos",
		name: "Archivo",
		size: "Tamaño",
		uploadedAt: "Subido",
		actions: "Acciones",
		kb: "{{size}} KB",
		delete: "Eliminar",
		deleteLabel: "Eliminar {{name}}"
	},
	visitNote: {
		none: "Aún no hay nota de visita: Solo añade la plantilla de la nota cuando empieza la visita.",
		noQuestions: "Esta plantilla no tiene preguntas que responder.",
		unanswered: "Sin responder",
		answeredAt: "Respondida {{when}}",
		save: "Guardar respuestas",
		saved: "Respuestas guardadas.",
		comments: "Comentarios"
	},
	episode: {
		current: "Episodio de atención:",
		none: "ninguno",
		patientHasNone: "El paciente no tiene episodios de atención.",
		assign: "Asignar al episodio",
		noEpisode: "Sin episodio",
		save: "Asignar"
	},
	assistance: {
		kind: "Dónde está el paciente",
		kinds: {
			patient: "NHC del paciente",
			department: "Servicio",
			bed: "Edificio y planta",
			device: "Dispositivo"
		},
		fields: {
			patientMrn: "NHC del paciente",
			department: "Servicio",
			building: "Edificio",
			floor: "Planta",
			room: "Habitación",
			bed: "Cama",
			deviceSerialNumber: "Número de serie del dispositivo"
		},
		find: "Mostrar la solicitud actual",
		none: "No hay ninguna solicitud de asistencia abierta aquí.",
		request: "Solicitar asistencia",
		line: "{{location}} · habitación {{room}} · dispositivo {{device}}",
		created: "Solicitada",
		cancel: "Cancelar solicitud"
	},
	zones: {
		title: "Husos horarios de los lugares",
		intro: "Solo y Eden no indican qué huso horario usa una sala de espera o un centro. Las horas de cada lugar se muestran, y las citas de Eden se introducen, con el huso fijado aquí. Los ajustes se guardan en este navegador.",
		soloRooms: "Salas de espera de Solo",
		edenFacilities: "Centros de Eden",
		location: "Lugar",
		zone: "Huso horario"
	}
};
export { schedule as default };
