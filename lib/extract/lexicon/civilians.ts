// Civilians: North Koreans sent to work (labourers, students, restaurant
// staff), who are no troops; "military construction workers" are troops.

/** Words of civilian work after a deployed figure. */
export const CIVIL_CUES = new Set([
  'work',
  'working',
  'workers',
  'labor',
  'labour',
  'laborers',
  'labourers',
  'factories',
  'factory',
  'jobs',
  'sites',
  'students',
  'tourists',
  'restaurants',
]);

/** Workers are troops only when military ("military construction workers"). */
export const CIVIL_WORKERS = new Set(['workers', 'labor', 'labour', 'labourers', 'laborers']);
