// src/lib/drafts/draft-vault.ts
/**
* Unsaved form drafts, kept so that nothing typed is lost on a failure, a reload or the idle lock.
* Drafts hold patient data, so they are stored encrypted (AES-GCM, WebCrypto) in sessionStorage
* (this tab only, gone when it closes). The key is a non-extractable CryptoKey kept in IndexedDB:
* script can use it but never read it out, and it never sits next to the data in clear.
* Where IndexedDB is missing (tests), the key lives in memory only.
*
* A draft expires `DRAFT_MAX_AGE_MS` (12 hours) after it was last saved: older ones are dropped on load,
* so a tab left open overnight does not offer yesterday's patient. The age is measured on the console's
* clock (`Date.now()`, pinned in tests).
*/
var PREFIX = "console.draft.";
var DB_NAME = "console-vault";
var STORE = "keys";
var KEY_ID = "drafts";
var keyPromise = null;
function request(req) {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}
async function openDb() {
	const open = indexedDB.open(DB_NAME, 1);
	open.onupgradeneeded = () => open.result.createObjectStore(STORE);
	return request(open);
}
async function loadOrCreateKey() {
	const generate = () => crypto.subtle.generateKey({
		name: "AES-GCM",
		length: 256
	}, false, ["encrypt", "decrypt"]);
	if (typeof indexedDB === "undefined") return generate();
	try {
		const db = await openDb();
		const existing = await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
		if (existing instanceof CryptoKey) return existing;
		const key = await generate();
		await request(db.transaction(STORE, "readwrite").objectStore(STORE).put(key, KEY_ID));
		return key;
	} catch {
		return generate();
	}
}
function vaultKey() {
	keyPromise ??= loadOrCreateKey();
	return keyPromise;
}
function toBase64(bytes) {
	let binary = "";
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}
function fromBase64(text) {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
async function saveDraft(name, value, savedAt = Date.now()) {
	const iv = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(12));
	const plain = new TextEncoder().encode(JSON.stringify({
		savedAt,
		value
	}));
	const cipher = new Uint8Array(await crypto.subtle.encrypt({
		name: "AES-GCM",
		iv
	}, await vaultKey(), plain));
	sessionStorage.setItem(PREFIX + name, `${toBase64(iv)}.${toBase64(cipher)}`);
}
function isEnvelope(value) {
	return typeof value === "object" && value !== null && "value" in value && typeof value.savedAt === "number";
}
/**
* The draft with the time it was saved, or undefined when there is none, it cannot be read (another key,
* tampering, an older format) or it is older than `DRAFT_MAX_AGE_MS` (then it is removed too).
*/
async function loadStoredDraft(name, now = Date.now()) {
	const stored = sessionStorage.getItem(PREFIX + name);
	if (!stored) return void 0;
	const [iv, cipher] = stored.split(".");
	if (!iv || !cipher) return void 0;
	try {
		const plain = await crypto.subtle.decrypt({
			name: "AES-GCM",
			iv: fromBase64(iv)
		}, await vaultKey(), fromBase64(cipher));
		const parsed = JSON.parse(new TextDecoder().decode(plain));
		if (!isEnvelope(parsed) || now - parsed.savedAt > 432e5 || parsed.savedAt > now + 6e4) {
			clearDraft(name);
			return;
		}
		return {
			value: parsed.value,
			savedAt: parsed.savedAt
		};
	} catch {
		clearDraft(name);
		return;
	}
}
/** The draft's value, or undefined (see `loadStoredDraft`). */
async function loadDraft(name, now = Date.now()) {
	return (await loadStoredDraft(name, now))?.value;
}
function clearDraft(name) {
	sessionStorage.removeItem(PREFIX + name);
}
export { saveDraft as i, loadDraft as n, loadStoredDraft as r, clearDraft as t };
