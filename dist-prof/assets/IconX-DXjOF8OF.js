import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconX = createReactComponent("outline", "x", "X", [["path", {
	"d": "M18 6l-12 12",
	"key": "svg-0"
}], ["path", {
	"d": "M6 6l12 12",
	"key": "svg-1"
}]]);
export { IconX as t };
