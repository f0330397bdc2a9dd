import { F as listEdenOrders, Mt as listScanReferrals, S as initializePostDicom, U as getPostDicomPatientOrderListWithDateRange, rn as getImpiloPatient } from "./search-Bd_rEMYc.js";
import { qn as VendorError } from "./boot-CCHtFN9d.js";
import { i as listImpiloKits, n as listImpiloSites, r as listImpiloItems } from "./sites-BmKjGMx7.js";
import { i as listImpiloOrders } from "./orders-pwrwT17L.js";
import { a as impiloRow, c as scanRow, i as edenRow, o as inWindow, s as postDicomRow, u as uniqueRows } from "./AllOrdersPage-Dk1mhS2V.js";
// src/features/orders/all/fetch-all-orders.ts
/**
* Each vendor's orders of a window, read into worklist rows. Loaded on its own (a dynamic import from
* ./use-all-orders.ts): the vendors' service modules stay out of the first route's JavaScript.
*/
/** At most this many pages of one vendor (Eden 100 a page, Impilo 250): a bound, not a target. */
var MAX_PAGES = 20;
async function edenRows(from, to, options) {
	const rows = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const result = await listEdenOrders({
			start_date: from,
			end_date: to,
			limit: 100,
			offset: page * 100
		}, options);
		rows.push(...result.results.map(edenRow));
		if (result.results.length < 100 || rows.length >= result.count) break;
	}
	return rows;
}
async function postDicomRows(from, to, options) {
	const user = (await initializePostDicom(options)).UserList[0];
	if (!user) return [];
	return (await getPostDicomPatientOrderListWithDateRange({
		userUuid: user.UserUuid,
		startDate: from,
		endDate: to
	}, options)).map(postDicomRow);
}
async function allPages(list) {
	const out = [];
	for (let page = 0; page < MAX_PAGES; page++) {
		const result = await list(page);
		out.push(...result.content);
		if (result.last || result.content.length === 0) break;
	}
	return out;
}
/** Patient lookups in flight at once (the browser allows six connections per origin over HTTP/1.1). */
var PATIENT_LOOKUPS = 4;
/**
* The names of the patients the window's orders are for, one lookup per patient, a few at a time: the
* window names dozens of patients while Impilo holds thousands (reading every page of the patient list was
* about 2 MB for a two-week view). A patient Impilo no longer has (404) keeps its id in the row.
*/
async function impiloPatientNames(ids, options) {
	const names = /* @__PURE__ */ new Map();
	const queue = [...new Set(ids)];
	const lookUp = async () => {
		for (let id = queue.shift(); id !== void 0; id = queue.shift()) try {
			const p = await getImpiloPatient(id, options);
			names.set(id, {
				name: `${p.firstName} ${p.lastName}`,
				mrn: p.externalIdentifier ?? ""
			});
		} catch (error) {
			if (!(error instanceof VendorError && error.status === 404)) throw error;
		}
	};
	await Promise.all(Array.from({ length: Math.min(PATIENT_LOOKUPS, queue.length) }, lookUp));
	return names;
}
async function impiloRows(from, to, options) {
	const size = 250;
	const [orders, sites, items, kits] = await Promise.all([
		allPages((page) => listImpiloOrders({
			page,
			size
		}, options)),
		allPages((page) => listImpiloSites({
			page,
			size
		}, options)),
		allPages((page) => listImpiloItems({
			page,
			size
		}, options)),
		allPages((page) => listImpiloKits({
			page,
			size
		}, options))
	]);
	const unnamed = {
		patients: /* @__PURE__ */ new Map(),
		sites: /* @__PURE__ */ new Map(),
		catalogue: /* @__PURE__ */ new Map()
	};
	const inView = orders.filter((order) => inWindow(impiloRow(order, unnamed), from, to));
	const names = {
		patients: await impiloPatientNames(inView.flatMap((order) => order.patient ? [order.patient.id] : []), options),
		sites: new Map(sites.map((s) => [s.id, s.name])),
		catalogue: new Map([...items, ...kits].map((x) => [x.id, x.name]))
	};
	return inView.map((order) => impiloRow(order, names));
}
/**
* The current Scan.com user's referrals in the window (Scan.com lists only the session's own referrals, all
* at once). The caller asks only while the tab has a session (./use-all-orders.ts).
*/
async function scanRows(from, to, options) {
	return (await listScanReferrals(options)).map(scanRow).filter((row) => inWindow(row, from, to));
}
var once = (fetch) => async (from, to, options) => uniqueRows(await fetch(from, to, options));
/** One vendor's orders in the window, as worklist rows, one per order. */
var allOrdersFetchers = {
	eden: once(edenRows),
	postdicom: once(postDicomRows),
	impilo: once(impiloRows),
	scan: once(scanRows)
};
export { allOrdersFetchers };
