import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ir as require_react, Ot as Button, Pt as Text, Un as InputError, Ut as ActionIcon, Vt as Group, kt as Badge, ut as useTranslation, vt as createReactComponent, wt as List, xt as Stack, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { Et as SCAN_MAX_DOCUMENT_BYTES, Rn as IconRefresh, l as describeError, mt as useScanImagingProviders, pt as useScanBodyParts, yt as useUploadScanDocument } from "./search-Bd_rEMYc.js";
import { t as FileButton } from "./FileButton-sikXbnGw.js";
import { t as Progress } from "./Progress-Cfc_n2W9.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { t as IconX } from "./IconX-DXjOF8OF.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as translateValidation } from "./zod-messages-Cr21UGky.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconFileUpload = createReactComponent("outline", "file-upload", "FileUpload", [
	["path", {
		"d": "M14 3v4a1 1 0 0 0 1 1h4",
		"key": "svg-0"
	}],
	["path", {
		"d": "M17 21h-10a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h7l5 5v11a2 2 0 0 1 -2 2",
		"key": "svg-1"
	}],
	["path", {
		"d": "M12 11v6",
		"key": "svg-2"
	}],
	["path", {
		"d": "M9.5 13.5l2.5 -2.5l2.5 2.5",
		"key": "svg-3"
	}]
]);
// src/features/orders/scan/ScanDocumentsPanel.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
var MEGABYTES = SCAN_MAX_DOCUMENT_BYTES / 1024 / 1024;
function formatSize(bytes, locale) {
	const mb = bytes / 1024 / 1024;
	return mb >= 1 ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB` : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}
/**
* A referral's additional documents: the list Scan.com holds, and files to add, sent one per request
* (Scan.com's rule), each with its own state and progress; a file over 25 MB is refused before sending.
*/
function ScanDocumentsPanel({ referralId, documents, disabled = false }) {
	const { t, i18n } = useTranslation("orders");
	const { t: tc } = useTranslation();
	const upload = useUploadScanDocument(referralId);
	const [queue, setQueue] = (0, import_react.useState)([]);
	const running = (0, import_react.useRef)(false);
	const serial = (0, import_react.useRef)(0);
	const patch = (0, import_react.useCallback)((key, change) => setQueue((items) => items.map((item) => item.key === key ? {
		...item,
		...change
	} : item)), []);
	const send = upload.mutateAsync;
	const add = (files) => setQueue((items) => [...items, ...files.map((file) => {
		const key = ++serial.current;
		if (file.size > 26214400) return {
			key,
			file,
			state: "refused",
			problem: t("scan.documents.tooLarge", { megabytes: MEGABYTES })
		};
		if (file.size === 0) return {
			key,
			file,
			state: "refused",
			problem: t("scan.documents.empty")
		};
		return {
			key,
			file,
			state: "waiting"
		};
	})]);
	(0, import_react.useEffect)(() => {
		if (running.current) return;
		const next = queue.find((item) => item.state === "waiting");
		if (!next) return;
		running.current = true;
		patch(next.key, { state: "uploading" });
		send({
			file: next.file,
			fileName: next.file.name
		}).then(() => patch(next.key, {
			state: "done",
			problem: void 0
		})).catch((error) => {
			const issue = error instanceof InputError ? error.issues[0] : void 0;
			patch(next.key, {
				state: "failed",
				problem: issue ? translateValidation(tc, issue.message, issue.params) : describeError(tc, error)
			});
		}).finally(() => {
			running.current = false;
			setQueue((items) => [...items]);
		});
	}, [
		queue,
		send,
		patch,
		tc
	]);
	const shown = queue.filter((item) => item.state !== "done");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		"data-testid": "scan-documents",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("scan.documents.hint", { megabytes: MEGABYTES })
			}),
			documents.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: t("scan.documents.none")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
				size: "sm",
				spacing: 4,
				"data-testid": "scan-document-list",
				children: documents.map((document) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [document.file_name, typeof document.size === "number" ? ` · ${formatSize(document.size, i18n.language)}` : ""] }, document.id))
			}),
			shown.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: "xs",
				component: "ul",
				m: 0,
				p: 0,
				style: { listStyle: "none" },
				"aria-live": "polite",
				children: shown.map((item) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					"data-testid": "scan-upload",
					"data-state": item.state,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							justify: "space-between",
							wrap: "nowrap",
							gap: "xs",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
								size: "sm",
								truncate: "end",
								children: [
									item.file.name,
									" · ",
									formatSize(item.file.size, i18n.language),
									" ·",
									" ",
									t(`scan.documents.state.${item.state}`)
								]
							}), (item.state === "failed" || item.state === "refused") && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
								gap: 4,
								wrap: "nowrap",
								children: [item.state === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
									variant: "subtle",
									"aria-label": t("scan.documents.retry", { name: item.file.name }),
									onClick: () => patch(item.key, {
										state: "waiting",
										problem: void 0
									}),
									children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconRefresh, {
										size: 16,
										"aria-hidden": true
									})
								}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ActionIcon, {
									variant: "subtle",
									color: "gray",
									"aria-label": t("scan.documents.remove", { name: item.file.name }),
									onClick: () => setQueue((items) => items.filter((other) => other.key !== item.key)),
									children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconX, {
										size: 16,
										"aria-hidden": true
									})
								})]
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Progress, {
							value: item.state === "waiting" ? 0 : 100,
							animated: item.state === "uploading",
							striped: item.state === "uploading",
							color: item.state === "failed" || item.state === "refused" ? "red" : void 0,
							size: "sm",
							"aria-label": t("scan.documents.progress", { name: item.file.name })
						}),
						item.problem && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "xs",
							c: "red",
							mt: 2,
							children: item.problem
						})
					]
				}, item.key))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FileButton, {
				onChange: add,
				multiple: true,
				disabled,
				inputProps: { "data-testid": "scan-document-input" },
				children: (props) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					...props,
					variant: "default",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFileUpload, {
						size: 16,
						"aria-hidden": true
					}),
					children: t("scan.documents.add")
				})
			}) })
		]
	});
}
// src/features/orders/scan/ScanReferralSummary.tsx
/** A referral as Scan.com holds it: state, patient, modality, body parts, provider, blocks, GP. */
function ScanReferralSummary({ referral, names = {} }) {
	const { t } = useTranslation("orders");
	const patient = referral.patient_information;
	const rows = [
		[t("scan.summary.patient"), `${patient.first_name} ${patient.last_name}`],
		[t("scan.fields.patient.date_of_birth"), patient.date_of_birth ?? "—"],
		[t("scan.fields.patient.email"), patient.email ?? "—"],
		[t("scan.fields.modality"), referral.modality ?? "—"],
		[t("scan.fields.bodyPartIds"), referral.body_part_ids.length ? referral.body_part_ids.map((id) => names.bodyParts?.get(id) ?? `#${id}`).join(", ") : "—"],
		[t("scan.fields.referralInformation"), referral.referral_information ?? "—"],
		[t("scan.fields.providerId"), referral.imaging_provider_id ? names.provider ?? `#${referral.imaging_provider_id}` : "—"],
		[t("scan.fields.slotIds"), referral.time_slot_ids.length ? t("scan.summary.blocks", {
			count: referral.time_slot_ids.length,
			minutes: referral.time_slot_ids.length * 15,
			ids: referral.time_slot_ids.join(", ")
		}) : "—"],
		[t("scan.steps.gp"), referral.gp_details ? `${referral.gp_details.gp_name}, ${referral.gp_details.practice_name}` : "—"],
		[t("scan.steps.safety"), referral.safety_question_answers.length ? t("scan.summary.answers", { count: referral.safety_question_answers.length }) : "—"]
	];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		"data-testid": "scan-summary",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
			variant: "filled",
			tt: "none",
			"data-testid": "scan-status",
			children: t(`scan.status.${referral.status}`)
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimpleGrid, {
			cols: {
				base: 1,
				sm: 2
			},
			spacing: "xs",
			component: "dl",
			m: 0,
			children: rows.map(([label, value]) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				component: "dt",
				size: "xs",
				c: "dimmed",
				children: label
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				component: "dd",
				size: "sm",
				m: 0,
				style: { overflowWrap: "anywhere" },
				children: value
			})] }, label))
		})]
	});
}
// src/features/orders/scan/use-scan-summary-names.ts
/** The names behind a referral's ids: its body parts (by modality) and its imaging provider. */
function useScanSummaryNames(referral) {
	const modality = useScanSession().active ? referral?.modality ?? void 0 : void 0;
	const bodyParts = useScanBodyParts(modality);
	const providers = useScanImagingProviders(modality && referral?.body_part_ids.length && referral.imaging_provider_id ? {
		modality,
		body_part_ids: referral.body_part_ids
	} : void 0);
	const providerId = referral?.imaging_provider_id;
	return (0, import_react.useMemo)(() => ({
		bodyParts: new Map((bodyParts.data ?? []).map((part) => [part.id, part.name])),
		provider: providers.data?.find((p) => p.id === providerId)?.name ?? null
	}), [
		bodyParts.data,
		providers.data,
		providerId
	]);
}
export { ScanReferralSummary as n, ScanDocumentsPanel as r, useScanSummaryNames as t };
