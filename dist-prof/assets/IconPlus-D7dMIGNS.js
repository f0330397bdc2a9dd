import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconPlus = createReactComponent("outline", "plus", "Plus", [["path", {
	"d": "M12 5l0 14",
	"key": "svg-0"
}], ["path", {
	"d": "M5 12l14 0",
	"key": "svg-1"
}]]);
export { IconPlus as t };
