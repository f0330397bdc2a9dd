// src/i18n/locales/es/uploads.ts
/** Spanish strings of the "uploads" namespace: the same keys as ../en/uploads.ts. */
var uploads = {
	title: "Cargas",
	tabs: {
		label: "Qué cargar",
		dicom: "Estudios DICOM",
		documents: "Documentos"
	},
	intake: {
		title: "Traer un estudio",
		drop: "Suelte aquí una carpeta, archivos o un .zip de un estudio",
		dropActive: "Suelte para agregar los archivos",
		chooseFolder: "Elegir una carpeta…",
		chooseFiles: "Elegir archivos o un .zip…",
		help: "Las carpetas se leen con todas sus subcarpetas. DICOMDIR se omite. No se envía nada antes de que revise el estudio y pulse Enviar.",
		adding: "Agregando archivos…",
		reading: "Leyendo encabezados: {{done}} de {{total}} archivos",
		duplicate: "La misma imagen que {{path}}",
		damagedZip: "Un archivo .zip dañado",
		clear: "Vaciar la lista"
	},
	resume: {
		title: "Se interrumpió una carga en esta pestaña",
		body: "Se enviaron {{sent}} de {{total}} archivos antes de recargar la página; {{notSent}} no. Vuelva a elegir la misma carpeta: los archivos ya enviados se omiten.",
		matched: "{{count}} archivos de esta selección ya se enviaron antes de recargar: se omiten.",
		forget: "Olvidar esa carga"
	},
	manifest: {
		title: "Manifiesto del estudio",
		summary: "{{files}} archivos, {{size}}: {{readable}} legibles, {{rejected}} rechazados",
		patientId: "ID del paciente {{id}}",
		noId: "Sin ID de paciente",
		noName: "(sin nombre)",
		born: "nacido el {{date}}",
		sex: "sexo {{sex}}",
		noDescription: "(sin descripción)",
		noDate: "sin fecha",
		accession: "acceso {{value}}",
		studies: "{{count}} estudios",
		seriesLabel: "Serie {{number}}",
		seriesOf: "Series de {{study}}",
		seriesCount: "{{count}} series",
		filesCount: "{{count}} archivos",
		sentCount: "{{sent}} de {{files}} enviados",
		characterSet: "Juego de caracteres: {{value}}",
		defaultCharacterSet: "Juego de caracteres: predeterminado (ASCII)",
		burnedIn: "Puede mostrar datos del paciente en sus píxeles (texto incrustado): quitar etiquetas no limpia las imágenes. Revise las imágenes antes de enviar.",
		burnedInShort: "Puede mostrar datos del paciente en sus píxeles",
		warningsTitle: "Advertencias",
		warning: {
			"charset-unsupported": "El juego de caracteres «{{detail}}» no se puede decodificar: los caracteres ilegibles se muestran como �.",
			"charset-invalid-bytes": "Parte del texto no es válido en su juego de caracteres ({{detail}}): se muestra como �.",
			"charset-unknown-escape": "Parte del texto cambia a un juego de caracteres desconocido: se muestra como �.",
			"charset-undeclared-latin1": "No se declara juego de caracteres: el texto se leyó como Latin-1.",
			"charset-undeclared-utf8": "No se declara juego de caracteres: el texto se leyó como UTF-8.",
			"charset-undeclared": "No se declara juego de caracteres y parte del texto no se puede leer: se muestra como �.",
			"no-transfer-syntax": "Conjunto de datos sin encabezado de archivo: PostDICOM no puede anonimizarlo (desidentificar aquí agrega el encabezado).",
			parser: "El archivo tiene pequeños problemas de estructura; se leyó de todos modos."
		},
		warningFiles: "{{count}} archivos",
		rejectedTitle: "Archivos rechazados: nunca se envían"
	},
	files: {
		title: "Archivos",
		listLabel: "Archivos de la selección",
		filter: {
			label: "Mostrar",
			all: "Todos ({{count}})",
			problems: "Rechazados o fallidos ({{count}})",
			sent: "Enviados ({{count}})",
			pending: "Sin enviar ({{count}})"
		},
		empty: "No hay archivos que mostrar.",
		status: {
			reading: "Leyendo",
			ready: "Listo",
			rejected: "Rechazado",
			"sent-before": "Enviado antes de recargar",
			queued: "En espera",
			sending: "Enviando",
			sent: "Enviado",
			failed: "Falló",
			cancelled: "Sin enviar"
		},
		progress: "Enviando {{path}}"
	},
	deidentify: {
		title: "Desidentificación",
		enable: "Desidentificar en la consola antes de enviar",
		enableHelp: "Se quitan o reemplazan nombres, ID, fecha de nacimiento, direcciones, instituciones, médicos, texto libre y etiquetas privadas (perfil básico DICOM PS3.15); los UID se reemplazan de forma coherente en toda la carga.",
		patientName: "Nombre de paciente a escribir",
		patientNameHelp: "Vacío: un seudónimo (ANON-…), el mismo en todos los archivos de un paciente.",
		patientId: "ID de paciente a escribir",
		dates: "Fechas",
		datesShiftBack: "Mover {{days}} días hacia atrás",
		datesShiftForward: "Mover {{days}} días hacia adelante",
		datesEmpty: "Quitar",
		keepCharacteristics: "Conservar sexo, edad, talla y peso",
		keepDescriptions: "Conservar las descripciones de estudio y serie (se comprueba que no contengan el nombre del paciente)",
		burnedInNotice: "{{count}} series pueden mostrar datos del paciente en sus píxeles: la desidentificación no limpia imágenes.",
		preview: "Vista previa de los cambios",
		previewOf: "Cambios en {{path}}",
		previewFile: "Archivo de la vista previa",
		previewing: "Preparando la vista previa…",
		attribute: "Atributo",
		before: "Antes",
		after: "Después",
		action: "Cambio",
		actions: {
			removed: "quitado",
			emptied: "vaciado",
			replaced: "reemplazado",
			shifted: "fecha movida",
			remapped: "nuevo UID",
			added: "agregado"
		},
		download: "Guardar una copia desidentificada",
		downloadSeries: "Guardar la serie como .zip",
		downloading: "Preparando {{done}} de {{total}} archivos…",
		downloadRefused: "{{count}} archivos no se pudieron desidentificar y quedaron fuera de la copia.",
		invalidName: "Use letras, dígitos, espacios, ^ - . o _ (como máximo 64 por parte del nombre).",
		invalidId: "Use como máximo 64 caracteres, sin \\."
	},
	send: {
		title: "Enviar a PostDICOM",
		user: "Enviar como",
		institution: "Institución",
		destination: "Destino",
		root: "Lista principal",
		folder: "Una carpeta",
		folderSelect: "Carpeta",
		folderRequired: "Elija una carpeta.",
		noFolders: "Esta cuenta no tiene carpetas.",
		vendorAnonymization: "Que PostDICOM también anonimice (escribe el nombre y el ID de paciente de arriba)",
		vendorAnonymizationNeeds: "Indique un nombre o un ID de paciente a escribir.",
		start: "Enviar {{count}} archivos",
		nothing: "Aún no hay nada que enviar.",
		readingFirst: "Espere a que se lean todos los encabezados.",
		pause: "Pausar",
		resume: "Reanudar",
		cancel: "Cancelar",
		retry: "Reintentar los {{count}} archivos fallidos",
		status: {
			running: "Enviando: {{sent}} de {{total}} enviados",
			pausing: "Pausando: terminando los archivos ya iniciados",
			paused: "En pausa: {{sent}} de {{total}} enviados",
			cancelling: "Cancelando: terminando los archivos ya iniciados",
			cancelled: "Cancelado: {{sent}} de {{total}} enviados",
			done: "Terminado: {{sent}} de {{total}} enviados"
		},
		failed: "{{count}} fallidos",
		eta: "Quedan unos {{time}}",
		etaUnknown: "Calculando el tiempo restante…",
		totalLabel: "Progreso total",
		accountError: "No se pudo contactar a PostDICOM para listar usuarios y carpetas."
	},
	leave: {
		title: "¿Salir mientras se envían archivos?",
		body: "La carga se detiene si sale de esta página. Los archivos ya enviados quedan enviados; los demás no se envían.",
		stay: "Quedarme en esta página",
		leave: "Salir"
	},
	documents: {
		title: "Adjuntar un documento",
		intro: "Cada proveedor tiene sus propias reglas. El tipo de archivo se comprueba por su contenido, no por su nombre.",
		vendor: "Enviar a",
		vendors: {
			postdicom: "Orden de PostDICOM",
			solo: "Cita de Teladoc Health Solo",
			scan: "Derivación de Scan.com"
		},
		rules: {
			postdicom: "Archivos PDF, JPEG, PNG, BMP o MP4; la extensión del nombre debe coincidir con el contenido.",
			solo: "PDF, PNG o JPEG, como máximo 5 MB, con nombre de archivo.",
			scan: "Cualquier tipo, como máximo 25 MB; un archivo por solicitud (varios archivos se envían uno tras otro)."
		},
		order: "Orden de PostDICOM",
		orderSearch: "Nombre del paciente para encontrar la orden",
		orderPlaceholder: "Escriba al menos 2 letras",
		noOrders: "No se encontró ninguna orden.",
		appointment: "ID de la cita de Solo",
		referral: "Derivación de Scan.com",
		noReferrals: "Este usuario de Scan.com aún no tiene derivaciones.",
		scanSession: "Scan.com necesita un usuario para esta pestaña.",
		scanFirstName: "Nombre",
		scanLastName: "Apellido",
		scanEmail: "Correo electrónico",
		scanStart: "Iniciar una sesión de Scan.com",
		file: "Archivos",
		choose: "Elegir archivos…",
		fileName: "Nombre de archivo que verá el proveedor",
		send: "Enviar",
		sending: "Enviando…",
		sent: "Enviado: {{name}}",
		refused: "No enviado: {{name}}",
		targetRequired: "Elija adónde enviarlo.",
		problem: {
			empty: "El archivo está vacío.",
			tooLarge: "El archivo supera {{limit}}.",
			notAllowed: "Su contenido es {{actual}}; {{vendor}} acepta {{allowed}}.",
			unknownType: "Su contenido no es de un tipo que {{vendor}} acepte ({{allowed}}).",
			extensionMismatch: "Su nombre dice .{{extension}} pero su contenido es {{actual}}.",
			noName: "Dé un nombre al archivo."
		},
		types: {
			pdf: "PDF",
			png: "PNG",
			jpeg: "JPEG",
			bmp: "BMP",
			mp4: "vídeo MP4",
			other: "un tipo desconocido"
		}
	},
	dicom: {
		errors: {
			"empty-file": "El archivo está vacío.",
			"read-failed": "No se pudo leer el archivo del disco.",
			"not-dicom": "No es un archivo DICOM.",
			unreadable: "Un archivo DICOM que no se puede leer ({{detail}}).",
			dicomdir: "Un DICOMDIR (el índice de un CD), no una imagen.",
			"missing-identifiers": "Un archivo DICOM sin SOP Instance UID."
		},
		deidentifyErrors: {
			unreadable: "No se puede leer para desidentificarlo ({{detail}}).",
			"unsupported-transfer-syntax": "Su sintaxis de transferencia ({{detail}}) no se puede reescribir con seguridad.",
			"unsupported-character-set": "Su texto está en un juego de caracteres que no se puede recodificar ({{detail}}).",
			"output-too-large": "El archivo reescrito sería mucho más grande que el original.",
			"identifier-remains": "Quedaría un dato identificador en el archivo (¿en una descripción conservada?).",
			"write-failed": "El archivo reescrito no sería DICOM válido ({{detail}})."
		}
	}
};
export { uploads as default };
