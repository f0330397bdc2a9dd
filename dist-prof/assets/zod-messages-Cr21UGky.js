// src/i18n/zod-messages.ts
/**
* Validation messages are translation keys (`validation.*`) with params, from the form's own checks and
* from the service layer alike (`toInputIssue` names zod's built-in checks by code). They are translated
* here, when shown, so a language switch re-translates every message on screen. No zod error map is
* installed: a message never carries text from the moment it was made.
*/
function translateValidation(t, message, params) {
	if (!message) return void 0;
	if (!message.startsWith("validation.")) return message;
	return t(message, params ?? {});
}
export { translateValidation as t };
