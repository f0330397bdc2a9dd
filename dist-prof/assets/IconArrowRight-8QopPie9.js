import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconArrowRight = createReactComponent("outline", "arrow-right", "ArrowRight", [
	["path", {
		"d": "M5 12l14 0",
		"key": "svg-0"
	}],
	["path", {
		"d": "M13 18l6 -6",
		"key": "svg-1"
	}],
	["path", {
		"d": "M13 6l6 6",
		"key": "svg-2"
	}]
]);
export { IconArrowRight as t };
