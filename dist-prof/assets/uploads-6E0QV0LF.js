// src/i18n/locales/en/uploads.ts
/** English strings of the "uploads" namespace. Spanish (../es/uploads.ts) has the same keys: its type and a unit test check it. */
var uploads = {
	title: "Uploads",
	tabs: {
		label: "What to upload",
		dicom: "DICOM studies",
		documents: "Documents"
	},
	intake: {
		title: "Bring in a study",
		drop: "Drop a folder, files or a .zip of a study here",
		dropActive: "Drop to add the files",
		chooseFolder: "Choose a folder…",
		chooseFiles: "Choose files or a .zip…",
		help: "Folders are read with all their subfolders. DICOMDIR is skipped. Nothing is sent before you review the study and press Send.",
		adding: "Adding files…",
		reading: "Reading headers: {{done}} of {{total}} files",
		duplicate: "The same image as {{path}}",
		damagedZip: "A damaged .zip archive",
		clear: "Clear the list"
	},
	resume: {
		title: "An upload in this tab was interrupted",
		body: "{{sent}} of {{total}} files were sent before the page was reloaded, {{notSent}} were not. Select the same folder again: the files already sent are skipped.",
		matched: "{{count}} files of this selection were already sent before the reload: they are skipped.",
		forget: "Forget that upload"
	},
	manifest: {
		title: "Study manifest",
		summary: "{{files}} files, {{size}}: {{readable}} readable, {{rejected}} rejected",
		patientId: "Patient ID {{id}}",
		noId: "No patient ID",
		noName: "(no name)",
		born: "born {{date}}",
		sex: "sex {{sex}}",
		noDescription: "(no description)",
		noDate: "no date",
		accession: "accession {{value}}",
		studies: "{{count}} studies",
		seriesLabel: "Series {{number}}",
		seriesOf: "Series of {{study}}",
		seriesCount: "{{count}} series",
		filesCount: "{{count}} files",
		sentCount: "{{sent}} of {{files}} sent",
		characterSet: "Character set: {{value}}",
		defaultCharacterSet: "Character set: default (ASCII)",
		burnedIn: "May show patient details in its pixels (burned-in text): removing tags does not clean images. Check the images before sending.",
		burnedInShort: "May show patient details in its pixels",
		warningsTitle: "Warnings",
		warning: {
			"charset-unsupported": "Character set “{{detail}}” cannot be decoded: unreadable characters are shown as �.",
			"charset-invalid-bytes": "Some text is not valid in its character set ({{detail}}): shown as �.",
			"charset-unknown-escape": "Some text switches to an unknown character set: shown as �.",
			"charset-undeclared-latin1": "No character set is declared: text read as Latin-1.",
			"charset-undeclared-utf8": "No character set is declared: text read as UTF-8.",
			"charset-undeclared": "No character set is declared and some text cannot be read: shown as �.",
			"no-transfer-syntax": "Raw data set without a file header: PostDICOM cannot anonymize it (de-identifying here adds the header).",
			parser: "The file has small structural problems; it was read anyway."
		},
		warningFiles: "{{count}} files",
		rejectedTitle: "Rejected files: never sent"
	},
	files: {
		title: "Files",
		listLabel: "Files of the selection",
		filter: {
			label: "Show",
			all: "All ({{count}})",
			problems: "Rejected or failed ({{count}})",
			sent: "Sent ({{count}})",
			pending: "Not sent ({{count}})"
		},
		empty: "No file to show.",
		status: {
			reading: "Reading",
			ready: "Ready",
			rejected: "Rejected",
			"sent-before": "Sent before the reload",
			queued: "Waiting",
			sending: "Sending",
			sent: "Sent",
			failed: "Failed",
			cancelled: "Not sent"
		},
		progress: "Sending {{path}}"
	},
	deidentify: {
		title: "De-identification",
		enable: "De-identify in the console before sending",
		enableHelp: "Names, IDs, birth date, addresses, institutions, physicians, free text and private tags are removed or replaced (DICOM PS3.15 basic profile); UIDs are replaced consistently for the whole upload.",
		patientName: "Patient name to write",
		patientNameHelp: "Empty: a pseudonym (ANON-…), the same for every file of a patient.",
		patientId: "Patient ID to write",
		dates: "Dates",
		datesShiftBack: "Move back by {{days}} days",
		datesShiftForward: "Move forward by {{days}} days",
		datesEmpty: "Remove",
		keepCharacteristics: "Keep sex, age, size and weight",
		keepDescriptions: "Keep study and series descriptions (they are checked for the patient’s name)",
		burnedInNotice: "{{count}} series may show patient details in their pixels: de-identification does not clean images.",
		preview: "Preview the changes",
		previewOf: "Changes for {{path}}",
		previewFile: "File to preview",
		previewing: "Preparing the preview…",
		attribute: "Attribute",
		before: "Before",
		after: "After",
		action: "Change",
		actions: {
			removed: "removed",
			emptied: "emptied",
			replaced: "replaced",
			shifted: "date moved",
			remapped: "new UID",
			added: "added"
		},
		download: "Save a de-identified copy",
		downloadSeries: "Save the series as a .zip",
		downloading: "Preparing {{done}} of {{total}} files…",
		downloadRefused: "{{count}} files could not be de-identified and were left out of the copy.",
		invalidName: "Use letters, digits, spaces, ^ - . or _ (at most 64 per name part).",
		invalidId: "Use at most 64 characters, without \\."
	},
	send: {
		title: "Send to PostDICOM",
		user: "Send as",
		institution: "Institution",
		destination: "Destination",
		root: "Main list",
		folder: "A folder",
		folderSelect: "Folder",
		folderRequired: "Choose a folder.",
		noFolders: "This account has no folders.",
		vendorAnonymization: "Let PostDICOM anonymize too (it writes the patient name and ID above)",
		vendorAnonymizationNeeds: "Give a patient name or ID to write.",
		start: "Send {{count}} files",
		nothing: "Nothing to send yet.",
		readingFirst: "Wait until every header is read.",
		pause: "Pause",
		resume: "Resume",
		cancel: "Cancel",
		retry: "Retry the {{count}} failed files",
		status: {
			running: "Sending: {{sent}} of {{total}} sent",
			pausing: "Pausing: finishing the files already started",
			paused: "Paused: {{sent}} of {{total}} sent",
			cancelling: "Cancelling: finishing the files already started",
			cancelled: "Cancelled: {{sent}} of {{total}} sent",
			done: "Finished: {{sent}} of {{total}} sent"
		},
		failed: "{{count}} failed",
		eta: "About {{time}} left",
		etaUnknown: "Estimating the time left…",
		totalLabel: "Total progress",
		accountError: "PostDICOM could not be reached to list users and folders."
	},
	leave: {
		title: "Leave while files are being sent?",
		body: "The upload stops if you leave this page. Files already sent stay sent; the others are not sent.",
		stay: "Stay on this page",
		leave: "Leave"
	},
	documents: {
		title: "Attach a document",
		intro: "Each vendor has its own rules. The file type is checked from its content, not its name.",
		vendor: "Send to",
		vendors: {
			postdicom: "PostDICOM order",
			solo: "Teladoc Health Solo appointment",
			scan: "Scan.com referral"
		},
		rules: {
			postdicom: "PDF, JPEG, PNG, BMP or MP4 files; the name’s extension must match the content.",
			solo: "PDF, PNG or JPEG, at most 5 MB, with a file name.",
			scan: "Any type, at most 25 MB; one file per request (several files are sent one after another)."
		},
		order: "PostDICOM order",
		orderSearch: "Patient name to find the order",
		orderPlaceholder: "Type at least 2 letters",
		noOrders: "No order found.",
		appointment: "Solo appointment ID",
		referral: "Scan.com referral",
		noReferrals: "This Scan.com user has no referrals yet.",
		scanSession: "Scan.com needs a user for this tab.",
		scanFirstName: "First name",
		scanLastName: "Last name",
		scanEmail: "Email",
		scanStart: "Start a Scan.com session",
		file: "Files",
		choose: "Choose files…",
		fileName: "File name shown to the vendor",
		send: "Send",
		sending: "Sending…",
		sent: "Sent: {{name}}",
		refused: "Not sent: {{name}}",
		targetRequired: "Choose where to send it.",
		problem: {
			empty: "The file is empty.",
			tooLarge: "The file is larger than {{limit}}.",
			notAllowed: "Its content is {{actual}}; {{vendor}} takes {{allowed}}.",
			unknownType: "Its content is not a type {{vendor}} takes ({{allowed}}).",
			extensionMismatch: "Its name says .{{extension}} but its content is {{actual}}.",
			noName: "Give the file a name."
		},
		types: {
			pdf: "PDF",
			png: "PNG",
			jpeg: "JPEG",
			bmp: "BMP",
			mp4: "MP4 video",
			other: "an unknown type"
		}
	},
	dicom: {
		errors: {
			"empty-file": "The file is empty.",
			"read-failed": "The file could not be read from the disk.",
			"not-dicom": "Not a DICOM file.",
			unreadable: "A DICOM file that cannot be read ({{detail}}).",
			dicomdir: "A DICOMDIR (the index of a CD), not an image.",
			"missing-identifiers": "A DICOM file without a SOP Instance UID."
		},
		deidentifyErrors: {
			unreadable: "Cannot be read for de-identification ({{detail}}).",
			"unsupported-transfer-syntax": "Its transfer syntax ({{detail}}) cannot be rewritten safely.",
			"unsupported-character-set": "Its text is in a character set that cannot be re-encoded ({{detail}}).",
			"output-too-large": "The rewritten file would be much larger than the original.",
			"identifier-remains": "An identifying value would remain in the file (in a kept description?).",
			"write-failed": "The rewritten file would not be valid DICOM ({{detail}})."
		}
	}
};
export { uploads as default };
