import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconInfoCircle = createReactComponent("outline", "info-circle", "InfoCircle", [
	["path", {
		"d": "M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0",
		"key": "svg-0"
	}],
	["path", {
		"d": "M12 9h.01",
		"key": "svg-1"
	}],
	["path", {
		"d": "M11 12h1v4h1",
		"key": "svg-2"
	}]
]);
export { IconInfoCircle as t };
