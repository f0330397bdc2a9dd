/** English strings of the "orders" namespace for the cross-vendor worklist (spread into ../orders.ts). */
const worklist = {
  all: {
    title: 'Orders',
    edenWorklist: 'Eden worklist',
    tableLabel: 'Orders of every vendor',
    search: 'Patient, patient ID or reference',
    vendors: 'Vendors',
    vendorFailed: '{{vendor}}’s orders could not be loaded; the others are shown',
    notAsked: '{{vendor}} not asked',
    noScanSession:
      'No Scan.com session in this tab: referrals are visible only to the session that made them.',
    startScanSession: 'Start a Scan.com session (first step of a new referral)',
    stillLoading: 'still loading some vendors',
    export: 'Export CSV',
    sortBy: 'Sort by {{column}}',
    sortOrder: 'Sort by',
    ascending: 'Ascending',
    descending: 'Descending',
    noneIsAll: 'Tick none to see all.',
    images_one: '{{count}} image',
    images_other: '{{count}} images',
    cardsLabel: 'Orders of every vendor, one card each',
    columns: {
      date: 'Date',
      vendor: 'Vendor',
      reference: 'Reference',
      patient: 'Patient',
      patientId: 'Patient ID',
      what: 'Modality or kit',
      status: 'Status',
      vendorStatus: 'Vendor status',
      priority: 'Priority',
    },
    statuses: {
      requested: 'Requested',
      'in-progress': 'In progress',
      reporting: 'Awaiting report',
      completed: 'Completed',
      cancelled: 'Cancelled',
      unknown: 'Unknown',
    },
  },
};

export default worklist;
