// src/i18n/locales/en/patients.ts
/** English strings of the "patients" namespace. Spanish (../es/patients.ts) has the same keys: its type and a unit test check it. */
var patients = {
	search: {
		title: "Patients",
		boxLabel: "Search patients in every vendor",
		placeholder: "Name, MRN or patient ID, accession number, date of birth, email or phone",
		help: "Date of birth as {{pattern}} or YYYY-MM-DD. Press / to come back here, ↓ to go through the results, Esc to clear.",
		clear: "Clear the search",
		recognisedAs: "Searching as: {{kinds}}",
		kinds: {
			name: "name",
			identifier: "MRN or patient ID",
			accession: "accession number",
			birthDate: "date of birth",
			email: "email address",
			phone: "phone number",
			soloId: "Solo patient id",
			spid: "Solo SPID",
			postalCode: "postal code"
		},
		hints: {
			emailIncomplete: "Keep typing: an email address needs a domain, as in name@example.org.",
			dateIncomplete: "Keep typing the date: {{pattern}}.",
			notADate: "This date does not exist. Dates of birth are written {{pattern}} or YYYY-MM-DD."
		},
		vendorsTitle: "Who was asked, and how",
		status: {
			notAsked: "Not asked",
			searching: "Searching…",
			soFar_one: "{{count}} so far…",
			soFar_other: "{{count}} so far…",
			results_one: "{{count}} record",
			results_other: "{{count}} records",
			capped: "the first {{shown}} of {{total}}",
			timedOut: "Timed out",
			timedOutPartial: "Timed out after {{count}} records",
			failed: "Failed",
			unreadable_one: "{{count}} record could not be read",
			unreadable_other: "{{count}} records could not be read",
			unreadableDetail: "{{record}}: the field “{{field}}” cannot be read without guessing.",
			retry: "Retry {{vendor}}",
			showDetails: "Details",
			hideDetails: "Hide details"
		},
		how: {
			postdicom: {
				patientName: "orders by patient name",
				patientId: "orders by patient ID",
				accessionNumber: "orders by accession number"
			},
			impilo: {
				name: "patients by name",
				email: "patients by email",
				externalIdentifier: "patients by MRN (externalIdentifier)",
				dateOfBirth: "patients by date of birth",
				postalCode: "patients by postal code"
			},
			eden: { patient_identifier: "orders by patient identifier, the coming month and 12 months back" },
			scan: {
				name: "your referrals, filtered here by name",
				email: "your referrals, filtered here by email",
				phone: "your referrals, filtered here by phone",
				dateOfBirth: "your referrals, filtered here by date of birth",
				postalCode: "your referrals, filtered here by postcode",
				referralId: "your referrals, filtered here by referral id"
			},
			solo: {
				id: "direct lookup by patient id",
				spid: "direct lookup by SPID"
			}
		},
		reasons: {
			emptyQuery: "Nothing typed yet.",
			excluded: "Left out by the vendor filter.",
			soloIdOnly: "Solo has no search: a patient is found by its patient id or SPID only.",
			edenIdentifierOnly: "Eden is searched by patient identifier (MRN) only.",
			postDicomFields: "PostDICOM is searched by name, patient ID or accession number.",
			impiloFields: "Impilo is searched by name, email, MRN, date of birth or postal code.",
			scanNoSession: "No Scan.com user in this tab: a referral is visible only to the user who created it.",
			scanFields: "Scan.com referrals are filtered by name, email, phone, date of birth or postcode."
		},
		summary_one: "{{count}} person · {{records}}",
		summary_other: "{{count}} people · {{records}}",
		records_one: "{{count}} record",
		records_other: "{{count}} records",
		updating: "Updating…",
		narrowed: "Narrowed from the last answers while the vendors answer the new text.",
		partial: "Some vendors did not answer: the list shows the others. Retry each one with its button above.",
		allFailed: "No vendor could answer. Retry each one with its button above.",
		empty: {
			title: "No patient found",
			body: "No vendor asked has a record matching “{{query}}”.",
			filtered: "Some people are hidden by the filters.",
			clearFilters: "Clear the filters"
		},
		start: {
			title: "Find a patient",
			body: "One search asks every vendor at once. Solo patients are found by their id or SPID only."
		},
		resultsLabel: "Search results",
		filters: {
			title: "Filter and sort",
			titleActive: "Filter and sort ({{count}} active)",
			vendors: "Only from",
			modality: "Modality",
			anyModality: "Any modality",
			dateRange: "Order or referral date",
			dateRangeButton: "Date range",
			from: "From",
			to: "To",
			sort: "Sort by",
			sorts: {
				relevance: "Best match",
				name: "Surname",
				birthDate: "Date of birth",
				recent: "Latest order"
			},
			clear: "Clear filters"
		},
		row: {
			open: "Open the record of {{name}}",
			same: "Same person",
			sameHint: "Linked by an identifier held in several records",
			possible: "Possible same person",
			possibleHint: "Linked by name and date of birth only: check before relying on it",
			splitFrom: "Split from a possible match",
			split: "Split",
			splitLabel: "Split this possible match into separate people",
			join: "Join again",
			showIds: "Ids ({{count}})",
			showIdsLabel: "Show every id of {{name}}",
			born: "Born {{date}}",
			birthDatesDiffer: "Birth dates differ: {{dates}}",
			noBirthDate: "No date of birth",
			latest: "Latest {{what}} {{date}}",
			order: "order",
			referral: "referral",
			noName: "(no name)"
		},
		ids: {
			caption: "Every id of this person, with where it comes from",
			set: "Records linked by an id · set {{number}}",
			vendor: "Vendor",
			kind: "Id",
			value: "Value",
			record: "Record",
			kinds: {
				id: "Patient id",
				spid: "SPID",
				mrn: "MRN",
				"patient-id": "Patient ID",
				referral: "Referral",
				order: "Order"
			},
			recordKinds: {
				patient: "Patient record",
				order: "Order",
				referral: "Referral"
			}
		},
		recent: {
			title: "Recently opened",
			empty: "Patients you open are listed here until the console locks."
		},
		newPatient: "New patient",
		newSolo: "New Solo patient",
		newImpilo: "New Impilo patient",
		sex: {
			F: "female",
			M: "male",
			O: "other"
		}
	},
	record: {
		title: "Patient record",
		back: "Back to the search",
		loading: "Loading {{vendor}}…",
		sourceFailed: "{{vendor}} could not be read",
		invalidKey: {
			title: "This is not a patient address",
			body: "The address does not name a patient the console knows how to find. Search for the patient again."
		},
		nobody: "No vendor could show this patient.",
		born: "Born {{date}}",
		actions: {
			newOrder: "New order for this patient",
			book: "Book an appointment",
			editSolo: "Edit the Solo record",
			editImpilo: "Edit the Impilo record"
		},
		demographics: {
			title: "Demographics by source",
			field: "Field",
			differs: "Differs",
			written: "Written differently",
			unreadable: "{{vendor}} record {{record}}: the field “{{field}}” cannot be read without guessing, so it is not shown.",
			fields: {
				givenNames: "Given names",
				firstSurname: "First surname",
				secondSurname: "Second surname",
				birthDate: "Date of birth",
				sex: "Sex",
				emails: "Email",
				phones: "Phone",
				address: "Address",
				mrn: "MRN"
			}
		},
		orders: {
			title: "Orders across vendors",
			noSource: "No vendor that takes orders knows this patient.",
			none: "No order.",
			date: "Date",
			what: "Study or content",
			status: "Status",
			open: "Order",
			openOrder: "Open the order",
			lines: "{{kits}} kits, {{items}} items"
		},
		appointments: {
			title: "Appointments (Solo)",
			how: "Solo lists a patient’s appointments only through the episodes of care they are filed in.",
			needsId: "This Solo record was found by its SPID: episodes and appointments need the Solo patient id.",
			noSolo: "Solo does not hold this patient.",
			none: "No appointment in this patient’s episodes of care.",
			when: "When",
			reasons: "Reasons",
			episode: "Episode of care",
			notes: "Visit notes"
		},
		documents: {
			title: "Documents and attachments",
			noSource: "No vendor that keeps documents knows this patient.",
			none: "No document.",
			filedUnder: "filed under {{id}}",
			needsCare: "The appointments could not be read, so their attachments cannot be listed."
		},
		episodes: {
			title: "Episodes of care (Solo)",
			none: "No episode of care yet.",
			add: "New episode of care",
			edit: "Edit",
			editTitle: "Edit episode “{{name}}”",
			createTitle: "New episode of care",
			from: "From",
			to: "To",
			name: "Name",
			type: "Type",
			status: "Status",
			objective: "Objective",
			reasonIncomplete: "Reason it was not completed",
			save: "Save the episode",
			cancel: "Cancel",
			saved: "Episode saved",
			statuses: {
				PLANNING: "Planning",
				WAITLIST: "Waiting list",
				ACTIVE: "Active",
				ONHOLD: "On hold",
				FINISHED: "Finished",
				CANCELED: "Cancelled"
			},
			needsId: "Episodes of care need the Solo patient id (this record was found by its SPID)."
		}
	}
};
export { patients as default };
