import { vt as createReactComponent } from "./boot-CCHtFN9d.js";
/**
* @license @tabler/icons-react v3.51.0 - MIT
*
* This source code is licensed under the MIT license.
* See the LICENSE file in the root directory of this source tree.
*/
var IconMail = createReactComponent("outline", "mail", "Mail", [["path", {
	"d": "M3 7a2 2 0 0 1 2 -2h14a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-10",
	"key": "svg-0"
}], ["path", {
	"d": "M3 7l9 6l9 -6",
	"key": "svg-1"
}]]);
export { IconMail as t };
