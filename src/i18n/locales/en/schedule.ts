/** English strings of the "schedule" namespace. Spanish (../es/schedule.ts) has the same keys: its type and a unit test check it. */
const schedule = {};

export default schedule;
