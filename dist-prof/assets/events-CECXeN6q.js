import { t as impiloKeys } from "./queries-YDeAeu6q.js";
import { n as soloKeys } from "./queries-DCLO6RnH.js";
// src/api/gateway/events.ts
/** Pure: the query keys an event makes stale. */
function invalidationsFor(event) {
	if (event.vendor === "solo") {
		if (event.type.startsWith("appointment:")) return [soloKeys.appointments(), soloKeys.slots()];
		if (event.type.startsWith("patient:")) return [soloKeys.patients()];
		if (event.type.startsWith("episode:")) return [soloKeys.episodes()];
		return [];
	}
	if (event.type === "order.status") return event.subject ? [impiloKeys.order(event.subject), [...impiloKeys.orders(), "list"]] : [impiloKeys.orders()];
	if (event.type.startsWith("patient.")) return [impiloKeys.patients()];
	return [];
}
function connectGatewayEvents(queryClient, onEvent) {
	const source = new EventSource("/api/gateway/events");
	const handle = (message) => {
		let event;
		try {
			event = JSON.parse(message.data);
		} catch {
			return;
		}
		for (const queryKey of invalidationsFor(event)) queryClient.invalidateQueries({ queryKey });
		onEvent?.(event);
	};
	source.addEventListener("solo", handle);
	source.addEventListener("impilo", handle);
	return () => source.close();
}
export { connectGatewayEvents, invalidationsFor };
