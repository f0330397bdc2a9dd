import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconCheck = createReactComponent("outline", "check", "Check", [["path", {
	"d": "M5 12l5 5l10 -10",
	"key": "svg-0"
}]]);
export { IconCheck as t };
