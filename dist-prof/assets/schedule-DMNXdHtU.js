// src/i18n/locales/en/schedule.ts
/** English strings of the "schedule" namespace. Spanish (../es/schedule.ts) has the same keys: its type and a unit test check it. */
var schedule = {
	title: "Schedule",
	nav: {
		label: "Schedule sections",
		book: "Book",
		agenda: "Day agenda",
		zones: "Time zones",
		scan: "Scan.com blocks"
	},
	scan: {
		title: "Scan.com time blocks",
		intro: "The time blocks at the imaging provider of this tab’s Scan.com referrals. Choose one or more consecutive 15-minute blocks and book them. Referrals are started in Orders; Scan.com shows a referral only to the session that created it.",
		sample: "QA: start a sample referral",
		noSession: "No Scan.com session in this tab yet: start a Scan.com referral in Orders first.",
		noReferral: "No draft referral with an imaging provider in this session.",
		referral: "Referral",
		referralLabel: "Referral {{id}} · {{modality}}",
		days: "Days with free blocks",
		book: "Book these blocks",
		booked_one: "{{count}} block booked for this referral",
		booked_other: "{{count}} blocks booked for this referral"
	},
	toolbar: {
		room: "Waiting room",
		duration: "Length",
		roomDefault: "Room’s own length",
		minutes_one: "{{count}} minute",
		minutes_other: "{{count}} minutes",
		view: "View",
		week: "Week",
		day: "Day",
		today: "Today",
		previousWeek: "Previous week",
		nextWeek: "Next week",
		previousDay: "Previous day",
		nextDay: "Next day"
	},
	status: {
		scheduled: "Scheduled",
		arrived: "Arrived",
		inProgressIntakeReady: "Ready for intake",
		inProgressIntakeProgress: "Intake in progress",
		inProgressExamReady: "Ready for exam",
		inProgressExamProgress: "Exam in progress",
		dischargeReady: "Ready for discharge",
		dischargeProgress: "Discharge in progress",
		completed: "Completed",
		signOff: "Signed off",
		cancelled: "Cancelled",
		notShowedUp: "Did not show up"
	},
	zone: {
		timesIn: "Times in {{zone}} ({{abbreviation}})",
		yourTime: "{{time}} your time",
		yourZone: "Your computer: {{zone}}",
		change: "Change zone",
		dialogTitle: "Time zone of {{name}}",
		dialogBody: "The vendor does not say which time zone this location keeps. Times are shown and entered on this zone’s clock. The setting is kept in this browser.",
		field: "Time zone",
		noMatch: "No such zone",
		save: "Use this zone",
		reset: "Back to the default",
		source: {
			setting: "your setting",
			default: "default",
			vendor: "from the vendor",
			browser: "not known: your computer’s zone"
		}
	},
	zonedFields: {
		chooseLocation: "Choose the facility first: the time is its local time.",
		means: "That is",
		nonexistent: "{{time}} does not exist on {{day}} in {{zone}}: the clocks go forward from {{from}} to {{to}}. Choose a time before {{from}} or from {{to}}.",
		ambiguous: "{{time}} happens twice on {{day}} in {{zone}}: the clocks go back from {{to}} to {{from}}. Eden keeps only the local time and could not tell which one is meant: choose a time before {{from}} or from {{to}}."
	},
	scanBlocks: {
		title: "Time blocks",
		hint: "Each block is 15 minutes. For a longer scan, choose blocks that follow each other.",
		needs_one: "This scan needs {{count}} block ({{minutes}} minutes).",
		needs_other: "This scan needs {{count}} blocks ({{minutes}} minutes).",
		none: "The provider has no free time blocks.",
		zoneNote: "times in {{zone}}",
		chosen_one: "Chosen: {{from}} to {{to}} ({{count}} block, {{minutes}} min)",
		chosen_other: "Chosen: {{from}} to {{to}} ({{count}} blocks, {{minutes}} min)",
		refusal: {
			empty: "Choose at least one block.",
			unknown: "Block {{id}} is not offered by this provider any more.",
			duplicate: "Block {{id}} is chosen twice.",
			notConsecutive: "These blocks are not consecutive: {{minutes}} minutes lie between the block at {{first}} and the one at {{second}}. Choose blocks that follow each other.",
			tooFew: "This scan needs {{required}} consecutive blocks; {{chosen}} chosen.",
			tooMany: "At most {{maximum}} blocks can be chosen; {{chosen}} chosen."
		}
	},
	grid: {
		label: "Free slots of {{room}}, {{range}}",
		keyboardHint: "Arrow keys move through the slots, Enter picks one, Page Up and Page Down change the week. Times are the waiting room’s.",
		keyboardHintDay: "Arrow keys move through the slots, Enter picks one, Page Up and Page Down change the day. Times are the waiting room’s.",
		emptyWeek: "No free slots this week.",
		emptyDay: "No free slots this day.",
		time: "Time",
		free: "free",
		freeShort: "Free",
		noSlot: "no free slot",
		nonexistent: "this time does not exist on this day (the clocks go forward)",
		secondTime: "second time",
		yours: "Yours",
		heldByYou: "Held for you while you confirm",
		changeForward: "{{from}} → {{to}}: clocks forward ({{hours}} h day)",
		changeBack: "{{from}} → {{to}}: clocks back ({{hours}} h day)"
	},
	clockChange: {
		title: "The clocks change in this period",
		forward: "On {{day}} the clocks in {{zone}} go forward {{minutes}} minutes at {{from}} ({{before}} → {{after}}): times from {{from}} to {{to}} do not exist that day.",
		back: "On {{day}} the clocks in {{zone}} go back {{minutes}} minutes at {{from}} ({{before}} → {{after}}): times from {{to}} to {{from}} happen twice that day.",
		grid: "The grid follows the waiting room’s clock: a time keeps its row on both sides of the change."
	},
	booking: {
		title: "Book this slot",
		held: "Held for you",
		slotLine: "{{room}} · {{minutes}} min",
		gone: "This slot is no longer free: another desk has just booked it, or it was closed. Nothing was booked. Pick another free slot in the grid.",
		takenByOther: "Another desk booked this slot a moment before you. Nothing was booked twice; the grid now shows what is still free.",
		patientField: "Patient",
		patientHint: "Solo Patient ID (SPID, a number) or the patient id. Solo has no search by name.",
		patientNotFound: "No Solo patient with this id or SPID.",
		find: "Find",
		usePatient: "Book for this patient",
		changePatient: "Change",
		unnamed: "Patient without a name",
		patientLine: "{{ref}} · born {{dob}} · MRN {{mrn}}",
		reasons: "Reasons",
		reasonsHint: "Type a reason and press Enter, or choose one.",
		needPatient: "Find the patient to enable booking.",
		confirm: "Book appointment",
		retry: "Try again",
		release: "Release slot",
		unknownOutcome: "It is not known whether the booking went through. Try again: the console first looks for the booking it may already have made, so it will not book twice.",
		bookedTitle: "Booked",
		movedTitle: "Appointment moved",
		replayed: "The booking had already been made by the earlier attempt; it was found by its external id.",
		open: "Open appointment {{id}}",
		noIdYet: "The booking exists; its appointment number is not in Solo’s report yet. Find it in the day agenda shortly."
	},
	reschedule: {
		bannerTitle: "Rescheduling appointment {{id}}",
		bannerNow: "Now:",
		backToAppointment: "Back to the appointment",
		stop: "Stop rescheduling",
		title: "Move appointment {{id}}",
		from: "From",
		to: "To",
		confirm: "Move appointment",
		notMovable: "Only a scheduled appointment can be moved."
	},
	cancel: {
		title: "Cancel appointment {{id}}?",
		body: "The appointment of {{patient}} on",
		keep: "Keep it",
		confirm: "Cancel appointment",
		done: "Appointment {{id}} cancelled."
	},
	agenda: {
		title: "Day agenda",
		statusFilter: "Status",
		allStatuses: "All statuses",
		search: "Filter",
		searchHint: "Name, MRN, SPID or reason",
		empty: "No appointments match.",
		tableLabel: "Appointments of {{room}} on {{day}}",
		time: "Time",
		patient: "Patient",
		reasons: "Reasons",
		status: "Status",
		actions: "Actions",
		minutes_one: "{{count}} minute",
		minutes_other: "{{count}} minutes",
		open: "Open",
		openLabel: "Open appointment {{id}}",
		reschedule: "Reschedule",
		rescheduleLabel: "Reschedule appointment {{id}}",
		cancel: "Cancel",
		cancelLabel: "Cancel appointment {{id}}",
		refreshNote: "The agenda refreshes every 30 seconds: statuses set by Solo appear as they change.",
		bookLink: "Book a slot"
	},
	appointment: {
		title: "Appointment {{id}}",
		badId: "This is not an appointment number.",
		back: "Back to the day agenda",
		patientLine: "Patient id {{id}} · MRN {{mrn}}",
		roomLine: "{{room}} · {{minutes}} min",
		roomUnknown: "Waiting room not known",
		reasons: "Reasons",
		externalId: "External id: {{id}}",
		providers: "Providers",
		reschedule: "Reschedule",
		cancel: "Cancel appointment",
		statusTitle: "Status",
		flowLabel: "Status flow",
		now: "now",
		videoCall: "Video call",
		noVideoCall: "not started",
		platformNote: "Solo sets these statuses as the visit goes on; the page checks every 15 seconds.",
		sections: "Appointment sections",
		tabs: {
			attachments: "Attachments",
			note: "Visit note",
			links: "Links and sharing",
			episode: "Episode",
			assistance: "Assistance"
		}
	},
	links: {
		contextTitle: "Context-aware link",
		contextIntro: "A Solo link that opens this visit with its user and patient already set. Started from this appointment: check the values, choose who opens it."
	},
	attachments: {
		upload: "Attach a file",
		limits: "PDF, PNG or JPEG, at most 5 MB.",
		problem: {
			empty: "“{{name}}” is empty.",
			tooBig: "“{{name}}” is larger than 5 MB, Solo’s limit.",
			notAllowed: "“{{name}}” is not a PDF, PNG or JPEG file (checked by its content, not its name).",
			nameMismatch: "The name of “{{name}}” does not match what the file contains.",
			typeMismatch: "The type of “{{name}}” does not match what the file contains."
		},
		uploaded: "“{{name}}” attached.",
		none: "No attachments.",
		tableLabel: "Attachments",
		name: "File",
		size: "Size",
		uploadedAt: "Uploaded",
		actions: "Actions",
		kb: "{{size}} KB",
		delete: "Delete",
		deleteLabel: "Delete {{name}}"
	},
	visitNote: {
		none: "No visit note yet: Solo adds the note’s template when the visit starts.",
		noQuestions: "This template has no questions to answer.",
		unanswered: "Not answered",
		answeredAt: "Answered {{when}}",
		save: "Save answers",
		saved: "Answers saved.",
		comments: "Comments"
	},
	episode: {
		current: "Episode of care:",
		none: "none",
		patientHasNone: "The patient has no episodes of care.",
		assign: "Assign to episode",
		noEpisode: "No episode",
		save: "Assign"
	},
	assistance: {
		kind: "Where is the patient",
		kinds: {
			patient: "Patient MRN",
			department: "Department",
			bed: "Building and floor",
			device: "Device"
		},
		fields: {
			patientMrn: "Patient MRN",
			department: "Department",
			building: "Building",
			floor: "Floor",
			room: "Room",
			bed: "Bed",
			deviceSerialNumber: "Device serial number"
		},
		find: "Show current request",
		none: "No assistance request is open here.",
		request: "Request assistance",
		line: "{{location}} · room {{room}} · device {{device}}",
		created: "Requested",
		cancel: "Cancel request"
	},
	zones: {
		title: "Location time zones",
		intro: "Solo and Eden do not say which time zone a waiting room or a facility keeps. Each location’s times are shown, and Eden appointment times entered, on the zone set here. The settings are kept in this browser.",
		soloRooms: "Solo waiting rooms",
		edenFacilities: "Eden facilities",
		location: "Location",
		zone: "Time zone"
	}
};
export { schedule as default };
