import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconChevronLeft = createReactComponent("outline", "chevron-left", "ChevronLeft", [["path", {
	"d": "M15 6l-6 6l6 6",
	"key": "svg-0"
}]]);
export { IconChevronLeft as t };
