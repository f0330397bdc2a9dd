// src/lib/list-toggle.ts
/**
* The one value a click on a chip or checkbox toggled (Mantine's group answers the whole list, computed from
* the list it last drew), applied to the list the URL holds now: a click that lands before the previous
* click's navigation is drawn (React Router renders navigations in a transition, late on a busy machine)
* must not write the previous list back.
*/
function toggled(next, drawn, current) {
	const clicked = [...next.filter((v) => !drawn.includes(v)), ...drawn.filter((v) => !next.includes(v))];
	const list = [...current];
	for (const value of clicked) {
		const at = list.indexOf(value);
		if (at === -1) list.push(value);
		else list.splice(at, 1);
	}
	return list;
}
export { toggled as t };
