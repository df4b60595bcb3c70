import type { vi } from './vi.ts';

/** English, same shape as the Vietnamese dictionary (the type says so). */
export const en: typeof vi = {
  title: 'Cases', nav: { cases: 'Cases', ward: 'Escalated cases', stats: 'Case statistics', report: 'Report something', call: 'Log a call' },
  category: {
    violence_physical: 'Physical violence (hitting, pushing)', violence_verbal: 'Verbal violence (insults, threats)', cyberbullying: 'Cyberbullying',
    abuse_physical: 'Child abuse: physical', abuse_sexual: 'Sexual abuse', neglect: 'Neglect of a child',
    online_grooming: 'Online grooming, "online kidnapping"', scam: 'Scam targeting pupils or parents', drugs: 'Drugs', weapons: 'Weapons',
    gate_traffic: 'Traffic at the school gate', stranger: 'Suspicious stranger', self_harm: 'Self-harm or suicide risk', other: 'Something else',
  },
  status: { new: 'New', triaged: 'Triaged', in_progress: 'In progress', resolved: 'Resolved', closed: 'Closed' },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  source: { web_form: 'Public form', hotline: 'Hotline', guardian_app: 'Guardian (app)', student_app: 'Student (app)', gate_alert: 'Gate alert' },
  confidentiality: { standard: 'Standard', restricted: 'Restricted', secret: 'Secret' },
  audience: { school_leadership: 'School leadership', counsellor: 'Counsellor', ward_police: 'Ward police', ward_committee: "Ward People's Committee", department: 'Department of Education' },
  agency: { ward_police: 'Ward police', ward_committee: "Ward People's Committee" },
  agencyStatus: { notified: 'Notified, not yet acknowledged', acknowledged: 'Acknowledged', info_requested: 'Asked for information', findings: 'Findings recorded', closed: 'Part closed' },
  outcome: { reminder: 'Reminder', apology: 'Apology', criticism: 'Criticism', self_assessment: 'Written self-assessment' },
  overdue: { first_response: 'First response overdue', resolve: 'Resolution overdue', intervention: '12-hour intervention overdue' },
  help: {
    title: 'Need help now?', call111: 'Call 111 — national child-protection line', note111: 'Free, 24/7. In immediate danger, call 113 (police).',
    school: '{{name}} hotline: {{phone}}', report: 'Report something (anonymous allowed)', followUp: 'Read the answer to a report you sent',
  },
  report: {
    title: 'Report something', lead: 'Did something unsafe happen to you, a friend or a family member? Tell the school. No sign-in; you can stay anonymous.',
    school: 'School', chooseSchool: 'Choose a school', category: 'What happened?', what: 'Describe what happened', whatHint: 'Who, what, how often. You do not need to write your name.',
    where: 'Where? (optional)', when: 'When? (optional)', photos: 'Photos (optional)',
    pickPhotos: 'Pick photos',
    photosHint: 'Up to 3 JPEG, PNG, WebP or HEIC photos, under 5 MB each. The server removes location data (GPS, EXIF) from photos.',
    photoTooBig: 'Photo "{{name}}" is larger than 5 MB.', photoType: 'File "{{name}}" is not a JPEG, PNG, WebP or HEIC photo.', tooMany: 'At most 3 photos.', totalTooBig: 'The photos are too large together (about 7 MB at most).',
    removePhoto: 'Remove photo {{name}}', anonymous: 'Send anonymously (the school does not learn who sent it)', contactName: 'Your name', contactPhone: 'Phone number the school can call',
    contactNote: 'Only the principal and the counsellor can see your name and phone; the person reported never does.',
    website: 'Leave this empty', submit: 'Send report', working: 'Sending securely…', abuseNote: 'Abuse and online grooming are passed at once to the ward police and the ward People\'s Committee.',
  },
  receipt: {
    title: 'Report sent', writeDown: 'Write down this code and passphrase. They are the only way to read the school\'s answer; the school does not know who you are and cannot send them again.',
    code: 'Tracking code', passphrase: 'Passphrase', copy: 'Copy', copied: 'Copied', urgent: 'If you are in danger now, call 111.',
    followUp: 'Read the answer', another: 'Send another report',
  },
  follow: {
    title: 'Read the answer', lead: 'Enter the tracking code and passphrase you got when you sent the report.', code: 'Tracking code', passphrase: 'Passphrase', open: 'Open',
    status: 'Status', sentAt: 'Sent at', thread: 'Conversation with the school', none: 'The school has not answered yet. Come back later.',
    fromSchool: 'The school', fromMe: 'You', message: 'Message to the school', send: 'Send message', sent: 'Sent.', refresh: 'Refresh', leave: 'Leave',
  },
  list: {
    title: 'School cases', wardTitle: 'Cases escalated to the ward', filters: 'Filter', all: 'All', status: 'Status', category: 'Category', priority: 'Priority',
    empty: 'No cases.', count: '{{count}} cases', open: 'Open case {{code}}', newCall: 'Log a hotline call', stats: 'Statistics', live: 'Live updates on', offline: 'Connection lost, retrying…',
    firstResponse: 'First response', responded: 'Responded', resolveBy: 'Resolve by',
  },
  clock: {
    intervention: '12-hour intervention clock', left: '{{time}} left', over: '{{time}} over', stopped: 'stopped', due: 'due {{at}}',
  },
  detail: {
    back: 'Case list', filed: 'Received {{at}} via {{source}}', what: 'What happened', where: 'Where', when: 'When', subject: 'Person reported', none: '—',
    attachments: 'Photos', noAttachments: 'No photos.', addPhoto: 'Add a photo', clocks: 'Clocks', scope: 'Confidentiality and distribution',
    confidentiality: 'Confidentiality', distribution: 'Seen by', reporter: 'Reporter', reporterAnon: 'Anonymous', reporterNamed: 'Named (kept confidential)',
    reveal: "See the reporter's identity", revealReason: 'Reason (written to the audit log)', revealDo: 'Show', reporterName: 'Name', reporterPhone: 'Phone',
    suggest111: 'Call 111 (child-protection line) if the child is still in danger.', closedBecause: 'Closed. Reason: {{reason}}', assignedTo: 'Assignee',
  },
  triage: {
    title: 'Triage and handling', category: 'Category', formerAssignee: 'Former assignee (no longer in the role)',
    willEscalate: 'On save, an abuse or grooming case goes at once to the ward police and People\'s Committee, their officers are messaged, the 12-hour clock starts and 111 is suggested.',
    role: { school_admin: 'School leadership', counsellor: 'Counsellor' }, priority: 'Priority', assignee: 'Assignee', me: 'Me', nobody: 'Unassigned', save: 'Save triage', saved: 'Saved.',
    move: 'Move to "{{status}}"', close: 'Close the case…', closeReason: 'Reason for closing (required)', closeDo: 'Close the case', neverDeleted: 'Cases are never deleted; closing needs a reason.',
  },
  tasks: { title: 'Tasks', none: 'No tasks yet.', add: 'New task', addDo: 'Add task', due: 'Due', done: 'Done', markDone: 'Mark done: {{title}}' },
  notes: { title: 'Internal notes', none: 'No notes yet.', add: 'New note', addDo: 'Add note' },
  chat: {
    title: 'Anonymous conversation with the reporter', none: 'No messages yet.', reply: 'Reply to the reporter', send: 'Send reply', reporter: 'Reporter', school: 'School',
    noThread: 'Reported by phone: there is no anonymous conversation.',
  },
  escalate: {
    title: "Escalate to the ward police and People's Committee", lead: 'For abuse or a risk of abuse: escalate at once; the 12-hour intervention clock starts (Decree 56/2017, Art 25–26).',
    note: 'Note for the agencies (optional)', do: 'Escalate now', done: "Escalated to the ward police and People's Committee.",
  },
  agencies: {
    title: 'Agencies', none: 'Not escalated to any agency.', notified: 'Notified {{at}}', acknowledged: 'acknowledged {{at}}', closed: 'closed {{at}}',
    events: 'Exchange with the agencies', message: 'Send information to the agencies', send: 'Send', acknowledge: 'Acknowledge', requestInfo: 'Ask the school for information',
    requestDo: 'Send request', findings: 'Findings', findingsDo: 'Record findings', closePart: 'Close the part of the {{agency}}', closeNote: 'Closing note (optional)', closeDo: 'Close our part',
    recategorised: 'category changed', messagedAll: 'texted {{count}} officer(s)', messaged: 'texted {{count}} officer(s); {{without}} without a phone (in-app only)',
    ours: 'Part of the {{agency}}', kinds: {
      escalated: 'Escalated', agency_acknowledge: 'Acknowledged', agency_request_info: 'Information requested', agency_add_findings: 'Findings', agency_close_part: 'Part closed', school_to_agency: 'From the school',
    },
  },
  discipline: {
    title: 'Discipline outcome (Circular 19/2025/TT-BGDĐT)', lead: 'Only the outcomes the Circular allows at this school level. No suspension, no expulsion.',
    student: 'Pupil (name or code)', outcome: 'Outcome', note: 'Note (optional)', record: 'Record', none: 'No outcome recorded.',
  },
  call: {
    title: 'Log a hotline call', lead: 'Record a call as a case. The caller may stay anonymous.', callerName: "Caller's name (if given)",
    callerPhone: "Caller's phone", subject: 'Person reported (if known)', priority: 'Priority (empty: by category)', byCategory: 'By category', save: 'Save as a case', saved: 'Saved case {{code}}.',
  },
  stats: {
    title: 'Case statistics', level: 'Level', levels: { school: 'School', ward: 'Ward', province: 'Province / city' }, scope: 'Scope', from: 'From', to: 'To', show: 'Show',
    total: 'Total cases', byCategory: 'By category', bySchool: 'By school', byMonth: 'By month', byStatus: 'By status', firstResponse: 'Time to first response',
    close: 'Time to close', median: 'Median', p90: '90% within', hours: '{{n}} h', counted: '{{count}} cases measured', noData: 'No data yet', xlsx: 'Download Excel report (.xlsx)', pdf: 'Download PDF report',
    fromLog: 'Every figure is computed from the case log; the report prints its query so anyone can reproduce it.', chartOf: 'Bar chart: {{title}}', noScope: 'You have no statistics scope.', none: 'No cases in this period.',
  },
  member: {
    title: 'Report to the school', lead: "The report goes to your child's (or your) school. You get a tracking code and passphrase to read the answer.",
    child: 'The report concerns', about: "Sent to {{name}}'s school.", noChild: 'This account is not linked to a pupil. Please use the public form.',
    anonymous: 'Hide my name from the school',
    anonymousNote: 'The school only knows the report came from the app, not who you are.',
    namedNote: 'Your name goes with it but is protected: only the principal and the counsellor may open it (logged); the person reported, teachers and the police never see it.',
    public: 'Use the public form instead, without signing in',
  },
  home: {
    school: 'Cases', open: '{{count}} open cases', overdue: '{{count}} overdue', openList: 'Open the case list', ward: 'Newly escalated cases', wardNone: 'No case is waiting to be acknowledged.',
    wardNew: 'A new case was escalated to you. Acknowledge it within the 12-hour clock.', report: 'Report something', call111: 'Call 111', reportMember: 'Something unsafe at school or online? Tell the school from your account; you can hide your name from the school.', reportLead: 'Something unsafe at school or online? Tell the school; you can stay anonymous.',
  },
};
