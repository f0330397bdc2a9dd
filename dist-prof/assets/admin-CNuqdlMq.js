// src/i18n/locales/es/admin.ts
/** Spanish strings of the "admin" namespace: the same keys as ../en/admin.ts. */
var admin = {
	title: "Administración",
	sections: {
		label: "Secciones de administración",
		overview: "Integraciones",
		webhooks: "Webhooks",
		deliveries: "Registro de entregas",
		reports: "Informes",
		settings: "Ajustes",
		audit: "Registro de auditoría"
	},
	needsGateway: {
		title: "Esto necesita el servidor de la consola",
		body: "Esta página lee datos que guarda el servidor de la consola (el gateway): inicie la consola con `npm start` o ábrala donde está instalada. En este modo simulado no hay servidor."
	},
	gatewayError: {
		title: "El servidor de la consola no respondió",
		forbidden: "Su cuenta necesita el rol de administración para esta página.",
		signedOut: "Su sesión terminó. Inicie sesión de nuevo.",
		other: "La solicitud falló ({{status}}). Inténtelo de nuevo.",
		network: "No se pudo contactar con el servidor de la consola. Revise la conexión e inténtelo de nuevo."
	},
	retry: "Reintentar",
	integrations: {
		mode: "Modo",
		modes: {
			live: "Proveedores reales",
			fake: "Proveedores simulados (prueba)",
			mock: "Servicios simulados en el navegador"
		},
		database: "Base de datos",
		databases: {
			pglite: "Integrada (PGlite)",
			postgres: "PostgreSQL"
		},
		check: "Comprobar ahora",
		vendor: "Proveedor",
		state: "Estado",
		latency: "Latencia (mediana / percentil 95)",
		lastError: "Último error",
		lastCall: "Última llamada",
		calls: "Llamadas",
		reachable: "Accesible",
		unreachable: "Inaccesible",
		unknown: "Sin llamadas aún",
		notConfigured: "Sin configurar",
		none: "Ninguno",
		ms: "{{median}} ms / {{p95}} ms"
	},
	webhooks: {
		soloTitle: "Webhooks de Teladoc Health Solo",
		impiloTitle: "Webhooks de Impilo",
		endpoint: "URL de destino",
		endpointHint: "Adónde envía Solo los eventos. El receptor de la consola es {{url}}",
		events: "Eventos",
		create: "Añadir webhook",
		save: "Guardar",
		edit: "Editar",
		cancel: "Cancelar",
		delete: "Eliminar",
		deleteConfirm: "¿Eliminar este webhook? El proveedor dejará de enviar sus eventos.",
		empty: "Aún no hay webhooks.",
		keyOnce: "Clave de cifrado: solo se muestra ahora",
		keyBody: "Copie esta clave si otro sistema debe leer las entregas de este webhook. El servidor de la consola la ha guardado; no se volverá a mostrar.",
		keyClose: "Ya la he copiado",
		created: "Webhook añadido.",
		updated: "Webhook guardado.",
		deleted: "Webhook eliminado.",
		type: "Tipo de evento",
		url: "URL (https)",
		failed: "El proveedor rechazó el cambio.",
		id: "Id",
		urlInvalid: "Escriba una dirección completa que empiece por http:// o https://",
		httpsRequired: "Escriba una dirección completa que empiece por https://"
	},
	deliveries: {
		vendor: "Proveedor",
		all: "Todos los proveedores",
		receivedAt: "Recibido",
		event: "Evento",
		subject: "Sobre",
		payload: "Contenido (descifrado)",
		empty: "Aún no hay entregas.",
		refusals: "Entregas rechazadas",
		reason: "Motivo",
		reasons: {
			forged: "Falsificada (firma o secreto incorrectos)",
			replayed: "Repetida",
			malformed: "Mal formada"
		},
		from: "Desde",
		noRefusals: "Ninguna rechazada."
	},
	audit: {
		user: "Usuario",
		patientKey: "Clave del paciente",
		vendor: "Proveedor",
		anyVendor: "Cualquier proveedor",
		from: "Desde",
		to: "Hasta",
		search: "Buscar",
		clear: "Limpiar",
		at: "Cuándo",
		endpoint: "Operación",
		outcome: "Resultado",
		status: "Estado",
		duration: "Duración",
		empty: "Ninguna entrada coincide.",
		count: "{{count}} entradas (las más recientes primero, 50 como máximo)"
	},
	settings: {
		zonesTitle: "Zonas horarias de los centros de Eden",
		zonesBody: "Las horas de cita de Eden no llevan zona horaria: son la hora local del centro. Indique la zona de cada centro.",
		facility: "Identificador del centro",
		zone: "Zona horaria",
		addFacility: "Añadir centro",
		remove: "Quitar",
		idleTitle: "Bloqueo por inactividad",
		idleMinutes: "Minutos sin actividad antes de que la consola se bloquee y el servidor cierre la sesión",
		save: "Guardar ajustes",
		saved: "Ajustes guardados.",
		updated: "Último cambio {{at}} por {{by}}",
		invalid: "Revise los campos marcados.",
		facilityRequired: "Escriba el identificador del centro.",
		zoneRequired: "Elija una zona horaria.",
		duplicate: "Este centro aparece dos veces.",
		minutesRange: "Entre 1 y 60 minutos."
	},
	reports: {
		csvTitle: "Volcado de datos de Solo (CSV)",
		csvBody: "Todos los registros de Solo de un intervalo de fechas, en un archivo CSV.",
		from: "Desde",
		to: "Hasta",
		download: "Descargar CSV",
		encounterTitle: "Informes de consultas",
		encounterBody: "Solo genera el informe y después se puede descargar.",
		create: "Crear informe",
		status: "Estado: {{status}}",
		statuses: {
			pending: "Generándose…",
			completed: "Listo",
			failed: "Falló"
		},
		preset: "Plantilla del informe",
		password: "Contraseña para proteger el archivo",
		downloadReport: "Descargar informe",
		downloaded: "Descargado {{name}}.",
		rangeInvalid: "El final no puede ser anterior al inicio.",
		required: "Obligatorio",
		failed: "Solo no pudo generar este archivo."
	}
};
export { admin as default };
