// src/i18n/locales/en/orders-parts/details.ts
/** English strings of the "orders" namespace for the PostDICOM and Impilo order pages (spread into ../orders.ts). */
var details = {
	postdicomDetail: {
		title: "PostDICOM order {{id}}",
		noInstitution: "This link does not say which institution the order belongs to. Open the order from the worklist.",
		actions: "Viewer, sharing and recycle bin",
		openViewer: "Open in the viewer",
		share: "Share…",
		openViewerLink: "Open the viewer",
		popupBlocked: "The browser blocked the new tab.",
		moveToBin: "Move to the recycle bin",
		moveToBinTitle: "Move this order to the recycle bin?",
		moveToBinBody: "The order leaves the lists; PostDICOM keeps it in its recycle bin, where it can be restored.",
		keep: "Keep the order",
		binned: "PostDICOM order {{id}} moved to the recycle bin.",
		organize: "Flag, assignments, folders and group",
		currentFlag: "Flag: {{flag}}",
		flag: "Account flag",
		setFlag: "Set flag",
		assignedUsers: "Assigned users",
		assignedGroups: "Assigned user groups",
		user: "User",
		userGroup: "User group",
		location: "Location (institution)",
		assign: "Assign",
		unassign: "Unassign {{name}}",
		remove: "Remove",
		folders: "In folders",
		folder: "Folder",
		addToFolder: "Add to folder",
		removeFromFolder: "Remove from folder {{name}}",
		orderGroup: "Order group",
		inGroup: "In order group {{id}}",
		noGroup: "Not in an order group",
		createGroup: "Start an order group with this order",
		leaveGroup: "Remove from its order group",
		changed: "The order was changed in PostDICOM."
	},
	impiloDetail: {
		title: "Impilo order {{id}}",
		notFound: "Impilo has no order with the id {{id}}.",
		status: "Status",
		id: "Impilo id",
		recipient: "For",
		patient: "Patient {{id}}",
		site: "Site {{id}}",
		externalIds: "External order ids",
		tracking: "Tracking numbers",
		noTracking: "None yet (added when shipped)",
		events: "Events",
		kit: "kit",
		item: "item"
	},
	impiloStatuses: {
		RECEIVED: "Received",
		PROCESSING: "Processing",
		SHIPPED: "Shipped",
		DELIVERED: "Delivered",
		CANCELLED: "Cancelled"
	}
};
// src/i18n/locales/en/orders-parts/scan.ts
/** English strings of the "orders" namespace for the Scan.com referral wizard and page (spread into ../orders.ts). */
var scan = { scan: {
	stepsLabel: "Referral steps",
	stepOf: "Step {{step}} of {{total}}",
	steps: {
		patient: "Patient",
		study: "Scan",
		referral: "Referral",
		documents: "Documents",
		finish: "Submit or confirm",
		provider: "Imaging provider",
		slots: "Time",
		gp: "GP",
		safety: "Safety questions",
		confirm: "Confirm"
	},
	next: "Next",
	back: "Back",
	createAndNext: "Create the referral and continue",
	submit: "Submit to Scan.com",
	confirm: "Confirm the referral",
	submitted: "Scan.com referral {{id}} submitted: Scan.com emails the patient to choose a centre and a time.",
	confirmed: "Scan.com referral {{id}} confirmed.",
	notSaved: "Scan.com did not save this step. Everything you typed is still here.",
	notice: {
		sessionAgain: "The Scan.com session of this tab ended with the reload. Give your Scan.com user again to go on; everything you typed is kept.",
		referralGone: "The referral created earlier cannot be read in this session (Scan.com shows a referral only to the session that created it). Your entries are kept: going on from the Referral step creates it again."
	},
	sessionActive: "Scan.com session active in this tab: the referral is created as this tab’s Scan.com user.",
	accountHint: "Scan.com links every referral to the user who creates it. Give the Scan.com user this tab works as (usually the front desk’s).",
	sections: {
		account: "Your Scan.com user",
		patient: "Patient",
		gp: "GP"
	},
	fields: {
		account: {
			first_name: "First name",
			last_name: "Last name",
			email: "Email"
		},
		patient: {
			first_name: "First name",
			last_name: "Last name (all surnames)",
			email: "Email",
			date_of_birth: "Date of birth",
			gender: "Sex",
			phone: "Phone",
			address_line_1: "Address line 1",
			address_line_2: "Address line 2",
			address_city: "Town or city",
			address_postcode: "Postcode"
		},
		gp: {
			gp_name: "GP’s name",
			practice_name: "Practice",
			practice_address: "Practice address",
			practice_postcode: "Practice postcode",
			practice_phone: "Practice phone"
		},
		safety: {
			answer: "Answer",
			details: "Details"
		},
		modality: "Modality",
		bodyPartIds: "Body parts",
		referralInformation: "Referral information",
		path: "How the referral is finished",
		providerLocation: "Near (postcode or town)",
		providerId: "Imaging provider",
		slotIds: "Time blocks"
	},
	notGiven: "Not given",
	genders: {
		male: "Male",
		female: "Female",
		other: "Other"
	},
	modalityHint: "Scan.com’s names: MRI, CT, Ultrasound, X-Ray, DEXA, PET-CT, Mammogram.",
	chooseModalityFirst: "Choose the modality first: its body parts come from Scan.com.",
	bodyPartsHint: "The body parts Scan.com scans by {{modality}}. Choose one or more.",
	referralHint: "The clinical reason for the scan. {{count}} of {{maximum}} characters.",
	documents: {
		hint: "Earlier scans or reports, any file type, at most {{megabytes}} MB each; each file is sent on its own.",
		none: "No documents yet.",
		add: "Add documents",
		tooLarge: "Larger than {{megabytes}} MB: Scan.com does not accept it.",
		empty: "The file is empty.",
		retry: "Send {{name}} again",
		remove: "Remove {{name}} from the list",
		progress: "Upload of {{name}}",
		state: {
			waiting: "waiting",
			uploading: "sending…",
			done: "sent",
			failed: "not sent",
			refused: "refused"
		}
	},
	paths: {
		submit: "Submit: Scan.com emails the patient",
		submitHint: "The patient chooses the imaging centre and the time, answers the safety questions and pays.",
		confirm: "Confirm here",
		confirmHint: "You choose the imaging provider and the time, and give the GP details and the safety answers now."
	},
	providerLocationHint: "Providers that do this scan, nearest first. Empty: near the patient’s postcode.",
	noProviders: "No imaging provider does this scan for these body parts.",
	miles: "{{distance}} miles",
	noSlots: "This provider has no free time in the next days. Choose another provider.",
	days: "Days",
	yes: "Yes",
	no: "No",
	confirmHint: "Check the referral as Scan.com holds it, then confirm it.",
	summary: {
		patient: "Patient",
		blocks_one: "{{count}} block of 15 minutes (id {{ids}})",
		blocks_other: "{{count}} blocks, {{minutes}} minutes (ids {{ids}})",
		answers_one: "{{count}} answer",
		answers_other: "{{count}} answers"
	},
	status: {
		draft: "Draft",
		submitted: "Submitted: the patient finishes by email",
		confirmed: "Confirmed"
	},
	detail: {
		title: "Scan.com referral {{id}}",
		notFound: "Scan.com has no referral {{id}} for this tab’s user.",
		noSession: "This tab has no Scan.com session. Scan.com shows a referral only to the user who created it, in the session that created it.",
		newReferral: "New Scan.com referral"
	}
} };
// src/i18n/locales/en/orders-parts/vendors.ts
/** English strings of the "orders" namespace for the vendor picker, prefill, PostDICOM and Impilo (spread into ../orders.ts). */
var vendors = {
	newTitleFor: "New {{vendor}} order",
	vendorPicker: "Where the order goes",
	draftRestoredAge: "Your unsaved draft was restored (saved {{age}}).",
	prefill: {
		loading: "Loading the patient’s details…",
		from: "Filled in from {{name}} ({{vendor}} record {{id}}). Check the values before sending.",
		keptDraft: "Your draft was kept as you left it; nothing was filled in from {{name}}.",
		notMapped: "{{field}}: the patient’s value cannot be written in this system’s format, so it was left empty.",
		supplemented: "{{field}}: the {{source}} record has none, so it was taken from the {{vendor}} record {{id}}.",
		disagree: "{{field}}: the patient’s records hold different values, so it was left empty.",
		nobody: "No record of this patient was found: fill in the form by hand.",
		recordFailures: "Some records of this patient could not be read without guessing and were not used:",
		recordFailure: "{{vendor}} record {{id}}: the field {{field}} cannot be read.",
		sourceFailed: "The patient’s {{vendor}} record could not be loaded"
	},
	postdicom: {
		variant: "How the order is sent",
		variants: {
			json: "Every field (JSON)",
			minimum: "Minimum",
			full: "Full parameters"
		},
		variantHints: {
			json: "CreateOrderWithJSON: every documented field; only those you fill in are sent.",
			minimum: "CreateOrderWithMinimumParameters: name, patient ID, modality, description, order date and time.",
			full: "CreateOrderWithFullParameters2: adds the order date and time, sex and referring physician to the full set."
		},
		sections: {
			account: "PostDICOM account",
			patient: "Patient",
			order: "Order",
			requesting: "Requesting and referring",
			notes: "Notes"
		},
		fields: {
			userUuid: "Ordering user",
			institutionUuid: "Institution",
			OtherPatientId: "Other patient ID",
			PatientName: "Patient name (DICOM)",
			OrderModality: "Modality",
			OrderAccessionNumber: "Accession number",
			PatientsBirthDate: "Date of birth",
			PatientID: "Patient ID (MRN)",
			Priority: "Priority",
			PatientHistory: "Patient history",
			PatientComplaints: "Complaints",
			PatientSymptom: "Symptoms",
			RequestingPhysician: "Requesting physician",
			RequestingDepartment: "Requesting department",
			RequestingProcedureDescription: "Requested procedure description",
			PerformedDatetime: "Performed date and time",
			OrderNote1: "Note 1",
			OrderNote2: "Note 2",
			ReferringPhysiciansName: "Referring physician (DICOM name)",
			StudyDescription: "Study description",
			RequestedProcedureId: "Requested procedure ID",
			ScheduledEquipmentUuid: "Scheduled equipment",
			PatientSex: "Sex",
			OrderDate: "Order date",
			OrderTime: "Order time"
		},
		hints: {
			PatientName: "SURNAMES^GIVEN NAMES^MIDDLE NAME, for example GARCÍA LÓPEZ^MARÍA",
			ReferringPhysiciansName: "SURNAMES^GIVEN NAMES",
			OrderTime: "HH:MM, 24-hour",
			PerformedDatetime: "YYYY-MM-DD HH:MM, for example 2026-03-15 16:00",
			OrderAccessionNumber: "Generated for you (1–16 characters); it also makes a retry safe.",
			Priority: "As your PACS names it, for example ROUTINE or STAT"
		},
		created: "PostDICOM order {{accession}} created.",
		replayed: "PostDICOM order {{accession}} already existed: an earlier attempt got through. Nothing was duplicated.",
		stoppedWaiting: "You stopped waiting. PostDICOM may still have created the order: sending it again is safe, the console looks for it first. Everything you typed is still here."
	},
	impilo: {
		sections: {
			recipient: "Who receives it",
			lines: "Items and kits",
			details: "Order ids and notes"
		},
		fields: {
			target: "The order is for",
			patientSearch: "Find a patient by name",
			patientId: "Patient",
			siteId: "Site",
			line: "Line {{index}}",
			quantity: "Quantity",
			externalOrderId: "Console order id",
			otherExternalIds: "Other external order ids",
			orderNotes: "Notes"
		},
		target: {
			patient: "A patient",
			site: "A site"
		},
		hints: {
			externalOrderId: "Sent as the first external order id; it makes a retry safe.",
			otherExternalIds: "Your own order numbers, separated by commas"
		},
		kits: "Kits",
		items: "Items",
		addLine: "Add a line",
		removeLine: "Remove line {{index}}",
		created: "Impilo order {{id}} created.",
		replayed: "Impilo order {{id}} already existed: an earlier attempt got through. Nothing was duplicated.",
		stoppedWaiting: "You stopped waiting. Impilo may still have created the order: sending it again is safe, the console looks for it first. Everything you typed is still here."
	}
};
// src/i18n/locales/en/orders-parts/worklist.ts
/** English strings of the "orders" namespace for the cross-vendor worklist (spread into ../orders.ts). */
var worklist = { all: {
	title: "Orders",
	edenWorklist: "Eden worklist",
	tableLabel: "Orders of every vendor",
	search: "Patient, patient ID or reference",
	vendors: "Vendors",
	vendorFailed: "{{vendor}}’s orders could not be loaded; the others are shown",
	notAsked: "{{vendor}} not asked",
	noScanSession: "No Scan.com session in this tab: referrals are visible only to the session that made them.",
	startScanSession: "Start a Scan.com session (first step of a new referral)",
	stillLoading: "still loading some vendors",
	export: "Export CSV",
	sortBy: "Sort by {{column}}",
	sortOrder: "Sort by",
	ascending: "Ascending",
	descending: "Descending",
	noneIsAll: "Tick none to see all.",
	images_one: "{{count}} image",
	images_other: "{{count}} images",
	cardsLabel: "Orders of every vendor, one card each",
	columns: {
		date: "Date",
		vendor: "Vendor",
		reference: "Reference",
		patient: "Patient",
		patientId: "Patient ID",
		what: "Modality or kit",
		status: "Status",
		vendorStatus: "Vendor status",
		priority: "Priority"
	},
	statuses: {
		requested: "Requested",
		"in-progress": "In progress",
		reporting: "Awaiting report",
		completed: "Completed",
		cancelled: "Cancelled",
		unknown: "Unknown"
	}
} };
// src/i18n/locales/en/orders.ts
/** English strings of the "orders" namespace. Spanish (../es/orders.ts) has the same keys: its type and a unit test check it. */
var orders = {
	...vendors,
	...details,
	...scan,
	...worklist,
	worklistTitle: "Eden worklist",
	newTitle: "New Eden order",
	detailTitle: "Order {{folio}}",
	newOrder: "New order",
	filters: {
		title: "Filters",
		from: "From",
		to: "To",
		modality: "Modality",
		status: "Status",
		patient: "Patient identifier",
		apply: "Apply",
		clear: "Clear filters"
	},
	columns: {
		when: "Date and time",
		folio: "Folio",
		patient: "Patient",
		modality: "Modality",
		study: "Study",
		place: "Facility · room",
		status: "Status",
		priority: "Priority"
	},
	empty: "No orders match these filters.",
	statuses: {
		NEW: "New",
		PATIENT_ARRIVED: "Patient arrived",
		IN_PROCESS: "In process",
		COMPLETED: "Completed",
		READING_PENDING: "Reading pending",
		SIGNED: "Signed",
		ADDENDUM_SIGNED: "Addendum signed",
		CANCELLED: "Cancelled"
	},
	priorities: {
		NORMAL: "Normal",
		HIGHEST: "Highest",
		URGENT: "Urgent"
	},
	sexes: {
		F: "Female",
		M: "Male",
		O: "Other"
	},
	cancelReasons: {
		"non-attendance": "Patient did not attend",
		"room-not-available": "Room not available",
		"pregnant-risk": "Pregnancy risk",
		"physical-limitation": "Physical limitation",
		other: "Other"
	},
	sections: {
		patient: "Patient",
		study: "Study",
		place: "Facility and room",
		physician: "Referring physician",
		appointment: "Appointment",
		extra: "Extra fields",
		history: "Record"
	},
	fields: {
		folio: "Folio (accession number)",
		folioHint: "The hospital’s study identifier. Generated for you; it also makes a retry safe.",
		regenerateFolio: "New folio",
		description: "Reason for the study",
		facility_identifier: "Facility",
		room_identifier: "Room (AE title)",
		room_name: "Room name",
		room_nameHint: "Recommended when no room is chosen",
		modality: "Modality",
		priority: "Priority",
		study_code: "Study code",
		study_name: "Study name",
		patient_identifier: "Patient identifier (MRN)",
		patient_name: "Given names",
		patient_first_surname: "First surname",
		patient_last_surname: "Second surname",
		patient_email: "Email",
		patient_gender: "Sex",
		patient_birth_date: "Date of birth",
		patient_phone_code: "Country code",
		patient_phone_number: "Phone number",
		physician_identifier: "Physician identifier",
		physician_name: "Given names",
		physician_first_surname: "First surname",
		physician_last_surname: "Second surname",
		physician_email: "Email",
		physician_gender: "Sex",
		physician_phone_code: "Country code",
		physician_phone_number: "Phone number",
		practitioner_assigned_email: "Assigned practitioner’s email",
		appointment_date: "Date",
		appointment_time: "Time",
		appointment_duration: "Duration (minutes)",
		durationHint: "Whole minutes, for example 30",
		timeHint: "HH:MM:SS, 24-hour, facility’s local time",
		extraKey: "Field name",
		extraValue: "Value",
		addExtra: "Add field",
		removeExtra: "Remove field {{index}}",
		status: "Status",
		cancel_reason: "Cancel reason",
		created_at: "Created",
		updated_at: "Updated",
		id: "Eden id"
	},
	choose: "Choose…",
	notSet: "Not set",
	submit: "Create order",
	submitting: "Creating the order…",
	saveChanges: "Save changes",
	saving: "Saving…",
	created: "Order {{folio}} created.",
	replayed: "Order {{folio}} already existed with the same data: an earlier attempt got through. Nothing was duplicated.",
	updated: "Order {{folio}} updated.",
	cancelled: "Order {{folio}} cancelled.",
	failed: "The order was not saved. Everything you typed is still here.",
	notSaved: "The changes were not saved. Everything you typed is still here.",
	stoppedWaiting: "You stopped waiting. Eden may still have created the order: sending it again is safe, its folio prevents a duplicate. Everything you typed is still here.",
	loadFailed: "The order could not be loaded",
	orderNotFound: {
		title: "Order not found",
		body: "Eden has no order with the id {{id}}. The link may be mistyped, or the order may be from another system."
	},
	draftRestored: "Your unsaved draft was restored.",
	discardDraft: "Discard draft",
	edit: "Edit order",
	cancelOrder: "Cancel order",
	cancelTitle: "Cancel order {{folio}}",
	cancelBody: "The order stays in the history as cancelled. Choose a reason.",
	confirmCancel: "Cancel the order",
	keepOrder: "Keep the order",
	backToWorklist: "Back to the worklist",
	readOnly: "This order can no longer be changed.",
	facilitiesUnavailable: "The facility list could not be loaded; type the facility identifier."
};
export { orders as default };
