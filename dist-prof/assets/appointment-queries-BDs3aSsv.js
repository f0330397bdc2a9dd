import { dr as useQuery, ur as queryOptions } from "./search-Bd_rEMYc.js";
import { n as getSoloAppointment } from "./appointments-s3rFyF1D.js";
import { n as soloKeys } from "./queries-DCLO6RnH.js";
// src/api/solo/appointment-queries.ts
/** Query options and hooks of Solo appointments (keys: `soloKeys` in ./queries.ts). */
var soloAppointmentQuery = (id) => queryOptions({
	queryKey: soloKeys.appointment(id),
	queryFn: ({ signal }) => getSoloAppointment(id, { signal })
});
function useSoloAppointment(id, { queryConfig } = {}) {
	return useQuery({
		...soloAppointmentQuery(id ?? 0),
		enabled: id !== void 0,
		...queryConfig
	});
}
export { useSoloAppointment as t };
