/** English strings of the "patients" namespace. Spanish (../es/patients.ts) has the same keys: its type and a unit test check it. */
const patients = {};

export default patients;
