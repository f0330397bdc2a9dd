import { Cn as boolean, Dn as number, Kt as soloEndpoints, Mn as union, On as object, Sn as array, Zt as soloEmptyResponseSchema, bn as _enum, en as soloClient, gn as parseInput, jn as string, xn as _instanceof, yn as datetime } from "./search-Bd_rEMYc.js";
// src/lib/file-sniff.ts
/** How many leading bytes `sniffMimeType` looks at. Read at least this many from a file. */
var SNIFF_BYTES = 1024;
var PNG_SIGNATURE = [
	137,
	80,
	78,
	71,
	13,
	10,
	26,
	10
];
var JPEG_SIGNATURE = [
	255,
	216,
	255
];
var PDF_SIGNATURE = [
	37,
	80,
	68,
	70,
	45
];
function startsWith(bytes, signature, offset = 0) {
	if (bytes.length < offset + signature.length) return false;
	return signature.every((byte, i) => bytes[offset + i] === byte);
}
/**
* PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes (some generators prepend junk),
* so the sniffer does too.
*/
function findPdfHeader(bytes) {
	const last = Math.min(bytes.length, SNIFF_BYTES) - PDF_SIGNATURE.length;
	for (let offset = 0; offset <= last; offset++) if (startsWith(bytes, PDF_SIGNATURE, offset)) return true;
	return false;
}
/** The real type of a PDF, PNG or JPEG file; `null` for anything else (including empty input). */
function sniffMimeType(bytes) {
	if (startsWith(bytes, PNG_SIGNATURE)) return "image/png";
	if (startsWith(bytes, JPEG_SIGNATURE)) return "image/jpeg";
	if (findPdfHeader(bytes)) return "application/pdf";
	return null;
}
/** The MIME types that name each sniffed family (PDF has non-standard aliases in the wild). */
var mimeAliases = {
	"application/pdf": [
		"application/pdf",
		"application/x-pdf",
		"image/pdf"
	],
	"image/png": ["image/png"],
	"image/jpeg": [
		"image/jpeg",
		"image/jpg",
		"image/pjpeg"
	]
};
var extensionsByMime = {
	"application/pdf": ["pdf"],
	"image/png": ["png"],
	"image/jpeg": [
		"jpg",
		"jpeg",
		"jpe",
		"jfif"
	]
};
/** Lower-cased extension without the dot; '' when there is none. */
function fileExtension(fileName) {
	const base = fileName.split(/[\\/]/).pop() ?? "";
	const dot = base.lastIndexOf(".");
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
/** The family a declared MIME type belongs to (`image/pdf` → `application/pdf`), or null. */
function mimeFamily(declared) {
	const type = (declared.split(";")[0] ?? "").trim().toLowerCase();
	for (const [family, aliases] of Object.entries(mimeAliases)) if (aliases.includes(type)) return family;
	return null;
}
/** The family a file name's extension claims, or null for an unknown or missing extension. */
function extensionFamily(fileName) {
	const extension = fileExtension(fileName);
	if (!extension) return null;
	for (const [family, extensions] of Object.entries(extensionsByMime)) if (extensions.includes(extension)) return family;
	return null;
}
var MP4_BRANDS = /* @__PURE__ */ new Set([
	"isom",
	"iso2",
	"iso3",
	"iso4",
	"iso5",
	"iso6",
	"mp41",
	"mp42",
	"avc1",
	"dash",
	"M4V ",
	"MSNV"
]);
/**
* The document type of some leading bytes, or null. Besides PDF, PNG and JPEG (`sniffMimeType`): BMP (`BM`,
* then reserved zeros) and MP4 (an ISO base media `ftyp` box with an MP4 brand; QuickTime and HEIF are not MP4).
*/
function sniffDocumentType(bytes) {
	const mime = sniffMimeType(bytes);
	if (mime === "application/pdf") return "pdf";
	if (mime === "image/png") return "png";
	if (mime === "image/jpeg") return "jpeg";
	if (bytes.length >= 14 && bytes[0] === 66 && bytes[1] === 77 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0) return "bmp";
	if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === "ftyp") return MP4_BRANDS.has(String.fromCharCode(...bytes.subarray(8, 12))) ? "mp4" : null;
	return null;
}
/** The document type a file name's extension claims, or null. */
function documentTypeOfName(fileName) {
	const extension = fileExtension(fileName);
	if (extension === "pdf") return "pdf";
	if (extension === "png") return "png";
	if ([
		"jpg",
		"jpeg",
		"jpe",
		"jfif"
	].includes(extension)) return "jpeg";
	if (extension === "bmp") return "bmp";
	if (["mp4", "m4v"].includes(extension)) return "mp4";
	return null;
}
var documentMimeTypes = {
	pdf: "application/pdf",
	png: "image/png",
	jpeg: "image/jpeg",
	bmp: "image/bmp",
	mp4: "video/mp4"
};
// src/api/solo/attachments.ts
var SOLO_ATTACHMENT_MAX_BYTES = 5242880;
var soloAttachmentMimeTypes = [
	"application/pdf",
	"application/x-pdf",
	"image/pdf",
	"image/png",
	"image/jpeg"
];
var soloAttachmentMimeTypeSchema = _enum(soloAttachmentMimeTypes);
var idSchema = union([string().min(1), number().int()]).transform(String);
var soloAttachmentSchema = object({
	id: string().min(1),
	appointmentId: idSchema,
	title: string(),
	mimeType: soloAttachmentMimeTypeSchema,
	size: number().int().nonnegative().max(SOLO_ATTACHMENT_MAX_BYTES),
	uploadedAt: datetime({ offset: true }),
	deleted: boolean()
});
var soloAttachmentListSchema = object({ attachments: array(soloAttachmentSchema) });
var appointmentIdSchema = string().trim().min(1);
var attachmentRefSchema = object({
	appointmentId: appointmentIdSchema,
	attachmentId: string().trim().min(1)
});
/** What `uploadSoloAttachment` checks before sending: the file as bytes plus what the user's system said. */
var soloAttachmentUploadSchema = object({
	appointmentId: appointmentIdSchema,
	/** Shown in Solo's UI; optional (`?fileName=`). */
	fileName: string().trim().min(1).max(255).optional(),
	bytes: _instanceof(Uint8Array),
	/** The type the browser declared (`File.type`); may be empty. */
	declaredType: string().optional()
}).superRefine((value, ctx) => {
	const size = value.bytes.length;
	if (size === 0) {
		ctx.addIssue({
			code: "custom",
			path: ["bytes"],
			message: "validation.fileEmpty"
		});
		return;
	}
	if (size > 5242880) ctx.addIssue({
		code: "custom",
		path: ["bytes"],
		message: "validation.fileTooLarge",
		params: { megabytes: SOLO_ATTACHMENT_MAX_BYTES / 1024 / 1024 }
	});
	const sniffed = sniffMimeType(value.bytes);
	if (!sniffed) {
		ctx.addIssue({
			code: "custom",
			path: ["bytes"],
			message: "validation.fileTypeNotAllowed",
			params: { types: "PDF, PNG, JPEG" }
		});
		return;
	}
	if (value.declaredType && mimeFamily(value.declaredType) !== sniffed) ctx.addIssue({
		code: "custom",
		path: ["declaredType"],
		message: "validation.fileTypeMismatch",
		params: {
			declared: value.declaredType,
			actual: sniffed
		}
	});
	const byName = value.fileName ? extensionFamily(value.fileName) : null;
	if (byName && byName !== sniffed) ctx.addIssue({
		code: "custom",
		path: ["fileName"],
		message: "validation.fileExtensionMismatch",
		params: { actual: sniffed }
	});
});
/** The Content-Type to send: the declared one when Solo allows it and it agrees with the bytes, else the sniffed one. */
function soloUploadContentType(sniffed, declaredType) {
	const declared = declaredType?.split(";")[0]?.trim().toLowerCase();
	const allowed = soloAttachmentMimeTypes.find((type) => type === declared);
	if (allowed && mimeAliases[sniffed].includes(allowed)) return allowed;
	return sniffed;
}
async function toBytes(file) {
	if (ArrayBuffer.isView(file)) return new Uint8Array(file.buffer, file.byteOffset, file.byteLength).slice();
	return new Uint8Array(await file.arrayBuffer());
}
/** `POST /qapi/v1/appointments/{appointmentId}/attachments{?fileName}`: binary body, ≤ 5 MB, PDF/PNG/JPEG. */
async function uploadSoloAttachment(params, options = {}) {
	const bytes = await toBytes(params.file);
	const fileName = params.fileName ?? (typeof File !== "undefined" && params.file instanceof File ? params.file.name : void 0);
	const declaredType = ArrayBuffer.isView(params.file) ? void 0 : params.file.type;
	const input = parseInput("solo", soloEndpoints.uploadAttachment.name, soloAttachmentUploadSchema, {
		appointmentId: params.appointmentId,
		fileName: fileName || void 0,
		bytes,
		declaredType: declaredType || void 0
	});
	const sniffed = sniffMimeType(input.bytes);
	const contentType = sniffed ? soloUploadContentType(sniffed, input.declaredType) : "application/octet-stream";
	return soloClient.request({
		...soloEndpoints.uploadAttachment.at({ appointmentId: input.appointmentId }),
		query: { fileName: input.fileName },
		binary: input.bytes,
		contentType,
		schema: soloAttachmentSchema,
		...options
	});
}
/** `GET /qapi/v1/appointments/{appointmentId}/attachments` */
async function listSoloAttachments(appointmentId, options = {}) {
	const id = parseInput("solo", soloEndpoints.listAttachments.name, appointmentIdSchema, appointmentId, { at: "appointmentId" });
	return (await soloClient.request({
		...soloEndpoints.listAttachments.at({ appointmentId: id }),
		schema: soloAttachmentListSchema,
		...options
	})).attachments;
}
/** `DELETE /qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}` */
async function deleteSoloAttachment(params, options = {}) {
	const { appointmentId, attachmentId } = parseInput("solo", soloEndpoints.deleteAttachment.name, attachmentRefSchema, params);
	await soloClient.request({
		...soloEndpoints.deleteAttachment.at({
			appointmentId,
			attachmentId
		}),
		schema: soloEmptyResponseSchema,
		...options
	});
}
export { SNIFF_BYTES as a, extensionFamily as c, sniffDocumentType as d, sniffMimeType as f, uploadSoloAttachment as i, fileExtension as l, deleteSoloAttachment as n, documentMimeTypes as o, listSoloAttachments as r, documentTypeOfName as s, SOLO_ATTACHMENT_MAX_BYTES as t, mimeFamily as u };
