const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/worker-api-DX5l_MX0.js","assets/rolldown-runtime-SbdDWaPq.js","assets/preload-helper-BhofnfyO.js"])))=>i.map(i=>d[i]);
import { n as __exportAll, r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { Ct as NativeSelect, Dr as useNavigate, Ft as Alert, Ir as require_react, Kt as Paper, Ot as Button, Pt as Text, Q as useDocumentTitle, Un as InputError, Vt as Group, Wt as Loader, Yn as isTransient, Zt as Box, _t as IconAlertTriangle, bt as TextInput, kt as Badge, pt as IconUpload, qn as VendorError, ut as useTranslation, vt as createReactComponent, wt as List, xt as Stack, yr as require_jsx_runtime, yt as Title } from "./boot-CCHtFN9d.js";
import { n as Tabs, t as IconPaperclip } from "./IconPaperclip-bsVIn7SX.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
import { i as saveDraft, n as loadDraft, t as clearDraft } from "./draft-vault-Dy3f-msU.js";
import { Cn as boolean, Dn as number, Dt as uploadScanDocument, En as literal, Et as SCAN_MAX_DOCUMENT_BYTES, J as runPostDicomUpload, On as object, Sn as array, Y as parsePostDicomInput, bn as _enum, cr as useDebouncedValue, dt as useCreateScanUser, gt as useScanReferrals, jn as string, l as describeError, lt as postDicomSuccessSchema, nt as postDicomIdSchema, s as useVirtualizer, wn as custom } from "./search-Bd_rEMYc.js";
import { t as Progress } from "./Progress-Cfc_n2W9.js";
import { t as Radio } from "./Radio-B5s8Yllv.js";
import { t as IconFolderOpen } from "./IconFolderOpen-OBAmS4JP.js";
import { t as Checkbox } from "./Checkbox-CTnuPsUm.js";
import { t as SimpleGrid } from "./SimpleGrid-1HP91LG8.js";
import { i as useScanSession } from "./session-tZkRHlO9.js";
import { t as IconX } from "./IconX-DXjOF8OF.js";
import { a as usePostDicomAccount, c as usePostDicomFolderList, u as usePostDicomPatientOrderList } from "./queries-C-TE7ghd.js";
import { t as ErrorAlert } from "./ErrorAlert-B4Fs11-6.js";
import { a as SNIFF_BYTES, d as sniffDocumentType, i as uploadSoloAttachment, l as fileExtension, o as documentMimeTypes, s as documentTypeOfName, t as SOLO_ATTACHMENT_MAX_BYTES } from "./attachments-BvRbWpSg.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconFileText = createReactComponent("outline", "file-text", "FileText", [
	["path", {
		"d": "M14 3v4a1 1 0 0 0 1 1h4",
		"key": "svg-0"
	}],
	["path", {
		"d": "M17 21h-10a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h7l5 5v11a2 2 0 0 1 -2 2",
		"key": "svg-1"
	}],
	["path", {
		"d": "M9 9l1 0",
		"key": "svg-2"
	}],
	["path", {
		"d": "M9 13l6 0",
		"key": "svg-3"
	}],
	["path", {
		"d": "M9 17l6 0",
		"key": "svg-4"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconHistory = createReactComponent("outline", "history", "History", [["path", {
	"d": "M12 8l0 4l2 2",
	"key": "svg-0"
}], ["path", {
	"d": "M3.05 11a9 9 0 1 1 .5 4m-.5 5v-5h5",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPhotoExclamation = createReactComponent("outline", "photo-exclamation", "PhotoExclamation", [
	["path", {
		"d": "M15 8h.01",
		"key": "svg-0"
	}],
	["path", {
		"d": "M15 21h-9a3 3 0 0 1 -3 -3v-12a3 3 0 0 1 3 -3h12a3 3 0 0 1 3 3v6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M3 16l5 -5c.928 -.893 2.072 -.893 3 0l4 4",
		"key": "svg-2"
	}],
	["path", {
		"d": "M14 14l1 -1c.665 -.64 1.44 -.821 2.167 -.545",
		"key": "svg-3"
	}],
	["path", {
		"d": "M19 16v3",
		"key": "svg-4"
	}],
	["path", {
		"d": "M19 22v.01",
		"key": "svg-5"
	}]
]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPlayerPause = createReactComponent("outline", "player-pause", "PlayerPause", [["path", {
	"d": "M6 6a1 1 0 0 1 1 -1h2a1 1 0 0 1 1 1v12a1 1 0 0 1 -1 1h-2a1 1 0 0 1 -1 -1l0 -12",
	"key": "svg-0"
}], ["path", {
	"d": "M14 6a1 1 0 0 1 1 -1h2a1 1 0 0 1 1 1v12a1 1 0 0 1 -1 1h-2a1 1 0 0 1 -1 -1l0 -12",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPlayerPlay = createReactComponent("outline", "player-play", "PlayerPlay", [["path", {
	"d": "M7 4v16l13 -8l-13 -8",
	"key": "svg-0"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconSend = createReactComponent("outline", "send", "Send", [["path", {
	"d": "M10 14l11 -11",
	"key": "svg-0"
}], ["path", {
	"d": "M21 3l-6.5 18a.55 .55 0 0 1 -1 0l-3.5 -7l-7 -3.5a.55 .55 0 0 1 0 -1l18 -6.5",
	"key": "svg-1"
}]]);
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconStack2 = createReactComponent("outline", "stack-2", "Stack2", [
	["path", {
		"d": "M12 4l-8 4l8 4l8 -4l-8 -4",
		"key": "svg-0"
	}],
	["path", {
		"d": "M4 12l8 4l8 -4",
		"key": "svg-1"
	}],
	["path", {
		"d": "M4 16l8 4l8 -4",
		"key": "svg-2"
	}]
]);
// node_modules/comlink/dist/esm/comlink.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* @license
* Copyright 2019 Google LLC
* SPDX-License-Identifier: Apache-2.0
*/
var proxyMarker = Symbol("Comlink.proxy");
var createEndpoint = Symbol("Comlink.endpoint");
var releaseProxy = Symbol("Comlink.releaseProxy");
var finalizer = Symbol("Comlink.finalizer");
var throwMarker = Symbol("Comlink.thrown");
var isObject = (val) => typeof val === "object" && val !== null || typeof val === "function";
/**
* Allows customizing the serialization of certain values.
*/
var transferHandlers = /* @__PURE__ */ new Map([["proxy", {
	canHandle: (val) => isObject(val) && val[proxyMarker],
	serialize(obj) {
		const { port1, port2 } = new MessageChannel();
		expose(obj, port1);
		return [port2, [port2]];
	},
	deserialize(port) {
		port.start();
		return wrap$1(port);
	}
}], ["throw", {
	canHandle: (value) => isObject(value) && throwMarker in value,
	serialize({ value }) {
		let serialized;
		if (value instanceof Error) serialized = {
			isError: true,
			value: {
				message: value.message,
				name: value.name,
				stack: value.stack
			}
		};
		else serialized = {
			isError: false,
			value
		};
		return [serialized, []];
	},
	deserialize(serialized) {
		if (serialized.isError) throw Object.assign(new Error(serialized.value.message), serialized.value);
		throw serialized.value;
	}
}]]);
function isAllowedOrigin(allowedOrigins, origin) {
	for (const allowedOrigin of allowedOrigins) {
		if (origin === allowedOrigin || allowedOrigin === "*") return true;
		if (allowedOrigin instanceof RegExp && allowedOrigin.test(origin)) return true;
	}
	return false;
}
function expose(obj, ep = globalThis, allowedOrigins = ["*"]) {
	ep.addEventListener("message", function callback(ev) {
		if (!ev || !ev.data) return;
		if (!isAllowedOrigin(allowedOrigins, ev.origin)) {
			console.warn(`Invalid origin '${ev.origin}' for comlink proxy`);
			return;
		}
		const { id, type, path } = Object.assign({ path: [] }, ev.data);
		const argumentList = (ev.data.argumentList || []).map(fromWireValue);
		let returnValue;
		try {
			const parent = path.slice(0, -1).reduce((obj, prop) => obj[prop], obj);
			const rawValue = path.reduce((obj, prop) => obj[prop], obj);
			switch (type) {
				case "GET":
					returnValue = rawValue;
					break;
				case "SET":
					parent[path.slice(-1)[0]] = fromWireValue(ev.data.value);
					returnValue = true;
					break;
				case "APPLY":
					returnValue = rawValue.apply(parent, argumentList);
					break;
				case "CONSTRUCT":
					returnValue = proxy(new rawValue(...argumentList));
					break;
				case "ENDPOINT":
					{
						const { port1, port2 } = new MessageChannel();
						expose(obj, port2);
						returnValue = transfer(port1, [port1]);
					}
					break;
				case "RELEASE":
					returnValue = void 0;
					break;
				default: return;
			}
		} catch (value) {
			returnValue = {
				value,
				[throwMarker]: 0
			};
		}
		Promise.resolve(returnValue).catch((value) => {
			return {
				value,
				[throwMarker]: 0
			};
		}).then((returnValue) => {
			const [wireValue, transferables] = toWireValue(returnValue);
			ep.postMessage(Object.assign(Object.assign({}, wireValue), { id }), transferables);
			if (type === "RELEASE") {
				ep.removeEventListener("message", callback);
				closeEndPoint(ep);
				if (finalizer in obj && typeof obj[finalizer] === "function") obj[finalizer]();
			}
		}).catch((error) => {
			const [wireValue, transferables] = toWireValue({
				value: /* @__PURE__ */ new TypeError("Unserializable return value"),
				[throwMarker]: 0
			});
			ep.postMessage(Object.assign(Object.assign({}, wireValue), { id }), transferables);
		});
	});
	if (ep.start) ep.start();
}
function isMessagePort(endpoint) {
	return endpoint.constructor.name === "MessagePort";
}
function closeEndPoint(endpoint) {
	if (isMessagePort(endpoint)) endpoint.close();
}
function wrap$1(ep, target) {
	const pendingListeners = /* @__PURE__ */ new Map();
	ep.addEventListener("message", function handleMessage(ev) {
		const { data } = ev;
		if (!data || !data.id) return;
		const resolver = pendingListeners.get(data.id);
		if (!resolver) return;
		try {
			resolver(data);
		} finally {
			pendingListeners.delete(data.id);
		}
	});
	return createProxy(ep, pendingListeners, [], target);
}
function throwIfProxyReleased(isReleased) {
	if (isReleased) throw new Error("Proxy has been released and is not useable");
}
function releaseEndpoint(ep) {
	return requestResponseMessage(ep, /* @__PURE__ */ new Map(), { type: "RELEASE" }).then(() => {
		closeEndPoint(ep);
	});
}
var proxyCounter = /* @__PURE__ */ new WeakMap();
var proxyFinalizers = "FinalizationRegistry" in globalThis && new FinalizationRegistry((ep) => {
	const newCount = (proxyCounter.get(ep) || 0) - 1;
	proxyCounter.set(ep, newCount);
	if (newCount === 0) releaseEndpoint(ep);
});
function registerProxy(proxy, ep) {
	const newCount = (proxyCounter.get(ep) || 0) + 1;
	proxyCounter.set(ep, newCount);
	if (proxyFinalizers) proxyFinalizers.register(proxy, ep, proxy);
}
function unregisterProxy(proxy) {
	if (proxyFinalizers) proxyFinalizers.unregister(proxy);
}
function createProxy(ep, pendingListeners, path = [], target = function() {}) {
	let isProxyReleased = false;
	const proxy = new Proxy(target, {
		get(_target, prop) {
			throwIfProxyReleased(isProxyReleased);
			if (prop === releaseProxy) return () => {
				unregisterProxy(proxy);
				releaseEndpoint(ep);
				pendingListeners.clear();
				isProxyReleased = true;
			};
			if (prop === "then") {
				if (path.length === 0) return { then: () => proxy };
				const r = requestResponseMessage(ep, pendingListeners, {
					type: "GET",
					path: path.map((p) => p.toString())
				}).then(fromWireValue);
				return r.then.bind(r);
			}
			return createProxy(ep, pendingListeners, [...path, prop]);
		},
		set(_target, prop, rawValue) {
			throwIfProxyReleased(isProxyReleased);
			const [value, transferables] = toWireValue(rawValue);
			return requestResponseMessage(ep, pendingListeners, {
				type: "SET",
				path: [...path, prop].map((p) => p.toString()),
				value
			}, transferables).then(fromWireValue);
		},
		apply(_target, _thisArg, rawArgumentList) {
			throwIfProxyReleased(isProxyReleased);
			const last = path[path.length - 1];
			if (last === createEndpoint) return requestResponseMessage(ep, pendingListeners, { type: "ENDPOINT" }).then(fromWireValue);
			if (last === "bind") return createProxy(ep, pendingListeners, path.slice(0, -1));
			const [argumentList, transferables] = processArguments(rawArgumentList);
			return requestResponseMessage(ep, pendingListeners, {
				type: "APPLY",
				path: path.map((p) => p.toString()),
				argumentList
			}, transferables).then(fromWireValue);
		},
		construct(_target, rawArgumentList) {
			throwIfProxyReleased(isProxyReleased);
			const [argumentList, transferables] = processArguments(rawArgumentList);
			return requestResponseMessage(ep, pendingListeners, {
				type: "CONSTRUCT",
				path: path.map((p) => p.toString()),
				argumentList
			}, transferables).then(fromWireValue);
		}
	});
	registerProxy(proxy, ep);
	return proxy;
}
function myFlat(arr) {
	return Array.prototype.concat.apply([], arr);
}
function processArguments(argumentList) {
	const processed = argumentList.map(toWireValue);
	return [processed.map((v) => v[0]), myFlat(processed.map((v) => v[1]))];
}
var transferCache = /* @__PURE__ */ new WeakMap();
function transfer(obj, transfers) {
	transferCache.set(obj, transfers);
	return obj;
}
function proxy(obj) {
	return Object.assign(obj, { [proxyMarker]: true });
}
function toWireValue(value) {
	for (const [name, handler] of transferHandlers) if (handler.canHandle(value)) {
		const [serializedValue, transferables] = handler.serialize(value);
		return [{
			type: "HANDLER",
			name,
			value: serializedValue
		}, transferables];
	}
	return [{
		type: "RAW",
		value
	}, transferCache.get(value) || []];
}
function fromWireValue(value) {
	switch (value.type) {
		case "HANDLER": return transferHandlers.get(value.name).deserialize(value.value);
		case "RAW": return value.value;
	}
}
function requestResponseMessage(ep, pendingListeners, msg, transfers) {
	return new Promise((resolve) => {
		const id = generateUUID();
		pendingListeners.set(id, resolve);
		if (ep.start) ep.start();
		ep.postMessage(Object.assign({ id }, msg), transfers);
	});
}
function generateUUID() {
	return new Array(4).fill(0).map(() => Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(16)).join("-");
}
// src/lib/dicom/worker-client.ts
function defaultSize() {
	const cores = typeof navigator === "undefined" ? 2 : navigator.hardwareConcurrency || 2;
	return Math.max(1, Math.min(4, cores - 1));
}
/** A pool of `size` workers (default: cores − 1, at most 4). */
function createDicomClient(options = {}) {
	if (typeof Worker === "undefined") return inlineClient();
	const size = options.size ?? defaultSize();
	const slots = [];
	const slot = () => {
		if (slots.length < size && slots.every((s) => s.busy > 0)) {
			const worker = new Worker(new URL(
				/* @vite-ignore */
				"/assets/dicom.worker-CNsSUwgF.js",
				"" + import.meta.url
			), {
				type: "module",
				name: "dicom"
			});
			slots.push({
				worker,
				remote: wrap$1(worker),
				busy: 0
			});
		}
		return slots.reduce((best, s) => s.busy < best.busy ? s : best, slots[0]);
	};
	const run = async (call) => {
		const chosen = slot();
		chosen.busy += 1;
		try {
			return await call(chosen.remote);
		} finally {
			chosen.busy -= 1;
		}
	};
	return {
		readHeaders: (requests) => run((remote) => remote.readHeaders(requests)),
		deidentify: (file, deidentifyOptions, withChanges = false) => run((remote) => remote.deidentify(file, deidentifyOptions, withChanges)),
		dispose: () => {
			for (const s of slots) s.worker.terminate();
			slots.length = 0;
		}
	};
}
function inlineClient() {
	const api = () => __vitePreload(() => import("./worker-api-DX5l_MX0.js").then((module) => module.dicomWorkerApi), __vite__mapDeps([0,1,2]));
	return {
		readHeaders: async (requests) => (await api()).readHeaders(requests),
		deidentify: async (file, options, withChanges) => (await api()).deidentify(file, options, withChanges),
		dispose: () => {}
	};
}
// src/lib/dicom/errors.ts
var READ_MESSAGES = {
	"empty-file": "the file is empty",
	"read-failed": "the file could not be read from the disk",
	"not-dicom": "not a DICOM file",
	unreadable: "a DICOM file that cannot be read",
	dicomdir: "a DICOMDIR (the index of a CD), not an image",
	"missing-identifiers": "a DICOM file without a SOP Instance UID"
};
/** The file could not be read as DICOM, or it is DICOM that cannot be sent (a DICOMDIR…). */
var DicomReadError = class extends Error {
	fileName;
	code;
	detail;
	messageKey;
	constructor(fileName, code, detail = "", options) {
		super(`${fileName}: ${READ_MESSAGES[code]}${detail ? ` (${detail})` : ""}`, options);
		this.fileName = fileName;
		this.code = code;
		this.detail = detail;
		this.name = "DicomReadError";
		this.messageKey = `dicom.errors.${code}`;
	}
};
var DEIDENTIFY_MESSAGES = {
	unreadable: "the file cannot be read for de-identification",
	"unsupported-transfer-syntax": "its transfer syntax cannot be rewritten safely",
	"unsupported-character-set": "its text is in a character set that cannot be re-encoded",
	"output-too-large": "the rewritten file is much larger than the original",
	"identifier-remains": "an identifying value would remain in the rewritten file",
	"write-failed": "the rewritten file is not valid DICOM"
};
/** De-identification refused: the file is never sent unaltered. */
var DeidentifyError = class extends Error {
	fileName;
	code;
	detail;
	messageKey;
	constructor(fileName, code, detail = "", options) {
		super(`${fileName}: ${DEIDENTIFY_MESSAGES[code]}${detail ? ` (${detail})` : ""}`, options);
		this.fileName = fileName;
		this.code = code;
		this.detail = detail;
		this.name = "DeidentifyError";
		this.messageKey = `dicom.deidentifyErrors.${code}`;
	}
};
/**
* dicom-parser throws strings, Errors, or `{ exception, dataSet }` (the elements read before the failure):
* the readable reason of any of them.
*/
function parserReason(error) {
	if (typeof error === "string") return error;
	if (error instanceof Error) return error.message;
	if (error && typeof error === "object" && "exception" in error) return parserReason(error.exception);
	return "unknown parser error";
}
function serializeDicomError(error, fileName) {
	if (error instanceof DicomReadError || error instanceof DeidentifyError) return {
		kind: error instanceof DicomReadError ? "read" : "deidentify",
		fileName: error.fileName,
		code: error.code,
		detail: error.detail,
		message: error.message
	};
	const message = error instanceof Error ? error.message : String(error);
	return {
		kind: "other",
		fileName,
		code: "unknown",
		detail: message,
		message
	};
}
function deserializeDicomError(error) {
	if (error.kind === "read") return new DicomReadError(error.fileName, error.code, error.detail);
	if (error.kind === "deidentify") return new DeidentifyError(error.fileName, error.code, error.detail);
	return new Error(error.message);
}
// src/features/uploads/upload/batch-record.ts
/**
* What survives a reload of the tab while a batch is being sent: only SOP Instance UIDs (which files were
* sent, which were not), the de-identification batch (its secret and date shift, so that the files sent after
* the reload get the same study and series UIDs as those sent before) and the destination. No names, no
* paths, no patient data. Kept like form drafts: AES-GCM encrypted, in this tab's sessionStorage
* (src/lib/drafts/draft-vault.ts). Saves are coalesced: at most one in flight, the latest state wins.
*/
var NAME = "uploads.batch";
var batchRecordSchema = object({
	version: literal(1),
	/** SOP Instance UIDs (of the files as read from disk) confirmed sent. */
	sent: array(string()),
	/** SOP Instance UIDs of the batch not (yet) confirmed sent. */
	notSent: array(string()),
	deidentify: object({
		batch: object({
			secret: string().regex(/^[0-9a-f]{64}$/),
			dateShiftDays: number().int()
		}),
		patientName: string(),
		patientId: string(),
		dates: _enum(["shift", "empty"]),
		retainPatientCharacteristics: boolean(),
		retainDescriptions: boolean()
	}).nullable(),
	destination: object({
		folderUuid: string().nullable(),
		vendorAnonymization: boolean()
	})
});
/** The record of this tab's last batch, or null (none, unreadable, or another shape). */
async function loadBatchRecord() {
	const parsed = batchRecordSchema.safeParse(await loadDraft(NAME));
	return parsed.success ? parsed.data : null;
}
var saving = null;
var next = null;
/** Saves the record; calls made while a save runs collapse into one more save of the latest record. */
function saveBatchRecord(record) {
	next = record;
	if (!saving) saving = (async () => {
		while (next) {
			const current = next;
			next = null;
			await saveDraft(NAME, current);
		}
		saving = null;
	})();
	return saving;
}
/** Resolves once every save asked for so far is written. */
function batchRecordSaved() {
	return saving ?? Promise.resolve();
}
async function clearBatchRecord() {
	next = null;
	await batchRecordSaved();
	clearDraft(NAME);
}
// src/api/postdicom/dicom-files.ts
/**
* Method group "DICOM files": ReadDicomFiles and the four DICOM uploads (plain, into a folder, with
* anonymization, into a folder with anonymization). Only DICOM files can be uploaded (the library refuses others).
*/
var postDicomDicomFileSchema = object({
	FileName: string(),
	SopInstanceUid: string(),
	/** Empty when the file carries no transfer syntax (a raw data set): such files cannot be anonymized. */
	TransferSyntaxUid: string(),
	Size: number().int().nonnegative().optional()
});
var postDicomDicomSeriesSchema = object({
	SeriesInstanceUid: string(),
	Modality: string(),
	SeriesDescription: string().optional(),
	SeriesNumber: string().optional(),
	FileList: array(postDicomDicomFileSchema)
});
var postDicomDicomStudySchema = object({
	PatientName: string(),
	PatientId: string(),
	PatientBirthDate: string().optional(),
	PatientSex: string().optional(),
	StudyInstanceUid: string(),
	StudyDate: string().optional(),
	StudyDescription: string().optional(),
	AccessionNumber: string().optional(),
	SeriesList: array(postDicomDicomSeriesSchema)
});
postDicomSuccessSchema.extend({ StudyList: array(postDicomDicomStudySchema) });
var fileSchema = custom((value) => typeof File !== "undefined" && value instanceof File, "validation.fileRequired");
var postDicomFilesSchema = array(fileSchema).min(1);
object({ files: postDicomFilesSchema });
var postDicomAnonymizedTagSchema = object({
	tag: _enum([
		"PatientName",
		"PatientId",
		"PatientBirthDate",
		"PatientSex",
		"OtherPatientIds",
		"AccessionNumber",
		"InstitutionName",
		"ReferringPhysicianName",
		"StudyDescription"
	]),
	value: string()
});
var uploadBase = object({
	userUuid: postDicomIdSchema,
	institutionUuid: postDicomIdSchema,
	files: postDicomFilesSchema
});
var postDicomUploadDicomFilesInputSchema = uploadBase;
var postDicomUploadDicomFilesIntoFolderInputSchema = uploadBase.extend({ folderUuid: postDicomIdSchema });
var postDicomUploadDicomFilesWithAnonymizationInputSchema = uploadBase.extend({ anonymizedData: array(postDicomAnonymizedTagSchema).min(1) });
var postDicomUploadDicomFilesIntoFolderWithAnonymizationInputSchema = postDicomUploadDicomFilesWithAnonymizationInputSchema.extend({ folderUuid: postDicomIdSchema });
/** `[{ tag: 'PatientName', value }]` → `[{ Tag: api.DicomTagsEnum.PatientName, Value }]`. */
function toAnonymizedData(api, method, tags) {
	return tags.map(({ tag, value }, index) => {
		const Tag = api.DicomTagsEnum?.[tag];
		if (Tag === void 0) throw new InputError("postdicom", method, [{
			path: `anonymizedData[${index}].tag`,
			message: "validation.invalidChoice",
			params: { values: Object.keys(api.DicomTagsEnum ?? {}).join(", ") }
		}], "invalid-input");
		return {
			Tag,
			Value: value
		};
	});
}
/** `UploadDicomFiles(userUuid, institutionUuid, selectedFiles, callback)`. */
async function uploadPostDicomDicomFiles(input, options = {}) {
	const v = parsePostDicomInput("UploadDicomFiles", postDicomUploadDicomFilesInputSchema, input);
	return runPostDicomUpload("UploadDicomFiles", (api, cb) => api.UploadDicomFiles(v.userUuid, v.institutionUuid, v.files, cb), options);
}
/** `UploadDicomFilesIntoFolder(userUuid, institutionUuid, folderUuid, selectedFiles, callback)`. */
async function uploadPostDicomDicomFilesIntoFolder(input, options = {}) {
	const v = parsePostDicomInput("UploadDicomFilesIntoFolder", postDicomUploadDicomFilesIntoFolderInputSchema, input);
	return runPostDicomUpload("UploadDicomFilesIntoFolder", (api, cb) => api.UploadDicomFilesIntoFolder(v.userUuid, v.institutionUuid, v.folderUuid, v.files, cb), options);
}
/**
* `UploadDicomFilesWithAnonymization(userUuid, institutionUuid, selectedFiles, anonymizedData, callback)`.
* The library refuses files without a transfer syntax (a VendorError).
*/
async function uploadPostDicomDicomFilesWithAnonymization(input, options = {}) {
	const method = "UploadDicomFilesWithAnonymization";
	const v = parsePostDicomInput(method, postDicomUploadDicomFilesWithAnonymizationInputSchema, input);
	return runPostDicomUpload(method, (api, cb) => api.UploadDicomFilesWithAnonymization(v.userUuid, v.institutionUuid, v.files, toAnonymizedData(api, method, v.anonymizedData), cb), options);
}
/** `UploadDicomFilesIntoFolderWithAnonymization(userUuid, institutionUuid, folderUuid, selectedFiles, anonymizedData, callback)`. */
async function uploadPostDicomDicomFilesIntoFolderWithAnonymization(input, options = {}) {
	const method = "UploadDicomFilesIntoFolderWithAnonymization";
	const v = parsePostDicomInput(method, postDicomUploadDicomFilesIntoFolderWithAnonymizationInputSchema, input);
	return runPostDicomUpload(method, (api, cb) => api.UploadDicomFilesIntoFolderWithAnonymization(v.userUuid, v.institutionUuid, v.folderUuid, v.files, toAnonymizedData(api, method, v.anonymizedData), cb), options);
}
// src/features/uploads/upload/send-postdicom.ts
/** Reading is a fifth of the work the library reports, sending the rest. */
function fractionOf(event) {
	if (event.state === "File Upload Completed") return 1;
	return event.state === "Reading" ? event.progress / 500 : .2 + event.progress / 100 * .8;
}
function sendToPostDicom(destination) {
	return async (file, onProgress) => {
		const base = {
			userUuid: destination.userUuid,
			institutionUuid: destination.institutionUuid,
			files: [file]
		};
		const options = { onProgress: (event) => onProgress(fractionOf(event)) };
		const { folderUuid, anonymizedData } = destination;
		if (anonymizedData && folderUuid) await uploadPostDicomDicomFilesIntoFolderWithAnonymization({
			...base,
			folderUuid,
			anonymizedData
		}, options);
		else if (anonymizedData) await uploadPostDicomDicomFilesWithAnonymization({
			...base,
			anonymizedData
		}, options);
		else if (folderUuid) await uploadPostDicomDicomFilesIntoFolder({
			...base,
			folderUuid
		}, options);
		else await uploadPostDicomDicomFiles(base, options);
	};
}
/**
* Failures worth waiting and trying again: network, time-outs, 429 and 5xx. PostDICOM's library reports
* failures without an HTTP status (`{ Success: false, Message }`, status 0), so its message tells rate limits
* and server errors apart from refusals (an invalid file, a missing folder), which are never retried.
*/
function isTransientUploadError(error) {
	if (isTransient(error)) return true;
	if (error instanceof VendorError && error.vendor === "postdicom" && error.status === 0) return /too many requests|rate limit|server error|unavailable|timed? ?out|network|try again/i.test(error.vendorMessage);
	return false;
}
// src/features/uploads/upload/upload-queue.ts
var SMOOTHING = .3;
var UploadQueue = class {
	send;
	listener;
	options;
	maxConcurrency;
	retries;
	backoffMs;
	now;
	setTimer;
	state = "idle";
	concurrency;
	successesSinceChange = 0;
	pending = [];
	active = /* @__PURE__ */ new Set();
	attempts = /* @__PURE__ */ new Map();
	sizes = /* @__PURE__ */ new Map();
	fractions = /* @__PURE__ */ new Map();
	doneBytes = 0;
	cooldownUntil = 0;
	timerSet = false;
	rate = null;
	lastSample = null;
	constructor(send, listener, options) {
		this.send = send;
		this.listener = listener;
		this.options = options;
		this.maxConcurrency = options.maxConcurrency ?? 4;
		this.retries = options.retries ?? 2;
		this.backoffMs = options.backoffMs ?? ((attempt) => Math.min(8e3, 500 * 2 ** (attempt - 1)));
		this.now = options.now ?? (() => performance.now());
		this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
		this.concurrency = this.maxConcurrency;
	}
	/** Adds files (id and size) and starts sending. */
	enqueue(files) {
		for (const { id, size } of files) {
			if (this.active.has(id) || this.pending.includes(id)) continue;
			this.sizes.set(id, size);
			this.fractions.set(id, 0);
			this.attempts.set(id, 0);
			this.pending.push(id);
		}
		if (this.state === "idle" || this.state === "done" || this.state === "cancelled") this.state = "running";
		this.pump();
	}
	/** Starts nothing new; what is being sent finishes. */
	pause() {
		if (this.state !== "running") return;
		this.state = this.active.size > 0 ? "pausing" : "paused";
		this.changed();
	}
	resume() {
		if (this.state !== "paused" && this.state !== "pausing") return;
		this.state = "running";
		this.pump();
	}
	/** Drops every file not yet started (they are reported cancelled); what is being sent finishes. */
	cancel() {
		if (this.state === "cancelled" || this.state === "cancelling") return;
		const dropped = this.pending;
		this.pending = [];
		for (const id of dropped) {
			this.sizes.delete(id);
			this.listener.onCancelled?.(id);
		}
		this.state = this.active.size > 0 ? "cancelling" : "cancelled";
		this.changed();
	}
	snapshot() {
		let totalBytes = this.doneBytes;
		let inFlight = 0;
		for (const [id, size] of this.sizes) {
			totalBytes += size;
			inFlight += size * (this.fractions.get(id) ?? 0);
		}
		const doneBytes = this.doneBytes + inFlight;
		const left = totalBytes - doneBytes;
		return {
			state: this.state,
			concurrency: this.concurrency,
			active: this.active.size,
			pending: this.pending.length,
			totalBytes,
			doneBytes,
			etaSeconds: this.rate && this.rate > 0 && left > 0 ? left / this.rate / 1e3 : left <= 0 ? 0 : null
		};
	}
	changed() {
		this.listener.onChange?.();
	}
	sample() {
		const at = this.now();
		const { doneBytes } = this.snapshot();
		if (this.lastSample && at > this.lastSample.at) {
			const instant = (doneBytes - this.lastSample.bytes) / (at - this.lastSample.at);
			if (instant >= 0) this.rate = this.rate === null ? instant : SMOOTHING * instant + .7 * this.rate;
		}
		this.lastSample = {
			at,
			bytes: doneBytes
		};
	}
	pump() {
		if (this.state !== "running") return;
		const wait = this.cooldownUntil - this.now();
		if (wait > 0) {
			if (!this.timerSet) {
				this.timerSet = true;
				this.setTimer(() => {
					this.timerSet = false;
					this.pump();
				}, wait);
			}
			return;
		}
		while (this.active.size < this.concurrency && this.pending.length > 0) {
			const id = this.pending.shift();
			this.start(id);
		}
		if (this.active.size === 0 && this.pending.length === 0) this.state = "done";
		this.changed();
	}
	start(id) {
		this.active.add(id);
		this.attempts.set(id, (this.attempts.get(id) ?? 0) + 1);
		this.listener.onStart?.(id);
		if (!this.lastSample) this.lastSample = {
			at: this.now(),
			bytes: this.snapshot().doneBytes
		};
		this.send(id, (fraction) => {
			this.fractions.set(id, Math.max(0, Math.min(1, fraction)));
			this.listener.onProgress?.(id, fraction);
		}).then(() => this.finished(id, null), (error) => this.finished(id, error ?? /* @__PURE__ */ new Error("failed")));
	}
	finished(id, error) {
		this.active.delete(id);
		const size = this.sizes.get(id) ?? 0;
		if (error === null) {
			this.sizes.delete(id);
			this.fractions.delete(id);
			this.doneBytes += size;
			this.sample();
			this.successesSinceChange += 1;
			if (this.concurrency < this.maxConcurrency && this.successesSinceChange >= this.concurrency) {
				this.concurrency += 1;
				this.successesSinceChange = 0;
			}
			this.listener.onSent?.(id);
		} else {
			this.fractions.set(id, 0);
			const attempt = this.attempts.get(id) ?? 1;
			const transient = this.options.isTransient(error);
			const willRetry = transient && attempt <= this.retries && this.state !== "cancelling";
			if (transient) {
				this.concurrency = Math.max(1, Math.floor(this.concurrency / 2));
				this.successesSinceChange = 0;
				this.cooldownUntil = this.now() + this.backoffMs(attempt);
			}
			if (willRetry) this.pending.unshift(id);
			else {
				this.sizes.delete(id);
				this.fractions.delete(id);
			}
			this.listener.onFailed?.(id, error, willRetry);
		}
		if (this.state === "pausing" && this.active.size === 0) this.state = "paused";
		if (this.state === "cancelling" && this.active.size === 0) this.state = "cancelled";
		if (this.state === "running") this.pump();
		else this.changed();
	}
};
// src/features/uploads/batch/upload-batch.ts
/** De-identification refused a file: it is never sent unaltered. */
var RefusedFile = class extends Error {
	reason;
	constructor(reason) {
		super(reason.key);
		this.reason = reason;
	}
};
var READ_CHUNK = 20;
var NOTIFY_MS = 100;
function reasonOf(error) {
	return {
		key: deserializeDicomError(error).messageKey ?? "dicom.errors.unreadable",
		params: { detail: error.detail }
	};
}
function toDeidentifyOptions(settings, fileName) {
	return {
		batch: settings.batch,
		patientName: settings.patientName.trim() || void 0,
		patientId: settings.patientId.trim() || void 0,
		dates: settings.dates,
		retainPatientCharacteristics: settings.retainPatientCharacteristics,
		retainDescriptions: settings.retainDescriptions,
		fileName
	};
}
var UploadBatch = class {
	client;
	entries = [];
	version = 0;
	/** The batch of this tab before a reload, when one was not finished. */
	previous = null;
	queue = null;
	settings = null;
	record = null;
	sentSet = /* @__PURE__ */ new Set();
	notSentSet = /* @__PURE__ */ new Set();
	previousSent = /* @__PURE__ */ new Set();
	byId = /* @__PURE__ */ new Map();
	nextId = 1;
	listeners = /* @__PURE__ */ new Set();
	notifyTimer = null;
	bySop = /* @__PURE__ */ new Map();
	constructor(client) {
		this.client = client;
	}
	subscribe = (listener) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};
	getVersion = () => this.version;
	/** Coalesced: at most one notification per `NOTIFY_MS`, always one after the last change. */
	changed(now = false) {
		if (this.notifyTimer && !now) return;
		const fire = () => {
			this.notifyTimer = null;
			this.version += 1;
			for (const listener of this.listeners) listener();
		};
		if (now) {
			if (this.notifyTimer) clearTimeout(this.notifyTimer);
			fire();
		} else this.notifyTimer = setTimeout(fire, NOTIFY_MS);
	}
	setPrevious(record) {
		this.previous = record;
		this.previousSent = new Set(record?.sent ?? []);
		this.changed(true);
	}
	/** How many sent files the record in this tab's storage holds (it is written a moment after each file). */
	savedSent = 0;
	saveRecord() {
		if (!this.record) return;
		const sent = [...this.sentSet];
		saveBatchRecord({
			...this.record,
			sent,
			notSent: [...this.notSentSet]
		}).then(() => {
			this.savedSent = Math.max(this.savedSent, sent.length);
			this.changed();
		});
	}
	queueSnapshot() {
		return this.queue?.snapshot() ?? null;
	}
	isSending() {
		const state = this.queue?.snapshot().state;
		return state === "running" || state === "pausing" || state === "cancelling";
	}
	/** Adds files and reads their headers in the worker. */
	async addFiles(files, rejected = []) {
		const added = files.map(({ file, path }) => ({
			id: this.nextId++,
			path,
			file,
			size: file.size,
			status: "reading",
			header: null,
			reason: null,
			error: null,
			progress: 0,
			attempts: 0
		}));
		for (const { file, path } of rejected) added.push({
			id: this.nextId++,
			path,
			file,
			size: file.size,
			status: "rejected",
			header: null,
			reason: { key: "intake.damagedZip" },
			error: null,
			progress: 0,
			attempts: 0
		});
		this.entries = [...this.entries, ...added];
		for (const entry of added) this.byId.set(entry.id, entry);
		this.changed(true);
		const reading = added.filter((entry) => entry.status === "reading");
		const chunks = [];
		for (let i = 0; i < reading.length; i += READ_CHUNK) chunks.push(reading.slice(i, i + READ_CHUNK));
		const workers = 3;
		await Promise.all(Array.from({ length: workers }, async (_, worker) => {
			for (let i = worker; i < chunks.length; i += workers) await this.readChunk(chunks[i]);
		}));
		this.changed(true);
	}
	async readChunk(chunk) {
		(await this.client.readHeaders(chunk.map((entry) => ({
			file: entry.file,
			fileName: entry.path
		})))).forEach((outcome, index) => {
			const entry = chunk[index];
			if (!outcome.ok) {
				entry.status = "rejected";
				entry.reason = reasonOf(outcome.error);
				return;
			}
			entry.header = outcome.header;
			const sop = outcome.header.sopInstanceUid;
			const first = this.bySop.get(sop);
			if (first && first !== entry) {
				entry.status = "rejected";
				entry.reason = {
					key: "intake.duplicate",
					params: { path: first.path }
				};
				return;
			}
			this.bySop.set(sop, entry);
			entry.status = this.previousSent.has(sop) ? "sent-before" : "ready";
		});
		this.changed();
	}
	/** Forgets every file (nothing is being sent). */
	clear() {
		if (this.isSending()) return;
		this.entries = [];
		this.bySop.clear();
		this.byId.clear();
		this.queue = null;
		this.changed(true);
	}
	/** Starts sending every readable file not sent yet. */
	start(settings) {
		this.settings = settings;
		const sendable = this.entries.filter((entry) => entry.status === "ready" || entry.status === "cancelled");
		for (const uid of [...this.previousSent, ...this.sentUids()]) this.sentSet.add(uid);
		for (const entry of sendable) if (entry.header) this.notSentSet.add(entry.header.sopInstanceUid);
		this.record = {
			version: 1,
			deidentify: settings.deidentify ? { ...settings.deidentify } : null,
			destination: settings.destination
		};
		this.saveRecord();
		this.queue = new UploadQueue((id, onProgress) => this.sendOne(id, onProgress), {
			onStart: (id) => this.update(id, {
				status: "sending",
				progress: 0,
				error: null,
				reason: null
			}),
			onProgress: (id, fraction) => this.update(id, { progress: fraction }),
			onSent: (id) => this.sent(id),
			onFailed: (id, error, willRetry) => this.failed(id, error, willRetry),
			onCancelled: (id) => this.update(id, {
				status: "cancelled",
				progress: 0
			}),
			onChange: () => {
				this.finishIfComplete();
				this.changed();
			}
		}, {
			maxConcurrency: 4,
			retries: 2,
			isTransient: isTransientUploadError
		});
		for (const entry of sendable) entry.status = "queued";
		this.queue.enqueue(sendable.map((entry) => ({
			id: entry.id,
			size: entry.size
		})));
		this.changed(true);
	}
	/** Everything was sent: nothing is left to resume after a reload, the record is forgotten. */
	finishIfComplete() {
		if (!this.record || this.queue?.snapshot().state !== "done") return;
		const counts = this.counts();
		if (counts.failed + counts.cancelled + counts.queued + counts.sending > 0) return;
		this.record = null;
		clearBatchRecord();
	}
	pause() {
		this.queue?.pause();
		this.changed(true);
	}
	resume() {
		this.queue?.resume();
		this.changed(true);
	}
	cancel() {
		this.queue?.cancel();
		this.changed(true);
	}
	/** Sends again only the files that failed (and those cancelled). */
	retryFailed() {
		if (!this.queue) return;
		const again = this.entries.filter((entry) => entry.status === "failed" || entry.status === "cancelled");
		for (const entry of again) Object.assign(entry, {
			status: "queued",
			error: null,
			reason: null,
			progress: 0
		});
		this.queue.enqueue(again.map((entry) => ({
			id: entry.id,
			size: entry.size
		})));
		this.changed(true);
	}
	/** The batch is finished with: the record of this tab is forgotten. */
	async forget() {
		this.setPrevious(null);
		this.record = null;
		this.sentSet.clear();
		this.notSentSet.clear();
		await clearBatchRecord();
		this.changed(true);
	}
	counts() {
		const counts = {
			reading: 0,
			ready: 0,
			rejected: 0,
			"sent-before": 0,
			queued: 0,
			sending: 0,
			sent: 0,
			failed: 0,
			cancelled: 0
		};
		for (const entry of this.entries) counts[entry.status] += 1;
		return counts;
	}
	sentUids() {
		return this.entries.filter((entry) => entry.status === "sent" || entry.status === "sent-before").map((entry) => entry.header?.sopInstanceUid ?? "").filter(Boolean);
	}
	entry(id) {
		return this.byId.get(id);
	}
	update(id, patch) {
		const entry = this.entry(id);
		if (entry) Object.assign(entry, patch);
		this.changed();
	}
	async sendOne(id, onProgress) {
		const entry = this.entry(id);
		const settings = this.settings;
		if (!entry || !settings) throw new Error("unknown file");
		entry.attempts += 1;
		let file = entry.file;
		if (settings.deidentify) {
			const outcome = await this.client.deidentify(entry.file, toDeidentifyOptions(settings.deidentify, entry.path));
			if (!outcome.ok) throw new RefusedFile(reasonOf(outcome.error));
			file = new File([outcome.blob], entry.file.name || "image.dcm", { type: "application/dicom" });
		}
		await settings.send(file, onProgress);
	}
	sent(id) {
		const entry = this.entry(id);
		if (!entry) return;
		entry.status = "sent";
		entry.progress = 1;
		const sop = entry.header?.sopInstanceUid;
		if (sop) {
			this.sentSet.add(sop);
			this.notSentSet.delete(sop);
			this.saveRecord();
		}
		this.changed();
	}
	failed(id, error, willRetry) {
		const entry = this.entry(id);
		if (!entry) return;
		if (willRetry) Object.assign(entry, {
			status: "queued",
			progress: 0
		});
		else {
			entry.status = "failed";
			entry.progress = 0;
			entry.reason = error instanceof RefusedFile ? error.reason : null;
			entry.error = error instanceof RefusedFile ? null : error;
		}
		this.changed();
	}
};
// src/features/uploads/format.ts
/** Formatting for the uploads page: sizes, durations, DICOM dates and person names, in the user's locale. */
function formatBytes(bytes, locale) {
	const units = [
		"byte",
		"kilobyte",
		"megabyte",
		"gigabyte"
	];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return new Intl.NumberFormat(locale, {
		style: "unit",
		unit: units[unit],
		unitDisplay: unit === 0 ? "long" : "short",
		maximumFractionDigits: unit === 0 ? 0 : 1
	}).format(value);
}
function formatDuration(seconds, locale) {
	const rounded = Math.max(1, Math.round(seconds));
	if (rounded < 90) return new Intl.NumberFormat(locale, {
		style: "unit",
		unit: "second",
		unitDisplay: "long"
	}).format(rounded);
	return new Intl.NumberFormat(locale, {
		style: "unit",
		unit: "minute",
		unitDisplay: "long"
	}).format(Math.round(rounded / 60));
}
/** `YYYYMMDD` → the locale's medium date, as written (no zone shift); anything else as it is. */
function formatDicomDate(value, locale) {
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
	if (!match) return value;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return new Intl.DateTimeFormat(locale, {
		dateStyle: "medium",
		timeZone: "UTC"
	}).format(date);
}
/** `GARCIA^MARIA=山田^太郎=…` → `GARCIA, MARIA (山田 太郎)`: the alphabetic group, the ideographic in brackets. */
function formatPersonName(value) {
	const [alphabetic = "", ideographic = ""] = value.split("=");
	const part = (group, separator) => group.split("^").map((piece) => piece.trim()).filter(Boolean).join(separator);
	const main = alphabetic.includes("^") ? [alphabetic.split("^")[0]?.trim(), part(alphabetic.split("^").slice(1).join("^"), " ")].filter(Boolean).join(", ") : alphabetic.trim();
	const second = part(ideographic, " ");
	if (!main) return second;
	return second ? `${main} (${second})` : main;
}
// src/features/uploads/components/FileList.tsx
var import_jsx_runtime = require_jsx_runtime();
var COLORS = {
	reading: "gray.8",
	ready: "blue.9",
	rejected: "red.9",
	"sent-before": "teal.9",
	queued: "gray.8",
	sending: "indigo.9",
	sent: "teal.9",
	failed: "red.9",
	cancelled: "gray.8"
};
var inFilter = {
	all: () => true,
	problems: (entry) => entry.status === "rejected" || entry.status === "failed",
	sent: (entry) => entry.status === "sent" || entry.status === "sent-before",
	pending: (entry) => ![
		"sent",
		"sent-before",
		"rejected"
	].includes(entry.status)
};
var ROW_HEIGHT = 58;
/** Every file of the selection, virtualized (thousands of rows stay cheap), with a filter. */
function FileList({ entries }) {
	const { t, i18n } = useTranslation("uploads");
	const { t: tc } = useTranslation();
	const [filter, setFilter] = (0, import_react.useState)("all");
	const shown = entries.filter(inFilter[filter]);
	const scroller = (0, import_react.useRef)(null);
	const virtualizer = useVirtualizer({
		count: shown.length,
		getScrollElement: () => scroller.current,
		estimateSize: () => ROW_HEIGHT,
		getItemKey: (index) => shown[index]?.id ?? index,
		overscan: 8
	});
	const count = (f) => entries.filter(inFilter[f]).length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
			justify: "space-between",
			wrap: "wrap",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				children: t("files.title")
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
				value: filter,
				onChange: (value) => setFilter(value),
				label: t("files.filter.label"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
					gap: "sm",
					mt: 4,
					children: [
						"all",
						"problems",
						"sent",
						"pending"
					].map((value) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
						value,
						size: "xs",
						label: t(`files.filter.${value}`, { count: count(value) })
					}, value))
				})
			})]
		}), shown.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			children: t("files.empty")
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			ref: scroller,
			h: Math.min(420, virtualizer.getTotalSize() + 4),
			style: {
				overflowY: "auto",
				border: "1px solid var(--mantine-color-default-border)",
				borderRadius: 4
			},
			tabIndex: 0,
			role: "region",
			"aria-label": t("files.listLabel"),
			"data-testid": "file-list",
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				role: "list",
				style: {
					height: virtualizer.getTotalSize(),
					position: "relative"
				},
				children: virtualizer.getVirtualItems().map((row) => {
					const entry = shown[row.index];
					const reason = entry.reason ? t(entry.reason.key, entry.reason.params) : entry.error ? describeError(tc, entry.error) : "";
					const problem = entry.status === "rejected" || entry.status === "failed";
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
						ref: virtualizer.measureElement,
						"data-index": row.index,
						role: "listitem",
						"data-testid": "file-row",
						"data-status": entry.status,
						px: "sm",
						py: 6,
						style: {
							position: "absolute",
							top: 0,
							left: 0,
							right: 0,
							minHeight: ROW_HEIGHT,
							transform: `translateY(${row.start}px)`,
							borderBottom: "1px solid var(--mantine-color-default-border)"
						},
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
							justify: "space-between",
							wrap: "nowrap",
							gap: "xs",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
								size: "sm",
								truncate: "start",
								style: { minWidth: 0 },
								title: entry.path,
								children: entry.path
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
								color: COLORS[entry.status],
								variant: "filled",
								size: "sm",
								style: {
									flexShrink: 0,
									overflow: "visible"
								},
								children: t(`files.status.${entry.status}`)
							})]
						}), entry.status === "sending" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Progress, {
							value: entry.progress * 100,
							size: "sm",
							mt: 6,
							"aria-label": t("files.progress", { path: entry.path })
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "xs",
							c: problem ? "var(--mantine-color-error)" : "dimmed",
							truncate: !problem,
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								"data-testid": "file-reason",
								children: reason || [entry.header?.modality, entry.header?.seriesDescription].filter(Boolean).join(" · ")
							}), ` · ${formatBytes(entry.size, i18n.language)}`]
						})]
					}, entry.id);
				})
			})
		})]
	});
}
// src/features/uploads/intake/collect-files.ts
/** Files that are never images: the CD's index, and what operating systems leave behind. */
function shouldSkip(path) {
	const parts = path.split("/");
	const name = (parts.at(-1) ?? "").toUpperCase();
	if (name === "DICOMDIR" || name === "THUMBS.DB" || name === "DESKTOP.INI") return true;
	return parts.some((part) => part.startsWith(".") || part === "__MACOSX");
}
function fileOf(entry) {
	return new Promise((resolve, reject) => entry.file(resolve, reject));
}
/** Every entry of a directory: `readEntries` returns them in batches (100 in Chromium) until an empty one. */
async function entriesOf(directory) {
	const reader = directory.createReader();
	const all = [];
	for (;;) {
		const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
		if (batch.length === 0) return all;
		all.push(...batch);
	}
}
async function walk(entry, prefix, out) {
	const path = prefix ? `${prefix}/${entry.name}` : entry.name;
	if (entry.isFile) out.push({
		file: await fileOf(entry),
		path
	});
	else if (entry.isDirectory) for (const child of await entriesOf(entry)) await walk(child, path, out);
}
/** What was dropped: files and whole folders, recursively. */
async function filesFromDataTransfer(transfer) {
	const out = [];
	const entries = Array.from(transfer.items ?? []).filter((item) => item.kind === "file").map((item) => {
		return {
			entry: item.webkitGetAsEntry?.(),
			file: item.getAsFile()
		};
	});
	if (entries.length === 0) {
		for (const file of Array.from(transfer.files ?? [])) out.push({
			file,
			path: file.name
		});
		return out.filter(({ path }) => !shouldSkip(path));
	}
	for (const { entry, file } of entries) if (entry) await walk(entry, "", out);
	else if (file) out.push({
		file,
		path: file.name
	});
	return out.filter(({ path }) => !shouldSkip(path));
}
/** What a file input gave: a folder picker fills `webkitRelativePath`. */
function filesFromInput(list) {
	return Array.from(list).map((file) => ({
		file,
		path: file.webkitRelativePath || file.name
	})).filter(({ path }) => !shouldSkip(path));
}
var IntakeArea_module_default = { zone: "_zone_e5zce_1" };
// src/features/uploads/components/IntakeArea.tsx
/** A drop target for files, folders and zips, with a folder picker and a file picker. */
function IntakeArea({ onFiles, disabled }) {
	const { t } = useTranslation("uploads");
	const folderInput = (0, import_react.useRef)(null);
	const fileInput = (0, import_react.useRef)(null);
	const [over, setOver] = (0, import_react.useState)(false);
	const drop = (event) => {
		event.preventDefault();
		setOver(false);
		if (disabled) return;
		filesFromDataTransfer(event.dataTransfer).then(onFiles);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
		className: IntakeArea_module_default.zone,
		"data-over": over || void 0,
		"data-testid": "intake-drop",
		onDragOver: (event) => {
			event.preventDefault();
			if (!disabled) setOver(true);
		},
		onDragLeave: () => setOver(false),
		onDrop: drop,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
				align: "center",
				gap: "sm",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconUpload, {
						size: 32,
						"aria-hidden": true
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						fw: 600,
						children: over ? t("intake.dropActive") : t("intake.drop")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						justify: "center",
						gap: "sm",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFolderOpen, {
								size: 16,
								"aria-hidden": true
							}),
							onClick: () => folderInput.current?.click(),
							disabled,
							children: t("intake.chooseFolder")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							onClick: () => fileInput.current?.click(),
							disabled,
							children: t("intake.chooseFiles")
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						c: "dimmed",
						ta: "center",
						maw: 560,
						children: t("intake.help")
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				ref: folderInput,
				type: "file",
				hidden: true,
				multiple: true,
				"data-testid": "intake-folder",
				"aria-label": t("intake.chooseFolder"),
				webkitdirectory: "",
				directory: "",
				onChange: (event) => {
					if (event.target.files) onFiles(filesFromInput(event.target.files));
					event.target.value = "";
				}
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				ref: fileInput,
				type: "file",
				hidden: true,
				multiple: true,
				"data-testid": "intake-files",
				"aria-label": t("intake.chooseFiles"),
				onChange: (event) => {
					if (event.target.files) onFiles(filesFromInput(event.target.files));
					event.target.value = "";
				}
			})
		]
	});
}
var SimpleTable_module_default = {
	scroll: "_scroll_sq9ql_2",
	table: "_table_sq9ql_6",
	wrap: "_wrap_sq9ql_29",
	nowrap: "_nowrap_sq9ql_33",
	card: "_card_sq9ql_37"
};
// src/features/uploads/components/ManifestView.tsx
/** Patient → study → series, before anything is sent. */
function ManifestView({ manifest }) {
	const { t, i18n } = useTranslation("uploads");
	const { totals } = manifest;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "sm",
		"data-testid": "manifest",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
				order: 2,
				children: t("manifest.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				"data-testid": "manifest-summary",
				children: t("manifest.summary", {
					files: totals.files,
					size: formatBytes(totals.bytes, i18n.language),
					readable: totals.readable,
					rejected: totals.rejected
				})
			}),
			manifest.patients.map((patient) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PatientCard, { patient }, patient.key))
		]
	});
}
function PatientCard({ patient }) {
	const { t, i18n } = useTranslation("uploads");
	const locale = i18n.language;
	const details = [
		patient.id ? t("manifest.patientId", { id: patient.id }) : t("manifest.noId"),
		patient.birthDate ? t("manifest.born", { date: formatDicomDate(patient.birthDate, locale) }) : "",
		patient.sex ? t("manifest.sex", { sex: patient.sex }) : "",
		t("manifest.filesCount", { count: patient.files }),
		formatBytes(patient.bytes, locale)
	].filter(Boolean);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: "md",
		"data-testid": "manifest-patient",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "xs",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 3,
					size: "h4",
					children: formatPersonName(patient.name) || t("manifest.noName")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: details.join(" · ")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: patient.characterSets.length > 0 ? t("manifest.characterSet", { value: patient.characterSets.join(", ") }) : t("manifest.defaultCharacterSet")
				}),
				patient.warnings.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "yellow",
					variant: "light",
					icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconAlertTriangle, { "aria-hidden": true }),
					title: t("manifest.warningsTitle"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(List, {
						size: "sm",
						spacing: 2,
						children: patient.warnings.map((warning) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(List.Item, { children: [
							t(`manifest.warning.${warning.code}`, { detail: warning.detail }),
							" ",
							"(",
							t("manifest.warningFiles", { count: warning.files }),
							")"
						] }, `${warning.code}:${warning.detail}`))
					})
				}),
				patient.studies.map((study) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(StudyBlock, { study }, study.uid))
			]
		})
	});
}
function BurnedInFlag({ testId }) {
	const { t } = useTranslation("uploads");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		gap: 4,
		wrap: "nowrap",
		"data-testid": testId,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPhotoExclamation, {
			size: 16,
			"aria-hidden": true,
			color: "var(--mantine-color-orange-8)",
			style: { flexShrink: 0 }
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "xs",
			children: t("manifest.burnedInShort")
		})]
	});
}
function StudyBlock({ study }) {
	const { t, i18n } = useTranslation("uploads");
	const locale = i18n.language;
	const seriesCount = (series) => series.sent > 0 ? t("manifest.sentCount", {
		sent: series.sent,
		files: series.files
	}) : t("manifest.filesCount", { count: series.files });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: 4,
		mt: "xs",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				wrap: "wrap",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					fw: 600,
					children: study.description || t("manifest.noDescription")
				}), study.modalities.map((modality) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
					color: "indigo.9",
					variant: "filled",
					children: modality
				}, modality))]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				c: "dimmed",
				children: [
					study.date ? formatDicomDate(study.date, locale) : t("manifest.noDate"),
					study.accessionNumber ? t("manifest.accession", { value: study.accessionNumber }) : "",
					t("manifest.seriesCount", { count: study.series.length }),
					t("manifest.filesCount", { count: study.files }),
					formatBytes(study.bytes, locale)
				].filter(Boolean).join(" · ")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
				gap: 6,
				hiddenFrom: "sm",
				"data-testid": "manifest-series-list",
				children: study.series.map((series) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
					className: SimpleTable_module_default.card,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "sm",
							fw: 600,
							children: [
								t("manifest.seriesLabel", { number: series.number || "–" }),
								" · ",
								series.modality
							]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
							size: "sm",
							children: series.description || t("manifest.noDescription")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "sm",
							c: "dimmed",
							children: [
								seriesCount(series),
								" · ",
								formatBytes(series.bytes, locale)
							]
						}),
						series.burnedInText && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(BurnedInFlag, {})
					]
				}, series.uid))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
				component: "section",
				visibleFrom: "sm",
				className: SimpleTable_module_default.scroll,
				tabIndex: 0,
				"aria-label": t("manifest.seriesOf", { study: study.description || t("manifest.noDescription") }),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("table", {
					className: SimpleTable_module_default.table,
					"data-testid": "manifest-series",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: study.series.map((series) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
							className: SimpleTable_module_default.nowrap,
							children: t("manifest.seriesLabel", { number: series.number || "–" })
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
							className: SimpleTable_module_default.nowrap,
							children: series.modality
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: series.description || t("manifest.noDescription") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
							className: SimpleTable_module_default.nowrap,
							children: seriesCount(series)
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
							className: SimpleTable_module_default.nowrap,
							children: formatBytes(series.bytes, locale)
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: series.burnedInText && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(BurnedInFlag, { testId: "burned-in" }) })
					] }, series.uid)) })
				})
			}),
			study.series.some((series) => series.burnedInText) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				color: "orange",
				variant: "light",
				icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPhotoExclamation, { "aria-hidden": true }),
				p: "xs",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("manifest.burnedIn")
				})
			})
		]
	});
}
// src/features/uploads/components/ResumeNotice.tsx
/** After a reload: what the interrupted upload of this tab had sent, and how to finish it. */
function ResumeNotice({ record, matched, onForget }) {
	const { t } = useTranslation("uploads");
	const total = record.sent.length + record.notSent.length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
		color: "blue",
		variant: "light",
		icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconHistory, { "aria-hidden": true }),
		title: t("resume.title"),
		"data-testid": "resume-notice",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("resume.body", {
					sent: record.sent.length,
					total,
					notSent: record.notSent.length
				})
			}),
			matched > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				mt: 4,
				fw: 600,
				"data-testid": "resume-matched",
				children: t("resume.matched", { count: matched })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
				mt: "sm",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					size: "xs",
					variant: "default",
					onClick: onForget,
					children: t("resume.forget")
				})
			})
		]
	});
}
// src/features/uploads/deidentify/PreviewTable.tsx
/** Before / after of every tag the de-identification changes in one file. */
function PreviewTable({ path, changes }) {
	const { t, i18n } = useTranslation("uploads");
	const shown = (change, value) => change.keyword.endsWith("Date") ? formatDicomDate(value, i18n.language) : value;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
			size: "sm",
			fw: 600,
			children: t("deidentify.previewOf", { path })
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Stack, {
			gap: 6,
			hiddenFrom: "sm",
			"data-testid": "deidentify-preview-list",
			children: changes.map((change) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Box, {
				className: SimpleTable_module_default.card,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
						size: "sm",
						fw: 600,
						children: [
							change.keyword,
							" · ",
							t(`deidentify.actions.${change.action}`)
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: change.path
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
						size: "sm",
						className: SimpleTable_module_default.wrap,
						children: [
							t("deidentify.before"),
							": ",
							shown(change, change.before) || "—"
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
						size: "sm",
						className: SimpleTable_module_default.wrap,
						children: [
							t("deidentify.after"),
							": ",
							shown(change, change.after) || "—"
						]
					})
				]
			}, change.path))
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Box, {
			component: "section",
			visibleFrom: "sm",
			className: SimpleTable_module_default.scroll,
			tabIndex: 0,
			"aria-label": t("deidentify.previewOf", { path }),
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
				className: SimpleTable_module_default.table,
				"data-testid": "deidentify-preview-table",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: t("deidentify.attribute")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: t("deidentify.before")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: t("deidentify.after")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
						scope: "col",
						children: t("deidentify.action")
					})
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: changes.map((change) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("td", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: change.keyword
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "xs",
						c: "dimmed",
						children: change.path
					})] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						className: SimpleTable_module_default.wrap,
						children: shown(change, change.before)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", {
						className: SimpleTable_module_default.wrap,
						children: shown(change, change.after)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: t(`deidentify.actions.${change.action}`) })
				] }, change.path)) })]
			})
		})
	] });
}
// node_modules/fflate/esm/browser.js
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	3,
	3,
	4,
	4,
	4,
	4,
	5,
	5,
	5,
	5,
	0,
	0,
	0,
	0
]);
var fdeb = new u8([
	0,
	0,
	0,
	0,
	1,
	1,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	5,
	6,
	6,
	7,
	7,
	8,
	8,
	9,
	9,
	10,
	10,
	11,
	11,
	12,
	12,
	13,
	13,
	0,
	0
]);
var clim = new u8([
	16,
	17,
	18,
	0,
	8,
	7,
	9,
	6,
	10,
	5,
	11,
	4,
	12,
	3,
	13,
	2,
	14,
	1,
	15
]);
var freb = function(eb, start) {
	var b = new u16(31);
	for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
	var r = new i32(b[30]);
	for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
	return {
		b,
		r
	};
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
	var x = (i & 43690) >> 1 | (i & 21845) << 1;
	x = (x & 52428) >> 2 | (x & 13107) << 2;
	x = (x & 61680) >> 4 | (x & 3855) << 4;
	rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var hMap = (function(cd, mb, r) {
	var s = cd.length;
	var i = 0;
	var l = new u16(mb);
	for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
	var le = new u16(mb);
	for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
	var co;
	if (r) {
		co = new u16(1 << mb);
		var rvb = 15 - mb;
		for (i = 0; i < s; ++i) if (cd[i]) {
			var sv = i << 4 | cd[i];
			var r_1 = mb - cd[i];
			var v = le[cd[i] - 1]++ << r_1;
			for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
		}
	} else {
		co = new u16(s);
		for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
	}
	return co;
});
var flt = new u8(288);
for (var i = 0; i < 144; ++i) flt[i] = 8;
for (var i = 144; i < 256; ++i) flt[i] = 9;
for (var i = 256; i < 280; ++i) flt[i] = 7;
for (var i = 280; i < 288; ++i) flt[i] = 8;
var fdt = new u8(32);
for (var i = 0; i < 32; ++i) fdt[i] = 5;
var flm = /*#__PURE__*/ hMap(flt, 9, 0);
var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
var fdm = /*#__PURE__*/ hMap(fdt, 5, 0);
var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
var max = function(a) {
	var m = a[0];
	for (var i = 1; i < a.length; ++i) if (a[i] > m) m = a[i];
	return m;
};
var bits = function(d, p, m) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
	return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
	if (s == null || s < 0) s = 0;
	if (e == null || e > v.length) e = v.length;
	return new u8(v.subarray(s, e));
};
var ec = [
	"unexpected EOF",
	"invalid block type",
	"invalid length/literal",
	"invalid distance",
	"stream finished",
	"no stream handler",
	,
	"no callback",
	"invalid UTF-8 data",
	"extra field too long",
	"date not in range 1980-2099",
	"filename too long",
	"stream finishing",
	"invalid zip data"
];
var err = function(ind, msg, nt) {
	var e = new Error(msg || ec[ind]);
	e.code = ind;
	if (Error.captureStackTrace) Error.captureStackTrace(e, err);
	if (!nt) throw e;
	return e;
};
var inflt = function(dat, st, buf, dict) {
	var sl = dat.length, dl = dict ? dict.length : 0;
	if (!sl || st.f && !st.l) return buf || new u8(0);
	var noBuf = !buf;
	var resize = noBuf || st.i != 2;
	var noSt = st.i;
	if (noBuf) buf = new u8(sl * 3);
	var cbuf = function(l) {
		var bl = buf.length;
		if (l > bl) {
			var nbuf = new u8(Math.max(bl * 2, l));
			nbuf.set(buf);
			buf = nbuf;
		}
	};
	var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
	var tbts = sl * 8;
	do {
		if (!lm) {
			final = bits(dat, pos, 1);
			var type = bits(dat, pos + 1, 3);
			pos += 3;
			if (!type) {
				var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
				if (t > sl) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + l);
				buf.set(dat.subarray(s, t), bt);
				st.b = bt += l, st.p = pos = t * 8, st.f = final;
				continue;
			} else if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
			else if (type == 2) {
				var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
				var tl = hLit + bits(dat, pos + 5, 31) + 1;
				pos += 14;
				var ldt = new u8(tl);
				var clt = new u8(19);
				for (var i = 0; i < hcLen; ++i) clt[clim[i]] = bits(dat, pos + i * 3, 7);
				pos += hcLen * 3;
				var clb = max(clt), clbmsk = (1 << clb) - 1;
				var clm = hMap(clt, clb, 1);
				for (var i = 0; i < tl;) {
					var r = clm[bits(dat, pos, clbmsk)];
					pos += r & 15;
					var s = r >> 4;
					if (s < 16) ldt[i++] = s;
					else {
						var c = 0, n = 0;
						if (s == 16) n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
						else if (s == 17) n = 3 + bits(dat, pos, 7), pos += 3;
						else if (s == 18) n = 11 + bits(dat, pos, 127), pos += 7;
						while (n--) ldt[i++] = c;
					}
				}
				var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
				lbt = max(lt);
				dbt = max(dt);
				lm = hMap(lt, lbt, 1);
				dm = hMap(dt, dbt, 1);
			} else err(1);
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
		}
		if (resize) cbuf(bt + 131072);
		var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
		var lpos = pos;
		for (;; lpos = pos) {
			var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
			pos += c & 15;
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
			if (!c) err(2);
			if (sym < 256) buf[bt++] = sym;
			else if (sym == 256) {
				lpos = pos, lm = null;
				break;
			} else {
				var add = sym - 254;
				if (sym > 264) {
					var i = sym - 257, b = fleb[i];
					add = bits(dat, pos, (1 << b) - 1) + fl[i];
					pos += b;
				}
				var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
				if (!d) err(3);
				pos += d & 15;
				var dt = fd[dsym];
				if (dsym > 3) {
					var b = fdeb[dsym];
					dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
				}
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + 131072);
				var end = bt + add;
				if (bt < dt) {
					var shift = dl - dt, dend = Math.min(dt, end);
					if (shift + bt < 0) err(3);
					for (; bt < dend; ++bt) buf[bt] = dict[shift + bt];
				}
				for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
			}
		}
		st.l = lm, st.p = lpos, st.b = bt, st.f = final;
		if (lm) final = 1, st.m = lbt, st.d = dm, st.n = dbt;
	} while (!final);
	return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
	v <<= p & 7;
	var o = p / 8 | 0;
	d[o] |= v;
	d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
	v <<= p & 7;
	var o = p / 8 | 0;
	d[o] |= v;
	d[o + 1] |= v >> 8;
	d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
	var t = [];
	for (var i = 0; i < d.length; ++i) if (d[i]) t.push({
		s: i,
		f: d[i]
	});
	var s = t.length;
	var t2 = t.slice();
	if (!s) return {
		t: et,
		l: 0
	};
	if (s == 1) {
		var v = new u8(t[0].s + 1);
		v[t[0].s] = 1;
		return {
			t: v,
			l: 1
		};
	}
	t.sort(function(a, b) {
		return a.f - b.f;
	});
	t.push({
		s: -1,
		f: 25001
	});
	var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
	t[0] = {
		s: -1,
		f: l.f + r.f,
		l,
		r
	};
	while (i1 != s - 1) {
		l = t[t[i0].f < t[i2].f ? i0++ : i2++];
		r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
		t[i1++] = {
			s: -1,
			f: l.f + r.f,
			l,
			r
		};
	}
	var maxSym = t2[0].s;
	for (var i = 1; i < s; ++i) if (t2[i].s > maxSym) maxSym = t2[i].s;
	var tr = new u16(maxSym + 1);
	var mbt = ln(t[i1 - 1], tr, 0);
	if (mbt > mb) {
		var i = 0, dt = 0;
		var lft = mbt - mb, cst = 1 << lft;
		t2.sort(function(a, b) {
			return tr[b.s] - tr[a.s] || a.f - b.f;
		});
		for (; i < s; ++i) {
			var i2_1 = t2[i].s;
			if (tr[i2_1] > mb) {
				dt += cst - (1 << mbt - tr[i2_1]);
				tr[i2_1] = mb;
			} else break;
		}
		dt >>= lft;
		while (dt > 0) {
			var i2_2 = t2[i].s;
			if (tr[i2_2] < mb) dt -= 1 << mb - tr[i2_2]++ - 1;
			else ++i;
		}
		for (; i >= 0 && dt; --i) {
			var i2_3 = t2[i].s;
			if (tr[i2_3] == mb) {
				--tr[i2_3];
				++dt;
			}
		}
		mbt = mb;
	}
	return {
		t: new u8(tr),
		l: mbt
	};
};
var ln = function(n, l, d) {
	return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
	var s = c.length;
	while (s && !c[--s]);
	var cl = new u16(++s);
	var cli = 0, cln = c[0], cls = 1;
	var w = function(v) {
		cl[cli++] = v;
	};
	for (var i = 1; i <= s; ++i) if (c[i] == cln && i != s) ++cls;
	else {
		if (!cln && cls > 2) {
			for (; cls > 138; cls -= 138) w(32754);
			if (cls > 2) {
				w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
				cls = 0;
			}
		} else if (cls > 3) {
			w(cln), --cls;
			for (; cls > 6; cls -= 6) w(8304);
			if (cls > 2) w(cls - 3 << 5 | 8208), cls = 0;
		}
		while (cls--) w(cln);
		cls = 1;
		cln = c[i];
	}
	return {
		c: cl.subarray(0, cli),
		n: s
	};
};
var clen = function(cf, cl) {
	var l = 0;
	for (var i = 0; i < cl.length; ++i) l += cf[i] * cl[i];
	return l;
};
var wfblk = function(out, pos, dat) {
	var s = dat.length;
	var o = shft(pos + 2);
	out[o] = s & 255;
	out[o + 1] = s >> 8;
	out[o + 2] = out[o] ^ 255;
	out[o + 3] = out[o + 1] ^ 255;
	for (var i = 0; i < s; ++i) out[o + i + 4] = dat[i];
	return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
	wbits(out, p++, final);
	++lf[256];
	var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
	var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
	var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
	var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
	var lcfreq = new u16(19);
	for (var i = 0; i < lclt.length; ++i) ++lcfreq[lclt[i] & 31];
	for (var i = 0; i < lcdt.length; ++i) ++lcfreq[lcdt[i] & 31];
	var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
	var nlcc = 19;
	for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc);
	var flen = bl + 5 << 3;
	var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
	var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
	if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl));
	var lm, ll, dm, dl;
	wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
	if (dtlen < ftlen) {
		lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
		var llm = hMap(lct, mlcb, 0);
		wbits(out, p, nlc - 257);
		wbits(out, p + 5, ndc - 1);
		wbits(out, p + 10, nlcc - 4);
		p += 14;
		for (var i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, lct[clim[i]]);
		p += 3 * nlcc;
		var lcts = [lclt, lcdt];
		for (var it = 0; it < 2; ++it) {
			var clct = lcts[it];
			for (var i = 0; i < clct.length; ++i) {
				var len = clct[i] & 31;
				wbits(out, p, llm[len]), p += lct[len];
				if (len > 15) wbits(out, p, clct[i] >> 5 & 127), p += clct[i] >> 12;
			}
		}
	} else lm = flm, ll = flt, dm = fdm, dl = fdt;
	for (var i = 0; i < li; ++i) {
		var sym = syms[i];
		if (sym > 255) {
			var len = sym >> 18 & 31;
			wbits16(out, p, lm[len + 257]), p += ll[len + 257];
			if (len > 7) wbits(out, p, sym >> 23 & 31), p += fleb[len];
			var dst = sym & 31;
			wbits16(out, p, dm[dst]), p += dl[dst];
			if (dst > 3) wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
		} else wbits16(out, p, lm[sym]), p += ll[sym];
	}
	wbits16(out, p, lm[256]);
	return p + ll[256];
};
var deo = /*#__PURE__*/ new i32([
	65540,
	131080,
	131088,
	131104,
	262176,
	1048704,
	1048832,
	2114560,
	2117632
]);
var et = /*#__PURE__*/ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
	var s = st.z || dat.length;
	var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
	var w = o.subarray(pre, o.length - post);
	var lst = st.l;
	var pos = (st.r || 0) & 7;
	if (lvl) {
		if (pos) w[0] = st.r >> 3;
		var opt = deo[lvl - 1];
		var n = opt >> 13, c = opt & 8191;
		var msk_1 = (1 << plvl) - 1;
		var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
		var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
		var hsh = function(i) {
			return (dat[i] ^ dat[i + 1] << bs1_1 ^ dat[i + 2] << bs2_1) & msk_1;
		};
		var syms = new i32(25e3);
		var lf = new u16(288), df = new u16(32);
		var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
		for (; i + 2 < s; ++i) {
			var hv = hsh(i);
			var imod = i & 32767, pimod = head[hv];
			prev[imod] = pimod;
			head[hv] = imod;
			if (wi <= i) {
				var rem = s - i;
				if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
					pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
					li = lc_1 = eb = 0, bs = i;
					for (var j = 0; j < 286; ++j) lf[j] = 0;
					for (var j = 0; j < 30; ++j) df[j] = 0;
				}
				var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
				if (rem > 2 && hv == hsh(i - dif)) {
					var maxn = Math.min(n, rem) - 1;
					var maxd = Math.min(32767, i);
					var ml = Math.min(258, rem);
					while (dif <= maxd && --ch_1 && imod != pimod) {
						if (dat[i + l] == dat[i + l - dif]) {
							var nl = 0;
							for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl);
							if (nl > l) {
								l = nl, d = dif;
								if (nl > maxn) break;
								var mmd = Math.min(dif, nl - 2);
								var md = 0;
								for (var j = 0; j < mmd; ++j) {
									var ti = i - dif + j & 32767;
									var cd = ti - prev[ti] & 32767;
									if (cd > md) md = cd, pimod = ti;
								}
							}
						}
						imod = pimod, pimod = prev[imod];
						dif += imod - pimod & 32767;
					}
				}
				if (d) {
					syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
					var lin = revfl[l] & 31, din = revfd[d] & 31;
					eb += fleb[lin] + fdeb[din];
					++lf[257 + lin];
					++df[din];
					wi = i + l;
					++lc_1;
				} else {
					syms[li++] = dat[i];
					++lf[dat[i]];
				}
			}
		}
		for (i = Math.max(i, wi); i < s; ++i) {
			syms[li++] = dat[i];
			++lf[dat[i]];
		}
		pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
		if (!lst) {
			st.r = pos & 7 | w[pos / 8 | 0] << 3;
			pos -= 7;
			st.h = head, st.p = prev, st.i = i, st.w = wi;
		}
	} else {
		for (var i = st.w || 0; i < s + lst; i += 65535) {
			var e = i + 65535;
			if (e >= s) {
				w[pos / 8 | 0] = lst;
				e = s;
			}
			pos = wfblk(w, pos + 1, dat.subarray(i, e));
		}
		st.i = s;
	}
	return slc(o, 0, pre + shft(pos) + post);
};
var crct = /*#__PURE__*/ (function() {
	var t = /* @__PURE__ */ new Int32Array(256);
	for (var i = 0; i < 256; ++i) {
		var c = i, k = 9;
		while (--k) c = (c & 1 && -306674912) ^ c >>> 1;
		t[i] = c;
	}
	return t;
})();
var crc = function() {
	var c = -1;
	return {
		p: function(d) {
			var cr = c;
			for (var i = 0; i < d.length; ++i) cr = crct[cr & 255 ^ d[i]] ^ cr >>> 8;
			c = cr;
		},
		d: function() {
			return ~c;
		}
	};
};
var dopt = function(dat, opt, pre, post, st) {
	if (!st) {
		st = { l: 1 };
		if (opt.dictionary) {
			var dict = opt.dictionary.subarray(-32768);
			var newDat = new u8(dict.length + dat.length);
			newDat.set(dict);
			newDat.set(dat, dict.length);
			dat = newDat;
			st.w = dict.length;
		}
	}
	return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
	var o = {};
	for (var k in a) o[k] = a[k];
	for (var k in b) o[k] = b[k];
	return o;
};
var b2 = function(d, b) {
	return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
	return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
	return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var wbytes = function(d, b, v) {
	for (; v; ++b) d[b] = v, v >>>= 8;
};
/**
* Compresses data with DEFLATE without any wrapper
* @param data The data to compress
* @param opts The compression options
* @returns The deflated version of the data
*/
function deflateSync(data, opts) {
	return dopt(data, opts || {}, 0, 0);
}
/**
* Streaming DEFLATE decompression
*/
var Inflate = /* @__PURE__ */ function() {
	function Inflate(opts, cb) {
		if (typeof opts == "function") cb = opts, opts = {};
		this.ondata = cb;
		var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
		this.s = {
			i: 0,
			b: dict ? dict.length : 0
		};
		this.o = new u8(32768);
		this.p = new u8(0);
		if (dict) this.o.set(dict);
	}
	Inflate.prototype.e = function(c) {
		if (!this.ondata) err(5);
		if (this.d) err(4);
		if (!this.p.length) this.p = c;
		else if (c.length) {
			var n = new u8(this.p.length + c.length);
			n.set(this.p), n.set(c, this.p.length), this.p = n;
		}
	};
	Inflate.prototype.c = function(final) {
		this.s.i = +(this.d = final || false);
		var bts = this.s.b;
		var dt = inflt(this.p, this.s, this.o);
		this.ondata(slc(dt, bts, this.s.b), this.d);
		this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
		this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
	};
	/**
	* Pushes a chunk to be inflated
	* @param chunk The chunk to push
	* @param final Whether this is the final chunk
	*/
	Inflate.prototype.push = function(chunk, final) {
		this.e(chunk), this.c(final);
	};
	return Inflate;
}();
function inflateSync(data, opts) {
	return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var te = typeof TextEncoder != "undefined" && /*#__PURE__*/ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
var dutf8 = function(d) {
	for (var r = "", i = 0;;) {
		var c = d[i++];
		var eb = (c > 127) + (c > 223) + (c > 239);
		if (i + eb > d.length) return {
			s: r,
			r: slc(d, i - 1)
		};
		if (!eb) r += String.fromCharCode(c);
		else if (eb == 3) c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
		else if (eb & 1) r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
		else r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
	}
};
/**
* Converts a string into a Uint8Array for use with compression/decompression methods
* @param str The string to encode
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless decoding a binary string.
* @returns The string encoded in UTF-8/Latin-1 binary
*/
function strToU8(str, latin1) {
	if (latin1) {
		var ar_1 = new u8(str.length);
		for (var i = 0; i < str.length; ++i) ar_1[i] = str.charCodeAt(i);
		return ar_1;
	}
	if (te) return te.encode(str);
	var l = str.length;
	var ar = new u8(str.length + (str.length >> 1));
	var ai = 0;
	var w = function(v) {
		ar[ai++] = v;
	};
	for (var i = 0; i < l; ++i) {
		if (ai + 5 > ar.length) {
			var n = new u8(ai + 8 + (l - i << 1));
			n.set(ar);
			ar = n;
		}
		var c = str.charCodeAt(i);
		if (c < 128 || latin1) w(c);
		else if (c < 2048) w(192 | c >> 6), w(128 | c & 63);
		else if (c > 55295 && c < 57344) c = 65536 + (c & 1047552) | str.charCodeAt(++i) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
		else w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
	}
	return slc(ar, 0, ai);
}
/**
* Converts a Uint8Array to a string
* @param dat The data to decode to string
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless encoding to binary string.
* @returns The original UTF-8/Latin-1 string
*/
function strFromU8(dat, latin1) {
	if (latin1) {
		var r = "";
		for (var i = 0; i < dat.length; i += 16384) r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
		return r;
	} else if (td) return td.decode(dat);
	else {
		var _a = dutf8(dat), s = _a.s, r = _a.r;
		if (r.length) err(8);
		return s;
	}
}
var z64hs = function(d, b, l, z, sc, su, off) {
	var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
	var nf = nsc + nsu + noff;
	if (z && nf) {
		for (; b + 4 < e; b += 4 + b2(d, b + 2)) if (b2(d, b) == 1) return [
			nsc ? b8(d, b + 4 + 8 * nsu) : sc,
			nsu ? b8(d, b + 4) : su,
			noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
			1
		];
		if (z < 2) err(13);
	}
	return [
		sc,
		su,
		off,
		0
	];
};
var exfl = function(ex) {
	var le = 0;
	if (ex) for (var k in ex) {
		var l = ex[k].length;
		if (l > 65535) err(9);
		le += l + 4;
	}
	return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
	var fl = fn.length, ex = f.extra, col = co && co.length;
	var exl = exfl(ex);
	wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
	if (ce != null) d[b++] = 20, d[b++] = f.os;
	d[b] = 20, b += 2;
	d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
	d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
	var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
	if (y < 0 || y > 119) err(10);
	wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
	if (c != -1) {
		wbytes(d, b, f.crc);
		wbytes(d, b + 4, c < 0 ? -c - 2 : c);
		wbytes(d, b + 8, f.size);
	}
	wbytes(d, b + 12, fl);
	wbytes(d, b + 14, exl), b += 16;
	if (ce != null) {
		wbytes(d, b, col);
		wbytes(d, b + 6, f.attrs);
		wbytes(d, b + 10, ce), b += 14;
	}
	d.set(fn, b);
	b += fl;
	if (exl) for (var k in ex) {
		var exf = ex[k], l = exf.length;
		wbytes(d, b, +k);
		wbytes(d, b + 2, l);
		d.set(exf, b + 4), b += 4 + l;
	}
	if (col) d.set(co, b), b += col;
	return b;
};
var wzf = function(o, b, c, d, e) {
	wbytes(o, b, 101010256);
	wbytes(o, b + 8, c);
	wbytes(o, b + 10, c);
	wbytes(o, b + 12, d);
	wbytes(o, b + 16, e);
};
/**
* A pass-through stream to keep data uncompressed in a ZIP archive.
*/
var ZipPassThrough = /* @__PURE__ */ function() {
	/**
	* Creates a pass-through stream that can be added to ZIP archives
	* @param filename The filename to associate with this data stream
	*/
	function ZipPassThrough(filename) {
		this.filename = filename;
		this.c = crc();
		this.size = 0;
		this.compression = 0;
	}
	/**
	* Processes a chunk and pushes to the output stream. You can override this
	* method in a subclass for custom behavior, but by default this passes
	* the data through. You must call this.ondata(err, chunk, final) at some
	* point in this method.
	* @param chunk The chunk to process
	* @param final Whether this is the last chunk
	*/
	ZipPassThrough.prototype.process = function(chunk, final) {
		this.ondata(null, chunk, final);
	};
	/**
	* Pushes a chunk to be added. If you are subclassing this with a custom
	* compression algorithm, note that you must push data from the source
	* file only, pre-compression.
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	ZipPassThrough.prototype.push = function(chunk, final) {
		if (!this.ondata) err(5);
		this.c.p(chunk);
		this.size += chunk.length;
		if (final) this.crc = this.c.d();
		this.process(chunk, final || false);
	};
	return ZipPassThrough;
}();
/**
* A zippable archive to which files can incrementally be added
*/
var Zip = /* @__PURE__ */ function() {
	/**
	* Creates an empty ZIP archive to which files can be added
	* @param cb The callback to call whenever data for the generated ZIP archive
	*           is available
	*/
	function Zip(cb) {
		this.ondata = cb;
		this.u = [];
		this.d = 1;
	}
	/**
	* Adds a file to the ZIP archive
	* @param file The file stream to add
	*/
	Zip.prototype.add = function(file) {
		var _this = this;
		if (!this.ondata) err(5);
		if (this.d & 2) this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
		else {
			var f = strToU8(file.filename), fl_1 = f.length;
			var com = file.comment, o = com && strToU8(com);
			var u = fl_1 != file.filename.length || o && com.length != o.length;
			var hl_1 = fl_1 + exfl(file.extra) + 30;
			if (fl_1 > 65535) this.ondata(err(11, 0, 1), null, false);
			var header = new u8(hl_1);
			wzh(header, 0, file, f, u, -1);
			var chks_1 = [header];
			var pAll_1 = function() {
				for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
					var chk = chks_2[_i];
					_this.ondata(null, chk, false);
				}
				chks_1 = [];
			};
			var tr_1 = this.d;
			this.d = 0;
			var ind_1 = this.u.length;
			var uf_1 = mrg(file, {
				f,
				u,
				o,
				t: function() {
					if (file.terminate) file.terminate();
				},
				r: function() {
					pAll_1();
					if (tr_1) {
						var nxt = _this.u[ind_1 + 1];
						if (nxt) nxt.r();
						else _this.d = 1;
					}
					tr_1 = 1;
				}
			});
			var cl_1 = 0;
			file.ondata = function(err, dat, final) {
				if (err) {
					_this.ondata(err, dat, final);
					_this.terminate();
				} else {
					cl_1 += dat.length;
					chks_1.push(dat);
					if (final) {
						var dd = new u8(16);
						wbytes(dd, 0, 134695760);
						wbytes(dd, 4, file.crc);
						wbytes(dd, 8, cl_1);
						wbytes(dd, 12, file.size);
						chks_1.push(dd);
						uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
						if (tr_1) uf_1.r();
						tr_1 = 1;
					} else if (tr_1) pAll_1();
				}
			};
			this.u.push(uf_1);
		}
	};
	/**
	* Ends the process of adding files and prepares to emit the final chunks.
	* This *must* be called after adding all desired files for the resulting
	* ZIP file to work properly.
	*/
	Zip.prototype.end = function() {
		var _this = this;
		if (this.d & 2) {
			this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
			return;
		}
		if (this.d) this.e();
		else this.u.push({
			r: function() {
				if (!(_this.d & 1)) return;
				_this.u.splice(-1, 1);
				_this.e();
			},
			t: function() {}
		});
		this.d = 3;
	};
	Zip.prototype.e = function() {
		var bt = 0, l = 0, tl = 0;
		for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
			var f = _a[_i];
			tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
		}
		var out = new u8(tl + 22);
		for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
			var f = _c[_b];
			wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
			bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
		}
		wzf(out, bt, this.u.length, tl, l);
		this.ondata(null, out, true);
		this.d = 2;
	};
	/**
	* A method to terminate any internal workers used by the stream. Subsequent
	* calls to add() will fail.
	*/
	Zip.prototype.terminate = function() {
		for (var _i = 0, _a = this.u; _i < _a.length; _i++) _a[_i].t();
		this.d = 2;
	};
	return Zip;
}();
/**
* Streaming pass-through decompression for ZIP archives
*/
var UnzipPassThrough = /* @__PURE__ */ function() {
	function UnzipPassThrough() {}
	UnzipPassThrough.prototype.push = function(chunk, final) {
		this.ondata(null, chunk, final);
	};
	UnzipPassThrough.compression = 0;
	return UnzipPassThrough;
}();
/**
* Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
* better performance.
*/
var UnzipInflate = /* @__PURE__ */ function() {
	/**
	* Creates a DEFLATE decompression that can be used in ZIP archives
	*/
	function UnzipInflate() {
		var _this = this;
		this.i = new Inflate(function(dat, final) {
			_this.ondata(null, dat, final);
		});
	}
	UnzipInflate.prototype.push = function(chunk, final) {
		try {
			this.i.push(chunk, final);
		} catch (e) {
			this.ondata(e, null, final);
		}
	};
	UnzipInflate.compression = 8;
	return UnzipInflate;
}();
/**
* A ZIP archive decompression stream that emits files as they are discovered
*/
var Unzip = /* @__PURE__ */ function() {
	/**
	* Creates a ZIP decompression stream
	* @param cb The callback to call whenever a file in the ZIP archive is found
	*/
	function Unzip(cb) {
		this.onfile = cb;
		this.k = [];
		this.o = { 0: UnzipPassThrough };
		this.p = et;
	}
	/**
	* Pushes a chunk to be unzipped
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	Unzip.prototype.push = function(chunk, final) {
		var _this = this;
		if (!this.onfile) err(5);
		if (!this.p) err(4);
		if (this.c > 0) {
			var len = Math.min(this.c, chunk.length);
			var toAdd = chunk.subarray(0, len);
			this.c -= len;
			if (this.d) this.d.push(toAdd, !this.c);
			else this.k[0].push(toAdd);
			chunk = chunk.subarray(len);
			if (chunk.length) return this.push(chunk, final);
		} else {
			var f = 0, i = 0, is = void 0, buf = void 0;
			if (!this.p.length) buf = chunk;
			else if (!chunk.length) buf = this.p;
			else {
				buf = new u8(this.p.length + chunk.length);
				buf.set(this.p), buf.set(chunk, this.p.length);
			}
			var l = buf.length, oc = this.c, add = oc && this.d;
			var _loop_2 = function() {
				var sig = b4(buf, i);
				if (sig == 67324752) {
					f = 1, is = i;
					this_1.d = null;
					this_1.c = 0;
					var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
					if (l > i + 30 + fnl + es) {
						var chks_3 = [];
						this_1.k.unshift(chks_3);
						f = 2;
						var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
						var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
						var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
						if (dd) sc_1 = -1 - z64;
						i += es;
						this_1.c = sc_1;
						var d_1;
						var file_1 = {
							name: fn_1,
							compression: cmp_1,
							start: function() {
								if (!file_1.ondata) err(5);
								if (!sc_1) file_1.ondata(null, et, true);
								else {
									var ctr = _this.o[cmp_1];
									if (!ctr) file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
									d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
									d_1.ondata = function(err, dat, final) {
										file_1.ondata(err, dat, final);
									};
									for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
										var dat = chks_4[_i];
										d_1.push(dat, false);
									}
									if (_this.k[0] == chks_3 && _this.c) _this.d = d_1;
									else d_1.push(et, true);
								}
							},
							terminate: function() {
								if (d_1 && d_1.terminate) d_1.terminate();
							}
						};
						if (sc_1 >= 0) file_1.size = sc_1, file_1.originalSize = su_1;
						this_1.onfile(file_1);
					}
					return "break";
				} else if (oc) {
					if (sig == 134695760) {
						is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
						return "break";
					} else if (sig == 33639248) {
						is = i -= 4, f = 3, this_1.c = 0;
						return "break";
					}
				}
			};
			var this_1 = this;
			for (; i < l - 4; ++i) if (_loop_2() === "break") break;
			this.p = et;
			if (oc < 0) {
				var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i);
				if (add) add.push(dat, !!f);
				else this.k[+(f == 2)].push(dat);
			}
			if (f & 2) return this.push(buf.subarray(i), final);
			this.p = buf.subarray(i);
		}
		if (final) {
			if (this.c) err(13);
			this.p = null;
		}
	};
	/**
	* Registers a decoder with the stream, allowing for files compressed with
	* the compression type provided to be expanded correctly
	* @param decoder The decoder constructor
	*/
	Unzip.prototype.register = function(decoder) {
		this.o[decoder.compression] = decoder;
	};
	return Unzip;
}();
// src/features/uploads/deidentify/save-copy.ts
/**
* "Save a de-identified copy": one file, or a series as a .zip (fflate streaming, stored without
* compression: image data hardly compresses). Each file is de-identified in the worker just before it is
* added, so the series is never held whole; a file that cannot be de-identified is left out, never copied
* unaltered. Names inside the copy are neutral (`IM00001.dcm`): folder names on a CD often hold the patient's.
*/
function downloadBlob(blob, name) {
	const url = URL.createObjectURL(blob);
	const anchor = document.createElement("a");
	anchor.href = url;
	anchor.download = name;
	anchor.click();
	setTimeout(() => URL.revokeObjectURL(url), 6e4);
}
async function saveDeidentifiedCopy(client, entries, settings, onProgress) {
	if (entries.length === 1) {
		const entry = entries[0];
		const outcome = await client.deidentify(entry.file, toDeidentifyOptions(settings, entry.path));
		onProgress(1);
		if (!outcome.ok) return { refused: 1 };
		downloadBlob(outcome.blob, "deidentified.dcm");
		return { refused: 0 };
	}
	const parts = [];
	let finished = () => {};
	const ended = new Promise((resolve) => {
		finished = resolve;
	});
	const zip = new Zip((error, chunk, final) => {
		if (!error) parts.push(new Blob([chunk]));
		if (final || error) finished();
	});
	let refused = 0;
	let index = 0;
	for (const entry of entries) {
		const outcome = await client.deidentify(entry.file, toDeidentifyOptions(settings, entry.path));
		index += 1;
		onProgress(index);
		if (!outcome.ok) {
			refused += 1;
			continue;
		}
		const member = new ZipPassThrough(`IM${String(index).padStart(5, "0")}.dcm`);
		zip.add(member);
		const reader = outcome.blob.stream().getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			member.push(value);
		}
		member.push(/* @__PURE__ */ new Uint8Array(0), true);
	}
	zip.end();
	await ended;
	downloadBlob(new Blob(parts, { type: "application/zip" }), "deidentified-series.zip");
	return { refused };
}
// src/lib/dicom/batch.ts
function hex(bytes) {
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
function fromHex(text) {
	const bytes = new Uint8Array(text.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
	return bytes;
}
/** A new batch: a random secret, and a random shift between 1 and 10 years back unless given. */
function createDeidentifyBatch(options = {}) {
	const random = crypto.getRandomValues(/* @__PURE__ */ new Uint32Array(1))[0] ?? 1;
	const shift = options.dateShiftDays ?? -(365 + random % 3285);
	return {
		secret: hex(crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(32))),
		dateShiftDays: shift === 0 ? -1 : Math.trunc(shift)
	};
}
var keys = /* @__PURE__ */ new Map();
function keyOf(batch) {
	let key = keys.get(batch.secret);
	if (!key) {
		key = crypto.subtle.importKey("raw", fromHex(batch.secret), {
			name: "HMAC",
			hash: "SHA-256"
		}, false, ["sign"]);
		keys.set(batch.secret, key);
	}
	return key;
}
async function mac(batch, purpose, value) {
	const signature = await crypto.subtle.sign("HMAC", await keyOf(batch), new TextEncoder().encode(`${purpose}\u0000${value}`));
	return new Uint8Array(signature);
}
/** Results already computed, per batch secret: a series repeats its study and series UIDs in every file. */
var remembered = /* @__PURE__ */ new Map();
function cached(batch, key, compute) {
	let forBatch = remembered.get(batch.secret);
	if (!forBatch) {
		if (remembered.size > 8) remembered.clear();
		forBatch = /* @__PURE__ */ new Map();
		remembered.set(batch.secret, forBatch);
	}
	let value = forBatch.get(key);
	if (!value) {
		if (forBatch.size > 5e4) forBatch.clear();
		value = compute();
		forBatch.set(key, value);
	}
	return value;
}
/** The batch's replacement for a UID: `2.25.` and 128 bits in decimal (PS3.5 B.2), at most 44 characters. */
function remapUid(batch, uid) {
	return cached(batch, `uid:${uid}`, async () => {
		const bytes = (await mac(batch, "uid", uid)).subarray(0, 16);
		let value = 0n;
		for (const byte of bytes) value = value << 8n | BigInt(byte);
		return `2.25.${value.toString()}`;
	});
}
var BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** The batch's pseudonym for a patient ID: `ANON-` and 8 characters (the same ID always gets the same one). */
function pseudonymFor(batch, patientId) {
	return cached(batch, `patient:${patientId}`, async () => {
		const bytes = await mac(batch, "patient", patientId);
		let code = "";
		for (let i = 0; i < 8; i++) code += BASE32[bytes[i] % 32];
		return `ANON-${code}`;
	});
}
// src/features/uploads/deidentify/settings.ts
function initialDeidentifyState(previous) {
	if (previous?.deidentify) return {
		...previous.deidentify,
		enabled: true
	};
	return {
		enabled: false,
		batch: createDeidentifyBatch(),
		patientName: "",
		patientId: "",
		dates: "shift",
		retainPatientCharacteristics: false,
		retainDescriptions: false
	};
}
/** A replacement Patient Name: PN, at most 64 characters per component, no value delimiter. */
function patientNameProblem(value) {
	if (!value.trim()) return false;
	if (value.includes("\\")) return true;
	return value.split(/[=^]/).some((part) => part.length > 64) || !/^[\p{L}\p{N} ^=._'-]+$/u.test(value);
}
/** A replacement Patient ID: LO, at most 64 characters, no value delimiter. */
function patientIdProblem(value) {
	return value.length > 64 || value.includes("\\");
}
// src/features/uploads/deidentify/DeidentifyPanel.tsx
/** The series of the selection, each with its readable files, for the preview and the copies. */
function seriesOptions(manifest, entries) {
	const files = /* @__PURE__ */ new Map();
	for (const entry of entries) {
		if (!entry.header || entry.status === "rejected") continue;
		const list = files.get(entry.header.seriesInstanceUid) ?? [];
		list.push(entry);
		files.set(entry.header.seriesInstanceUid, list);
	}
	return manifest.patients.flatMap((patient) => patient.studies.flatMap((study) => study.series.map((series) => ({
		value: series.uid,
		label: [
			series.modality,
			series.number ? `#${series.number}` : "",
			series.description || study.description
		].filter(Boolean).join(" · "),
		files: files.get(series.uid) ?? [],
		burnedIn: series.burnedInText
	}))));
}
function DeidentifyPanel({ state, onChange, manifest, entries, client, locked }) {
	const { t } = useTranslation("uploads");
	const series = seriesOptions(manifest, entries).filter((option) => option.files.length > 0);
	const [selected, setSelected] = (0, import_react.useState)(null);
	const chosen = series.find((option) => option.value === selected) ?? series[0];
	const [preview, setPreview] = (0, import_react.useState)(null);
	const [busy, setBusy] = (0, import_react.useState)(null);
	const [refused, setRefused] = (0, import_react.useState)(0);
	const burnedIn = series.filter((option) => option.burnedIn).length;
	const nameProblem = patientNameProblem(state.patientName);
	const idProblem = patientIdProblem(state.patientId);
	const valid = !nameProblem && !idProblem;
	const runPreview = async () => {
		const entry = chosen?.files[0];
		if (!entry) return;
		setBusy(t("deidentify.previewing"));
		const outcome = await client.deidentify(entry.file, {
			...optionsOf(state),
			fileName: entry.path
		}, true);
		setBusy(null);
		setPreview(outcome.ok ? {
			path: entry.path,
			changes: outcome.changes
		} : { error: t(reasonOf(outcome.error).key, reasonOf(outcome.error).params) });
	};
	const save = async (files) => {
		setRefused(0);
		const result = await saveDeidentifiedCopy(client, files, state, (done) => setBusy(t("deidentify.downloading", {
			done,
			total: files.length
		})));
		setBusy(null);
		setRefused(result.refused);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: "md",
		"data-testid": "deidentify-panel",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					children: t("deidentify.title")
				}),
				burnedIn > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "orange",
					variant: "light",
					icon: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPhotoExclamation, { "aria-hidden": true }),
					children: t("deidentify.burnedInNotice", { count: burnedIn })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
					checked: state.enabled,
					onChange: (event) => onChange({ enabled: event.currentTarget.checked }),
					label: t("deidentify.enable"),
					description: t("deidentify.enableHelp"),
					disabled: locked,
					"data-testid": "deidentify-enable"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2
					},
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						label: t("deidentify.patientName"),
						description: t("deidentify.patientNameHelp"),
						value: state.patientName,
						onChange: (event) => onChange({ patientName: event.currentTarget.value }),
						error: nameProblem ? t("deidentify.invalidName") : void 0,
						disabled: locked,
						"data-testid": "deidentify-name"
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						label: t("deidentify.patientId"),
						value: state.patientId,
						onChange: (event) => onChange({ patientId: event.currentTarget.value }),
						error: idProblem ? t("deidentify.invalidId") : void 0,
						disabled: locked,
						"data-testid": "deidentify-id"
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
					label: t("deidentify.dates"),
					value: state.dates,
					onChange: (value) => onChange({ dates: value }),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						mt: 4,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: "shift",
							label: t(state.batch.dateShiftDays < 0 ? "deidentify.datesShiftBack" : "deidentify.datesShiftForward", { days: Math.abs(state.batch.dateShiftDays) }),
							disabled: locked
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: "empty",
							label: t("deidentify.datesEmpty"),
							disabled: locked
						})]
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
					checked: state.retainPatientCharacteristics,
					onChange: (event) => onChange({ retainPatientCharacteristics: event.currentTarget.checked }),
					label: t("deidentify.keepCharacteristics"),
					disabled: locked
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
					checked: state.retainDescriptions,
					onChange: (event) => onChange({ retainDescriptions: event.currentTarget.checked }),
					label: t("deidentify.keepDescriptions"),
					disabled: locked
				}),
				series.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					align: "flex-end",
					wrap: "wrap",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
							label: t("deidentify.previewFile"),
							data: series.map(({ value, label }) => ({
								value,
								label
							})),
							value: chosen?.value ?? "",
							onChange: (event) => setSelected(event.currentTarget.value),
							style: { flex: "1 1 260px" },
							"data-testid": "deidentify-series"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							onClick: () => void runPreview(),
							disabled: !valid || busy !== null,
							"data-testid": "deidentify-preview",
							children: t("deidentify.preview")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							onClick: () => void save(chosen?.files.slice(0, 1) ?? []),
							disabled: !valid || busy !== null,
							"data-testid": "deidentify-download",
							children: t("deidentify.download")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							onClick: () => void save(chosen?.files ?? []),
							disabled: !valid || busy !== null || (chosen?.files.length ?? 0) < 2,
							"data-testid": "deidentify-download-series",
							children: t("deidentify.downloadSeries")
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					"aria-live": "polite",
					children: busy ?? (refused > 0 ? t("deidentify.downloadRefused", { count: refused }) : "")
				}),
				preview && "error" in preview && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "red",
					variant: "light",
					role: "alert",
					children: preview.error
				}),
				preview && "changes" in preview && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PreviewTable, {
					path: preview.path,
					changes: preview.changes
				})
			]
		})
	});
}
function optionsOf(state) {
	return {
		batch: state.batch,
		patientName: state.patientName.trim() || void 0,
		patientId: state.patientId.trim() || void 0,
		dates: state.dates,
		retainPatientCharacteristics: state.retainPatientCharacteristics,
		retainDescriptions: state.retainDescriptions
	};
}
// src/features/uploads/intake/unzip.ts
/**
* A `.zip` of a study, opened with fflate's streaming unzip: the archive is read chunk by chunk from disk and
* each entry becomes a File (its bytes handed to the browser's Blob store as they come), never one buffer
* holding the archive.
*/
/** Whether a file is a zip archive, by its first bytes (`PK\x03\x04`), not its name. */
async function isZip(file) {
	if (file.size < 4) return false;
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	return head[0] === 80 && head[1] === 75 && head[2] === 3 && head[3] === 4;
}
/** The files inside a zip archive, with paths under the archive's name. Throws when the archive is damaged. */
async function filesFromZip(archive) {
	const out = [];
	const base = archive.path.replace(/\.zip$/i, "");
	const pending = [];
	let failure = null;
	const unzip = new Unzip((entry) => {
		if (entry.name.endsWith("/")) return;
		const parts = [];
		pending.push(new Promise((resolve) => {
			entry.ondata = (error, chunk, final) => {
				if (error) {
					failure = error;
					resolve();
					return;
				}
				parts.push(new Blob([chunk]));
				if (final) {
					const name = entry.name.split("/").pop() ?? entry.name;
					out.push({
						file: new File(parts, name),
						path: `${base}/${entry.name}`
					});
					resolve();
				}
			};
		}));
		entry.start();
	});
	unzip.register(UnzipInflate);
	const reader = archive.file.stream().getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		unzip.push(value);
	}
	unzip.push(/* @__PURE__ */ new Uint8Array(0), true);
	await Promise.all(pending);
	if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
	return out.filter(({ path }) => !shouldSkip(path));
}
/** Replaces every zip archive in a selection by its contents. */
async function expandZips(files) {
	const result = [];
	const damaged = [];
	for (const entry of files) {
		if (!await isZip(entry.file)) {
			result.push(entry);
			continue;
		}
		try {
			result.push(...await filesFromZip(entry));
		} catch {
			damaged.push(entry);
		}
	}
	return {
		files: result,
		damaged
	};
}
// src/features/uploads/manifest/build-manifest.ts
function sortBy(items, key) {
	return items.sort((a, b) => key(a).localeCompare(key(b), void 0, { numeric: true }));
}
function buildManifest(entries) {
	const patients = /* @__PURE__ */ new Map();
	const rejected = [];
	let reading = 0;
	let bytes = 0;
	for (const entry of entries) {
		bytes += entry.size;
		if (entry.status === "reading") {
			reading += 1;
			continue;
		}
		if (entry.status === "rejected" || !entry.header) {
			rejected.push(entry);
			continue;
		}
		const h = entry.header;
		const key = `${h.patientId}\u0000${h.patientName}`;
		let patient = patients.get(key);
		if (!patient) {
			patient = {
				key,
				name: h.patientName,
				id: h.patientId,
				birthDate: h.patientBirthDate,
				sex: h.patientSex,
				studies: [],
				files: 0,
				bytes: 0,
				characterSets: [],
				warnings: [],
				studyMap: /* @__PURE__ */ new Map(),
				charsetSet: /* @__PURE__ */ new Set(),
				warningMap: /* @__PURE__ */ new Map()
			};
			patients.set(key, patient);
		}
		patient.files += 1;
		patient.bytes += entry.size;
		if (h.specificCharacterSet) patient.charsetSet.add(h.specificCharacterSet);
		for (const warning of h.warnings) {
			const key = warning.startsWith("parser:") ? "parser:" : warning;
			patient.warningMap.set(key, (patient.warningMap.get(key) ?? 0) + 1);
		}
		let study = patient.studyMap.get(h.studyInstanceUid);
		if (!study) {
			study = {
				uid: h.studyInstanceUid,
				date: h.studyDate,
				description: h.studyDescription,
				accessionNumber: h.accessionNumber,
				modalities: [],
				series: [],
				files: 0,
				bytes: 0,
				seriesMap: /* @__PURE__ */ new Map()
			};
			patient.studyMap.set(h.studyInstanceUid, study);
		}
		study.files += 1;
		study.bytes += entry.size;
		let series = study.seriesMap.get(h.seriesInstanceUid);
		if (!series) {
			series = {
				uid: h.seriesInstanceUid,
				number: h.seriesNumber,
				modality: h.modality,
				description: h.seriesDescription,
				files: 0,
				bytes: 0,
				sent: 0,
				burnedInText: false
			};
			study.seriesMap.set(h.seriesInstanceUid, series);
		}
		series.files += 1;
		series.bytes += entry.size;
		if (entry.status === "sent" || entry.status === "sent-before") series.sent += 1;
		if (h.burnedInTextRisk) series.burnedInText = true;
	}
	return {
		patients: sortBy([...patients.values()].map((patient) => {
			const studies = [...patient.studyMap.values()].map((study) => {
				const series = sortBy([...study.seriesMap.values()], (s) => s.number.padStart(6, "0") + s.uid);
				const { seriesMap: _seriesMap, ...rest } = study;
				return {
					...rest,
					series,
					modalities: [...new Set(series.map((s) => s.modality).filter(Boolean))]
				};
			});
			const { studyMap: _studyMap, charsetSet, warningMap, ...rest } = patient;
			return {
				...rest,
				studies: sortBy(studies, (s) => s.date + s.uid),
				characterSets: [...charsetSet],
				warnings: [...warningMap].map(([key, files]) => {
					const at = key.indexOf(":");
					return at < 0 ? {
						code: key,
						detail: "",
						files
					} : {
						code: key.slice(0, at),
						detail: key.slice(at + 1),
						files
					};
				})
			};
		}), (p) => p.name + p.id),
		rejected,
		totals: {
			files: entries.length,
			bytes,
			readable: entries.length - rejected.length - reading,
			rejected: rejected.length,
			reading
		}
	};
}
// src/features/uploads/upload/SendPanel.tsx
/** Destination, start, pause / resume / cancel, retry of the failed files, and the progress. */
function SendPanel({ batch, deidentify, deidentifyValid, initialDestination }) {
	const { t, i18n } = useTranslation("uploads");
	const account = usePostDicomAccount();
	const [userUuid, setUserUuid] = (0, import_react.useState)(null);
	const [institutionUuid, setInstitutionUuid] = (0, import_react.useState)(null);
	const [toFolder, setToFolder] = (0, import_react.useState)(Boolean(initialDestination?.folderUuid));
	const [folderUuid, setFolderUuid] = (0, import_react.useState)(initialDestination?.folderUuid ?? null);
	const [vendorAnonymization, setVendorAnonymization] = (0, import_react.useState)(initialDestination?.vendorAnonymization ?? false);
	const user = userUuid ?? account.data?.UserList[0]?.UserUuid ?? null;
	const institution = institutionUuid ?? account.data?.InstitutionList[0]?.InstitutionUuid ?? null;
	const folders = usePostDicomFolderList({ userUuid: user ?? "" }, { queryConfig: { enabled: Boolean(user) && toFolder } });
	const counts = batch.counts();
	const queue = batch.queueSnapshot();
	const state = queue?.state ?? "idle";
	const sending = state === "running" || state === "pausing" || state === "cancelling";
	const toSend = counts.ready + counts.cancelled;
	const total = counts.sent + counts["sent-before"] + counts.queued + counts.sending + counts.failed + counts.cancelled;
	const sent = counts.sent + counts["sent-before"];
	const anonymizedData = [...deidentify.patientName.trim() ? [{
		tag: "PatientName",
		value: deidentify.patientName.trim()
	}] : [], ...deidentify.patientId.trim() ? [{
		tag: "PatientId",
		value: deidentify.patientId.trim()
	}] : []];
	const problem = counts.reading > 0 ? t("send.readingFirst") : toSend === 0 ? t("send.nothing") : toFolder && !folderUuid ? t("send.folderRequired") : vendorAnonymization && anonymizedData.length === 0 ? t("send.vendorAnonymizationNeeds") : null;
	const start = () => {
		if (!user || !institution || problem || !deidentifyValid) return;
		const destination = {
			folderUuid: toFolder ? folderUuid : null,
			vendorAnonymization
		};
		batch.start({
			send: sendToPostDicom({
				userUuid: user,
				institutionUuid: institution,
				folderUuid: destination.folderUuid,
				anonymizedData: vendorAnonymization ? anonymizedData : null
			}),
			deidentify: deidentify.enabled ? deidentify : null,
			destination
		});
	};
	const statusText = state === "idle" ? "" : t(`send.status.${state === "running" ? "running" : state}`, {
		sent,
		total
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: "md",
		"data-testid": "send-panel",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					children: t("send.title")
				}),
				account.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
					error: account.error,
					title: t("send.accountError"),
					onRetry: () => void account.refetch()
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
					cols: {
						base: 1,
						sm: 2
					},
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						label: t("send.user"),
						data: (account.data?.UserList ?? []).map((u) => ({
							value: u.UserUuid,
							label: u.UserName
						})),
						value: user ?? "",
						onChange: (event) => setUserUuid(event.currentTarget.value),
						disabled: sending || !account.data
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
						label: t("send.institution"),
						data: (account.data?.InstitutionList ?? []).map((i) => ({
							value: i.InstitutionUuid,
							label: i.InstitutionName
						})),
						value: institution ?? "",
						onChange: (event) => setInstitutionUuid(event.currentTarget.value),
						disabled: sending || !account.data
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
					label: t("send.destination"),
					value: toFolder ? "folder" : "root",
					onChange: (value) => setToFolder(value === "folder"),
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						gap: "md",
						mt: 4,
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: "root",
							label: t("send.root"),
							disabled: sending
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value: "folder",
							label: t("send.folder"),
							disabled: sending,
							"data-testid": "send-to-folder"
						})]
					})
				}),
				toFolder && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
					label: t("send.folderSelect"),
					data: [{
						value: "",
						label: folders.data?.length === 0 ? t("send.noFolders") : "—"
					}, ...(folders.data ?? []).map((f) => ({
						value: f.FolderUuid,
						label: f.FolderName
					}))],
					value: folderUuid ?? "",
					onChange: (event) => setFolderUuid(event.currentTarget.value || null),
					disabled: sending,
					"data-testid": "send-folder"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Checkbox, {
					checked: vendorAnonymization,
					onChange: (event) => setVendorAnonymization(event.currentTarget.checked),
					label: t("send.vendorAnonymization"),
					disabled: sending
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
					gap: "sm",
					wrap: "wrap",
					children: [
						!sending && (toSend > 0 || !queue) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconSend, {
								size: 16,
								"aria-hidden": true
							}),
							onClick: start,
							disabled: Boolean(problem) || !deidentifyValid || !user || !institution,
							"data-testid": "send-start",
							children: t("send.start", { count: toSend })
						}),
						state === "running" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlayerPause, {
								size: 16,
								"aria-hidden": true
							}),
							onClick: () => batch.pause(),
							"data-testid": "send-pause",
							children: t("send.pause")
						}),
						(state === "paused" || state === "pausing") && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPlayerPlay, {
								size: 16,
								"aria-hidden": true
							}),
							onClick: () => batch.resume(),
							"data-testid": "send-resume",
							children: t("send.resume")
						}),
						(state === "running" || state === "paused" || state === "pausing") && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							color: "red.9",
							leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconX, {
								size: 16,
								"aria-hidden": true
							}),
							onClick: () => batch.cancel(),
							"data-testid": "send-cancel",
							children: t("send.cancel")
						}),
						!sending && counts.failed > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							color: "red.9",
							onClick: () => batch.retryFailed(),
							"data-testid": "send-retry",
							children: t("send.retry", { count: counts.failed })
						})
					]
				}),
				problem && state === "idle" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: problem
				}),
				queue && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
					gap: 4,
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Progress, {
							value: queue.totalBytes > 0 ? queue.doneBytes / queue.totalBytes * 100 : 0,
							"aria-label": t("send.totalLabel"),
							"data-testid": "send-progress"
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "sm",
							"aria-live": "polite",
							"data-testid": "send-status",
							"data-state": state,
							"data-sent": sent,
							"data-failed": counts.failed,
							"data-saved": batch.savedSent,
							children: [statusText, counts.failed > 0 ? ` · ${t("send.failed", { count: counts.failed })}` : ""]
						}),
						sending && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
							size: "xs",
							c: "dimmed",
							children: [
								formatBytes(queue.doneBytes, i18n.language),
								" / ",
								formatBytes(queue.totalBytes, i18n.language),
								" ",
								"·",
								" ",
								queue.etaSeconds === null ? t("send.etaUnknown") : t("send.eta", { time: formatDuration(queue.etaSeconds, i18n.language) })
							]
						})
					]
				}),
				!deidentifyValid && deidentify.enabled && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
					color: "red",
					variant: "light",
					children: t("deidentify.invalidName")
				})
			]
		})
	});
}
// src/features/uploads/use-leave-guard.tsx
/**
* Asks before leaving the page while `active` (files being sent). react-router 7 in declarative mode has no
* `useBlocker`, so this guards the three ways out itself:
* - a reload, a closed tab, a typed address: `beforeunload` (the browser's own question);
* - a click on an in-app link (the navigation, the logo): a capture-phase click listener on the document
*   stops it before react-router's `<Link>` sees it, and asks in a dialog;
* - the browser's Back button: while active, one extra history entry for the same address is pushed, so Back
*   only pops it; the dialog then asks, and leaving goes back for real.
*/
function useLeaveGuard(active) {
	const navigate = useNavigate();
	const [pending, setPending] = (0, import_react.useState)(null);
	const guardEntry = (0, import_react.useRef)(false);
	(0, import_react.useEffect)(() => {
		if (!active) return;
		const beforeUnload = (event) => {
			event.preventDefault();
			event.returnValue = "";
		};
		const click = (event) => {
			if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
			const anchor = event.target?.closest?.("a[href]");
			if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return;
			const url = new URL(anchor.href, window.location.href);
			if (url.origin !== window.location.origin) return;
			if (url.pathname === window.location.pathname && url.search === window.location.search) return;
			event.preventDefault();
			event.stopPropagation();
			setPending({ to: `${url.pathname}${url.search}${url.hash}` });
		};
		if (!guardEntry.current) {
			window.history.pushState({
				...window.history.state,
				uploadsGuard: true
			}, "");
			guardEntry.current = true;
		}
		const popState = (event) => {
			if (event.state?.uploadsGuard) return;
			window.history.pushState({
				...window.history.state,
				uploadsGuard: true
			}, "");
			setPending({ back: true });
		};
		window.addEventListener("beforeunload", beforeUnload);
		document.addEventListener("click", click, true);
		window.addEventListener("popstate", popState);
		return () => {
			window.removeEventListener("beforeunload", beforeUnload);
			document.removeEventListener("click", click, true);
			window.removeEventListener("popstate", popState);
		};
	}, [active]);
	const leave = () => {
		const target = pending;
		setPending(null);
		if (!target) return;
		if ("to" in target) navigate(target.to);
		else window.history.go(-2);
	};
	return {
		pending: pending !== null,
		stay: () => setPending(null),
		leave
	};
}
/**
* The question, in the page itself (an alert dialog at the top of the view, focus on "Stay"): not a modal,
* whose overlay code would be shared with the first route's bundle.
*/
function LeaveDialog({ guard }) {
	const { t } = useTranslation("uploads");
	const stay = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		if (guard.pending) stay.current?.focus();
	}, [guard.pending]);
	if (!guard.pending) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Paper, {
		role: "alertdialog",
		"aria-labelledby": "leave-title",
		"aria-describedby": "leave-body",
		withBorder: true,
		shadow: "md",
		p: "md",
		"data-testid": "leave-dialog",
		style: {
			position: "fixed",
			top: 72,
			left: 16,
			right: 16,
			maxWidth: 640,
			margin: "0 auto",
			zIndex: 300,
			borderColor: "var(--mantine-color-red-9)"
		},
		onKeyDown: (event) => {
			if (event.key === "Escape") guard.stay();
		},
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				fw: 700,
				id: "leave-title",
				children: t("leave.title")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				id: "leave-body",
				mt: 4,
				children: t("leave.body")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				justify: "flex-end",
				mt: "md",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					ref: stay,
					variant: "default",
					onClick: guard.stay,
					children: t("leave.stay")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					color: "red.9",
					onClick: guard.leave,
					children: t("leave.leave")
				})]
			})
		]
	});
}
// src/features/uploads/DicomUploads.tsx
/** The DICOM side of the page: intake → manifest → de-identification → send. */
function DicomUploads() {
	const { t } = useTranslation("uploads");
	const [client] = (0, import_react.useState)(() => createDicomClient());
	(0, import_react.useEffect)(() => () => client.dispose(), [client]);
	const [batch] = (0, import_react.useState)(() => new UploadBatch(client));
	const version = (0, import_react.useSyncExternalStore)(batch.subscribe, batch.getVersion);
	const [loaded, setLoaded] = (0, import_react.useState)(void 0);
	const [deidentify, setDeidentify] = (0, import_react.useState)(null);
	const [adding, setAdding] = (0, import_react.useState)(false);
	(0, import_react.useEffect)(() => {
		let cancelled = false;
		loadBatchRecord().then((record) => {
			if (cancelled) return;
			batch.setPrevious(record);
			setLoaded(record);
			setDeidentify(initialDeidentifyState(record));
		});
		return () => {
			cancelled = true;
		};
	}, [batch]);
	const guard = useLeaveGuard(batch.isSending());
	const manifest = (0, import_react.useMemo)(() => buildManifest(batch.entries), [batch, version]);
	const counts = batch.counts();
	const add = async (files) => {
		setAdding(true);
		try {
			const { files: expanded, damaged } = await expandZips(files);
			await batch.addFiles(expanded, damaged);
		} finally {
			setAdding(false);
		}
	};
	if (loaded === void 0 || !deidentify) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, { "aria-label": t("intake.adding") });
	const previous = batch.previous;
	const deidentifyValid = !deidentify.enabled || !patientNameProblem(deidentify.patientName) && !patientIdProblem(deidentify.patientId);
	const readable = manifest.totals.readable + manifest.totals.reading;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "lg",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LeaveDialog, { guard }),
			previous && previous.notSent.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ResumeNotice, {
				record: previous,
				matched: counts["sent-before"],
				onForget: () => void batch.forget()
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IntakeArea, {
				onFiles: (files) => void add(files),
				disabled: batch.isSending()
			}),
			(adding || counts.reading > 0) && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
				gap: "xs",
				"aria-live": "polite",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Loader, {
					size: "xs",
					"aria-hidden": true
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					"data-testid": "intake-reading",
					children: counts.reading > 0 ? t("intake.reading", {
						done: batch.entries.length - counts.reading,
						total: batch.entries.length
					}) : t("intake.adding")
				})]
			}),
			batch.entries.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ManifestView, { manifest }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FileList, { entries: batch.entries }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "subtle",
					onClick: () => batch.clear(),
					disabled: batch.isSending(),
					children: t("intake.clear")
				}) }),
				readable > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DeidentifyPanel, {
					state: deidentify,
					onChange: (patch) => setDeidentify((current) => current ? {
						...current,
						...patch
					} : current),
					manifest,
					entries: batch.entries,
					client,
					locked: batch.queueSnapshot() !== null
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SendPanel, {
					batch,
					deidentify,
					deidentifyValid,
					initialDestination: previous?.destination ?? null
				})] })
			] })
		]
	});
}
// src/api/postdicom/documents.ts
/**
* Method group "clinical documents": UploadDocumentFiles. Only PDF, JPEG, JPG, PNG, BMP and MP4 files
* (the vendor's rule); other files are refused before calling, with an InputError (codes
* `unsupported-document-type`, `document-too-large`).
*/
var POSTDICOM_DOCUMENT_EXTENSIONS = [
	"pdf",
	"jpeg",
	"jpg",
	"png",
	"bmp",
	"mp4"
];
/** MIME types browsers give those extensions (an empty type is accepted: some systems set none). */
var POSTDICOM_DOCUMENT_MIME_TYPES = {
	pdf: ["application/pdf"],
	jpeg: ["image/jpeg", "image/pjpeg"],
	jpg: ["image/jpeg", "image/pjpeg"],
	png: ["image/png"],
	bmp: [
		"image/bmp",
		"image/x-ms-bmp",
		"image/x-bmp"
	],
	mp4: ["video/mp4"]
};
/**
* Largest document accepted per file. UNCONFIRMED: the vendor's page gives no limit; 100 MB is our
* assumption (the simulation enforces the same). Change it here when the vendor confirms one.
*/
var POSTDICOM_MAX_DOCUMENT_BYTES = 104857600;
function postDicomDocumentExtension(fileName) {
	const dot = fileName.lastIndexOf(".");
	return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}
