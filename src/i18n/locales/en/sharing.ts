/** English strings of the "sharing" namespace. Spanish (../es/sharing.ts) has the same keys: its type and a unit test check it. */
const sharing = {};

export default sharing;
