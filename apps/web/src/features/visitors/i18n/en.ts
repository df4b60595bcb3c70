import type { vi } from './vi.ts';

/** English texts of the visitors feature; same shape as vi.ts. */
export const en: typeof vi = {
  nav: { desk: 'Visitors', pickup: 'Pick-up check', log: 'Visitor log', watchlist: 'Watchlist', preRegister: 'Expect a visitor' },
  desk: {
    title: 'Visitors at the gate', checkIn: 'Check a visitor in', today: "Today's visitors", empty: 'No visitors yet today.',
    links: 'Visitor log and pick-up',
  },
  scan: {
    title: 'Scan the ID card QR', start: 'Scan with camera', stop: 'Stop camera', fromImage: 'Pick a QR photo',
    hint: 'Hold the back of the CCCD card in the frame. Only the name and last 4 digits are kept — never the full number or the card image.',
    noCamera: 'Could not open the camera. Type the details or pick a photo of the QR.', notFound: 'No QR code found in the picture.', read: 'QR code read',
  },
  form: {
    qr: 'QR text (scanned or pasted)', qrHint: 'Format: ID|old ID|FULL NAME|birth date|sex|address|issue date', preview: 'Read',
    orTyped: 'Or type it when there is no chip card', fullName: 'Full name', idLast4: 'Last 4 digits of the ID', purpose: 'Purpose of the visit',
    host: 'Host', noHost: '— No host —', minutes: 'Expected length (minutes)', photo: "Visitor's photo", submit: 'Check in and print badge',
    card: 'Card', born: 'Born', last4: 'last 4', expected: 'Expected visitor',
  },
  photo: { take: 'Take photo', camera: 'Start camera', file: 'Pick a photo', retake: 'Retake', alt: 'Photo just taken' },
  result: {
    in: '{{name}} is checked in. The badge is valid until {{until}}.', faceFound: 'Face recorded: cameras treat them as a visitor for this visit.',
    noFace: 'No face found in the photo: cameras may report a stranger.',
    held: 'STOP: {{name}} matches the watchlist. Not admitted; the school leadership was alerted to confirm.', badge: 'Print badge',
  },
  status: { expected: 'Expected', checked_in: 'Inside', checked_out: 'Left', held: 'Held', cancelled: 'Refused', overstay: 'Overstaying' },
  list: { checkOut: 'Check out', badge: 'Badge', host: 'Host', in: 'In', until: 'Until', out: 'Out', checkInNow: 'Check in' },
  badge: { title: 'VISITOR', print: 'Print badge', visitor: 'Visitor', host: 'Host', until: 'Valid until', purpose: 'Purpose', back: 'Back',
    note: 'Wear this badge while on the premises. Return it at the gate when leaving.' },
  log: { title: 'Visitor log', search: 'Search by name (with or without accents)', from: 'From', to: 'To', host: 'Host', anyHost: 'All',
    find: 'Search', export: 'Export to Excel', empty: 'No visits match.', count: '{{n}} visits' },
  pre: { title: 'Expect a visitor', school: 'School', date: 'Date', from: 'Arrives at', until: 'Leaves by', submit: 'Tell the guard', done: 'The guard knows: {{name}}.',
    mine: 'My visitors today', none: 'No visitors yet.' },
  watch: {
    title: 'Watchlist', add: 'Request an entry', school: 'School', reasonKind: 'Reason', note: 'Note', source: 'Basis (document number, authority)',
    expires: 'Expires on', expiresHint: 'Required, at most 180 days. On expiry the entry and its photo are deleted.', photo: 'Photo (optional)', submit: 'Send request',
    approve: 'Approve', revoke: 'Revoke', pending: 'Waiting for a second person', active: 'In force', revoked: 'Revoked', requested: 'Requested', approved: 'Approved',
    empty: 'Nobody is on the list.', twoPeople: 'An entry is in force only once a second person (not the requester) approves it. Every change is audited.',
    reasons: { custody_restriction: 'Custody restriction', court_order: 'Court order', police_request: 'Police request', other: 'Other' },
    face: 'has a face photo',
  },
  pickup: {
    title: 'Pick-up check', intro: 'Type the pupil’s name to see who may collect them (with photos), then record who did.', search: "Pupil's name", find: 'Search', young: 'Young pupil', list: 'Allowed to collect', none: 'Nobody on the pick-up list yet.',
    unconfirmed: 'not confirmed by the school', pickedBy: 'Collected by {{name}}', notListed: 'The adult is not on the list', collector: "Adult's full name",
    record: 'Record', listedOk: 'Recorded: collected by {{name}}.', alerted: 'Recorded and alerted: the adult is not on the list. The homeroom teacher was told.',
    recorded: 'Recorded (not on the list).', noResults: 'No pupil found.',
  },
  guardian: {
    title: 'Who may collect my child', panel: 'Pick-up list', intro: 'List the adults allowed to collect your child at the gate. The school confirms each one before the guard uses it.',
    name: 'Full name', relationship: 'Relationship to the child', phone: 'Phone', photo: 'Photo (helps the guard)', add: 'Add person', remove: 'Remove',
    confirmed: 'Confirmed by the school', waiting: 'Waiting for the school', edit: 'Edit pick-up list',
  },
  school: { pending: 'Pick-up entries to confirm', confirm: 'Confirm', remove: 'Remove', nonePending: 'Nothing waiting for confirmation.', of: 'collects {{student}} ({{class}})' },
  held: { title: 'Visitors held by the watchlist', intro: 'Go to the gate and check their papers. Only a person with authority decides.',
    refuse: 'Same person: refuse', admit: 'Wrong match: admit' },
  teacher: { pickups: "Today's pick-ups", noPickups: 'No pupil collected yet.', unlisted: 'not on the list' },
};
