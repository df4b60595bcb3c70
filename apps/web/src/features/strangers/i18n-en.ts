import type { vi } from './i18n-vi.ts';

/** English texts of the strangers feature; same shape as the Vietnamese. */
export const en: typeof vi = {
  title: 'Security alerts',
  queue: 'Alert queue',
  live: 'Live',
  offline: 'Disconnected – retrying',
  empty: 'No alerts waiting.',
  showAll: 'Show handled alerts too',
  nav: { alerts: 'Alerts', police: 'Alerts from schools' },
  kind: {
    stranger_lingering: 'Stranger lingering', stranger_returning: 'Stranger returning on several days', unknown_inside: 'Stranger inside',
    watchlist_match: 'Watchlist match', visitor_watchlist: 'Visitor on the watchlist', visitor_overstay: 'Visitor overstaying', pickup_unlisted: 'Pick-up not on the list',
  },
  status: { open: 'New', acknowledged: 'Seen', confirmed: 'Confirmed', false_alarm: 'False alarm', escalated: 'Sent to police' },
  priority: { high: 'Urgent', normal: 'Normal' },
  zone: { gate_lane: 'Gate lane', outside: 'Outside the gate', perimeter: 'Fence', inside: 'Inside' },
  zones: { title: 'Camera positions', help: 'The position decides the stranger rules: only gate-lane cameras record entries and exits; inside cameras alert as soon as they see a stranger.' },
  police: { sent: 'Police have not acknowledged yet', acknowledged: 'Police acknowledged', reported: 'Police reported back' },
  at: 'At', camera: 'Camera', snapshots: 'Snapshots', clip: 'Clip (5 s before and after)', noClip: 'This camera has no clip.',
  clipPending: 'Cutting the clip…',
  confirmedBy: 'Confirmed by', handledBy: 'Handled by', note: 'Note',
  actions: {
    acknowledge: 'Seen', confirm: 'Confirm it is real', falseAlarm: 'False alarm', escalate: 'Send to ward police', send: 'Send', cancel: 'Cancel',
  },
  falseAlarm: {
    title: 'Mark as false alarm', legend: 'Why is it a false alarm?',
    known_visitor: 'A known visitor (stop alerting on this person)', staff: 'Staff or teacher (stop alerting on this person)',
    camera_conditions: 'Camera conditions (light, angle…)', other: 'Other reason',
  },
  escalate: {
    title: 'Send to ward police', help: 'The packet holds what, where, when, the snapshots, the clip and who confirmed. It can only be sent after a person confirmed the alert.',
    notePlaceholder: 'What should the police do?', needsConfirm: 'Confirm the alert before sending it to the police.',
  },
  portal: {
    title: 'Alerts sent by schools', lead: 'Alerts the schools confirmed and sent to the ward police.', empty: 'No alerts sent to you yet.',
    school: 'School', what: 'What', where: 'Where', when: 'When', raisedAt: 'Detected', confirmedAt: 'Confirmed', escalatedAt: 'Sent',
    schoolNote: "The school's note", acknowledge: 'Acknowledge', report: 'Report back to the school', reportLabel: 'What was done', sendReport: 'Send report',
    acknowledgedBy: 'Acknowledged by', reportBack: "Police's report",
  },
};
