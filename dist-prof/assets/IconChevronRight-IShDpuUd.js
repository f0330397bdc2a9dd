import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconChevronRight = createReactComponent("outline", "chevron-right", "ChevronRight", [["path", {
	"d": "M9 6l6 6l-6 6",
	"key": "svg-0"
}]]);
export { IconChevronRight as t };
