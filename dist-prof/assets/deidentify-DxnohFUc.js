import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { a as deflateSync, n as pseudonymFor, r as remapUid, s as DeidentifyError } from "./UploadsPage-NCdNrvEk.js";
import { a as DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, c as IMPLICIT_VR_LITTLE_ENDIAN, d as characterSetOf, f as decodeDicomText, g as shiftDicomDateTime, h as shiftDicomDate, i as parseLocated, l as isRewritableSyntax, m as normalizeDicomDate, n as ParseFailure, o as EXPLICIT_VR_BIG_ENDIAN, p as require_dicomParser_min, r as locateDicom, s as EXPLICIT_VR_LITTLE_ENDIAN, t as headerFromDataSet, u as TEXT_VRS } from "./worker-api-DX5l_MX0.js";
import { t as __vitePreload } from "./preload-helper-BhofnfyO.js";
// src/lib/dicom/deid-profile.ts
/**
* PS3.15 Table E.1-1, Basic Application Level Confidentiality Profile column (DICOM 2025b): the action on
* each standard attribute, as tag lists (`GGGGEEEE`). X/D is taken as X. Repeating groups and private
* attributes are handled in ./deidentify.ts: curves (50xx,xxxx), overlay data and comments
* (60xx,3000 / 60xx,4000) and every private element are removed.
* Regenerate from the standard's table when it changes; nothing else in this file is logic.
*/
/** X: removed. */
var REMOVE = `
00001000 00080012 00080015 00080021 00080024 00080025 00080031 00080034 00080035 00080054 00080055
00080081 00080092 00080094 00080096 0008009D 00080201 00081000 00081030 0008103E 00081040 00081041
00081048 00081049 00081050 00081052 00081060 00081062 00081072 00081080 00081084 00081088 00081120
00081301 00081302 00081303 00081304 00082111 00084000 00100011 00100012 00100013 00100014 00100015
00100016 00100021 00100032 00100041 00100042 00100043 00100044 00100045 00100046 00100047 00100050
00100101 00100102 00101000 00101001 00101002 00101005 00101010 00101020 00101030 00101040 00101050
00101060 00101080 00101081 00101090 00101100 00102000 00102110 00102150 00102152 00102154 00102155
00102160 00102161 00102162 00102180 001021A0 001021B0 001021C0 001021D0 001021F0 00102297 00102299
00104000 00120022 00120023 00120032 00120041 00120043 00120051 00120055 00120071 00120072 00120073
00120082 00120086 00120087 0014407C 0014407E 0016002B 0016004B 0016004D 0016004E 0016004F 00160050
00160051 00160070 00160071 00160072 00160073 00160074 00160075 00160076 00160077 00160078 00160079
0016007A 0016007B 0016007C 0016007D 0016007E 0016007F 00160080 00160081 00160082 00160083 00160084
00160085 00160086 00160087 00160088 00160089 0016008A 0016008B 0016008C 0016008D 0016008E 00180027
00180035 00181004 00181005 00181007 00181008 00181009 0018100A 00181012 00181014 00181030 00181042
00181043 00181072 00181073 00181078 00181079 00181200 00181201 00181202 00181204 00181205 00181400
00184000 00185011 0018700A 0018700C 0018700E 00189185 00189373 0018937B 0018937F 00189424 00189516
00189517 00189937 0018A002 0018A003 00200027 00203401 00203403 00203405 00203406 00204000 00209158
00284000 00320012 00320032 00320033 00320034 00320035 00321000 00321001 00321010 00321011 00321020
00321021 00321030 00321032 00321033 00321040 00321041 00321050 00321051 00321066 00321067 00321070
00324000 00380004 00380010 00380011 00380014 0038001A 0038001B 0038001C 0038001D 0038001E 00380020
00380021 00380030 00380032 00380040 00380050 00380060 00380061 00380062 00380064 00380300 00380400
00380500 00384000 003A0329 003A032B 00400001 00400002 00400003 00400004 00400005 00400006 00400007
00400009 0040000B 00400010 00400011 00400012 00400241 00400242 00400243 00400244 00400245 00400250
00400251 00400253 00400254 00400275 00400280 00400310 0040050A 0040051A 00400600 00400602 004006FA
00401001 00401002 00401004 00401005 0040100A 00401010 00401011 00401102 00401103 00401104 00401400
00402001 00402004 00402005 00402008 00402009 00402010 00402011 00402400 00403001 00404005 00404008
00404010 00404011 00404025 00404027 00404028 00404030 00404034 00404035 00404036 00404037 00404050
00404051 00404052 0040A023 0040A024 0040A032 0040A033 0040A034 0040A035 0040A078 0040A07A 0040A07C
0040A110 0040A112 0040A192 0040A193 0040A307 0040A352 0040A353 0040A354 0040A358 0040B034 0040B036
0040B03B 0040B03F 0040DB06 0040DB07 0040E004 00440004 0044000B 00440010 00440105 0050001B 00500020
00500021 006A0006 00700082 00700083 00700086 00741234 00741236 00880200 00880904 00880906 00880910
00880912 01000420 04000310 04000402 04000403 04000404 04000550 04000551 04000552 04000561 04000600
20300020 21000040 21000050 21000070 30020121 30020123 30060004 30060006 30060028 3006002D 3006002E
30060038 3006004D 3006004E 30060085 30060088 30080054 30080056 30080250 30080251 300A0003 300A0004
300A0006 300A0007 300A000B 300A000E 300A0016 300A0072 300A00C3 300A00DD 300A0196 300A01A6 300A01B2
300A0216 300A02EB 300A0676 300A078E 300A0792 300A0794 300A079A 300C0113 30100036 30100037 3010004C
3010004D 30100056 30100061 30100077 30100085 40000010 40004000 40080040 40080042 40080100 40080101
40080102 40080108 40080109 4008010A 4008010B 4008010C 40080111 40080112 40080113 40080114 40080115
40080118 40080119 4008011A 40080200 40080202 40080300 40084000 FFFAFFFA FFFCFFFC
`;
/** Z: kept with an empty value (X/Z, Z/D and X/Z/D too: emptying keeps Type 2 attributes present). */
var EMPTY = `
00080013 00080020 00080022 00080023 0008002A 00080030 00080032 00080033 00080050 00080080 00080082
00080090 0008009C 00081010 00081070 00081110 00081111 00100010 00100020 00100030 00100040 00102203
00120021 00120030 00120031 00120050 00120060 00180010 00181000 00181203 00189919 00200010 00321060
00400513 00400555 00400562 00400610 00402016 00402017 0040A082 0040A088 00700084 04000564 22000002
22000005 30060008 30060009 30060026 300600A6 30080105 300A00B2 300A0611 300A0615 300A067D 300E0004
300E0005 300E0008 3010000F 30100017 3010001B 30100043 3010005A 3010005C 3010007A 3010007B 3010007F
30100081
`;
/** D: replaced by a dummy value of its VR (an SQ becomes empty). */
var DUMMY = `
00080106 00080107 00120010 00120020 00120040 00120042 00120081 001811BB 00189074 00189151 00189367
00189369 0018936A 00189371 00189623 00189701 00189804 00340001 00340002 00340005 00340007 003A0314
00400512 00400551 00401101 0040A027 0040A030 0040A073 0040A075 0040A120 0040A121 0040A122 0040A123
0040A13A 0040A730 00420011 00440104 00686226 00686270 006A0003 006A0005 00700001 0072000A 0072005E
0072005F 00720061 00720063 00720065 00720066 00720068 0072006A 0072006B 0072006C 0072006D 0072006E
00720070 00720071 04000105 04000115 04000562 04000563 04000565 21000140 30060002 30080024 30080025
30080162 30080164 30080166 30080168 300A0002 300A022C 300A022E 300A0608 300A0619 300A0623 300A062A
300A067C 300A0734 300A0736 300A073A 300A0741 300A0742 300A0760 300A0783 300C0127 3010002D 30100033
30100034 30100035 30100038 30100054
`;
/** U: UIDs replaced consistently within the batch (X/Z/U* too: a sequence is kept, the UIDs in it are replaced). */
var UID = `
00001001 00020003 00041511 00080014 00080017 00080018 00080019 00080058 00081140 00081155 00081195
00082112 00083010 00181002 0018100B 00182042 0020000D 0020000E 00200052 00200200 00209161 00209164
00281199 00281214 003A0310 00400554 00404023 0040A124 0040A171 0040A172 0040A402 0040DB0C 0040DB0D
00620021 00640003 0070031A 00701101 00701102 00880140 04000100 30060024 300600C2 300A0013 300A0054
300A0083 300A0609 300A0650 300A0700 300A0785 30100006 3010000B 30100013 30100015 30100031 3010003B
3010006E 3010006F
`;
var table = /* @__PURE__ */ new Map();
for (const [action, tags] of [
	["X", REMOVE],
	["Z", EMPTY],
	["D", DUMMY],
	["U", UID]
]) for (const tag of tags.split(/\s+/)) if (tag) table.set(tag, action);
/** The Basic Profile action on a standard attribute (`GGGGEEEE`, upper case), or undefined: kept. */
function basicProfileAction(tag) {
	return table.get(tag);
}
/** Retain Patient Characteristics Option (PS3.15 E.3.8): attributes kept when the user asks for it. */
var PATIENT_CHARACTERISTICS = new Set("00100040 00101010 00101020 00101030 00102160 00102161 00102162 00102203 001021A0 001021C0 00100043 00100046 00100047 0072005F".split(" "));
// src/lib/dicom/encode-element.ts
var import_dicomParser_min = /* @__PURE__ */ __toESM(require_dicomParser_min(), 1);
/** Text VRs with a 2-byte length in explicit VR, and those with a 4-byte length (after 2 reserved bytes). */
var SHORT_LENGTH_VRS = /* @__PURE__ */ new Set([
	"AE",
	"AS",
	"CS",
	"DA",
	"DT",
	"LO",
	"LT",
	"PN",
	"SH",
	"ST",
	"TM",
	"UI"
]);
var LONG_LENGTH_VRS = /* @__PURE__ */ new Set([
	"UC",
	"UR",
	"UT"
]);
var utf8$1 = new TextEncoder();
/**
* One top-level text element, encoded as dcmjs writes it (UTF-8, values joined by `\`, padded to an even
* length with NUL for UI and a space otherwise), without dcmjs's several write streams per element: most of
* what a de-identification changes is of this kind (UIDs, dates, names). `text` is the element's value as
* one string (`textOf`). Returns null for what is left to dcmjs: numbers, binary values, sequences, a value
* too long for its length field.
*/
function encodeTextElement(tag, element, text, syntax) {
	const { vr } = element;
	const long = LONG_LENGTH_VRS.has(vr);
	if (!long && !SHORT_LENGTH_VRS.has(vr)) return null;
	for (const value of element.Value ?? []) {
		if (typeof value === "string") continue;
		if (vr === "PN" && value && typeof value === "object") continue;
		return null;
	}
	const encoded = utf8$1.encode(text);
	const length = encoded.length + encoded.length % 2;
	const implicit = syntax === IMPLICIT_VR_LITTLE_ENDIAN;
	if (!implicit && !long && length > 65534) return null;
	const headerLength = implicit ? 8 : long ? 12 : 8;
	const out = new Uint8Array(headerLength + length);
	const view = new DataView(out.buffer);
	const littleEndian = syntax !== EXPLICIT_VR_BIG_ENDIAN;
	view.setUint16(0, Number.parseInt(tag.slice(0, 4), 16), littleEndian);
	view.setUint16(2, Number.parseInt(tag.slice(4, 8), 16), littleEndian);
	if (implicit) view.setUint32(4, length, true);
	else {
		out[4] = vr.charCodeAt(0);
		out[5] = vr.charCodeAt(1);
		if (long) view.setUint32(8, length, littleEndian);
		else view.setUint16(6, length, littleEndian);
	}
	out.set(encoded, headerLength);
	if (length > encoded.length) out[headerLength + encoded.length] = vr === "UI" ? 0 : 32;
	return out;
}
/**
* A sequence whose items hold only text elements and sequences of the same kind, encoded as dcmjs writes it
* (undefined lengths: each item ends with an item delimiter, the sequence with a sequence delimiter; elements
* in tag order). `textOf` gives an element's value as one string. Returns null when any element inside is
* left to dcmjs.
*/
function encodeSequence(tag, element, textOf, syntax) {
	if (element.vr !== "SQ") return null;
	const parts = [];
	const implicit = syntax === IMPLICIT_VR_LITTLE_ENDIAN;
	const littleEndian = syntax !== EXPLICIT_VR_BIG_ENDIAN;
	const marker = (group, elementNumber, length) => {
		const out = /* @__PURE__ */ new Uint8Array(8);
		const view = new DataView(out.buffer);
		view.setUint16(0, group, littleEndian);
		view.setUint16(2, elementNumber, littleEndian);
		view.setUint32(4, length, littleEndian);
		return out;
	};
	const header = new Uint8Array(implicit ? 8 : 12);
	const view = new DataView(header.buffer);
	view.setUint16(0, Number.parseInt(tag.slice(0, 4), 16), littleEndian);
	view.setUint16(2, Number.parseInt(tag.slice(4, 8), 16), littleEndian);
	if (implicit) view.setUint32(4, 4294967295, littleEndian);
	else {
		header[4] = 83;
		header[5] = 81;
		view.setUint32(8, 4294967295, littleEndian);
	}
	parts.push(header);
	for (const item of element.Value ?? []) {
		if (!item || typeof item !== "object") return null;
		parts.push(marker(65534, 57344, 4294967295));
		const dataset = item;
		for (const child of Object.keys(dataset).sort()) {
			const value = dataset[child];
			const bytes = value.vr === "SQ" ? encodeSequence(child, value, textOf, syntax) : encodeTextElement(child, value, textOf(value), syntax);
			if (!bytes) return null;
			parts.push(bytes);
		}
		parts.push(marker(65534, 57357, 0));
	}
	parts.push(marker(65534, 57565, 0));
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
/**
* Preamble, `DICM` and the file meta group (version, SOP class and instance, transfer syntax, implementation
* class UID and version name), as dcmjs's `DicomDict.write` writes them with no data set.
*/
function encodeMetaHeader(meta) {
	const text = (tag, vr, value) => encodeTextElement(tag, {
		vr,
		Value: [value]
	}, value, EXPLICIT_VR_LITTLE_ENDIAN);
	const elements = [
		new Uint8Array([
			2,
			0,
			1,
			0,
			79,
			66,
			0,
			0,
			2,
			0,
			0,
			0,
			0,
			1
		]),
		text("00020002", "UI", meta.sopClassUid),
		text("00020003", "UI", meta.sopInstanceUid),
		text("00020010", "UI", meta.transferSyntaxUid),
		text("00020012", "UI", meta.implementationClassUid),
		text("00020013", "SH", meta.implementationVersionName)
	];
	const groupLength = elements.reduce((sum, element) => sum + element.length, 0);
	const out = new Uint8Array(144 + groupLength);
	out.set([
		68,
		73,
		67,
		77
	], 128);
	out.set([
		2,
		0,
		0,
		0,
		85,
		76,
		4,
		0
	], 132);
	new DataView(out.buffer).setUint32(140, groupLength, true);
	let at = 144;
	for (const element of elements) {
		out.set(element, at);
		at += element.length;
	}
	return out;
}
// src/lib/dicom/rewrite.ts
var dcmjsModule = null;
/** dcmjs, imported on first use (it never reaches the first route: only the worker loads it). */
function loadDcmjs() {
	dcmjsModule ??= __vitePreload(() => import("./dcmjs.es-BNqdavtZ.js").then((module) => module.default), []);
	return dcmjsModule;
}
/** Our implementation class UID (PS3.7 D.3.3.2) and version name, written in every rewritten meta header. */
var IMPLEMENTATION_CLASS_UID = "2.25.203926152127530982452387651094362931981";
var IMPLEMENTATION_VERSION_NAME = "FOCONSOLE_1";
var latin1Bytes = null;
function bytesOfDecoded(text) {
	if (!latin1Bytes) {
		const all = new TextDecoder("latin1").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
		latin1Bytes = new Map([...all].map((char, byte) => [char.codePointAt(0), byte]));
	}
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = latin1Bytes.get(text.charCodeAt(i)) ?? 63;
	return out;
}
/** dicom-parser's explicit VRs with a 4-byte length (the element header is then 12 bytes). */
var LONG_VRS = /* @__PURE__ */ new Set([
	"OB",
	"OD",
	"OL",
	"OW",
	"SQ",
	"OF",
	"UC",
	"UR",
	"UT",
	"UN"
]);
var SINGLE_VALUE_VRS = /* @__PURE__ */ new Set([
	"ST",
	"LT",
	"UT",
	"UR"
]);
function tagMatches(bytes, at, tag, bigEndian) {
	const group = Number.parseInt(tag.slice(1, 5), 16);
	const element = Number.parseInt(tag.slice(5, 9), 16);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (at < 0 || at + 4 > bytes.length) return false;
	return view.getUint16(at, !bigEndian) === group && view.getUint16(at + 2, !bigEndian) === element;
}
function elementStart(element, explicit) {
	if (!explicit) return element.dataOffset - 8;
	return element.dataOffset - (LONG_VRS.has(element.vr ?? "") ? 12 : 8);
}
var isPrivate = (tag) => Number.parseInt(tag.slice(1, 5), 16) % 2 === 1;
var isGroupLength = (tag) => tag.endsWith("0000");
/** Every (0008,0005) in the data set and its items: their values are blanked before dcmjs reads. */
function charsetElements(dataSet, out = []) {
	for (const [tag, element] of Object.entries(dataSet.elements)) {
		if (tag === "x00080005") out.push(element);
		for (const item of element.items ?? []) if (item.dataSet) charsetElements(item.dataSet, out);
	}
	return out;
}
/** Splits the parsed data set into what dcmjs rewrites and the pixel data kept verbatim. */
function cutDataSet(parsed, fileName) {
	const { dataSet, transferSyntaxUid } = parsed;
	const source = dataSet.byteArray;
	const explicit = transferSyntaxUid !== IMPLICIT_VR_LITTLE_ENDIAN;
	const bigEndian = transferSyntaxUid === EXPLICIT_VR_BIG_ENDIAN;
	const elements = Object.entries(dataSet.elements).filter(([tag]) => !tag.startsWith("x0002")).map(([tag, element]) => ({
		tag,
		element,
		start: elementStart(element, explicit)
	})).sort((a, b) => a.start - b.start);
	const refuse = (detail) => {
		throw new DeidentifyError(fileName, "unreadable", detail);
	};
	for (const { tag, start } of elements) if (!tagMatches(source, start, tag, bigEndian)) refuse(`element ${tag} is not where its header says`);
	const pixelIndex = elements.findIndex(({ tag }) => tag === "x7fe00010");
	const before = pixelIndex < 0 ? elements : elements.slice(0, pixelIndex);
	const ranges = [];
	const dropped = [];
	const originals = /* @__PURE__ */ new Map();
	before.forEach(({ tag, start }, index) => {
		const end = before[index + 1]?.start ?? (pixelIndex < 0 ? source.length : elements[pixelIndex]?.start ?? 0);
		if (!isPrivate(tag) && !isGroupLength(tag)) {
			ranges.push({
				start,
				end
			});
			originals.set(tag.slice(1).toUpperCase(), source.subarray(start, end));
		} else dropped.push(tag.slice(1).toUpperCase());
	});
	const body = new Uint8Array(ranges.reduce((sum, range) => sum + range.end - range.start, 0));
	const destination = [];
	let at = 0;
	for (const range of ranges) {
		body.set(source.subarray(range.start, range.end), at);
		destination.push({
			range,
			at
		});
		at += range.end - range.start;
	}
	for (const element of charsetElements(dataSet)) {
		const where = destination.find(({ range }) => element.dataOffset >= range.start && element.dataOffset < range.end);
		if (where) body.fill(32, where.at + element.dataOffset - where.range.start, where.at + element.dataOffset - where.range.start + element.length);
	}
	let pixel = null;
	let pixelHead = /* @__PURE__ */ new Uint8Array(0);
	const pixelElement = pixelIndex < 0 ? void 0 : elements[pixelIndex];
	if (pixelElement) {
		const { element, start } = pixelElement;
		if (element.length === void 0 || element.length < 0 || element.length === 4294967295) refuse("the pixel data has no length");
		pixel = {
			start,
			end: element.dataOffset + element.length
		};
		pixelHead = source.subarray(start, Math.min(start + 12, source.length));
	}
	return {
		body,
		pixel,
		pixelHead,
		dropped,
		originals
	};
}
function concat(...parts) {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
var ui = (value) => ({
	vr: "UI",
	Value: [value]
});
/** Preamble, DICM and a meta group naming `syntax`: what dcmjs needs in front of a data set to read it. */
var metaOnlyCache = /* @__PURE__ */ new Map();
function metaOnlyBytes(dcmjs, syntax) {
	let bytes = metaOnlyCache.get(syntax);
	if (!bytes) {
		bytes = new Uint8Array(new dcmjs.data.DicomDict(metaFor("1.2.3", "1.2.3", syntax)).write());
		metaOnlyCache.set(syntax, bytes);
	}
	return bytes;
}
function metaFor(sopClassUid, sopInstanceUid, transferSyntaxUid) {
	return {
		"00020001": {
			vr: "OB",
			Value: [new Uint8Array([0, 1]).buffer]
		},
		"00020002": ui(sopClassUid),
		"00020003": ui(sopInstanceUid),
		"00020010": ui(transferSyntaxUid),
		"00020012": ui(IMPLEMENTATION_CLASS_UID),
		"00020013": {
			vr: "SH",
			Value: [IMPLEMENTATION_VERSION_NAME]
		}
	};
}
/** Calls `visit` for every element of a denaturalized data set and of its sequence items, depth first. */
function walkDataset(dict, visit, path = "") {
	for (const tag of Object.keys(dict)) {
		const element = dict[tag];
		if (!element) continue;
		const here = `${path}(${tag.slice(0, 4)},${tag.slice(4)})`;
		visit(tag, element, dict, here);
		const kept = dict[tag];
		if (kept?.vr === "SQ") (kept.Value ?? []).forEach((item, index) => {
			if (item && typeof item === "object") walkDataset(item, visit, `${here}[${index}]`);
		});
	}
}
/** A text element's value as one string, values joined by `\`, PN components by `=` (dcmjs splits both). */
function textOf(element) {
	return (element.Value ?? []).map((value) => {
		if (value && typeof value === "object" && !(value instanceof String)) {
			const { Alphabetic = "", Ideographic = "", Phonetic = "" } = value;
			return [
				Alphabetic,
				Ideographic,
				Phonetic
			].join("=").replace(/=+$/, "");
		}
		return value === void 0 || value === null ? "" : String(value);
	}).join("\\");
}
/** Sets a text element from one Unicode string (split into values except for single-value VRs). */
function setText(element, text) {
	element.Value = text === "" ? [] : SINGLE_VALUE_VRS.has(element.vr) ? [text] : text.split("\\");
	delete element._rawValue;
}
function isAscii(text) {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
	return true;
}
/** VRs whose values `encodeTextElement` may write (it refuses the others anyway: this only skips a call). */
var TEXT_LIKE_VRS = /* @__PURE__ */ new Set([
	"AE",
	"AS",
	"CS",
	"DA",
	"DT",
	"LO",
	"LT",
	"PN",
	"SH",
	"ST",
	"TM",
	"UI",
	"UC",
	"UR",
	"UT"
]);
/** Files up to this size are read whole; larger ones only up to their pixel data. */
var READ_WHOLE_BYTES = 262144;
function parseWhole(bytes, fileName) {
	const located = locateDicom(bytes);
	if (!located) throw new DeidentifyError(fileName, "unreadable", "not a DICOM file");
	try {
		const parsed = parseLocated(located, { whole: true });
		const array = parsed.dataSet.byteArray;
		return {
			parsed,
			pixelPart: (range) => array.subarray(range.start, range.end),
			fileLength: array.length
		};
	} catch (error) {
		throw new DeidentifyError(fileName, "unreadable", error instanceof ParseFailure ? error.reason : String(error));
	}
}
async function readAll(file, fileName) {
	try {
		return new Uint8Array(await file.arrayBuffer());
	} catch (error) {
		throw new DeidentifyError(fileName, "unreadable", error instanceof Error ? error.message : String(error));
	}
}
/**
* What the rewrite works on. A large file is read only up to its pixel data (64 KB first, growing); its pixel
* data stays on disk and goes into the output as a slice of the file. Deflated files, encapsulated pixel
* data (whose end is found by walking its fragments) and files without a preamble are read whole.
*/
async function loadSource(input, fileName) {
	if (!(input instanceof Blob)) return parseWhole(input, fileName);
	if (input.size <= READ_WHOLE_BYTES) return parseWhole(await readAll(input, fileName), fileName);
	for (let size = 65536;; size = Math.min(input.size, size * 4)) {
		const whole = size >= input.size;
		const prefix = await readAll(input.slice(0, size), fileName);
		if (whole) return parseWhole(prefix, fileName);
		const located = locateDicom(prefix, input.size);
		if (!located || located.layout !== "part10" && !located.rawTransferSyntax) return parseWhole(await readAll(input, fileName), fileName);
		let parsed;
		try {
			parsed = parseLocated(located, {
				untilPixelData: true,
				whole: false
			});
		} catch {
			continue;
		}
		if (parsed.transferSyntaxUid === "1.2.840.10008.1.2.1.99") return parseWhole(await readAll(input, fileName), fileName);
		if (!parsed.reachedPixelData) continue;
		const pixel = parsed.dataSet.elements.x7fe00010;
		if (!pixel || pixel.length === 4294967295 || pixel.hadUndefinedLength) return parseWhole(await readAll(input, fileName), fileName);
		return {
			parsed,
			pixelPart: (range) => input.slice(range.start, range.end),
			fileLength: input.size
		};
	}
}
/**
* Rewrites one DICOM file. `transform` receives the data set with every text value already decoded to
* Unicode and every date normalised to `YYYYMMDD`. Throws `DeidentifyError` when the file cannot be rewritten
* safely; the input is never returned unaltered.
*/
async function rewriteDicom(input, fileName, transform) {
	const { parsed, pixelPart, fileLength } = await loadSource(input, fileName);
	const inputHeader = headerFromDataSet(parsed, {
		fileName,
		fileSize: fileLength,
		bytesRead: fileLength
	});
	const transferSyntaxUid = parsed.transferSyntaxUid;
	if (!isRewritableSyntax(transferSyntaxUid)) throw new DeidentifyError(fileName, "unsupported-transfer-syntax", transferSyntaxUid);
	const deflated = transferSyntaxUid === DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN;
	const { body, pixel: pixelRange, pixelHead, dropped, originals } = cutDataSet(parsed, fileName);
	if (pixelRange && pixelRange.end > fileLength) throw new DeidentifyError(fileName, "unreadable", "the pixel data is truncated");
	const pixel = pixelRange ? pixelPart(pixelRange) : /* @__PURE__ */ new Uint8Array(0);
	const pixelLength = pixelRange ? pixelRange.end - pixelRange.start : 0;
	const dcmjs = await loadDcmjs();
	const { data } = dcmjs;
	const dataSetSyntax = deflated ? EXPLICIT_VR_LITTLE_ENDIAN : transferSyntaxUid;
	const readInput = concat(metaOnlyBytes(dcmjs, dataSetSyntax), body);
	const prototype = data.ReadBufferStream.prototype;
	const setDecoder = prototype.setDecoder;
	let dict;
	try {
		prototype.setDecoder = () => {};
		dict = data.DicomMessage.readFile(readInput.buffer, { ignoreErrors: false }).dict;
	} catch (error) {
		throw new DeidentifyError(fileName, "unreadable", error instanceof Error ? error.message : String(error));
	} finally {
		prototype.setDecoder = setDecoder;
	}
	const before = new Map(Object.entries(dict).map(([tag, element]) => [tag, fingerprint(element)]));
	const charset = characterSetOf(inputHeader.specificCharacterSet);
	const undecodable = /* @__PURE__ */ new WeakSet();
	const original = /* @__PURE__ */ new WeakMap();
	walkDataset(dict, (tag, element, parent) => {
		if (tag === "00080005" && parent !== dict) {
			delete parent[tag];
			return;
		}
		if (TEXT_VRS.has(element.vr)) {
			const bytes = bytesOfDecoded(textOf(element));
			const problems = /* @__PURE__ */ new Set();
			const text = decodeDicomText(bytes, charset, element.vr, problems);
			if (problems.has("invalid") || problems.has("undeclared") || problems.has("unknown-escape")) undecodable.add(element);
			original.set(element, bytes);
			setText(element, text);
		} else if (element.vr === "DA") {
			element.Value = (element.Value ?? []).map((value) => normalizeDicomDate(String(value ?? "")));
			delete element._rawValue;
		}
	});
	await transform(dict, {
		fileName,
		header: inputHeader,
		charset,
		transferSyntaxUid,
		droppedTags: dropped,
		isUndecodable: (element) => undecodable.has(element),
		originalBytes: (element) => original.get(element),
		dcmjs
	});
	let allAscii = true;
	walkDataset(dict, (tag, element, parent) => {
		if (isGroupLength(tag)) delete parent[tag];
		else if (undecodable.has(element)) throw new DeidentifyError(fileName, "unsupported-character-set", charset.raw || "none declared");
		else if (TEXT_VRS.has(element.vr) && !isAscii(textOf(element))) allAscii = false;
	});
	if (!allAscii) dict["00080005"] = {
		vr: "CS",
		Value: ["ISO_IR 192"]
	};
	else if (charset.declared && charset.unsupported.length === 0) dict["00080005"] = {
		vr: "CS",
		Value: charset.raw.split("\\")
	};
	else delete dict["00080005"];
	const stream = new data.WriteBufferStream(4096, dataSetSyntax !== EXPLICIT_VR_BIG_ENDIAN);
	const pieces = [];
	try {
		for (const tag of Object.keys(dict).sort()) {
			const element = dict[tag];
			const kept = originals.get(tag);
			if (kept && tag !== "00080005" && before.get(tag) === fingerprint(element)) {
				pieces.push({ bytes: kept });
				continue;
			}
			const direct = element.vr === "SQ" ? encodeSequence(tag, element, textOf, dataSetSyntax) : TEXT_LIKE_VRS.has(element.vr) ? encodeTextElement(tag, element, textOf(element), dataSetSyntax) : null;
			if (direct) {
				pieces.push({ bytes: direct });
				continue;
			}
			const start = stream.size;
			data.DicomMessage.write({ [tag]: element }, stream, dataSetSyntax, { allowInvalidVRLength: true });
			pieces.push({
				start,
				end: stream.size
			});
		}
	} catch (error) {
		throw new DeidentifyError(fileName, "write-failed", error instanceof Error ? error.message : String(error));
	}
	const encoded = new Uint8Array(stream.getBuffer());
	const dataSetBytes = concat(...pieces.map((piece) => "bytes" in piece ? piece.bytes : encoded.subarray(piece.start, piece.end)));
	const inputLength = fileLength - parsed.dataSetOffset;
	if (dataSetBytes.length + pixelLength > inputLength * 1.1 + 65536) throw new DeidentifyError(fileName, "output-too-large", `${dataSetBytes.length + pixelLength} bytes written for ${inputLength} read`);
	const meta = encodeMetaHeader({
		sopClassUid: String(dict["00080016"]?.Value?.[0] ?? inputHeader.sopClassUid),
		sopInstanceUid: String(dict["00080018"]?.Value?.[0] ?? ""),
		transferSyntaxUid,
		implementationClassUid: IMPLEMENTATION_CLASS_UID,
		implementationVersionName: IMPLEMENTATION_VERSION_NAME
	});
	const header = validate(meta, dataSetBytes, pixelHead, dataSetSyntax, transferSyntaxUid, fileName);
	const parts = deflated && pixel instanceof Uint8Array ? [meta, deflateSync(concat(dataSetBytes, pixel), { level: 6 })] : [
		meta,
		dataSetBytes,
		pixel
	];
	const length = parts.reduce((sum, part) => sum + (part instanceof Uint8Array ? part.length : part.size), 0);
	return {
		parts,
		length,
		dataSetBytes,
		header: {
			...header,
			fileSize: length,
			bytesRead: length
		},
		inputHeader
	};
}
/** Binary values are compared by identity (dcmjs keeps the same ArrayBuffer when nothing touched it). */
var bufferIds = /* @__PURE__ */ new WeakMap();
var nextBufferId = 1;
function bufferId(buffer) {
	let id = bufferIds.get(buffer);
	if (id === void 0) {
		id = nextBufferId++;
		bufferIds.set(buffer, id);
	}
	return id;
}
/** What an element holds, as a string: equal before and after the transform when it was left alone. */
function fingerprint(element) {
	if (element.vr === "SQ") return `SQ[${(element.Value ?? []).map((item) => `{${Object.keys(item).sort().map((tag) => `${tag}:${fingerprint(item[tag])}`).join(",")}}`).join("")}]`;
	if (TEXT_VRS.has(element.vr)) return `${element.vr}|${textOf(element)}`;
	const values = (element.Value ?? []).map((value) => {
		if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `#${bufferId(value)}`;
		if (value && typeof value === "object") return JSON.stringify(value);
		return String(value);
	});
	return `${element.vr}|${values.join("\\")}`;
}
/**
* Reads the rewritten data set back (up to the pixel data element's header) and the meta header: the file is
* valid DICOM, with a SOP Instance UID. Throws `DeidentifyError` 'write-failed' otherwise.
*/
function validate(meta, dataSetBytes, pixelHead, dataSetSyntax, transferSyntaxUid, fileName) {
	try {
		const metaSet = import_dicomParser_min.default.readPart10Header(meta);
		if (metaSet.string("x00020010")?.replace(/\0/g, "").trim() !== transferSyntaxUid) throw new Error("the meta header names another transfer syntax");
		const layout = dataSetSyntax === "1.2.840.10008.1.2" ? "raw-implicit-le" : dataSetSyntax === "1.2.840.10008.1.2.2" ? "raw-explicit-be" : "raw-explicit-le";
		const parsed = parseLocated({
			bytes: concat(dataSetBytes, pixelHead),
			layout,
			rawTransferSyntax: dataSetSyntax
		}, {
			untilPixelData: true,
			whole: true
		});
		const header = headerFromDataSet(parsed, {
			fileName,
			fileSize: 0,
			bytesRead: 0
		});
		if (!/^[0-9]+(\.[0-9]+)*$/.test(header.sopInstanceUid)) throw new Error("no SOP Instance UID");
		return {
			...header,
			layout: "part10",
			isPart10: true,
			transferSyntaxUid,
			mediaStorageSopClassUid: metaSet.string("x00020002")?.replace(/\0/g, "").trim() ?? "",
			warnings: header.warnings.filter((warning) => warning !== "no-transfer-syntax")
		};
	} catch (error) {
		const detail = error instanceof ParseFailure ? error.reason : error instanceof Error ? error.message : String(error);
		throw new DeidentifyError(fileName, "write-failed", detail);
	}
}
// src/lib/dicom/deidentify.ts
var DESCRIPTIONS = /* @__PURE__ */ new Set([
	"00081030",
	"0008103E",
	"00181030",
	"00400254",
	"00321060"
]);
var BIRTH = /* @__PURE__ */ new Set([
	"00100030",
	"00100032",
	"00100033",
	"00100034",
	"00100035"
]);
/** Values whose original text must not remain anywhere (besides every person name and every replaced UID). */
var IDENTITY_TAGS = /* @__PURE__ */ new Set([
	"00100020",
	"00101000",
	"00080050",
	"00200010",
	"00080080",
	"00080081",
	"00101040",
	"00102154",
	"00101090",
	"00380010",
	"00400031",
	"00402016",
	"00402017"
]);
var CODE = (value, meaning) => ({
	"00080100": {
		vr: "SH",
		Value: [value]
	},
	"00080102": {
		vr: "SH",
		Value: ["DCM"]
	},
	"00080104": {
		vr: "LO",
		Value: [meaning]
	}
});
function dummyValue(vr) {
	switch (vr) {
		case "PN": return ["ANONYMOUS"];
		case "AE":
		case "CS":
		case "SH":
		case "LO":
		case "ST":
		case "LT":
		case "UT":
		case "UC": return ["ANONYMIZED"];
		case "AS": return ["000Y"];
		case "DA": return ["19000101"];
		case "DT": return ["19000101000000"];
		case "TM": return ["000000"];
		case "IS":
		case "DS": return ["0"];
		case "US":
		case "SS":
		case "UL":
		case "SL":
		case "FL":
		case "FD": return [0];
		default: return [];
	}
}
var isPrivateTag = (tag) => Number.parseInt(tag.slice(0, 4), 16) % 2 === 1;
var isCurveOrOverlayText = (tag) => tag.startsWith("50") || tag.startsWith("60") && (tag.endsWith("3000") || tag.endsWith("4000"));
var keywords = /* @__PURE__ */ new Map();
function keywordOf(source, tag) {
	let keyword = keywords.get(tag);
	if (keyword === void 0) {
		keyword = source.dcmjs.data.DicomMetaDictionary.dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`]?.name ?? (isPrivateTag(tag) ? "Private" : tag);
		keywords.set(tag, keyword);
	}
	return keyword;
}
function display(element) {
	if (element.vr === "SQ") return `${element.Value?.length ?? 0} item(s)`;
	if ([
		"OB",
		"OW",
		"UN",
		"OF",
		"OD",
		"OL",
		"OV"
	].includes(element.vr)) return "(binary)";
	const text = textOf(element);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
var utf8 = new TextEncoder();
var sameBytes = (a, b) => a.length === b.length && a.every((byte, i) => byte === b[i]);
/** The byte forms to scan for: UTF-8, Latin-1 and the file's own bytes, each distinct one once (ASCII: one). */
function encodings(text, original) {
	const out = [utf8.encode(text)];
	let ascii = true;
	let latin1 = true;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code > 127) ascii = false;
		if (code > 255) latin1 = false;
	}
	if (!ascii && latin1) out.push(Uint8Array.from(text, (char) => char.charCodeAt(0)));
	if (original && !out.some((bytes) => sameBytes(bytes, original))) out.push(original);
	return out;
}
function contains(haystack, needle) {
	if (needle.length === 0 || needle.length > haystack.length) return false;
	const first = needle[0];
	outer: for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
		for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return true;
	}
	return false;
}
/** The text pieces of an identifying value worth scanning for: the value, and each name component. */
function pieces(text, vr) {
	const parts = /* @__PURE__ */ new Set([text]);
	if (vr === "PN") for (const part of text.split(/[=^\\]/)) parts.add(part);
	else for (const part of text.split("\\")) parts.add(part);
	return [...parts].map((part) => part.trim()).filter((part) => part.length >= 3);
}
async function deidentify(input, options) {
	const fileName = options.fileName ?? "file";
	const dates = options.dates ?? "shift";
	const changes = [];
	/** Original identifying values: text and bytes as they were, for the final scan. */
	const identifying = [];
	const replacements = [options.patientName ?? "", options.patientId ?? ""].filter(Boolean);
	const transform = async (dict, source) => {
		const originalId = textOf(dict["00100020"] ?? { vr: "LO" }).trim();
		const pseudonym = await pseudonymFor(options.batch, originalId || source.header.sopInstanceUid);
		const newName = options.patientName?.trim() || pseudonym;
		const newId = options.patientId?.trim() || pseudonym;
		const replacedUids = /* @__PURE__ */ new Set();
		walkDataset(dict, (tag, element) => {
			if (element.vr === "UI" && basicProfileAction(tag) === "U") {
				for (const value of element.Value ?? []) if (value) replacedUids.add(String(value).replace(/\0/g, ""));
			}
		});
		const note = (path, tag, action, before, after) => changes.push({
			path,
			keyword: keywordOf(source, tag),
			action,
			before,
			after
		});
		const remember = (element, tag) => {
			const text = textOf(element).trim();
			if (!text) return;
			if (element.vr === "PN" || IDENTITY_TAGS.has(tag)) for (const piece of pieces(text, element.vr)) {
				if (replacements.some((replacement) => replacement.includes(piece))) continue;
				identifying.push({
					text: piece,
					bytes: encodings(piece, piece === text ? source.originalBytes(element) : void 0)
				});
			}
		};
		const pending = [];
		for (const tag of source.droppedTags) note(`(${tag.slice(0, 4)},${tag.slice(4)})`, tag, "removed", isPrivateTag(tag) ? "(private)" : "(group length)", "");
		walkDataset(dict, (tag, element, parent, path) => {
			let shown;
			const before = () => {
				shown ??= display(element);
				return shown;
			};
			const remove = () => {
				remember(element, tag);
				delete parent[tag];
				note(path, tag, "removed", before(), "");
			};
			const empty = () => {
				const was = before();
				remember(element, tag);
				element.Value = [];
				delete element._rawValue;
				note(path, tag, "emptied", was, "");
			};
			const replaceText = (text) => {
				const was = before();
				remember(element, tag);
				setText(element, text);
				note(path, tag, "replaced", was, text);
			};
			if (isPrivateTag(tag) || isCurveOrOverlayText(tag) || tag === "00880200") return remove();
			if (tag === "00100010") return replaceText(newName);
			if (tag === "00100020") return replaceText(newId);
			if (BIRTH.has(tag)) return element.Value?.length ? empty() : void 0;
			if (options.retainPatientCharacteristics && PATIENT_CHARACTERISTICS.has(tag)) return;
			if (options.retainDescriptions && DESCRIPTIONS.has(tag)) return;
			const action = basicProfileAction(tag);
			if (element.vr === "DA" || element.vr === "DT") {
				if (dates === "empty") return action === "X" ? remove() : element.Value?.length ? empty() : void 0;
				const shift = element.vr === "DA" ? shiftDicomDate : shiftDicomDateTime;
				const was = before();
				const values = (element.Value ?? []).map((value) => shift(String(value ?? ""), options.batch.dateShiftDays));
				element.Value = values;
				delete element._rawValue;
				if (values.join("\\") !== was) note(path, tag, "shifted", was, values.join("\\"));
				return;
			}
			if (element.vr === "TM" && dates === "shift") return;
			const remapValues = () => {
				const was = before();
				const values = (element.Value ?? []).map((value) => String(value ?? "").replace(/\0/g, ""));
				pending.push(Promise.all(values.map((uid) => uid ? remapUid(options.batch, uid) : "")).then((mapped) => {
					for (const uid of values) if (uid.length >= 10) identifying.push({
						text: uid,
						bytes: encodings(uid, void 0)
					});
					element.Value = mapped;
					delete element._rawValue;
					note(path, tag, "remapped", was, mapped.join("\\"));
				}));
			};
			switch (action) {
				case "X": return remove();
				case "Z": return element.Value?.length ? empty() : void 0;
				case "D": {
					if (element.vr === "UI") return remapValues();
					const was = before();
					remember(element, tag);
					element.Value = dummyValue(element.vr);
					delete element._rawValue;
					return note(path, tag, "replaced", was, display(element));
				}
				case "U": return element.vr === "UI" ? remapValues() : void 0;
				default: if (element.vr === "UI" && (element.Value ?? []).some((value) => replacedUids.has(String(value)))) return remapValues();
			}
		});
		await Promise.all(pending);
		const add = (tag, element) => {
			const existed = dict[tag] !== void 0;
			dict[tag] = element;
			if (!existed) note(`(${tag.slice(0, 4)},${tag.slice(4)})`, tag, "added", "", display(element));
		};
		if (!dict["00100010"]) add("00100010", {
			vr: "PN",
			Value: [newName]
		});
		if (!dict["00100020"]) add("00100020", {
			vr: "LO",
			Value: [newId]
		});
		add("00120062", {
			vr: "CS",
			Value: ["YES"]
		});
		const methods = ["Basic Application Confidentiality Profile"];
		const codes = [CODE("113100", "Basic Application Confidentiality Profile")];
		if (dates === "shift") {
			methods.push("Dates shifted");
			codes.push(CODE("113107", "Retain Longitudinal Temporal Information Modified Dates Option"));
		}
		if (options.retainPatientCharacteristics) {
			methods.push("Patient characteristics kept");
			codes.push(CODE("113108", "Retain Patient Characteristics Option"));
		}
		add("00120063", {
			vr: "LO",
			Value: methods
		});
		add("00120064", {
			vr: "SQ",
			Value: codes
		});
		add("00280303", {
			vr: "CS",
			Value: [dates === "shift" ? "MODIFIED" : "REMOVED"]
		});
	};
	const result = await rewriteDicom(input, fileName, transform);
	for (const { text, bytes } of identifying) if (bytes.some((needle) => contains(result.dataSetBytes, needle))) throw new DeidentifyError(fileName, "identifier-remains", `${text.length} characters`);
	return {
		parts: result.parts,
		length: result.length,
		changes,
		inputHeader: result.inputHeader,
		header: result.header
	};
}
function nameOf(file, options) {
	return options.fileName ?? (typeof File !== "undefined" && file instanceof File ? file.name : "file");
}
/**
* De-identifies one file, with the list of changes (the before/after preview). A large file is read only
* up to its pixel data. Throws `DeidentifyError` when it cannot be done safely.
*/
async function deidentifyDicomWithReport(file, options) {
	const { parts, length: _length, ...report } = await deidentify(file, {
		...options,
		fileName: nameOf(file, options)
	});
	return {
		...report,
		blob: new Blob(parts, { type: "application/dicom" })
	};
}
export { deidentifyDicomWithReport };
