import type { Feature } from '../types.ts';

/** capture: guided face enrolment at the gate camera, confirmed by a teacher. */
export const captureFeature: Feature = {
  name: 'capture',
  vi: {},
  en: {},
};
