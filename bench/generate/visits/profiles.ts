/** The kinds of site that take visits, and how each is used: the shape of the generated indoor work. */
export type SiteType =
  | 'drop_in_centre'
  | 'day_centre'
  | 'warming_shelter'
  | 'sanitary_point'
  | 'night_shelter'
  | 'hostel'
  | 're_adaptation_flat';

/** Per kind of site: share of the visits, open days, arrivals and stays (minutes from local midnight), services. */
export interface Profile {
  weight: number;
  /** weekday 0 = Sunday; month 1–12. */
  open: (weekday: number, month: number) => boolean;
  arrive: [number, number];
  /** Minutes in, or an overnight stay leaving the next morning between these local times. */
  stay: { minutes: [number, number]; closes: number } | { nextMorning: [number, number] };
  anonymous: number;
  services: string[];
}

/** Minutes from local midnight. */
export const h = (hours: number, minutes = 0) => hours * 60 + minutes;
export const profiles: Record<SiteType, Profile> = {
  drop_in_centre: {
    weight: 30,
    open: (wd) => wd >= 1 && wd <= 5,
    arrive: [h(12), h(19, 30)],
    stay: { minutes: [20, 300], closes: h(20) },
    anonymous: 0.2,
    services: ['meal', 'internet', 'phone_charging', 'counselling', 'needle_syringe_exchange', 'material_aid'],
  },
  day_centre: {
    weight: 25,
    open: (wd) => wd >= 1 && wd <= 6,
    arrive: [h(9), h(16)],
    stay: { minutes: [60, 420], closes: h(17) },
    anonymous: 0.1,
    services: ['day_stay', 'meal', 'social_work', 'case_work', 'internet', 'storage'],
  },
  sanitary_point: {
    weight: 15,
    open: () => true,
    arrive: [h(8), h(13, 30)],
    stay: { minutes: [15, 60], closes: h(14) },
    anonymous: 0.25,
    services: ['shower', 'laundry', 'clothes'],
  },
  warming_shelter: {
    weight: 12,
    open: (_wd, month) => month >= 10 || month <= 4,
    arrive: [h(19), h(26)],
    stay: { nextMorning: [h(7), h(8)] },
    anonymous: 0.15,
    services: ['warming_place', 'meal', 'phone_charging'],
  },
  night_shelter: {
    weight: 12,
    open: () => true,
    arrive: [h(20), h(23, 30)],
    stay: { nextMorning: [h(6, 30), h(8)] },
    anonymous: 0.05,
    services: ['night_bed', 'shower', 'meal'],
  },
  hostel: {
    weight: 5,
    open: () => true,
    arrive: [h(16), h(22)],
    stay: { nextMorning: [h(7), h(10)] },
    anonymous: 0,
    services: ['night_bed', 'shower', 'laundry', 'case_work'],
  },
  re_adaptation_flat: {
    weight: 0.5,
    open: () => true,
    arrive: [h(17), h(21)],
    stay: { nextMorning: [h(8), h(10)] },
    anonymous: 0,
    services: ['social_work', 'case_work'],
  },
};

/** Where counselling happens when it is at a site. */
export const counsellingSites: Partial<Record<string, number>> = {
  drop_in_centre: 5,
  day_centre: 3,
  office: 4,
  hostel: 1,
};
