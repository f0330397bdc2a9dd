// src/i18n/locales/en/admin.ts
/** English strings of the "admin" namespace. Spanish (../es/admin.ts) has the same keys: its type and a unit test check it. */
var admin = {
	title: "Admin",
	sections: {
		label: "Admin sections",
		overview: "Integrations",
		webhooks: "Webhooks",
		deliveries: "Delivery log",
		reports: "Reports",
		settings: "Settings",
		audit: "Audit log"
	},
	needsGateway: {
		title: "This needs the console’s server",
		body: "This page reads data the console’s server (the gateway) keeps: start the console with `npm start`, or open it where it is deployed. In this mock mode there is no server."
	},
	gatewayError: {
		title: "The console’s server did not answer",
		forbidden: "Your account needs the admin role for this page.",
		signedOut: "Your session has ended. Sign in again.",
		other: "The request failed ({{status}}). Try again.",
		network: "The console’s server could not be reached. Check the connection and try again."
	},
	retry: "Try again",
	integrations: {
		mode: "Mode",
		modes: {
			live: "Live vendors",
			fake: "Fake vendors (test)",
			mock: "Mock back ends in the browser"
		},
		database: "Database",
		databases: {
			pglite: "Embedded (PGlite)",
			postgres: "PostgreSQL"
		},
		check: "Check now",
		vendor: "Vendor",
		state: "State",
		latency: "Latency (median / 95th)",
		lastError: "Last error",
		lastCall: "Last call",
		calls: "Calls",
		reachable: "Reachable",
		unreachable: "Unreachable",
		unknown: "No call yet",
		notConfigured: "Not configured",
		none: "None",
		ms: "{{median}} ms / {{p95}} ms"
	},
	webhooks: {
		soloTitle: "Teladoc Health Solo webhooks",
		impiloTitle: "Impilo webhooks",
		endpoint: "Endpoint URL",
		endpointHint: "Where Solo sends the events. The console’s receiver is {{url}}",
		events: "Events",
		create: "Add webhook",
		save: "Save",
		edit: "Edit",
		cancel: "Cancel",
		delete: "Delete",
		deleteConfirm: "Delete this webhook? The vendor stops sending its events.",
		empty: "No webhooks yet.",
		keyOnce: "Encryption key: shown only now",
		keyBody: "Copy this key if another system must read this webhook’s deliveries. The console’s server has kept it; it will not be shown again.",
		keyClose: "I have copied it",
		created: "Webhook added.",
		updated: "Webhook saved.",
		deleted: "Webhook deleted.",
		type: "Event type",
		url: "URL (https)",
		failed: "The vendor refused the change.",
		id: "Id",
		urlInvalid: "Enter a full address starting with http:// or https://",
		httpsRequired: "Enter a full address starting with https://"
	},
	deliveries: {
		vendor: "Vendor",
		all: "All vendors",
		receivedAt: "Received",
		event: "Event",
		subject: "About",
		payload: "Payload (decrypted)",
		empty: "No deliveries yet.",
		refusals: "Refused deliveries",
		reason: "Reason",
		reasons: {
			forged: "Forged (signature or secret wrong)",
			replayed: "Replayed",
			malformed: "Malformed"
		},
		from: "From",
		noRefusals: "None refused."
	},
	audit: {
		user: "User",
		patientKey: "Patient key",
		vendor: "Vendor",
		anyVendor: "Any vendor",
		from: "From",
		to: "To",
		search: "Search",
		clear: "Clear",
		at: "When",
		endpoint: "Endpoint",
		outcome: "Outcome",
		status: "Status",
		duration: "Duration",
		empty: "No entry matches.",
		count: "{{count}} entries (newest first, at most 50)"
	},
	settings: {
		zonesTitle: "Eden facility time zones",
		zonesBody: "Eden’s appointment times carry no time zone: they are the facility’s local time. Give each facility its zone.",
		facility: "Facility identifier",
		zone: "Time zone",
		addFacility: "Add facility",
		remove: "Remove",
		idleTitle: "Idle lock",
		idleMinutes: "Minutes without input before the console locks and the server ends the session",
		save: "Save settings",
		saved: "Settings saved.",
		updated: "Last changed {{at}} by {{by}}",
		invalid: "Check the highlighted fields.",
		facilityRequired: "Enter the facility identifier.",
		zoneRequired: "Choose a time zone.",
		duplicate: "This facility is listed twice.",
		minutesRange: "Between 1 and 60 minutes."
	},
	reports: {
		csvTitle: "Solo data dump (CSV)",
		csvBody: "Every record Solo has for a date range, as a CSV file.",
		from: "From",
		to: "To",
		download: "Download CSV",
		encounterTitle: "Encounter reports",
		encounterBody: "Solo builds the report, then it can be downloaded.",
		create: "Create report",
		status: "Status: {{status}}",
		statuses: {
			pending: "Being built…",
			completed: "Ready",
			failed: "Failed"
		},
		preset: "Report preset",
		password: "Password to lock the file",
		downloadReport: "Download report",
		downloaded: "Downloaded {{name}}.",
		rangeInvalid: "The end must not be before the start.",
		required: "Required",
		failed: "Solo could not make this file."
	}
};
export { admin as default };
