// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
// node_modules/comlink/dist/esm/comlink.mjs
/**
* @license
* Copyright 2019 Google LLC
* SPDX-License-Identifier: Apache-2.0
*/
const proxyMarker = Symbol("Comlink.proxy");
const createEndpoint = Symbol("Comlink.endpoint");
const releaseProxy = Symbol("Comlink.releaseProxy");
const finalizer = Symbol("Comlink.finalizer");
const throwMarker = Symbol("Comlink.thrown");
const isObject = (val) => typeof val === "object" && val !== null || typeof val === "function";
/**
* Allows customizing the serialization of certain values.
*/
const transferHandlers = /* @__PURE__ */ new Map([["proxy", {
	canHandle: (val) => isObject(val) && val[proxyMarker],
	serialize(obj) {
		const { port1, port2 } = new MessageChannel();
		expose(obj, port1);
		return [port2, [port2]];
	},
	deserialize(port) {
		port.start();
		return wrap(port);
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
function wrap(ep, target) {
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
const proxyCounter = /* @__PURE__ */ new WeakMap();
const proxyFinalizers = "FinalizationRegistry" in globalThis && new FinalizationRegistry((ep) => {
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
const transferCache = /* @__PURE__ */ new WeakMap();
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
// src/lib/dicom/errors.ts
const READ_MESSAGES = {
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
const DEIDENTIFY_MESSAGES = {
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
// src/lib/dicom/burned-in.ts
/**
* Burned-in text: identifying text drawn into the pixels, which no tag rewriting removes.
*
* A file is flagged when any of these holds (the page then warns that the pixels must be checked by eye):
* - Burned In Annotation (0028,0301) is YES;
* - it is an encapsulated document (PDF, CDA, STL…, SOP classes 1.2.840.10008.5.1.4.1.1.104.*): the document is
*   passed through as it is;
* - it is a Secondary Capture (SOP classes 1.2.840.10008.5.1.4.1.1.7*): screenshots of other systems;
* - its modality is one that routinely carries text in the image, even when (0028,0301) says NO (devices
*   are known to set it wrongly): US and IVUS (patient banner on the screen), SC, XC (external camera),
*   OT (other: often scanned paper), ES (endoscopy overlays), GM and SM (microscopy: slide labels),
*   DOC (documents), OP and OPT (ophthalmic photography, OCT: report-style screens), XA and RF (fluoroscopy
*   overlays with name and date), ECG is not listed (waveform, no pixels).
* A file without pixel data and not a document is never flagged.
*/
const BURNED_IN_TEXT_MODALITIES = [
	"US",
	"IVUS",
	"SC",
	"XC",
	"OT",
	"ES",
	"GM",
	"SM",
	"DOC",
	"OP",
	"OPT",
	"XA",
	"RF"
];
/** Why the pixels (or the embedded document) may show identifying text, or null. */
function burnedInTextReason(input) {
	if (input.sopClassUid.startsWith("1.2.840.10008.5.1.4.1.1.104.")) return "encapsulated-document";
	if (!input.hasPixelData) return null;
	if (input.burnedInAnnotation.toUpperCase() === "YES") return "burned-in-annotation";
	if (input.sopClassUid.startsWith("1.2.840.10008.5.1.4.1.1.7")) return "secondary-capture";
	const modality = input.modality.toUpperCase();
	if (BURNED_IN_TEXT_MODALITIES.includes(modality)) return `modality:${modality}`;
	return null;
}
// src/lib/dicom/charset-tables.ts
const single = (term, g1, g0 = "ascii") => ({
	term,
	kind: "single",
	g0,
	g1
});
const extended = (term, g1, g0 = "ascii") => ({
	term,
	kind: "iso2022",
	g0,
	g1
});
/** ISO 8859 part (or TIS-620) of each "IR" number with a single-byte upper half. */
const UPPER_HALVES = {
	"100": "iso-8859-1",
	"101": "iso-8859-2",
	"109": "iso-8859-3",
	"110": "iso-8859-4",
	"144": "iso-8859-5",
	"127": "iso-8859-6",
	"126": "iso-8859-7",
	"138": "iso-8859-8",
	"148": "iso-8859-9",
	"203": "iso-8859-15",
	"166": "tis-620"
};
const CHARSET_TERMS = [
	single("ISO_IR 6", null),
	...Object.entries(UPPER_HALVES).map(([ir, g1]) => single(`ISO_IR ${ir}`, g1)),
	single("ISO_IR 13", "jis-katakana", "jis-roman"),
	extended("ISO 2022 IR 6", null),
	...Object.entries(UPPER_HALVES).map(([ir, g1]) => extended(`ISO 2022 IR ${ir}`, g1)),
	extended("ISO 2022 IR 13", "jis-katakana", "jis-roman"),
	extended("ISO 2022 IR 87", null),
	extended("ISO 2022 IR 159", null),
	extended("ISO 2022 IR 149", "ks-x1001"),
	extended("ISO 2022 IR 58", "gb2312"),
	{
		term: "ISO_IR 192",
		kind: "unicode",
		g0: "ascii",
		g1: null,
		label: "utf-8"
	},
	{
		term: "GB18030",
		kind: "unicode",
		g0: "ascii",
		g1: null,
		label: "gb18030"
	},
	{
		term: "GBK",
		kind: "unicode",
		g0: "ascii",
		g1: null,
		label: "gbk"
	}
];
/** Spellings met in files that do not follow the standard, mapped to the defined term. */
const ALIASES = {
	"UTF-8": "ISO_IR 192",
	UTF8: "ISO_IR 192",
	"ISO-IR 192": "ISO_IR 192",
	GB2312: "ISO 2022 IR 58",
	"ISO-8859-1": "ISO_IR 100",
	LATIN1: "ISO_IR 100"
};
const BY_KEY = /* @__PURE__ */ new Map();
const keyOf = (term) => term.toUpperCase().replace(/[\s_-]+/g, " ").trim();
for (const term of CHARSET_TERMS) BY_KEY.set(keyOf(term.term), term);
for (const [alias, term] of Object.entries(ALIASES)) {
	const target = BY_KEY.get(keyOf(term));
	if (target) BY_KEY.set(keyOf(alias), target);
}
/** The defined term a value of (0008,0005) names (tolerating `ISO-IR 100`, `ISO_IR_100`…), or null. */
function lookupCharsetTerm(value) {
	const key = keyOf(value);
	if (key === "") return BY_KEY.get("ISO IR 6") ?? null;
	return BY_KEY.get(key) ?? null;
}
const upper = (final, element) => ({
	bytes: [45, final.charCodeAt(0)],
	target: "g1",
	element
});
const ESCAPE_SEQUENCES = [
	{
		bytes: [40, 66],
		target: "g0",
		element: "ascii"
	},
	{
		bytes: [40, 74],
		target: "g0",
		element: "jis-roman"
	},
	{
		bytes: [41, 73],
		target: "g1",
		element: "jis-katakana"
	},
	{
		bytes: [36, 66],
		target: "g0",
		element: "jis-x0208"
	},
	{
		bytes: [36, 64],
		target: "g0",
		element: "jis-x0208"
	},
	{
		bytes: [
			36,
			40,
			68
		],
		target: "g0",
		element: "jis-x0212"
	},
	{
		bytes: [
			36,
			41,
			67
		],
		target: "g1",
		element: "ks-x1001"
	},
	{
		bytes: [
			36,
			41,
			65
		],
		target: "g1",
		element: "gb2312"
	},
	upper("A", "iso-8859-1"),
	upper("B", "iso-8859-2"),
	upper("C", "iso-8859-3"),
	upper("D", "iso-8859-4"),
	upper("L", "iso-8859-5"),
	upper("G", "iso-8859-6"),
	upper("F", "iso-8859-7"),
	upper("H", "iso-8859-8"),
	upper("M", "iso-8859-9"),
	upper("b", "iso-8859-15"),
	upper("T", "tis-620")
];
/** Two-byte code elements (94×94 sets). */
const TWO_BYTE = /* @__PURE__ */ new Set([
	"jis-x0208",
	"jis-x0212",
	"ks-x1001",
	"gb2312"
]);
// src/lib/dicom/charset.ts
const DEFAULT_TERM = lookupCharsetTerm("");
/** Reads (0008,0005): `values` are its values as bytes-as-text (the element itself is always ASCII). */
function characterSetOf(raw) {
	const text = (raw ?? "").replace(/\0/g, "").trim();
	const values = text === "" ? [] : text.split("\\").map((value) => value.trim());
	const unsupported = [];
	let initial = DEFAULT_TERM;
	values.forEach((value, index) => {
		const term = lookupCharsetTerm(value);
		if (!term) unsupported.push(value);
		else if (index === 0) initial = term;
	});
	return {
		raw: values.join("\\"),
		declared: values.length > 0,
		initial,
		unsupported
	};
}
characterSetOf("");
/** The VRs whose values Specific Character Set applies to. */
const TEXT_VRS = /* @__PURE__ */ new Set([
	"SH",
	"LO",
	"ST",
	"LT",
	"PN",
	"UC",
	"UT"
]);
/** Text VRs that hold one value, where `\` is a character and not a delimiter. */
const SINGLE_VALUE_VRS = /* @__PURE__ */ new Set([
	"ST",
	"LT",
	"UT",
	"UR"
]);
const decoders = /* @__PURE__ */ new Map();
function decoderFor(label) {
	let decoder = decoders.get(label);
	if (!decoder) {
		decoder = new TextDecoder(label);
		decoders.set(label, decoder);
	}
	return decoder;
}
function isAsciiOnly(bytes) {
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		if (byte >= 128 || byte === 27) return false;
	}
	return true;
}
function ascii(bytes) {
	let text = "";
	for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return text;
}
/** The decoder of a run of bytes under designations G0/G1 (after the EUC transform of the Japanese sets). */
function labelFor(g0, g1) {
	if (g0 === "jis-x0208" || g0 === "jis-x0212" || g1 === "jis-katakana") return "euc-jp";
	switch (g1) {
		case null: return "ascii";
		case "ks-x1001": return "euc-kr";
		case "gb2312": return "gbk";
		case "tis-620": return "windows-874";
		default: return g1;
	}
}
function matchEscape(bytes, at) {
	for (const sequence of ESCAPE_SEQUENCES) if (sequence.bytes.every((byte, i) => bytes[at + i] === byte)) return sequence;
	return null;
}
function isReset(byte, vr) {
	if (byte < 32 && byte !== 27) return true;
	if (byte === 92) return !SINGLE_VALUE_VRS.has(vr);
	if (vr === "PN") return byte === 94 || byte === 61;
	return false;
}
/** ISO 2022 state machine: one value, escapes honoured, designations reset at delimiters. */
function decodeExtended(bytes, initial, vr, problems) {
	let g0 = initial.g0;
	let g1 = initial.g1;
	let out = "";
	let run = [];
	const flush = () => {
		if (run.length === 0) return;
		const label = labelFor(g0, g1);
		if (label === "ascii") for (const byte of run) out += byte < 128 ? String.fromCharCode(byte) : "�";
		else out += decoderFor(label).decode(Uint8Array.from(run));
		run = [];
	};
	const invalid = () => {
		flush();
		out += "�";
		problems.add("invalid");
	};
	let i = 0;
	while (i < bytes.length) {
		const byte = bytes[i];
		if (byte === 27) {
			const sequence = matchEscape(bytes, i + 1);
			flush();
			if (sequence) {
				if (sequence.target === "g0") g0 = sequence.element;
				else g1 = sequence.element;
				i += 1 + sequence.bytes.length;
			} else {
				problems.add("unknown-escape");
				out += "�";
				i += 1;
				while (i < bytes.length && bytes[i] >= 32 && bytes[i] <= 47) i += 1;
				if (i < bytes.length) i += 1;
			}
			continue;
		}
		if (byte < 128) {
			if (TWO_BYTE.has(g0) && byte >= 33 && byte <= 126) {
				const next = bytes[i + 1];
				if (next === void 0 || next < 33 || next > 126) {
					invalid();
					i += 1;
					continue;
				}
				if (g0 === "jis-x0212") run.push(143);
				run.push(byte | 128, next | 128);
				i += 2;
				continue;
			}
			if (isReset(byte, vr)) {
				flush();
				out += String.fromCharCode(byte);
				g0 = initial.g0;
				g1 = initial.g1;
				i += 1;
				continue;
			}
			run.push(byte);
			i += 1;
			continue;
		}
		if (g1 === null || byte < 160) {
			invalid();
			i += 1;
		} else if (TWO_BYTE.has(g1)) {
			const next = bytes[i + 1];
			if (next === void 0 || next < 161) {
				invalid();
				i += 1;
			} else {
				run.push(byte, next);
				i += 2;
			}
		} else if (g1 === "jis-katakana") {
			if (byte > 223) invalid();
			else run.push(142, byte);
			i += 1;
		} else {
			run.push(byte);
			i += 1;
		}
	}
	flush();
	if (out.includes("�")) problems.add("invalid");
	return out;
}
function isValidUtf8(bytes) {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
/** No (0008,0005) but bytes above 0x7F: what the sender most likely meant, and how sure that is. */
function decodeUndeclared(bytes, problems) {
	let isolatedLatin = true;
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		if (byte < 128) continue;
		const next = bytes[i + 1] ?? 0;
		if (byte < 192 || byte === 215 || byte === 247 || next >= 128) isolatedLatin = false;
	}
	if (isValidUtf8(bytes)) {
		problems.add("undeclared-utf8");
		return new TextDecoder("utf-8").decode(bytes);
	}
	if (isolatedLatin) {
		problems.add("undeclared-latin1");
		return decoderFor("iso-8859-1").decode(bytes);
	}
	problems.add("undeclared");
	return decodeExtended(bytes, DEFAULT_TERM, "LO", /* @__PURE__ */ new Set());
}
/**
* The Unicode text of one element's value bytes (all its values, still joined by `\`). Padding (trailing
* spaces and NULs) is removed. `problems` collects what went wrong, for `charsetWarnings`.
*/
function decodeDicomText(bytes, charset, vr, problems = /* @__PURE__ */ new Set()) {
	let text;
	if (isAsciiOnly(bytes)) text = ascii(bytes);
	else if (!charset.declared) text = decodeUndeclared(bytes, problems);
	else if (charset.initial.kind === "unicode" && charset.initial.label) {
		text = decoderFor(charset.initial.label).decode(bytes);
		if (text.includes("�")) problems.add("invalid");
	} else text = decodeExtended(bytes, charset.initial, vr, problems);
	return text.replace(/[\0 ]+$/, "");
}
/** File-level warnings for the problems met while decoding text in `charset`. */
function charsetWarnings(charset, problems) {
	const warnings = charset.unsupported.map((term) => `charset-unsupported:${term}`);
	if (problems.has("invalid") && charset.unsupported.length === 0) warnings.push(`charset-invalid-bytes:${charset.raw || "ISO_IR 6"}`);
	if (problems.has("unknown-escape")) warnings.push("charset-unknown-escape");
	if (problems.has("undeclared-latin1")) warnings.push("charset-undeclared-latin1");
	if (problems.has("undeclared-utf8")) warnings.push("charset-undeclared-utf8");
	if (problems.has("undeclared")) warnings.push("charset-undeclared");
	return warnings;
}
// src/lib/dicom/dates.ts
/**
* DICOM dates (DA `YYYYMMDD`; old ACR-NEMA files write `YYYY.MM.DD`) and date-times (DT
* `YYYYMMDDHHMMSS.FFFFFF&ZZXX`, any trailing part optional), read leniently and shifted by whole days.
*/
const DA = /^(\d{4})\.?(\d{2})\.?(\d{2})$/;
/** `YYYYMMDD` of a DA value in either form; '' when it is not a date. */
function normalizeDicomDate(value) {
	const match = DA.exec(value.trim());
	if (!match) return "";
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return "";
	return `${year}${month}${day}`;
}
function formatUtcDate(date) {
	const pad = (n, width = 2) => String(n).padStart(width, "0");
	return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}
/** A DA value moved by `days` (calendar days, in UTC: no time zone or DST involved). '' when unreadable. */
function shiftDicomDate(value, days) {
	const normalized = normalizeDicomDate(value);
	if (!normalized) return "";
	const date = new Date(Date.UTC(Number(normalized.slice(0, 4)), Number(normalized.slice(4, 6)) - 1, Number(normalized.slice(6))));
	date.setUTCDate(date.getUTCDate() + days);
	return formatUtcDate(date);
}
/** A DT value with its date part moved by `days`, the rest kept; a year-only or year-month DT keeps its precision. */
function shiftDicomDateTime(value, days) {
	const text = value.trim();
	const match = /^(\d{8})(.*)$/.exec(text);
	if (!match) {
		const partial = /^(\d{4})(\d{2})?$/.exec(text);
		if (!partial) return "";
		const shifted = shiftDicomDate(`${partial[1]}${partial[2] ?? "07"}15`, days);
		return partial[2] ? shifted.slice(0, 6) : shifted.slice(0, 4);
	}
	const date = shiftDicomDate(match[1], days);
	return date ? date + (match[2] ?? "") : "";
}
// __vite-browser-external
var require___vite_browser_external = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {};
}));
// node_modules/dicom-parser/dist/dicomParser.min.js
var require_dicomParser_min = /* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	/*! dicom-parser - 1.8.12 - 2023-02-20 | (c) 2017 Chris Hafey | https://github.com/cornerstonejs/dicomParser */
	(function(e, t) {
		"object" == typeof exports && "object" == typeof module ? module.exports = t(require___vite_browser_external()) : "function" == typeof define && define.amd ? define("dicom-parser", ["zlib"], t) : "object" == typeof exports ? exports["dicom-parser"] = t(require___vite_browser_external()) : e.dicomParser = t(e.zlib);
	})(this$1, function(r) {
		return a = [function(e, t) {
			e.exports = r;
		}, function(e, t, s) {
			"use strict";
			s.r(t), s.d(t, "isStringVr", function() {
				return d;
			}), s.d(t, "isPrivateTag", function() {
				return f;
			}), s.d(t, "parsePN", function() {
				return a;
			}), s.d(t, "parseTM", function() {
				return n;
			}), s.d(t, "parseDA", function() {
				return o;
			}), s.d(t, "explicitElementToString", function() {
				return l;
			}), s.d(t, "explicitDataSetToJS", function() {
				return u;
			}), s.d(t, "createJPEGBasicOffsetTable", function() {
				return p;
			}), s.d(t, "parseDicomDataSetExplicit", function() {
				return q;
			}), s.d(t, "parseDicomDataSetImplicit", function() {
				return T;
			}), s.d(t, "readFixedString", function() {
				return b;
			}), s.d(t, "alloc", function() {
				return k;
			}), s.d(t, "version", function() {
				return L;
			}), s.d(t, "bigEndianByteArrayParser", function() {
				return N;
			}), s.d(t, "ByteStream", function() {
				return J;
			}), s.d(t, "sharedCopy", function() {
				return j;
			}), s.d(t, "DataSet", function() {
				return w;
			}), s.d(t, "findAndSetUNElementLength", function() {
				return y;
			}), s.d(t, "findEndOfEncapsulatedElement", function() {
				return g;
			}), s.d(t, "findItemDelimitationItemAndSetElementLength", function() {
				return x;
			}), s.d(t, "littleEndianByteArrayParser", function() {
				return M;
			}), s.d(t, "parseDicom", function() {
				return V;
			}), s.d(t, "readDicomElementExplicit", function() {
				return B;
			}), s.d(t, "readDicomElementImplicit", function() {
				return A;
			}), s.d(t, "readEncapsulatedImageFrame", function() {
				return W;
			}), s.d(t, "readEncapsulatedPixelData", function() {
				return K;
			}), s.d(t, "readEncapsulatedPixelDataFromFragments", function() {
				return _;
			}), s.d(t, "readPart10Header", function() {
				return G;
			}), s.d(t, "readSequenceItemsExplicit", function() {
				return I;
			}), s.d(t, "readSequenceItemsImplicit", function() {
				return F;
			}), s.d(t, "readSequenceItem", function() {
				return S;
			}), s.d(t, "readTag", function() {
				return h;
			});
			var r = {
				AE: !0,
				AS: !0,
				AT: !1,
				CS: !0,
				DA: !0,
				DS: !0,
				DT: !0,
				FL: !1,
				FD: !1,
				IS: !0,
				LO: !0,
				LT: !0,
				OB: !1,
				OD: !1,
				OF: !1,
				OW: !1,
				PN: !0,
				SH: !0,
				SL: !1,
				SQ: !1,
				SS: !1,
				ST: !0,
				TM: !0,
				UI: !0,
				UL: !1,
				UN: void 0,
				UR: !0,
				US: !1,
				UT: !0
			}, d = function(e) {
				return r[e];
			}, f = function(e) {
				e = parseInt(e[4], 16);
				if (isNaN(e)) throw "dicomParser.isPrivateTag: cannot parse last character of group";
				return e % 2 == 1;
			}, a = function(e) {
				if (void 0 !== e) {
					e = e.split("^");
					return {
						familyName: e[0],
						givenName: e[1],
						middleName: e[2],
						prefix: e[3],
						suffix: e[4]
					};
				}
			};
			function n(e, t) {
				if (2 <= e.length) {
					var r = parseInt(e.substring(0, 2), 10), a = 4 <= e.length ? parseInt(e.substring(2, 4), 10) : void 0, n = 6 <= e.length ? parseInt(e.substring(4, 6), 10) : void 0, i = 8 <= e.length ? e.substring(7, 13) : void 0, i = i ? parseInt(i, 10) * Math.pow(10, 6 - i.length) : void 0;
					if (t && (isNaN(r) || void 0 !== a && isNaN(a) || void 0 !== n && isNaN(n) || void 0 !== i && isNaN(i) || r < 0 || 23 < r || a && (a < 0 || 59 < a) || n && (n < 0 || 59 < n) || i && (i < 0 || 999999 < i))) throw "invalid TM '".concat(e, "'");
					return {
						hours: r,
						minutes: a,
						seconds: n,
						fractionalSeconds: i
					};
				}
				if (t) throw "invalid TM '".concat(e, "'");
			}
			function i(e, t, r) {
				return !isNaN(r) && 0 < t && t <= 12 && 0 < e && e <= function(e, t) {
					switch (e) {
						case 2: return t % 4 == 0 && t % 100 || t % 400 == 0 ? 29 : 28;
						case 9:
						case 4:
						case 6:
						case 11: return 30;
						default: return 31;
					}
				}(t, r);
			}
			function o(e, t) {
				if (e && 8 === e.length) {
					var r = parseInt(e.substring(0, 4), 10), a = parseInt(e.substring(4, 6), 10), n = parseInt(e.substring(6, 8), 10);
					if (t && !0 !== i(n, a, r)) throw "invalid DA '".concat(e, "'");
					return {
						year: r,
						month: a,
						day: n
					};
				}
				if (t) throw "invalid DA '".concat(e, "'");
			}
			function l(n, e) {
				if (void 0 === n || void 0 === e) throw "dicomParser.explicitElementToString: missing required parameters";
				if (void 0 === e.vr) throw "dicomParser.explicitElementToString: cannot convert implicit element to string";
				var t, r = e.vr, i = e.tag;
				function a(e, t) {
					for (var r = "", a = 0; a < e; a++) 0 !== a && (r += "/"), r += t.call(n, i, a).toString();
					return r;
				}
				if (!0 === d(r)) t = n.string(i);
				else {
					if ("AT" === r) {
						var o = n.uint32(i);
						return void 0 === o ? void 0 : "x".concat((o = o < 0 ? 4294967295 + o + 1 : o).toString(16).toUpperCase());
					}
					"US" === r ? t = a(e.length / 2, n.uint16) : "SS" === r ? t = a(e.length / 2, n.int16) : "UL" === r ? t = a(e.length / 4, n.uint32) : "SL" === r ? t = a(e.length / 4, n.int32) : "FD" === r ? t = a(e.length / 8, n.double) : "FL" === r && (t = a(e.length / 4, n.float));
				}
				return t;
			}
			function u(e, t) {
				if (void 0 === e) throw "dicomParser.explicitDataSetToJS: missing required parameter dataSet";
				t = t || {
					omitPrivateAttibutes: !0,
					maxElementLength: 128
				};
				var r, a = {};
				for (r in e.elements) {
					var n = e.elements[r];
					if (!0 !== t.omitPrivateAttibutes || !f(r)) if (n.items) {
						for (var i = [], o = 0; o < n.items.length; o++) i.push(u(n.items[o].dataSet, t));
						a[r] = i;
					} else {
						var s = void 0;
						n.length < t.maxElementLength && (s = l(e, n)), a[r] = void 0 !== s ? s : {
							dataOffset: n.dataOffset,
							length: n.length
						};
					}
				}
				return a;
			}
			function c(e, t) {
				return 255 === e.byteArray[t] && 217 === e.byteArray[t + 1];
			}
			function m(e, t, r) {
				for (var a, n, i = r; i < t.fragments.length; i++) if (a = e, n = i, n = t.fragments[n], !(!c(a, n.position + n.length - 2) && !c(a, n.position + n.length - 3))) return i;
			}
			function p(e, t, r) {
				if (void 0 === e) throw "dicomParser.createJPEGBasicOffsetTable: missing required parameter dataSet";
				if (void 0 === t) throw "dicomParser.createJPEGBasicOffsetTable: missing required parameter pixelDataElement";
				if ("x7fe00010" !== t.tag) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'pixelDataElement' refers to non pixel data tag (expected tag = x7fe00010'";
				if (!0 !== t.encapsulatedPixelData) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (!0 !== t.hadUndefinedLength) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (void 0 === t.basicOffsetTable) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (void 0 === t.fragments) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (t.fragments.length <= 0) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (r && r.length <= 0) throw "dicomParser.createJPEGBasicOffsetTable: parameter 'fragments' must not be zero length";
				r = r || t.fragments;
				for (var a = [], n = 0;;) {
					a.push(t.fragments[n].offset);
					var i = m(e, t, n);
					if (void 0 === i || i === t.fragments.length - 1) return a;
					n = i + 1;
				}
			}
			function h(e) {
				if (void 0 === e) throw "dicomParser.readTag: missing required parameter 'byteStream'";
				var t = 256 * e.readUint16() * 256, e = e.readUint16();
				return "x".concat("00000000".concat((t + e).toString(16)).substr(-8));
			}
			function g(e, t, r) {
				if (void 0 === e) throw "dicomParser.findEndOfEncapsulatedElement: missing required parameter 'byteStream'";
				if (void 0 === t) throw "dicomParser.findEndOfEncapsulatedElement: missing required parameter 'element'";
				if (t.encapsulatedPixelData = !0, t.basicOffsetTable = [], t.fragments = [], "xfffee000" !== h(e)) throw "dicomParser.findEndOfEncapsulatedElement: basic offset table not found";
				for (var a = e.readUint32() / 4, n = 0; n < a; n++) {
					var i = e.readUint32();
					t.basicOffsetTable.push(i);
				}
				for (var o = e.position; e.position < e.byteArray.length;) {
					var s = h(e), d = e.readUint32();
					if ("xfffee0dd" === s) return e.seek(d), void (t.length = e.position - t.dataOffset);
					if ("xfffee000" !== s) return r && r.push("unexpected tag ".concat(s, " while searching for end of pixel data element with undefined length")), d > e.byteArray.length - e.position && (d = e.byteArray.length - e.position), t.fragments.push({
						offset: e.position - o - 8,
						position: e.position,
						length: d
					}), e.seek(d), void (t.length = e.position - t.dataOffset);
					t.fragments.push({
						offset: e.position - o - 8,
						position: e.position,
						length: d
					}), e.seek(d);
				}
				r && r.push("pixel data element ".concat(t.tag, " missing sequence delimiter tag xfffee0dd"));
			}
			function y(e, t) {
				if (void 0 === e) throw "dicomParser.findAndSetUNElementLength: missing required parameter 'byteStream'";
				for (var r = e.byteArray.length - 8; e.position <= r;) if (65534 === e.readUint16()) {
					if (57565 === e.readUint16()) return 0 !== e.readUint32() && e.warnings("encountered non zero length following item delimiter at position ".concat(e.position - 4, " while reading element of undefined length with tag ").concat(t.tag)), void (t.length = e.position - t.dataOffset);
				}
				t.length = e.byteArray.length - t.dataOffset, e.seek(e.byteArray.length - e.position);
			}
			function b(e, t, r) {
				if (r < 0) throw "dicomParser.readFixedString - length cannot be less than 0";
				if (t + r > e.length) throw "dicomParser.readFixedString: attempt to read past end of buffer";
				for (var a, n = "", i = 0; i < r; i++) {
					if (0 === (a = e[t + i])) return t += r, n;
					n += String.fromCharCode(a);
				}
				return n;
			}
			function v(e, t) {
				for (var r = 0; r < t.length; r++) {
					var a = t[r];
					a.enumerable = a.enumerable || !1, a.configurable = !0, "value" in a && (a.writable = !0), Object.defineProperty(e, a.key, a);
				}
			}
			function P(e, t) {
				return void 0 !== e.parser ? e.parser : t;
			}
			var w = function() {
				function a(e, t, r) {
					(function(e, t) {
						if (!(e instanceof t)) throw new TypeError("Cannot call a class as a function");
					})(this, a), this.byteArrayParser = e, this.byteArray = t, this.elements = r;
				}
				var e = a, t, r;
				return (t = [
					{
						key: "uint16",
						value: function(e, t) {
							e = this.elements[e];
							if (t = void 0 !== t ? t : 0, e && 0 !== e.length) return P(e, this.byteArrayParser).readUint16(this.byteArray, e.dataOffset + 2 * t);
						}
					},
					{
						key: "int16",
						value: function(e, t) {
							e = this.elements[e];
							if (t = void 0 !== t ? t : 0, e && 0 !== e.length) return P(e, this.byteArrayParser).readInt16(this.byteArray, e.dataOffset + 2 * t);
						}
					},
					{
						key: "uint32",
						value: function(e, t) {
							e = this.elements[e];
							if (t = void 0 !== t ? t : 0, e && 0 !== e.length) return P(e, this.byteArrayParser).readUint32(this.byteArray, e.dataOffset + 4 * t);
						}
					},
					{
						key: "int32",
						value: function(e, t) {
							e = this.elements[e];
							if (t = void 0 !== t ? t : 0, e && 0 !== e.length) return P(e, this.byteArrayParser).readInt32(this.byteArray, e.dataOffset + 4 * t);
						}
					},
					{
						key: "float",
						value: function(e, t) {
							e = this.elements[e];
							if (t = void 0 !== t ? t : 0, e && 0 !== e.length) return P(e, this.byteArrayParser).readFloat(this.byteArray, e.dataOffset + 4 * t);
						}
					},
					{
						key: "double",
						value: function(e, t) {
							e = this.elements[e];
							if (t = void 0 !== t ? t : 0, e && 0 !== e.length) return P(e, this.byteArrayParser).readDouble(this.byteArray, e.dataOffset + 8 * t);
						}
					},
					{
						key: "numStringValues",
						value: function(e) {
							e = this.elements[e];
							if (e && 0 < e.length) {
								e = b(this.byteArray, e.dataOffset, e.length).match(/\\/g);
								return null === e ? 1 : e.length + 1;
							}
						}
					},
					{
						key: "string",
						value: function(e, t) {
							e = this.elements[e];
							if (e && e.Value) return e.Value;
							if (e && 0 < e.length) {
								e = b(this.byteArray, e.dataOffset, e.length);
								return 0 <= t ? e.split("\\")[t].trim() : e.trim();
							}
						}
					},
					{
						key: "text",
						value: function(e, t) {
							e = this.elements[e];
							if (e && 0 < e.length) {
								e = b(this.byteArray, e.dataOffset, e.length);
								return 0 <= t ? e.split("\\")[t].replace(/ +$/, "") : e.replace(/ +$/, "");
							}
						}
					},
					{
						key: "floatString",
						value: function(e, t) {
							var r = this.elements[e];
							if (r && 0 < r.length) {
								t = this.string(e, t = void 0 !== t ? t : 0);
								if (void 0 !== t) return parseFloat(t);
							}
						}
					},
					{
						key: "intString",
						value: function(e, t) {
							var r = this.elements[e];
							if (r && 0 < r.length) {
								t = this.string(e, t = void 0 !== t ? t : 0);
								if (void 0 !== t) return parseInt(t);
							}
						}
					},
					{
						key: "attributeTag",
						value: function(e) {
							var t = this.elements[e];
							if (t && 4 === t.length) {
								var r = P(t, this.byteArrayParser).readUint16, e = this.byteArray, t = t.dataOffset;
								return "x".concat("00000000".concat((256 * r(e, t) * 256 + r(e, t + 2)).toString(16)).substr(-8));
							}
						}
					}
				]) && v(e.prototype, t), r && v(e, r), Object.defineProperty(e, "prototype", { writable: !1 }), a;
			}();
			function x(e, t) {
				if (void 0 === e) throw "dicomParser.readDicomElementImplicit: missing required parameter 'byteStream'";
				for (var r = e.byteArray.length - 8; e.position <= r;) if (65534 === e.readUint16()) {
					if (57357 === e.readUint16()) return 0 !== e.readUint32() && e.warnings("encountered non zero length following item delimiter at position ".concat(e.position - 4, " while reading element of undefined length with tag ").concat(t.tag)), void (t.length = e.position - t.dataOffset);
				}
				t.length = e.byteArray.length - t.dataOffset, e.seek(e.byteArray.length - e.position);
			}
			var E = function(e, t) {
				if (void 0 !== e.vr) return "SQ" === e.vr;
				if (t.position + 4 <= t.byteArray.length) {
					e = h(t);
					return t.seek(-4), "xfffee000" === e || "xfffee0dd" === e;
				}
				return t.warnings.push("eof encountered before finding sequence item tag or sequence delimiter tag in peeking to determine VR"), !1;
			};
			function A(e, t, r) {
				if (void 0 === e) throw "dicomParser.readDicomElementImplicit: missing required parameter 'byteStream'";
				var a = h(e), a = {
					tag: a,
					vr: void 0 !== r ? r(a) : void 0,
					length: e.readUint32(),
					dataOffset: e.position
				};
				return 4294967295 === a.length && (a.hadUndefinedLength = !0), a.tag === t || (!E(a, e) || f(a.tag) && !a.hadUndefinedLength ? a.hadUndefinedLength ? x(e, a) : e.seek(a.length) : (F(e, a, r), f(a.tag) && (a.items = void 0))), a;
			}
			function S(e) {
				if (void 0 === e) throw "dicomParser.readSequenceItem: missing required parameter 'byteStream'";
				var t = {
					tag: h(e),
					length: e.readUint32(),
					dataOffset: e.position
				};
				if ("xfffee000" !== t.tag) throw "dicomParser.readSequenceItem: item tag (FFFE,E000) not found at offset ".concat(e.position);
				return t;
			}
			function D(e, t) {
				var r = S(e);
				return 4294967295 === r.length ? (r.hadUndefinedLength = !0, r.dataSet = function(e, t) {
					for (var r = {}; e.position < e.byteArray.length;) {
						var a = A(e, void 0, t);
						if ("xfffee00d" === (r[a.tag] = a).tag) return new w(e.byteArrayParser, e.byteArray, r);
					}
					return e.warnings.push("eof encountered before finding sequence item delimiter in sequence item of undefined length"), new w(e.byteArrayParser, e.byteArray, r);
				}(e, t), r.length = e.position - r.dataOffset) : (r.dataSet = new w(e.byteArrayParser, e.byteArray, {}), T(r.dataSet, e, e.position + r.length, { vrCallback: t })), r;
			}
			function F(e, t, r) {
				if (void 0 === e) throw "dicomParser.readSequenceItemsImplicit: missing required parameter 'byteStream'";
				if (void 0 === t) throw "dicomParser.readSequenceItemsImplicit: missing required parameter 'element'";
				t.items = [], (4294967295 === t.length ? function(e, t, r) {
					for (; e.position + 4 <= e.byteArray.length;) {
						var a = h(e);
						if (e.seek(-4), "xfffee0dd" === a) return t.length = e.position - t.dataOffset, e.seek(8);
						a = D(e, r);
						t.items.push(a);
					}
					e.warnings.push("eof encountered before finding sequence delimiter in sequence of undefined length"), t.length = e.byteArray.length - t.dataOffset;
				} : function(e, t, r) {
					for (var a = t.dataOffset + t.length; e.position < a;) {
						var n = D(e, r);
						t.items.push(n);
					}
				})(e, t, r);
			}
			function O(e, t) {
				var r = S(e);
				return 4294967295 === r.length ? (r.hadUndefinedLength = !0, r.dataSet = function(e, t) {
					for (var r = {}; e.position < e.byteArray.length;) {
						var a = B(e, t);
						if ("xfffee00d" === (r[a.tag] = a).tag) return new w(e.byteArrayParser, e.byteArray, r);
					}
					return t.push("eof encountered before finding item delimiter tag while reading sequence item of undefined length"), new w(e.byteArrayParser, e.byteArray, r);
				}(e, t), r.length = e.position - r.dataOffset) : (r.dataSet = new w(e.byteArrayParser, e.byteArray, {}), q(r.dataSet, e, e.position + r.length)), r;
			}
			function I(e, t, r) {
				if (void 0 === e) throw "dicomParser.readSequenceItemsExplicit: missing required parameter 'byteStream'";
				if (void 0 === t) throw "dicomParser.readSequenceItemsExplicit: missing required parameter 'element'";
				t.items = [], (4294967295 === t.length ? function(e, t, r) {
					for (; e.position + 4 <= e.byteArray.length;) {
						var a = h(e);
						if (e.seek(-4), "xfffee0dd" === a) return t.length = e.position - t.dataOffset, e.seek(8);
						a = O(e, r);
						t.items.push(a);
					}
					r.push("eof encountered before finding sequence delimitation tag while reading sequence of undefined length"), t.length = e.position - t.dataOffset;
				} : function(e, t, r) {
					for (var a = t.dataOffset + t.length; e.position < a;) {
						var n = O(e, r);
						t.items.push(n);
					}
				})(e, t, r);
			}
			var U = function(e) {
				return "OB" === e || "OD" === e || "OL" === e || "OW" === e || "SQ" === e || "OF" === e || "UC" === e || "UR" === e || "UT" === e || "UN" === e ? 4 : 2;
			};
			function B(e, t, r) {
				if (void 0 === e) throw "dicomParser.readDicomElementExplicit: missing required parameter 'byteStream'";
				var a = {
					tag: h(e),
					vr: e.readFixedString(2)
				};
				return 2 === U(a.vr) ? a.length = e.readUint16() : (e.seek(2), a.length = e.readUint32()), a.dataOffset = e.position, 4294967295 === a.length && (a.hadUndefinedLength = !0), a.tag === r || ("SQ" === a.vr ? I(e, a, t) : 4294967295 === a.length ? "x7fe00010" === a.tag ? g(e, a, t) : ("UN" === a.vr ? F : x)(e, a) : e.seek(a.length)), a;
			}
			function q(e, t, r) {
				var a = 3 < arguments.length && void 0 !== arguments[3] ? arguments[3] : {};
				if (r = void 0 === r ? t.byteArray.length : r, void 0 === t) throw "dicomParser.parseDicomDataSetExplicit: missing required parameter 'byteStream'";
				if (r < t.position || r > t.byteArray.length) throw "dicomParser.parseDicomDataSetExplicit: invalid value for parameter 'maxP osition'";
				for (var n = e.elements; t.position < r;) {
					var i = B(t, e.warnings, a.untilTag);
					if ((n[i.tag] = i).tag === a.untilTag) return;
				}
				if (t.position > r) throw "dicomParser:parseDicomDataSetExplicit: buffer overrun";
			}
			function T(e, t, r) {
				var a = 3 < arguments.length && void 0 !== arguments[3] ? arguments[3] : {};
				if (r = void 0 === r ? e.byteArray.length : r, void 0 === t) throw "dicomParser.parseDicomDataSetImplicit: missing required parameter 'byteStream'";
				if (r < t.position || r > t.byteArray.length) throw "dicomParser.parseDicomDataSetImplicit: invalid value for parameter 'maxPosition'";
				for (var n = e.elements; t.position < r;) {
					var i = A(t, a.untilTag, a.vrCallback);
					if ((n[i.tag] = i).tag === a.untilTag) return;
				}
			}
			function k(e, t) {
				if ("undefined" != typeof Buffer && e instanceof Buffer) return Buffer.alloc(t);
				if (e instanceof Uint8Array) return new Uint8Array(t);
				throw "dicomParser.alloc: unknown type for byteArray";
			}
			var L = "1.8.12", N = {
				readUint16: function(e, t) {
					if (t < 0) throw "bigEndianByteArrayParser.readUint16: position cannot be less than 0";
					if (t + 2 > e.length) throw "bigEndianByteArrayParser.readUint16: attempt to read past end of buffer";
					return (e[t] << 8) + e[t + 1];
				},
				readInt16: function(e, t) {
					if (t < 0) throw "bigEndianByteArrayParser.readInt16: position cannot be less than 0";
					if (t + 2 > e.length) throw "bigEndianByteArrayParser.readInt16: attempt to read past end of buffer";
					t = (e[t] << 8) + e[t + 1];
					return t = 32768 & t ? t - 65535 - 1 : t;
				},
				readUint32: function(e, t) {
					if (t < 0) throw "bigEndianByteArrayParser.readUint32: position cannot be less than 0";
					if (t + 4 > e.length) throw "bigEndianByteArrayParser.readUint32: attempt to read past end of buffer";
					return 256 * (256 * (256 * e[t] + e[t + 1]) + e[t + 2]) + e[t + 3];
				},
				readInt32: function(e, t) {
					if (t < 0) throw "bigEndianByteArrayParser.readInt32: position cannot be less than 0";
					if (t + 4 > e.length) throw "bigEndianByteArrayParser.readInt32: attempt to read past end of buffer";
					return (e[t] << 24) + (e[t + 1] << 16) + (e[t + 2] << 8) + e[t + 3];
				},
				readFloat: function(e, t) {
					if (t < 0) throw "bigEndianByteArrayParser.readFloat: position cannot be less than 0";
					if (t + 4 > e.length) throw "bigEndianByteArrayParser.readFloat: attempt to read past end of buffer";
					var r = /* @__PURE__ */ new Uint8Array(4);
					return r[3] = e[t], r[2] = e[t + 1], r[1] = e[t + 2], r[0] = e[t + 3], new Float32Array(r.buffer)[0];
				},
				readDouble: function(e, t) {
					if (t < 0) throw "bigEndianByteArrayParser.readDouble: position cannot be less than 0";
					if (t + 8 > e.length) throw "bigEndianByteArrayParser.readDouble: attempt to read past end of buffer";
					var r = /* @__PURE__ */ new Uint8Array(8);
					return r[7] = e[t], r[6] = e[t + 1], r[5] = e[t + 2], r[4] = e[t + 3], r[3] = e[t + 4], r[2] = e[t + 5], r[1] = e[t + 6], r[0] = e[t + 7], new Float64Array(r.buffer)[0];
				}
			};
			function j(e, t, r) {
				if ("undefined" != typeof Buffer && e instanceof Buffer) return e.slice(t, t + r);
				if (e instanceof Uint8Array) return new Uint8Array(e.buffer, e.byteOffset + t, r);
				throw "dicomParser.from: unknown type for byteArray";
			}
			function C(e, t) {
				for (var r = 0; r < t.length; r++) {
					var a = t[r];
					a.enumerable = a.enumerable || !1, a.configurable = !0, "value" in a && (a.writable = !0), Object.defineProperty(e, a.key, a);
				}
			}
			var J = function() {
				function a(e, t, r) {
					if (function(e, t) {
						if (!(e instanceof t)) throw new TypeError("Cannot call a class as a function");
					}(this, a), void 0 === e) throw "dicomParser.ByteStream: missing required parameter 'byteArrayParser'";
					if (void 0 === t) throw "dicomParser.ByteStream: missing required parameter 'byteArray'";
					if (t instanceof Uint8Array == !1 && ("undefined" == typeof Buffer || t instanceof Buffer == !1)) throw "dicomParser.ByteStream: parameter byteArray is not of type Uint8Array or Buffer";
					if (r < 0) throw "dicomParser.ByteStream: parameter 'position' cannot be less than 0";
					if (r >= t.length) throw "dicomParser.ByteStream: parameter 'position' cannot be greater than or equal to 'byteArray' length";
					this.byteArrayParser = e, this.byteArray = t, this.position = r || 0, this.warnings = [];
				}
				var e = a, t, r;
				return (t = [
					{
						key: "seek",
						value: function(e) {
							if (this.position + e < 0) throw "dicomParser.ByteStream.prototype.seek: cannot seek to position < 0";
							this.position += e;
						}
					},
					{
						key: "readByteStream",
						value: function(e) {
							if (this.position + e > this.byteArray.length) throw "dicomParser.ByteStream.prototype.readByteStream: readByteStream - buffer overread";
							var t = j(this.byteArray, this.position, e);
							return this.position += e, new a(this.byteArrayParser, t);
						}
					},
					{
						key: "getSize",
						value: function() {
							return this.byteArray.length;
						}
					},
					{
						key: "readUint16",
						value: function() {
							var e = this.byteArrayParser.readUint16(this.byteArray, this.position);
							return this.position += 2, e;
						}
					},
					{
						key: "readUint32",
						value: function() {
							var e = this.byteArrayParser.readUint32(this.byteArray, this.position);
							return this.position += 4, e;
						}
					},
					{
						key: "readFixedString",
						value: function(e) {
							var t = b(this.byteArray, this.position, e);
							return this.position += e, t;
						}
					}
				]) && C(e.prototype, t), r && C(e, r), Object.defineProperty(e, "prototype", { writable: !1 }), a;
			}(), M = {
				readUint16: function(e, t) {
					if (t < 0) throw "littleEndianByteArrayParser.readUint16: position cannot be less than 0";
					if (t + 2 > e.length) throw "littleEndianByteArrayParser.readUint16: attempt to read past end of buffer";
					return e[t] + 256 * e[t + 1];
				},
				readInt16: function(e, t) {
					if (t < 0) throw "littleEndianByteArrayParser.readInt16: position cannot be less than 0";
					if (t + 2 > e.length) throw "littleEndianByteArrayParser.readInt16: attempt to read past end of buffer";
					t = e[t] + (e[t + 1] << 8);
					return t = 32768 & t ? t - 65535 - 1 : t;
				},
				readUint32: function(e, t) {
					if (t < 0) throw "littleEndianByteArrayParser.readUint32: position cannot be less than 0";
					if (t + 4 > e.length) throw "littleEndianByteArrayParser.readUint32: attempt to read past end of buffer";
					return e[t] + 256 * e[t + 1] + 256 * e[t + 2] * 256 + 256 * e[t + 3] * 256 * 256;
				},
				readInt32: function(e, t) {
					if (t < 0) throw "littleEndianByteArrayParser.readInt32: position cannot be less than 0";
					if (t + 4 > e.length) throw "littleEndianByteArrayParser.readInt32: attempt to read past end of buffer";
					return e[t] + (e[t + 1] << 8) + (e[t + 2] << 16) + (e[t + 3] << 24);
				},
				readFloat: function(e, t) {
					if (t < 0) throw "littleEndianByteArrayParser.readFloat: position cannot be less than 0";
					if (t + 4 > e.length) throw "littleEndianByteArrayParser.readFloat: attempt to read past end of buffer";
					var r = /* @__PURE__ */ new Uint8Array(4);
					return r[0] = e[t], r[1] = e[t + 1], r[2] = e[t + 2], r[3] = e[t + 3], new Float32Array(r.buffer)[0];
				},
				readDouble: function(e, t) {
					if (t < 0) throw "littleEndianByteArrayParser.readDouble: position cannot be less than 0";
					if (t + 8 > e.length) throw "littleEndianByteArrayParser.readDouble: attempt to read past end of buffer";
					var r = /* @__PURE__ */ new Uint8Array(8);
					return r[0] = e[t], r[1] = e[t + 1], r[2] = e[t + 2], r[3] = e[t + 3], r[4] = e[t + 4], r[5] = e[t + 5], r[6] = e[t + 6], r[7] = e[t + 7], new Float64Array(r.buffer)[0];
				}
			};
			function G(e) {
				var i = 1 < arguments.length && void 0 !== arguments[1] ? arguments[1] : {};
				if (void 0 === e) throw "dicomParser.readPart10Header: missing required parameter 'byteArray'";
				var o = i.TransferSyntaxUID, s = new J(M, e);
				return function() {
					var e = function() {
						if (s.getSize() <= 132 && o) return !1;
						if (s.seek(128), "DICM" === s.readFixedString(4)) return !0;
						if (!(i || {}).TransferSyntaxUID) throw "dicomParser.readPart10Header: DICM prefix not found at location 132 - this is not a valid DICOM P10 file.";
						return s.seek(0), !1;
					}(), t = [], r = {};
					if (!e) return s.position = 0, {
						elements: { x00020010: {
							tag: "x00020010",
							vr: "UI",
							Value: o
						} },
						warnings: t
					};
					for (; s.position < s.byteArray.length;) {
						var a = s.position, n = B(s, t);
						if ("x0002ffff" < n.tag) {
							s.position = a;
							break;
						}
						n.parser = M, r[n.tag] = n;
					}
					return (e = new w(s.byteArrayParser, s.byteArray, r)).warnings = s.warnings, e.position = s.position, e;
				}();
			}
			var z = "1.2.840.10008.1.2.2";
			function V(i) {
				var o = 1 < arguments.length && void 0 !== arguments[1] ? arguments[1] : {};
				if (void 0 === i) throw new Error("dicomParser.parseDicom: missing required parameter 'byteArray'");
				var e, a = function(e) {
					if (void 0 === e.elements.x00020010) throw new Error("dicomParser.parseDicom: missing required meta header attribute 0002,0010");
					e = e.elements.x00020010;
					return e && e.Value || b(i, e.dataOffset, e.length);
				};
				function t(t) {
					var e = a(t), r = "1.2.840.10008.1.2" !== e, e = function(e, t) {
						var r = "[object process]" === Object.prototype.toString.call("undefined" != typeof process ? process : 0);
						if ("1.2.840.10008.1.2.1.99" !== e) return new J(e === z ? N : M, i, t);
						if (o && o.inflater) {
							e = o.inflater(i, t);
							return new J(M, e, 0);
						}
						if (!0 == r) {
							var a = s(0), n = j(i, t, i.length - t), a = a.inflateRawSync(n), n = k(i, a.length + t);
							return i.copy(n, 0, 0, t), a.copy(n, t), new J(M, n, 0);
						}
						if ("undefined" == typeof pako) throw "dicomParser.parseDicom: no inflater available to handle deflate transfer syntax";
						return a = i.slice(t), n = pako.inflateRaw(a), (a = k(i, n.length + t)).set(i.slice(0, t), 0), a.set(n, t), new J(M, a, 0);
					}(e, t.position), t = new w(e.byteArrayParser, e.byteArray, {});
					t.warnings = e.warnings;
					try {
						(r ? q : T)(t, e, e.byteArray.length, o);
					} catch (e) {
						throw {
							exception: e,
							dataSet: t
						};
					}
					return t;
				}
				return function(e, t) {
					for (var r in e.elements) e.elements.hasOwnProperty(r) && (t.elements[r] = e.elements[r]);
					return void 0 !== e.warnings && (t.warnings = e.warnings.concat(t.warnings)), t;
				}(e = G(i, o), t(e));
			}
			var R = function(e, t, r) {
				for (var a = 0, n = t; n < t + r; n++) a += e[n].length;
				return a;
			};
			function _(e, t, r, a, n) {
				if (n = n || t.fragments, void 0 === e) throw "dicomParser.readEncapsulatedPixelDataFromFragments: missing required parameter 'dataSet'";
				if (void 0 === t) throw "dicomParser.readEncapsulatedPixelDataFromFragments: missing required parameter 'pixelDataElement'";
				if (void 0 === r) throw "dicomParser.readEncapsulatedPixelDataFromFragments: missing required parameter 'startFragmentIndex'";
				if (void 0 === (a = a || 1)) throw "dicomParser.readEncapsulatedPixelDataFromFragments: missing required parameter 'numFragments'";
				if ("x7fe00010" !== t.tag) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'pixelDataElement' refers to non pixel data tag (expected tag = x7fe00010";
				if (!0 !== t.encapsulatedPixelData) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (!0 !== t.hadUndefinedLength) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (void 0 === t.basicOffsetTable) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (void 0 === t.fragments) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (t.fragments.length <= 0) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (r < 0) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'startFragmentIndex' must be >= 0";
				if (r >= t.fragments.length) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'startFragmentIndex' must be < number of fragments";
				if (a < 1) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'numFragments' must be > 0";
				if (r + a > t.fragments.length) throw "dicomParser.readEncapsulatedPixelDataFromFragments: parameter 'startFragment' + 'numFragments' < number of fragments";
				var i = new J(e.byteArrayParser, e.byteArray, t.dataOffset), t = S(i);
				if ("xfffee000" !== t.tag) throw "dicomParser.readEncapsulatedPixelData: missing basic offset table xfffee000";
				i.seek(t.length);
				var o = i.position;
				if (1 === a) return j(i.byteArray, o + n[r].offset + 8, n[r].length);
				for (var t = R(n, r, a), s = k(i.byteArray, t), d = 0, f = r; f < r + a; f++) for (var l = o + n[f].offset + 8, u = 0; u < n[f].length; u++) s[d++] = i.byteArray[l++];
				return s;
			}
			var H = function(e, t) {
				for (var r = 0; r < e.length; r++) if (e[r].offset === t) return r;
			}, Q = function(e, t, r, a) {
				if (e === t.length - 1) return r.length - a;
				for (var n = t[e + 1], i = a + 1; i < r.length; i++) if (r[i].offset === n) return i - a;
				throw "dicomParser.calculateNumberOfFragmentsForFrame: could not find fragment with offset matching basic offset table";
			};
			function W(e, t, r, a, n) {
				if (a = a || t.basicOffsetTable, n = n || t.fragments, void 0 === e) throw "dicomParser.readEncapsulatedImageFrame: missing required parameter 'dataSet'";
				if (void 0 === t) throw "dicomParser.readEncapsulatedImageFrame: missing required parameter 'pixelDataElement'";
				if (void 0 === r) throw "dicomParser.readEncapsulatedImageFrame: missing required parameter 'frameIndex'";
				if (void 0 === a) throw "dicomParser.readEncapsulatedImageFrame: parameter 'pixelDataElement' does not have basicOffsetTable";
				if ("x7fe00010" !== t.tag) throw "dicomParser.readEncapsulatedImageFrame: parameter 'pixelDataElement' refers to non pixel data tag (expected tag = x7fe00010)";
				if (!0 !== t.encapsulatedPixelData) throw "dicomParser.readEncapsulatedImageFrame: parameter 'pixelDataElement' refers to pixel data element that does not have encapsulated pixel data";
				if (!0 !== t.hadUndefinedLength) throw "dicomParser.readEncapsulatedImageFrame: parameter 'pixelDataElement' refers to pixel data element that does not have undefined length";
				if (void 0 === t.fragments) throw "dicomParser.readEncapsulatedImageFrame: parameter 'pixelDataElement' refers to pixel data element that does not have fragments";
				if (0 === a.length) throw "dicomParser.readEncapsulatedImageFrame: basicOffsetTable has zero entries";
				if (r < 0) throw "dicomParser.readEncapsulatedImageFrame: parameter 'frameIndex' must be >= 0";
				if (r >= a.length) throw "dicomParser.readEncapsulatedImageFrame: parameter 'frameIndex' must be < basicOffsetTable.length";
				var i = a[r], i = H(n, i);
				if (void 0 === i) throw "dicomParser.readEncapsulatedImageFrame: unable to find fragment that matches basic offset table entry";
				return _(e, t, i, Q(r, a, n, i), n);
			}
			var $ = !1;
			function K(e, t, r) {
				if ($ || ($ = !0, console && console.log && console.log("WARNING: dicomParser.readEncapsulatedPixelData() has been deprecated")), void 0 === e) throw "dicomParser.readEncapsulatedPixelData: missing required parameter 'dataSet'";
				if (void 0 === t) throw "dicomParser.readEncapsulatedPixelData: missing required parameter 'element'";
				if (void 0 === r) throw "dicomParser.readEncapsulatedPixelData: missing required parameter 'frame'";
				if ("x7fe00010" !== t.tag) throw "dicomParser.readEncapsulatedPixelData: parameter 'element' refers to non pixel data tag (expected tag = x7fe00010)";
				if (!0 !== t.encapsulatedPixelData) throw "dicomParser.readEncapsulatedPixelData: parameter 'element' refers to pixel data element that does not have encapsulated pixel data";
				if (!0 !== t.hadUndefinedLength) throw "dicomParser.readEncapsulatedPixelData: parameter 'element' refers to pixel data element that does not have encapsulated pixel data";
				if (void 0 === t.basicOffsetTable) throw "dicomParser.readEncapsulatedPixelData: parameter 'element' refers to pixel data element that does not have encapsulated pixel data";
				if (void 0 === t.fragments) throw "dicomParser.readEncapsulatedPixelData: parameter 'element' refers to pixel data element that does not have encapsulated pixel data";
				if (r < 0) throw "dicomParser.readEncapsulatedPixelData: parameter 'frame' must be >= 0";
				return 0 !== t.basicOffsetTable.length ? W(e, t, r) : _(e, t, 0, t.fragments.length);
			}
			t.default = {
				isStringVr: d,
				isPrivateTag: f,
				parsePN: a,
				parseTM: n,
				parseDA: o,
				explicitElementToString: l,
				explicitDataSetToJS: u,
				createJPEGBasicOffsetTable: p,
				parseDicomDataSetExplicit: q,
				parseDicomDataSetImplicit: T,
				readFixedString: b,
				alloc: k,
				version: L,
				bigEndianByteArrayParser: N,
				ByteStream: J,
				sharedCopy: j,
				DataSet: w,
				findAndSetUNElementLength: y,
				findEndOfEncapsulatedElement: g,
				findItemDelimitationItemAndSetElementLength: x,
				littleEndianByteArrayParser: M,
				parseDicom: V,
				readDicomElementExplicit: B,
				readDicomElementImplicit: A,
				readEncapsulatedImageFrame: W,
				readEncapsulatedPixelData: K,
				readEncapsulatedPixelDataFromFragments: _,
				readPart10Header: G,
				readSequenceItemsExplicit: I,
				readSequenceItemsImplicit: F,
				readSequenceItem: S,
				readTag: h,
				LEI: "1.2.840.10008.1.2",
				LEE: "1.2.840.10008.1.2.1"
			};
		}], i = {}, n.m = a, n.c = i, n.d = function(e, t, r) {
			n.o(e, t) || Object.defineProperty(e, t, {
				enumerable: !0,
				get: r
			});
		}, n.r = function(e) {
			"undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(e, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(e, "__esModule", { value: !0 });
		}, n.t = function(t, e) {
			if (1 & e && (t = n(t)), 8 & e) return t;
			if (4 & e && "object" == typeof t && t && t.__esModule) return t;
			var r = Object.create(null);
			if (n.r(r), Object.defineProperty(r, "default", {
				enumerable: !0,
				value: t
			}), 2 & e && "string" != typeof t) for (var a in t) n.d(r, a, function(e) {
				return t[e];
			}.bind(null, a));
			return r;
		}, n.n = function(e) {
			var t = e && e.__esModule ? function() {
				return e.default;
			} : function() {
				return e;
			};
			return n.d(t, "a", t), t;
		}, n.o = function(e, t) {
			return Object.prototype.hasOwnProperty.call(e, t);
		}, n.p = "", n(n.s = 1);
		function n(e) {
			if (i[e]) return i[e].exports;
			var t = i[e] = {
				i: e,
				l: !1,
				exports: {}
			};
			return a[e].call(t.exports, t, t.exports, n), t.l = !0, t.exports;
		}
		var a, i;
	});
}));
// node_modules/fflate/esm/browser.js
var import_dicomParser_min = /* @__PURE__ */ __toESM(require_dicomParser_min(), 1);
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
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
// src/lib/dicom/transfer-syntaxes.ts
/** Transfer syntaxes (PS3.5 10, PS3.6 Annex A) the console reads and rewrites. */
const IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
const EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
const DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
const EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";
/** Native (uncompressed) pixel data. */
const NATIVE = {
	[IMPLICIT_VR_LITTLE_ENDIAN]: "Implicit VR Little Endian",
	[EXPLICIT_VR_LITTLE_ENDIAN]: "Explicit VR Little Endian",
	[DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN]: "Deflated Explicit VR Little Endian",
	[EXPLICIT_VR_BIG_ENDIAN]: "Explicit VR Big Endian"
};
/** Encapsulated (compressed) pixel data: the data set itself is Explicit VR Little Endian. */
const ENCAPSULATED = {
	"1.2.840.10008.1.2.4.50": "JPEG Baseline",
	"1.2.840.10008.1.2.4.51": "JPEG Extended",
	"1.2.840.10008.1.2.4.57": "JPEG Lossless",
	"1.2.840.10008.1.2.4.70": "JPEG Lossless SV1",
	"1.2.840.10008.1.2.4.80": "JPEG-LS Lossless",
	"1.2.840.10008.1.2.4.81": "JPEG-LS Near-Lossless",
	"1.2.840.10008.1.2.4.90": "JPEG 2000 Lossless",
	"1.2.840.10008.1.2.4.91": "JPEG 2000",
	"1.2.840.10008.1.2.4.92": "JPEG 2000 Part 2 Lossless",
	"1.2.840.10008.1.2.4.93": "JPEG 2000 Part 2",
	"1.2.840.10008.1.2.4.201": "HTJ2K Lossless",
	"1.2.840.10008.1.2.4.202": "HTJ2K Lossless RPCL",
	"1.2.840.10008.1.2.4.203": "HTJ2K",
	"1.2.840.10008.1.2.4.100": "MPEG2 Main Profile",
	"1.2.840.10008.1.2.4.101": "MPEG2 High Profile",
	"1.2.840.10008.1.2.4.102": "MPEG-4 AVC/H.264",
	"1.2.840.10008.1.2.4.103": "MPEG-4 AVC/H.264 BD",
	"1.2.840.10008.1.2.4.104": "MPEG-4 AVC/H.264 2D",
	"1.2.840.10008.1.2.4.105": "MPEG-4 AVC/H.264 3D",
	"1.2.840.10008.1.2.4.106": "MPEG-4 AVC/H.264 Stereo",
	"1.2.840.10008.1.2.4.107": "HEVC/H.265 Main",
	"1.2.840.10008.1.2.4.108": "HEVC/H.265 Main 10",
	"1.2.840.10008.1.2.5": "RLE Lossless"
};
function isEncapsulatedSyntax(uid) {
	return uid in ENCAPSULATED;
}
/**
* Whether the rewriter can write this syntax back: every standard one above (the pixel data is copied
* byte for byte, only the data set around it is rewritten). Private syntaxes (e.g. GE's implicit big
* endian) are refused: their data set encoding is not known.
*/
function isRewritableSyntax(uid) {
	return uid in NATIVE || uid in ENCAPSULATED;
}
// src/lib/dicom/parse.ts
const VRS = new Set("AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split(" "));
function isPrefix(bytes, at) {
	return bytes[at] === 68 && bytes[at + 1] === 73 && bytes[at + 2] === 67 && bytes[at + 3] === 77;
}
function withPreamble(bytes, prefix) {
	const head = prefix ? 132 : 128;
	const out = new Uint8Array(head + bytes.length);
	if (prefix) out.set([
		68,
		73,
		67,
		77
	], 128);
	out.set(bytes, head);
	return out;
}
const vrAt = (bytes, at) => String.fromCharCode(bytes[at] ?? 0) + String.fromCharCode(bytes[at + 1] ?? 0);
/** A plausible first group of a data set (meta 0002, identifying 0008, or the odd few that start at 0000/0004). */
const plausibleFirstGroup = (group) => group <= 16 && group % 2 === 0;
/**
* Where the data set is, or null when the bytes do not look like DICOM at all. `fileSize` (default: the
* bytes given) bounds the first element's length of an implicit data set.
*/
function locateDicom(bytes, fileSize = bytes.length) {
	if (bytes.length >= 132 && isPrefix(bytes, 128)) return {
		bytes,
		layout: "part10",
		rawTransferSyntax: null
	};
	if (bytes.length < 8) return null;
	if (isPrefix(bytes, 0)) return {
		bytes: withPreamble(bytes.subarray(4), true),
		layout: "part10-no-preamble",
		rawTransferSyntax: null
	};
	const groupLe = bytes[0] | bytes[1] << 8;
	const groupBe = bytes[0] << 8 | bytes[1];
	const explicit = VRS.has(vrAt(bytes, 4));
	if (groupLe === 2 && explicit) return {
		bytes: withPreamble(bytes, true),
		layout: "meta-no-prefix",
		rawTransferSyntax: null
	};
	if (explicit && groupLe !== 0 && plausibleFirstGroup(groupLe)) return {
		bytes,
		layout: "raw-explicit-le",
		rawTransferSyntax: EXPLICIT_VR_LITTLE_ENDIAN
	};
	if (explicit && groupBe !== 0 && plausibleFirstGroup(groupBe)) return {
		bytes,
		layout: "raw-explicit-be",
		rawTransferSyntax: EXPLICIT_VR_BIG_ENDIAN
	};
	if (!explicit && groupLe !== 0 && plausibleFirstGroup(groupLe)) {
		const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
		if (length === 4294967295 || length <= fileSize - 8) return {
			bytes,
			layout: "raw-implicit-le",
			rawTransferSyntax: IMPLICIT_VR_LITTLE_ENDIAN
		};
	}
	return null;
}
var ParseFailure = class extends Error {
	reason;
	partial;
	constructor(reason, partial = null) {
		super(reason);
		this.reason = reason;
		this.partial = partial;
	}
};
function partialOf(error) {
	if (error && typeof error === "object" && "dataSet" in error) return error.dataSet;
	return null;
}
function concat(chunks) {
	const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
/** Inflates as much of a (possibly truncated) raw deflate stream as there is. */
function inflatePartial(body) {
	const chunks = [];
	const inflater = new Inflate();
	inflater.ondata = (chunk) => chunks.push(chunk);
	try {
		inflater.push(body, false);
	} catch {}
	return concat(chunks);
}
/** The offset just past the meta group (the first byte of the data set) in a non-deflated Part-10 file. */
function endOfMeta(dataSet) {
	let end = 0;
	for (const tag in dataSet.elements) {
		if (!tag.startsWith("x0002")) continue;
		const element = dataSet.elements[tag];
		end = Math.max(end, element.dataOffset + element.length);
	}
	return end;
}
/** Parses a located data set with dicom-parser. Throws `ParseFailure` with dicom-parser's reason. */
function parseLocated(located, options) {
	const { bytes, layout } = located;
	const inflater = (array, position) => options.whole ? inflateSync(array.subarray(position)) : inflatePartial(array.subarray(position));
	let dataSet;
	try {
		dataSet = import_dicomParser_min.default.parseDicom(bytes, {
			untilTag: options.untilPixelData ? "x7fe00010" : void 0,
			inflater,
			...located.rawTransferSyntax ? { TransferSyntaxUID: located.rawTransferSyntax } : {}
		});
	} catch (error) {
		throw new ParseFailure(parserReason(error), partialOf(error));
	}
	if (located.rawTransferSyntax) return {
		dataSet,
		meta: null,
		transferSyntaxUid: located.rawTransferSyntax,
		layout,
		reachedPixelData: dataSet.elements.x7fe00010 !== void 0,
		dataSetOffset: 0
	};
	const inflated = dataSet.byteArray !== bytes;
	let meta;
	try {
		meta = inflated ? import_dicomParser_min.default.readPart10Header(bytes) : dataSet;
	} catch (error) {
		throw new ParseFailure(parserReason(error));
	}
	const transferSyntaxUid = (meta.string("x00020010") ?? "").replace(/\0/g, "").trim();
	if (!transferSyntaxUid) throw new ParseFailure("the meta header has no transfer syntax (0002,0010)");
	return {
		dataSet,
		meta,
		transferSyntaxUid,
		layout,
		reachedPixelData: dataSet.elements.x7fe00010 !== void 0,
		dataSetOffset: inflated ? 0 : endOfMeta(dataSet)
	};
}
/** Every field of a header lies in groups up to 0028: a header parse stops at the first element after them. */
const HEADER_END_GROUP = 41;
/**
* Parses only what a header needs (groups up to 0028), with dicom-parser's element readers: private headers
* in group 0029 and later (Siemens CSA…), waveforms, overlays and the pixel data are never parsed, and a
* leading slice is enough for them. Throws `ParseFailure` with dicom-parser's reason.
*/
function parseHeader(located, whole) {
	const { bytes, layout } = located;
	let meta = null;
	let transferSyntaxUid = located.rawTransferSyntax ?? "";
	let array = bytes;
	let position = 0;
	const warnings = [];
	const elements = {};
	try {
		if (!located.rawTransferSyntax) {
			meta = import_dicomParser_min.default.readPart10Header(bytes);
			transferSyntaxUid = (meta.string("x00020010") ?? "").replace(/\0/g, "").trim();
			if (!transferSyntaxUid) throw new ParseFailure("the meta header has no transfer syntax (0002,0010)");
			position = meta.position;
			if (transferSyntaxUid === "1.2.840.10008.1.2.1.99") {
				array = whole ? inflateSync(bytes.subarray(position)) : inflatePartial(bytes.subarray(position));
				position = 0;
			}
		}
		const parser = transferSyntaxUid === "1.2.840.10008.1.2.2" ? import_dicomParser_min.default.bigEndianByteArrayParser : import_dicomParser_min.default.littleEndianByteArrayParser;
		const read = transferSyntaxUid === "1.2.840.10008.1.2" ? (stream) => import_dicomParser_min.default.readDicomElementImplicit(stream, "x7fe00010") : (stream, list) => import_dicomParser_min.default.readDicomElementExplicit(stream, list, "x7fe00010");
		const stream = new import_dicomParser_min.default.ByteStream(parser, array, position);
		let complete = false;
		while (stream.position + 4 <= array.length) {
			if (parser.readUint16(array, stream.position) >= HEADER_END_GROUP) {
				complete = true;
				break;
			}
			const element = read(stream, warnings);
			if (element.length !== 4294967295 && element.dataOffset + element.length > array.length) {
				if (whole) throw new ParseFailure(`the file ends inside element ${element.tag}`);
				break;
			}
			elements[element.tag] = element;
		}
		if (!complete && whole && stream.position >= array.length) complete = true;
		const DataSetClass = import_dicomParser_min.default.DataSet;
		const dataSet = new DataSetClass(parser, array, elements);
		dataSet.warnings = warnings;
		return {
			dataSet,
			meta,
			transferSyntaxUid,
			layout,
			reachedPixelData: false,
			dataSetOffset: position,
			complete
		};
	} catch (error) {
		if (error instanceof ParseFailure) throw error;
		const DataSetClass = import_dicomParser_min.default.DataSet;
		throw new ParseFailure(parserReason(error), new DataSetClass(null, array, elements));
	}
}
// src/lib/dicom/header.ts
/** The tags read, in dicom-parser notation, with their VR (implicit files carry none). */
const FIELDS = {
	patientName: ["x00100010", "PN"],
	patientId: ["x00100020", "LO"],
	otherPatientIds: ["x00101000", "LO"],
	patientSex: ["x00100040", "CS"],
	studyInstanceUid: ["x0020000d", "UI"],
	seriesInstanceUid: ["x0020000e", "UI"],
	sopInstanceUid: ["x00080018", "UI"],
	sopClassUid: ["x00080016", "UI"],
	studyTime: ["x00080030", "TM"],
	studyDescription: ["x00081030", "LO"],
	studyId: ["x00200010", "SH"],
	accessionNumber: ["x00080050", "SH"],
	referringPhysicianName: ["x00080090", "PN"],
	institutionName: ["x00080080", "LO"],
	seriesDescription: ["x0008103e", "LO"],
	seriesNumber: ["x00200011", "IS"],
	instanceNumber: ["x00200013", "IS"],
	modality: ["x00080060", "CS"]
};
const INITIAL_SLICE = 65536;
const GROWTH = 4;
const DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10";
const UID = /^[0-9]+(\.[0-9]+)*$/;
const IDENTIFYING = [
	"x00080016",
	"x00080018",
	"x0020000d"
];
const DEFAULT_CHARSET = characterSetOf("");
function isPadding(byte) {
	return byte === 32 || byte === 0;
}
/** Reads a text element: decoded per Specific Character Set for text VRs, ASCII otherwise; padding removed. */
function readText(dataSet, tag, vr, charset, problems) {
	const element = dataSet.elements[tag];
	if (!element?.length) return "";
	const array = dataSet.byteArray;
	let start = element.dataOffset;
	let end = start + element.length;
	if (end > array.length) return "";
	while (end > start && isPadding(array[end - 1])) end--;
	while (start < end && isPadding(array[start])) start++;
	const bytes = array.subarray(start, end);
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		if (byte >= 128 || byte === 27) {
			if (TEXT_VRS.has(vr)) return decodeDicomText(bytes, charset, vr, problems).trim();
			return Array.from(bytes, (b) => b < 128 ? String.fromCharCode(b) : "�").join("");
		}
	}
	return String.fromCharCode.apply(null, bytes);
}
/** The header fields of a parsed data set (shared by `readDicomHeader` and the whole-file readers). */
function headerFromDataSet(parsed, file) {
	const { dataSet } = parsed;
	const problems = /* @__PURE__ */ new Set();
	const charset = characterSetOf(readText(dataSet, "x00080005", "CS", DEFAULT_CHARSET, problems));
	const fields = {};
	for (const key in FIELDS) {
		const [tag, vr] = FIELDS[key];
		fields[key] = readText(dataSet, tag, vr, charset, problems);
	}
	const date = (tag) => normalizeDicomDate(readText(dataSet, tag, "DA", charset, problems));
	const pixel = dataSet.elements.x7fe00010;
	const hasPixelData = pixel !== void 0 || dataSet.elements.x7fe00008 !== void 0 || dataSet.elements.x7fe00009 !== void 0 || dataSet.elements.x00280010 !== void 0 && dataSet.elements.x00280011 !== void 0;
	const burnedInAnnotation = readText(dataSet, "x00280301", "CS", charset, problems).toUpperCase();
	const reason = burnedInTextReason({
		burnedInAnnotation,
		modality: fields.modality,
		sopClassUid: fields.sopClassUid,
		hasPixelData
	});
	const warnings = problems.size > 0 || charset.unsupported.length > 0 ? [...charsetWarnings(charset, problems)] : [];
	if (parsed.meta === null) warnings.push("no-transfer-syntax");
	for (const warning of dataSet.warnings ?? []) warnings.push(`parser:${warning}`);
	const frames = Number.parseInt(readText(dataSet, "x00280008", "IS", charset, problems), 10);
	return {
		fileName: file.fileName,
		fileSize: file.fileSize,
		bytesRead: file.bytesRead,
		layout: parsed.layout,
		isPart10: parsed.meta !== null,
		transferSyntaxUid: parsed.transferSyntaxUid,
		encapsulated: isEncapsulatedSyntax(parsed.transferSyntaxUid) || pixel !== void 0 && pixel.hadUndefinedLength === true,
		specificCharacterSet: charset.raw,
		...fields,
		mediaStorageSopClassUid: parsed.meta ? readText(parsed.meta, "x00020002", "UI", charset, problems) : "",
		patientBirthDate: date("x00100030"),
		studyDate: date("x00080020"),
		numberOfFrames: Number.isFinite(frames) && frames > 0 ? frames : hasPixelData ? 1 : 0,
		hasPixelData,
		patientIdentityRemoved: readText(dataSet, "x00120062", "CS", charset, problems).toUpperCase() === "YES",
		burnedInAnnotation,
		burnedInTextRisk: reason !== null,
		burnedInTextReason: reason,
		warnings
	};
}
/** Refuses what cannot be sent: a DICOMDIR, or a file with no SOP Instance UID (nothing identifies it). */
function checkSendable(header, located) {
	if (header.sopClassUid === DICOMDIR_SOP_CLASS || header.mediaStorageSopClassUid === DICOMDIR_SOP_CLASS) throw new DicomReadError(header.fileName, "dicomdir");
	if (!(UID.test(header.sopInstanceUid) || UID.test(header.studyInstanceUid)) && located.rawTransferSyntax) throw new DicomReadError(header.fileName, "not-dicom", "no DICM prefix and no identifying UID");
	if (!UID.test(header.sopInstanceUid)) throw new DicomReadError(header.fileName, "missing-identifiers");
	return header;
}
function nameOf$1(file, fallback) {
	if (fallback) return fallback;
	return typeof File !== "undefined" && file instanceof File ? file.name : "file";
}
async function readSlice(file, size, fileName) {
	try {
		return new Uint8Array(await file.slice(0, size).arrayBuffer());
	} catch (error) {
		throw new DicomReadError(fileName, "read-failed", error instanceof Error ? error.message : "", { cause: error });
	}
}
/**
* Reads the header of one DICOM file, stopping before the pixel data. Throws `DicomReadError` (with a `code`
* and dicom-parser's reason in `detail`) when the file is not DICOM, cannot be read, or cannot be sent.
*/
async function readDicomHeader(file, options = {}) {
	const fileName = nameOf$1(file, options.fileName);
	if (file.size === 0) throw new DicomReadError(fileName, "empty-file");
	let size = Math.min(options.initialBytes ?? INITIAL_SLICE, file.size);
	for (;;) {
		const bytes = await readSlice(file, size, fileName);
		const whole = size >= file.size;
		const located = locateDicom(bytes, file.size);
		if (!located) throw new DicomReadError(fileName, "not-dicom", "no DICM prefix and no data set");
		let parsed = null;
		let failure = null;
		try {
			parsed = parseHeader(located, whole);
		} catch (error) {
			failure = error;
		}
		if (parsed && (parsed.complete || whole)) return checkSendable(headerFromDataSet(parsed, {
			fileName,
			fileSize: file.size,
			bytesRead: size
		}), located);
		const seen = parsed?.dataSet ?? (failure instanceof ParseFailure ? failure.partial : null);
		if (located.rawTransferSyntax && !IDENTIFYING.some((tag) => seen?.elements[tag])) throw new DicomReadError(fileName, "not-dicom", "no DICM prefix and no identifying UID");
		if (whole) {
			const reason = failure instanceof ParseFailure ? failure.reason : String(failure);
			throw new DicomReadError(fileName, located.rawTransferSyntax ? "not-dicom" : "unreadable", reason, { cause: failure });
		}
		size = Math.min(file.size, size * GROWTH);
	}
}
// src/lib/dicom/worker-api.ts
const nameOf = (file, fallback) => fallback ?? (typeof File !== "undefined" && file instanceof File ? file.name : "file");
// src/lib/dicom/dicom.worker.ts
/** The DICOM worker: header reads and de-identification off the page's thread. */
expose({
	/** Reads the headers of several files (one message for many small reads). */
	async readHeaders(requests) {
		const outcomes = [];
		for (const { file, fileName } of requests) try {
			outcomes.push({
				ok: true,
				header: await readDicomHeader(file, { fileName })
			});
		} catch (error) {
			outcomes.push({
				ok: false,
				fileName,
				error: serializeDicomError(error, fileName)
			});
		}
		return outcomes;
	},
	/** De-identifies one file; `withChanges` keeps the list of changes (the preview), otherwise it is dropped. */
	async deidentify(file, options, withChanges = false) {
		const fileName = nameOf(file, options.fileName);
		try {
			const { deidentifyDicomWithReport } = await import("./deidentify-COLJ1P_1.js");
			const result = await deidentifyDicomWithReport(file, {
				...options,
				fileName
			});
			return {
				ok: true,
				blob: result.blob,
				header: result.header,
				inputHeader: result.inputHeader,
				changes: withChanges ? result.changes : []
			};
		} catch (error) {
			return {
				ok: false,
				fileName,
				error: serializeDicomError(error, fileName)
			};
		}
	}
});
export { decodeDicomText as _, DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN as a, IMPLICIT_VR_LITTLE_ENDIAN as c, require_dicomParser_min as d, normalizeDicomDate as f, characterSetOf as g, TEXT_VRS as h, parseLocated as i, isRewritableSyntax as l, shiftDicomDateTime as m, ParseFailure as n, EXPLICIT_VR_BIG_ENDIAN as o, shiftDicomDate as p, locateDicom as r, EXPLICIT_VR_LITTLE_ENDIAN as s, headerFromDataSet as t, deflateSync as u, DeidentifyError as v, __toESM as y };