/** Why a file cannot be sent as a clinical document (its code and message key), or null when it can. */
function postDicomDocumentFileProblem(file) {
	const extension = postDicomDocumentExtension(file.name);
	const file_ = { file: file.name };
	if (!POSTDICOM_DOCUMENT_EXTENSIONS.includes(extension)) return {
		code: "unsupported-document-type",
		message: "validation.fileTypeNotAllowed",
		params: {
			...file_,
			types: "PDF, JPEG, JPG, PNG, BMP, MP4"
		}
	};
	const type = file.type.toLowerCase();
	if (type && !POSTDICOM_DOCUMENT_MIME_TYPES[extension].includes(type)) return {
		code: "unsupported-document-type",
		message: "validation.fileTypeMismatch",
		params: {
			...file_,
			declared: file.type,
			actual: `.${extension}`
		}
	};
	if (file.size === 0) return {
		code: "document-too-large",
		message: "validation.fileEmpty",
		params: file_
	};
	if (file.size > 104857600) return {
		code: "document-too-large",
		message: "validation.fileTooLarge",
		params: {
			...file_,
			megabytes: POSTDICOM_MAX_DOCUMENT_BYTES / 1024 / 1024
		}
	};
	return null;
}
var documentFileSchema = custom((value) => typeof File !== "undefined" && value instanceof File, "validation.fileRequired");
var postDicomUploadDocumentFilesInputSchema = object({
	userUuid: postDicomIdSchema,
	institutionUuid: postDicomIdSchema,
	patientOrderUuid: postDicomIdSchema,
	files: array(documentFileSchema).min(1)
});
/** `UploadDocumentFiles(userUuid, institutionUuid, patientOrderUuid, selectedFiles, callback)`. */
async function uploadPostDicomDocumentFiles(input, options = {}) {
	const v = parsePostDicomInput("UploadDocumentFiles", postDicomUploadDocumentFilesInputSchema, input);
	const problems = v.files.map((file, index) => ({
		index,
		problem: postDicomDocumentFileProblem(file)
	})).filter((entry) => entry.problem !== null);
	const first = problems[0]?.problem;
	if (first) throw new InputError("postdicom", "UploadDocumentFiles", problems.map(({ index, problem }) => ({
		path: `files[${index}]`,
		message: problem?.message ?? "validation.invalid",
		...problem?.params ? { params: problem.params } : {}
	})), first.code);
	return runPostDicomUpload("UploadDocumentFiles", (api, cb) => api.UploadDocumentFiles(v.userUuid, v.institutionUuid, v.patientOrderUuid, v.files, cb), options);
}
// src/features/uploads/documents/DocumentTarget.tsx
/** Where a document goes: a PostDICOM order (found by patient name), a Solo appointment, a Scan.com referral. */
function DocumentTarget({ vendor, onChange, disabled }) {
	if (vendor === "postdicom") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PostDicomOrderTarget, {
		onChange,
		disabled
	});
	if (vendor === "solo") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SoloAppointmentTarget, {
		onChange,
		disabled
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ScanReferralTarget, {
		onChange,
		disabled
	});
}
function PostDicomOrderTarget({ onChange, disabled }) {
	const { t } = useTranslation("uploads");
	const [search, setSearch] = (0, import_react.useState)("");
	const [debounced] = useDebouncedValue(search.trim(), 300);
	const [orderUuid, setOrderUuid] = (0, import_react.useState)(null);
	const userUuid = usePostDicomAccount().data?.UserList[0]?.UserUuid;
	const orders = usePostDicomPatientOrderList({
		userUuid: userUuid ?? "",
		patientName: debounced
	}, { queryConfig: { enabled: Boolean(userUuid) && debounced.length >= 2 } });
	const list = orders.data ?? [];
	(0, import_react.useEffect)(() => {
		const order = list.find((o) => o.PatientOrderUuid === orderUuid);
		onChange(order ? {
			vendor: "postdicom",
			orderUuid: order.PatientOrderUuid,
			institutionUuid: order.PatientOrderInstitutionUuid
		} : null);
	}, [
		list,
		orderUuid,
		onChange
	]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
		cols: {
			base: 1,
			sm: 2
		},
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
				label: t("documents.orderSearch"),
				placeholder: t("documents.orderPlaceholder"),
				value: search,
				onChange: (event) => setSearch(event.currentTarget.value),
				disabled,
				"data-testid": "document-order-search"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
				label: t("documents.order"),
				data: [{
					value: "",
					label: debounced.length >= 2 && orders.isSuccess && list.length === 0 ? t("documents.noOrders") : "—"
				}, ...list.slice(0, 50).map((o) => ({
					value: o.PatientOrderUuid,
					label: [
						o.PatientName.replaceAll("^", " "),
						o.OrderDate,
						o.OrderModality,
						o.AccessionNumber
					].filter(Boolean).join(" · ")
				}))],
				value: orderUuid ?? "",
				onChange: (event) => setOrderUuid(event.currentTarget.value || null),
				disabled: disabled || list.length === 0,
				"data-testid": "document-order"
			}),
			orders.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: orders.error,
				onRetry: () => void orders.refetch()
			})
		]
	});
}
function SoloAppointmentTarget({ onChange, disabled }) {
	const { t } = useTranslation("uploads");
	const [id, setId] = (0, import_react.useState)("");
	(0, import_react.useEffect)(() => onChange(id.trim() ? {
		vendor: "solo",
		appointmentId: id.trim()
	} : null), [id, onChange]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
		label: t("documents.appointment"),
		value: id,
		onChange: (event) => setId(event.currentTarget.value),
		disabled,
		maw: 320,
		"data-testid": "document-appointment"
	});
}
function ScanReferralTarget({ onChange, disabled }) {
	const { t } = useTranslation("uploads");
	const session = useScanSession();
	const createUser = useCreateScanUser();
	const referrals = useScanReferrals({ queryConfig: { enabled: session.active } });
	const [referral, setReferral] = (0, import_react.useState)(null);
	const [person, setPerson] = (0, import_react.useState)({
		first: "",
		last: "",
		email: ""
	});
	(0, import_react.useEffect)(() => onChange(referral ? {
		vendor: "scan",
		referralId: Number(referral)
	} : null), [referral, onChange]);
	if (!session.active) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("documents.scanSession")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(SimpleGrid, {
				cols: {
					base: 1,
					sm: 3
				},
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						label: t("documents.scanFirstName"),
						value: person.first,
						onChange: (e) => setPerson({
							...person,
							first: e.currentTarget.value
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						label: t("documents.scanLastName"),
						value: person.last,
						onChange: (e) => setPerson({
							...person,
							last: e.currentTarget.value
						})
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
						label: t("documents.scanEmail"),
						type: "email",
						value: person.email,
						onChange: (e) => setPerson({
							...person,
							email: e.currentTarget.value
						})
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				variant: "default",
				loading: createUser.isPending,
				disabled: disabled || !person.first || !person.last || !person.email,
				onClick: () => createUser.mutate({
					first_name: person.first,
					last_name: person.last,
					email: person.email
				}),
				children: t("documents.scanStart")
			}) }),
			createUser.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, { error: createUser.error })
		]
	});
	const list = referrals.data ?? [];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
		gap: "xs",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NativeSelect, {
				label: t("documents.referral"),
				data: [{
					value: "",
					label: "—"
				}, ...list.map((r) => ({
					value: String(r.id),
					label: `#${r.id}`
				}))],
				value: referral ?? "",
				onChange: (event) => setReferral(event.currentTarget.value || null),
				disabled: disabled || list.length === 0,
				maw: 320
			}),
			referrals.isSuccess && list.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
				variant: "light",
				children: t("documents.noReferrals")
			}),
			referrals.isError && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ErrorAlert, {
				error: referrals.error,
				onRetry: () => void referrals.refetch()
			})
		]
	});
}
// src/features/uploads/documents/document-rules.ts
var DOCUMENT_RULES = {
	postdicom: {
		allowed: [
			"pdf",
			"jpeg",
			"png",
			"bmp",
			"mp4"
		],
		maxBytes: POSTDICOM_MAX_DOCUMENT_BYTES,
		extensionMustMatch: true,
		needsName: true
	},
	solo: {
		allowed: [
			"pdf",
			"png",
			"jpeg"
		],
		maxBytes: SOLO_ATTACHMENT_MAX_BYTES,
		extensionMustMatch: true,
		needsName: true
	},
	scan: {
		allowed: null,
		maxBytes: SCAN_MAX_DOCUMENT_BYTES,
		extensionMustMatch: false,
		needsName: false
	}
};
/** The first bytes of a file, enough to tell its type. */
async function sniffFile(file) {
	return sniffDocumentType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
}
function mebibytes(bytes) {
	return `${Math.round(bytes / 1024 / 1024)} MB`;
}
/** Why `vendor` would refuse this file (translation keys), in the order the user should fix them; [] when it can go. */
function documentProblems(vendor, file) {
	const rules = DOCUMENT_RULES[vendor];
	const problems = [];
	if (rules.needsName && !file.name.trim()) problems.push({ key: "documents.problem.noName" });
	if (file.size === 0) return [...problems, { key: "documents.problem.empty" }];
	if (file.size > rules.maxBytes) problems.push({
		key: "documents.problem.tooLarge",
		params: { limit: mebibytes(rules.maxBytes) }
	});
	if (rules.allowed) {
		const allowed = rules.allowed.join(", ");
		if (!file.type) problems.push({
			key: "documents.problem.unknownType",
			params: { allowed }
		});
		else if (!rules.allowed.includes(file.type)) problems.push({
			key: "documents.problem.notAllowed",
			params: {
				actual: file.type,
				allowed
			}
		});
	}
	if (rules.extensionMustMatch && file.type && file.name.trim()) {
		if (documentTypeOfName(file.name) !== file.type) problems.push({
			key: "documents.problem.extensionMismatch",
			params: {
				extension: fileExtension(file.name) || "—",
				actual: file.type
			}
		});
	}
	return problems;
}
// src/features/uploads/documents/DocumentUploads.tsx
var VENDORS = [
	"postdicom",
	"solo",
	"scan"
];
var nextId = 1;
/** Documents to a PostDICOM order, a Solo appointment or a Scan.com referral, each checked against its vendor's rules. */
function DocumentUploads() {
	const { t, i18n } = useTranslation("uploads");
	const { t: tc } = useTranslation();
	const [vendor, setVendor] = (0, import_react.useState)("postdicom");
	const [target, setTarget] = (0, import_react.useState)(null);
	const [files, setFiles] = (0, import_react.useState)([]);
	const [sending, setSending] = (0, import_react.useState)(false);
	const input = (0, import_react.useRef)(null);
	const account = usePostDicomAccount({ queryConfig: { enabled: vendor === "postdicom" } });
	const choose = async (list) => {
		const chosen = await Promise.all(Array.from(list).map(async (file) => ({
			id: nextId++,
			file,
			name: file.name,
			type: await sniffFile(file),
			status: "ready",
			error: null
		})));
		setFiles((current) => [...current.filter((f) => f.status !== "sent"), ...chosen]);
	};
	const problemsOf = (chosen) => documentProblems(vendor, {
		name: chosen.name,
		size: chosen.file.size,
		type: chosen.type
	});
	const describe = (reason) => {
		const params = {
			...reason.params,
			vendor: t(`documents.vendors.${vendor}`)
		};
		const typeName = (type) => t(`documents.types.${type}`);
		if (typeof params.actual === "string") params.actual = typeName(params.actual);
		if (typeof params.allowed === "string") params.allowed = params.allowed.split(", ").map(typeName).join(", ");
		return t(reason.key, params);
	};
	const sendOne = async (chosen, to) => {
		const file = new File([chosen.file], chosen.name.trim() || "document", { type: chosen.type ? documentMimeTypes[chosen.type] : chosen.file.type });
		if (to.vendor === "postdicom") await uploadPostDicomDocumentFiles({
			userUuid: account.data?.UserList[0]?.UserUuid ?? "",
			institutionUuid: to.institutionUuid,
			patientOrderUuid: to.orderUuid,
			files: [file]
		});
		else if (to.vendor === "solo") await uploadSoloAttachment({
			appointmentId: to.appointmentId,
			file,
			fileName: file.name
		});
		else await uploadScanDocument(to.referralId, file, { fileName: file.name });
	};
	const send = async () => {
		if (!target) return;
		setSending(true);
		for (const chosen of files) {
			if (chosen.status === "sent" || problemsOf(chosen).length > 0) continue;
			setFiles((current) => current.map((f) => f.id === chosen.id ? {
				...f,
				status: "sending"
			} : f));
			try {
				await sendOne(chosen, target);
				setFiles((current) => current.map((f) => f.id === chosen.id ? {
					...f,
					status: "sent",
					error: null
				} : f));
			} catch (error) {
				setFiles((current) => current.map((f) => f.id === chosen.id ? {
					...f,
					status: "failed",
					error
				} : f));
			}
		}
		setSending(false);
	};
	const sendable = files.filter((f) => f.status !== "sent" && problemsOf(f).length === 0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
		withBorder: true,
		p: "md",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
			gap: "sm",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
					order: 2,
					children: t("documents.title")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					children: t("documents.intro")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio.Group, {
					label: t("documents.vendor"),
					value: vendor,
					onChange: (value) => {
						setVendor(value);
						setTarget(null);
					},
					"data-testid": "document-vendor",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Group, {
						mt: 4,
						gap: "md",
						children: VENDORS.map((value) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Radio, {
							value,
							label: t(`documents.vendors.${value}`),
							disabled: sending
						}, value))
					})
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					"data-testid": "document-rules",
					children: t(`documents.rules.${vendor}`)
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DocumentTarget, {
					vendor,
					onChange: setTarget,
					disabled: sending
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					variant: "default",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconPaperclip, {
						size: 16,
						"aria-hidden": true
					}),
					onClick: () => input.current?.click(),
					disabled: sending,
					children: t("documents.choose")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					ref: input,
					type: "file",
					multiple: true,
					hidden: true,
					"data-testid": "document-files",
					"aria-label": t("documents.choose"),
					onChange: (event) => {
						if (event.target.files) choose(event.target.files);
						event.target.value = "";
					}
				})] }),
				files.map((chosen) => {
					const problems = problemsOf(chosen);
					return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Paper, {
						withBorder: true,
						p: "sm",
						"data-testid": "document-row",
						"data-status": problems.length ? "refused" : chosen.status,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, {
							gap: 6,
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
									justify: "space-between",
									wrap: "wrap",
									children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
										size: "sm",
										fw: 600,
										style: { wordBreak: "break-all" },
										children: chosen.file.name
									}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
										gap: "xs",
										children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Text, {
											size: "xs",
											c: "dimmed",
											children: [
												chosen.type ? t(`documents.types.${chosen.type}`) : t("documents.types.other"),
												" ·",
												" ",
												formatBytes(chosen.file.size, i18n.language)
											]
										}), chosen.status === "sent" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
											color: "teal.9",
											variant: "filled",
											children: t("documents.sent", { name: chosen.name })
										})]
									})]
								}),
								vendor !== "scan" && chosen.status !== "sent" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextInput, {
									size: "xs",
									label: t("documents.fileName"),
									value: chosen.name,
									onChange: (event) => {
										const name = event.currentTarget.value;
										setFiles((current) => current.map((f) => f.id === chosen.id ? {
											...f,
											name
										} : f));
									},
									disabled: sending
								}),
								problems.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Alert, {
									color: "red",
									variant: "light",
									p: "xs",
									"data-testid": "document-problems",
									children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
										size: "sm",
										fw: 600,
										children: t("documents.refused", { name: chosen.file.name })
									}), problems.map((problem) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
										size: "sm",
										children: describe(problem)
									}, problem.key))]
								}),
								chosen.status === "failed" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alert, {
									color: "red",
									variant: "light",
									p: "xs",
									role: "alert",
									children: describeError(tc, chosen.error)
								})
							]
						})
					}, chosen.id);
				}),
				files.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconSend, {
						size: 16,
						"aria-hidden": true
					}),
					onClick: () => void send(),
					disabled: !target || sendable.length === 0 || sending,
					loading: sending,
					"data-testid": "document-send",
					children: t("documents.send")
				}), !target && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
					size: "sm",
					c: "dimmed",
					children: t("documents.targetRequired")
				})] })
			]
		})
	});
}
// src/features/uploads/UploadsPage.tsx
var UploadsPage_exports = /* @__PURE__ */ __exportAll({ default: () => UploadsPage });
function UploadsPage() {
	const { t } = useTranslation("uploads");
	useDocumentTitle(t("title"));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Title, {
		order: 1,
		children: t("title")
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Tabs, {
		defaultValue: "dicom",
		keepMounted: true,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Tabs.List, {
				"aria-label": t("tabs.label"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
					value: "dicom",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconStack2, {
						size: 16,
						"aria-hidden": true
					}),
					children: t("tabs.dicom")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Tab, {
					value: "documents",
					leftSection: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconFileText, {
						size: 16,
						"aria-hidden": true
					}),
					children: t("tabs.documents")
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
				value: "dicom",
				pt: "md",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DicomUploads, {})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tabs.Panel, {
				value: "documents",
				pt: "md",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DocumentUploads, {})
			})
		]
	})] });
}
export { deflateSync as a, DicomReadError as c, UploadsPage as default, Inflate as i, parserReason as l, pseudonymFor as n, inflateSync as o, remapUid as r, DeidentifyError as s, UploadsPage_exports as t, serializeDicomError as u };
