import { r as __toESM } from "./rolldown-runtime-SbdDWaPq.js";
import { B as isValidTimeZone, Ir as require_react, Ot as Button, Pt as Text, Vt as Group, kt as Badge, ut as useTranslation, vt as createReactComponent, xt as Stack, yr as require_jsx_runtime } from "./boot-CCHtFN9d.js";
import { h as zoneName, t as browserTimeZone, v as Select } from "./zones-BfiTQEyQ.js";
import { t as AppModal } from "./Dialogs-BkEEmPKW.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconWorld = createReactComponent("outline", "world", "World", [
	["path", {
		"d": "M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0",
		"key": "svg-0"
	}],
	["path", {
		"d": "M3.6 9h16.8",
		"key": "svg-1"
	}],
	["path", {
		"d": "M3.6 15h16.8",
		"key": "svg-2"
	}],
	["path", {
		"d": "M11.5 3a17 17 0 0 0 0 18",
		"key": "svg-3"
	}],
	["path", {
		"d": "M12.5 3a17 17 0 0 1 0 18",
		"key": "svg-4"
	}]
]);
// src/lib/scheduling/location-zones.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var locationKey = (location) => `${location.kind}:${location.id}`;
/** The seeded locations' zones (the mock back ends' waiting rooms and facilities). */
var DEFAULT_LOCATION_ZONES = {
	"solo-room:Radiology Front Desk New York": "America/New_York",
	"solo-room:Imaging Results London": "Europe/London",
	"solo-room:Teleradiología Ciudad de México": "America/Mexico_City",
	"eden-facility:FACILITY_01": "America/Mexico_City",
	"eden-facility:FACILITY_02": "America/Monterrey"
};
/**
* The zone of a location: the user's setting, else the default, else a zone the vendor hinted at, else the
* browser's own zone (flagged `browser`, so the page can say the zone is not known).
*/
function resolveLocationZone(location, settings, browserZone, vendorHint) {
	const key = locationKey(location);
	const setting = settings[key];
	if (setting && isValidTimeZone(setting)) return {
		timeZone: setting,
		source: "setting"
	};
	const fallback = DEFAULT_LOCATION_ZONES[key];
	if (fallback) return {
		timeZone: fallback,
		source: "default"
	};
	if (vendorHint && isValidTimeZone(vendorHint)) return {
		timeZone: vendorHint,
		source: "vendor"
	};
	return {
		timeZone: browserZone,
		source: "browser"
	};
}
/** Keeps only entries whose value is a zone this runtime knows (a stored setting may be stale or edited). */
function cleanZoneSettings(value) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
	const out = {};
	for (const [key, zone] of Object.entries(value)) if (/^(solo-room|eden-facility):.+/.test(key) && typeof zone === "string" && isValidTimeZone(zone)) out[key] = zone;
	return out;
}
/** Every IANA zone the runtime knows, for a picker (UTC first). */
function knownTimeZones() {
	return ["UTC", ...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"]).filter((zone) => zone !== "UTC")];
}
// src/components/scheduling/zone-settings.ts
/**
* The location → time zone settings (src/lib/scheduling/location-zones.ts), kept in localStorage: a zone
* name per location, no patient data. Shared by every page that shows or takes a location's time (the
* schedule and the Eden order form), and kept in step across tabs. A gateway can later persist it.
*/
var STORAGE_KEY = "console.location-zones";
var cached = null;
var listeners = /* @__PURE__ */ new Set();
function read() {
	if (cached) return cached;
	try {
		const raw = localStorage.getItem(STORAGE_KEY);
		cached = cleanZoneSettings(raw ? JSON.parse(raw) : {});
	} catch {
		cached = {};
	}
	return cached;
}
function write(next) {
	cached = next;
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
	} catch {}
	for (const listener of listeners) listener();
}
function subscribe(listener) {
	listeners.add(listener);
	const onStorage = (event) => {
		if (event.key !== STORAGE_KEY) return;
		cached = null;
		listener();
	};
	window.addEventListener("storage", onStorage);
	return () => {
		listeners.delete(listener);
		window.removeEventListener("storage", onStorage);
	};
}
/** Sets (or, with null, forgets) the zone of a location. */
function setLocationZone(location, timeZone) {
	const { [locationKey(location)]: _old, ...rest } = read();
	write(timeZone ? {
		...rest,
		[locationKey(location)]: timeZone
	} : rest);
}
function useZoneSettings() {
	return (0, import_react.useSyncExternalStore)(subscribe, read, read);
}
/** The zone of a location and a setter; `location` undefined → the browser's zone. */
function useLocationZone(location, vendorHint) {
	const settings = useZoneSettings();
	const resolved = location ? resolveLocationZone(location, settings, browserTimeZone(), vendorHint) : {
		timeZone: browserTimeZone(),
		source: "browser"
	};
	const set = (0, import_react.useCallback)((timeZone) => {
		if (location) setLocationZone(location, timeZone);
	}, [location]);
	return {
		...resolved,
		set
	};
}
/** The zone of a location as now set, outside React (a form's validation on submit). */
function currentLocationZone(location, vendorHint) {
	return resolveLocationZone(location, read(), browserTimeZone(), vendorHint);
}
// src/components/scheduling/LocationZoneControl.tsx
var import_jsx_runtime = require_jsx_runtime();
var sourceColor = {
	setting: "indigo",
	default: "gray",
	vendor: "gray",
	browser: "orange"
};
/** "Times in America/New_York (EST)", where the zone came from, and a dialog to change it. */
function LocationZoneControl({ location, name, vendorHint, at }) {
	const { t, i18n } = useTranslation("schedule");
	const zone = useLocationZone(location, vendorHint);
	const [open, setOpen] = (0, import_react.useState)(false);
	const [choice, setChoice] = (0, import_react.useState)(zone.timeZone);
	const zones = (0, import_react.useMemo)(() => knownTimeZones(), []);
	const moment = at ?? Date.now();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
		gap: "xs",
		wrap: "wrap",
		"data-testid": "location-zone",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IconWorld, {
				size: 16,
				"aria-hidden": true
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
				size: "sm",
				children: t("zone.timesIn", {
					zone: zone.timeZone,
					abbreviation: zoneName(moment, zone.timeZone, i18n.language)
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Badge, {
				color: sourceColor[zone.source],
				variant: "light",
				tt: "none",
				children: t(`zone.source.${zone.source}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
				size: "compact-sm",
				variant: "subtle",
				onClick: () => {
					setChoice(zone.timeZone);
					setOpen(true);
				},
				"data-testid": "change-zone",
				children: t("zone.change")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(AppModal, {
				opened: open,
				onClose: () => setOpen(false),
				title: t("zone.dialogTitle", { name }),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Stack, { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Text, {
						size: "sm",
						children: t("zone.dialogBody")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Select, {
						label: t("zone.field"),
						data: zones,
						value: choice,
						onChange: setChoice,
						searchable: true,
						nothingFoundMessage: t("zone.noMatch"),
						limit: 200,
						"data-testid": "zone-select",
						comboboxProps: { withinPortal: false }
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)(Group, {
						justify: "space-between",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							variant: "default",
							onClick: () => {
								zone.set(null);
								setOpen(false);
							},
							children: t("zone.reset")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Button, {
							disabled: !choice,
							onClick: () => {
								zone.set(choice);
								setOpen(false);
							},
							"data-testid": "save-zone",
							children: t("zone.save")
						})]
					})
				] })
			})
		]
	});
}
export { currentLocationZone as n, useLocationZone as r, LocationZoneControl as t };
