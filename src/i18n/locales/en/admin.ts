/** English strings of the "admin" namespace. Spanish (../es/admin.ts) has the same keys: its type and a unit test check it. */
const admin = {};

export default admin;
