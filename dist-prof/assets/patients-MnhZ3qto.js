// src/i18n/locales/es/patients.ts
/** Spanish strings of the "patients" namespace: the same keys as ../en/patients.ts. */
var patients = {
	search: {
		title: "Pacientes",
		boxLabel: "Buscar pacientes en todos los proveedores",
		placeholder: "Nombre, NHC o ID de paciente, número de acceso, fecha de nacimiento, correo o teléfono",
		help: "Fecha de nacimiento como {{pattern}} o AAAA-MM-DD. Pulse / para volver aquí, ↓ para recorrer los resultados, Esc para borrar.",
		clear: "Borrar la búsqueda",
		recognisedAs: "Buscando como: {{kinds}}",
		kinds: {
			name: "nombre",
			identifier: "NHC o ID de paciente",
			accession: "número de acceso",
			birthDate: "fecha de nacimiento",
			email: "correo electrónico",
			phone: "teléfono",
			soloId: "id de paciente de Solo",
			spid: "SPID de Solo",
			postalCode: "código postal"
		},
		hints: {
			emailIncomplete: "Siga escribiendo: un correo necesita un dominio, como en nombre@ejemplo.org.",
			dateIncomplete: "Siga escribiendo la fecha: {{pattern}}.",
			notADate: "Esta fecha no existe. Las fechas de nacimiento se escriben {{pattern}} o AAAA-MM-DD."
		},
		vendorsTitle: "A quién se consultó y cómo",
		status: {
			notAsked: "Sin consultar",
			searching: "Buscando…",
			soFar_one: "{{count}} por ahora…",
			soFar_other: "{{count}} por ahora…",
			results_one: "{{count}} registro",
			results_other: "{{count}} registros",
			capped: "los primeros {{shown}} de {{total}}",
			timedOut: "Sin respuesta a tiempo",
			timedOutPartial: "Sin respuesta a tiempo tras {{count}} registros",
			failed: "Error",
			unreadable_one: "{{count}} registro no se pudo leer",
			unreadable_other: "{{count}} registros no se pudieron leer",
			unreadableDetail: "{{record}}: el campo «{{field}}» no se puede leer sin adivinar.",
			retry: "Reintentar {{vendor}}",
			showDetails: "Detalles",
			hideDetails: "Ocultar detalles"
		},
		how: {
			postdicom: {
				patientName: "órdenes por nombre del paciente",
				patientId: "órdenes por ID de paciente",
				accessionNumber: "órdenes por número de acceso"
			},
			impilo: {
				name: "pacientes por nombre",
				email: "pacientes por correo",
				externalIdentifier: "pacientes por NHC (externalIdentifier)",
				dateOfBirth: "pacientes por fecha de nacimiento",
				postalCode: "pacientes por código postal"
			},
			eden: { patient_identifier: "órdenes por identificador del paciente, el próximo mes y 12 meses atrás" },
			scan: {
				name: "sus derivaciones, filtradas aquí por nombre",
				email: "sus derivaciones, filtradas aquí por correo",
				phone: "sus derivaciones, filtradas aquí por teléfono",
				dateOfBirth: "sus derivaciones, filtradas aquí por fecha de nacimiento",
				postalCode: "sus derivaciones, filtradas aquí por código postal",
				referralId: "sus derivaciones, filtradas aquí por id de derivación"
			},
			solo: {
				id: "consulta directa por id de paciente",
				spid: "consulta directa por SPID"
			}
		},
		reasons: {
			emptyQuery: "Aún no se ha escrito nada.",
			excluded: "Excluido por el filtro de proveedores.",
			soloIdOnly: "Solo no tiene búsqueda: un paciente se encuentra solo por su id de paciente o su SPID.",
			edenIdentifierOnly: "En Eden solo se busca por identificador del paciente (NHC).",
			postDicomFields: "En PostDICOM se busca por nombre, ID de paciente o número de acceso.",
			impiloFields: "En Impilo se busca por nombre, correo, NHC, fecha de nacimiento o código postal.",
			scanNoSession: "No hay usuario de Scan.com en esta pestaña: una derivación solo la ve el usuario que la creó.",
			scanFields: "Las derivaciones de Scan.com se filtran por nombre, correo, teléfono, fecha de nacimiento o código postal."
		},
		summary_one: "{{count}} persona · {{records}}",
		summary_other: "{{count}} personas · {{records}}",
		records_one: "{{count}} registro",
		records_other: "{{count}} registros",
		updating: "Actualizando…",
		narrowed: "Filtrado a partir de las últimas respuestas mientras los proveedores responden al texto nuevo.",
		partial: "Algunos proveedores no respondieron: la lista muestra los demás. Reintente cada uno con su botón, más arriba.",
		allFailed: "Ningún proveedor pudo responder. Reintente cada uno con su botón, más arriba.",
		empty: {
			title: "No se encontró ningún paciente",
			body: "Ningún proveedor consultado tiene un registro que coincida con «{{query}}».",
			filtered: "Los filtros ocultan algunas personas.",
			clearFilters: "Quitar los filtros"
		},
		start: {
			title: "Buscar un paciente",
			body: "Una sola búsqueda consulta a todos los proveedores a la vez. Los pacientes de Solo se encuentran solo por su id o SPID."
		},
		resultsLabel: "Resultados de la búsqueda",
		filters: {
			title: "Filtrar y ordenar",
			titleActive: "Filtrar y ordenar ({{count}} activos)",
			vendors: "Únicamente de",
			modality: "Modalidad",
			anyModality: "Cualquier modalidad",
			dateRange: "Fecha de la orden o derivación",
			dateRangeButton: "Rango de fechas",
			from: "Desde",
			to: "Hasta",
			sort: "Ordenar por",
			sorts: {
				relevance: "Mejor coincidencia",
				name: "Apellido",
				birthDate: "Fecha de nacimiento",
				recent: "Última orden"
			},
			clear: "Quitar filtros"
		},
		row: {
			open: "Abrir la ficha de {{name}}",
			same: "Misma persona",
			sameHint: "Vinculados por un identificador presente en varios registros",
			possible: "Posible misma persona",
			possibleHint: "Vinculados solo por nombre y fecha de nacimiento: compruébelo antes de confiar en ello",
			splitFrom: "Separado de una posible coincidencia",
			split: "Separar",
			splitLabel: "Separar esta posible coincidencia en personas distintas",
			join: "Volver a unir",
			showIds: "Ids ({{count}})",
			showIdsLabel: "Mostrar todos los ids de {{name}}",
			born: "Nacimiento {{date}}",
			birthDatesDiffer: "Las fechas de nacimiento difieren: {{dates}}",
			noBirthDate: "Sin fecha de nacimiento",
			latest: "Última {{what}} {{date}}",
			order: "orden",
			referral: "derivación",
			noName: "(sin nombre)"
		},
		ids: {
			caption: "Todos los ids de esta persona, con su origen",
			set: "Registros vinculados por un id · grupo {{number}}",
			vendor: "Proveedor",
			kind: "Id",
			value: "Valor",
			record: "Registro",
			kinds: {
				id: "Id de paciente",
				spid: "SPID",
				mrn: "NHC",
				"patient-id": "ID de paciente",
				referral: "Derivación",
				order: "Orden"
			},
			recordKinds: {
				patient: "Ficha de paciente",
				order: "Orden",
				referral: "Derivación"
			}
		},
		recent: {
			title: "Abiertos recientemente",
			empty: "Los pacientes que abra aparecen aquí hasta que la consola se bloquee."
		},
		newPatient: "Nuevo paciente",
		newSolo: "Nuevo paciente de Solo",
		newImpilo: "Nuevo paciente de Impilo",
		sex: {
			F: "mujer",
			M: "hombre",
			O: "otro"
		}
	},
	record: {
		title: "Ficha del paciente",
		back: "Volver a la búsqueda",
		loading: "Cargando {{vendor}}…",
		sourceFailed: "No se pudo leer {{vendor}}",
		invalidKey: {
			title: "Esta no es la dirección de un paciente",
			body: "La dirección no identifica a un paciente que la consola sepa buscar. Busque de nuevo al paciente."
		},
		nobody: "Ningún proveedor pudo mostrar a este paciente.",
		born: "Nacimiento {{date}}",
		actions: {
			newOrder: "Nueva orden para este paciente",
			book: "Reservar una cita",
			editSolo: "Editar la ficha de Solo",
			editImpilo: "Editar la ficha de Impilo"
		},
		demographics: {
			title: "Datos demográficos por origen",
			field: "Campo",
			differs: "Difiere",
			written: "Escrito distinto",
			unreadable: "Registro {{record}} de {{vendor}}: el campo «{{field}}» no se puede leer sin adivinar, así que no se muestra.",
			fields: {
				givenNames: "Nombres",
				firstSurname: "Primer apellido",
				secondSurname: "Segundo apellido",
				birthDate: "Fecha de nacimiento",
				sex: "Sexo",
				emails: "Correo",
				phones: "Teléfono",
				address: "Dirección",
				mrn: "NHC"
			}
		},
		orders: {
			title: "Órdenes en todos los proveedores",
			noSource: "Ningún proveedor que reciba órdenes conoce a este paciente.",
			none: "Ninguna orden.",
			date: "Fecha",
			what: "Estudio o contenido",
			status: "Estado",
			open: "Orden",
			openOrder: "Abrir la orden",
			lines: "{{kits}} kits, {{items}} artículos"
		},
		appointments: {
			title: "Citas (Solo)",
			how: "Solo lista las citas de un paciente solo a través de los episodios de atención en que están archivadas.",
			needsId: "Esta ficha de Solo se encontró por su SPID: los episodios y las citas necesitan el id de paciente de Solo.",
			noSolo: "Solo no tiene a este paciente.",
			none: "Ninguna cita en los episodios de atención de este paciente.",
			when: "Cuándo",
			reasons: "Motivos",
			episode: "Episodio de atención",
			notes: "Notas de la visita"
		},
		documents: {
			title: "Documentos y adjuntos",
			noSource: "Ningún proveedor que guarde documentos conoce a este paciente.",
			none: "Ningún documento.",
			filedUnder: "archivado en {{id}}",
			needsCare: "No se pudieron leer las citas, así que no se pueden listar sus adjuntos."
		},
		episodes: {
			title: "Episodios de atención (Solo)",
			none: "Aún no hay episodios de atención.",
			add: "Nuevo episodio de atención",
			edit: "Editar",
			editTitle: "Editar el episodio «{{name}}»",
			createTitle: "Nuevo episodio de atención",
			from: "Desde",
			to: "Hasta",
			name: "Nombre",
			type: "Tipo",
			status: "Estado",
			objective: "Objetivo",
			reasonIncomplete: "Motivo por el que no se completó",
			save: "Guardar el episodio",
			cancel: "Cancelar",
			saved: "Episodio guardado",
			statuses: {
				PLANNING: "Planificación",
				WAITLIST: "Lista de espera",
				ACTIVE: "Activo",
				ONHOLD: "En pausa",
				FINISHED: "Terminado",
				CANCELED: "Cancelado"
			},
			needsId: "Los episodios de atención necesitan el id de paciente de Solo (esta ficha se encontró por su SPID)."
		}
	}
};
export { patients as default };
