/** English strings of the "uploads" namespace. Spanish (../es/uploads.ts) has the same keys: its type and a unit test check it. */
const uploads = {};

export default uploads;
